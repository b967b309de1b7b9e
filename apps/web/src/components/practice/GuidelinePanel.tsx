import { type Category, parseGuidelineRef } from "@rubric/core";
import { A } from "@solidjs/router";
import { useQuery } from "@tanstack/solid-query";
import { For, Show } from "solid-js";
import { sectionHtml } from "../../lib/practice/guideline-html.ts";
import { trpc } from "../../lib/trpc.ts";
import { guidelineHref } from "./guideline-links.ts";

/** The guideline sections an item cites, to read beside the task. */
export function GuidelinePanel(props: { refs: readonly string[] }) {
  const byCategory = () => {
    const groups = new Map<Category, string[]>();
    for (const ref of props.refs) {
      const parsed = parseGuidelineRef(ref);
      if (parsed)
        groups.set(parsed.category, [...(groups.get(parsed.category) ?? []), parsed.slug]);
    }
    return [...groups.entries()];
  };
  return (
    <div class="guideline-panel">
      <For each={byCategory()}>
        {([category, slugs]) => <CategorySections category={category} slugs={slugs} />}
      </For>
    </div>
  );
}

function CategorySections(props: { category: Category; slugs: string[] }) {
  const guideline = useQuery(() => ({
    queryKey: ["guidelines", "get", props.category, null],
    queryFn: () => trpc.guidelines.get.query({ category: props.category }),
    staleTime: 5 * 60_000,
  }));
  return (
    <Show
      when={guideline.data}
      fallback={
        <p class="muted small">
          {guideline.isError ? "The guideline could not be loaded." : "Loading the guideline…"}
        </p>
      }
    >
      {(data) => (
        <For each={props.slugs}>
          {(slug) => (
            <section class="guideline-panel__section">
              {/* A cut of the server-sanitised guideline HTML. */}
              <div class="prose prose--compact" innerHTML={sectionHtml(data().html, slug) ?? ""} />
              <A class="small" href={guidelineHref(`${props.category}#${slug}`)} target="_blank">
                Open in the full guideline
              </A>
            </section>
          )}
        </For>
      )}
    </Show>
  );
}
