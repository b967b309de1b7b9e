/** Where a `<category>#<slug>` guideline reference opens. */
export function guidelineHref(ref: string): string {
  const [category, slug] = ref.split("#");
  return slug ? `/app/guidelines/${category}#${slug}` : `/app/guidelines/${category}`;
}
