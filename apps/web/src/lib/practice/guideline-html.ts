/**
 * One `##` section of a guideline's server-rendered HTML: its heading (id = slug) and what
 * follows until the next `##` or `#` heading. The HTML is the server's sanitised output; this
 * only cuts it, so the piece is as safe as the whole.
 */
export function sectionHtml(html: string, slug: string): string | null {
  const template = document.createElement("template");
  template.innerHTML = html;
  const heading = Array.from(template.content.querySelectorAll("h2")).find((h) => h.id === slug);
  if (!heading) return null;
  const parts = [heading.outerHTML];
  for (let node = heading.nextElementSibling; node; node = node.nextElementSibling) {
    if (node.tagName === "H1" || node.tagName === "H2") break;
    parts.push(node.outerHTML);
  }
  return parts.join("\n");
}
