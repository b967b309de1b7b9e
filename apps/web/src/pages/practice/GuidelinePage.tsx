import { CATEGORY_LABELS, type Category } from "@rubric/core";
import { Alert, Select } from "@rubric/ui";
import { A, useLocation, useParams } from "@solidjs/router";
import { useQuery } from "@tanstack/solid-query";
import { createEffect, createSignal, For, on, Show } from "solid-js";
import { formatDate } from "../../lib/practice/format.ts";
import { errorCodeOf, messageOf, trpc } from "../../lib/trpc.ts";

/** One guideline in full, with its sections as a table of contents and its earlier versions. */
export function GuidelinePage() {
  const params = useParams<{ category: string }>();
  const location = useLocation();
  const [version, setVersion] = createSignal<number | null>(null);
  const guideline = useQuery(() => ({
    queryKey: ["guidelines", "get", params.category, version()],
    queryFn: () =>
      trpc.guidelines.get.query({
        category: params.category as Category,
        ...(version() === null ? {} : { version: version() as number }),
      }),
  }));
  // The HTML arrives after navigation, so the browser's own jump to #slug finds nothing.
  createEffect(
    on([() => guideline.data, () => location.hash], ([data, hash]) => {
      if (!data || !hash) return;
      queueMicrotask(() =>
        document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView(),
      );
    }),
  );
  const latest = () =>
    guideline.data?.versions.reduce((max, v) => Math.max(max, v.version), 0) ?? 0;
  return (
    <Show
      when={guideline.data}
      fallback={
        <Show
          when={guideline.isError}
          fallback={<p class="page-loading">Loading the guideline…</p>}
        >
          <div class="page page--narrow">
            <Alert tone="danger" title="This guideline isn't available">
              {errorCodeOf(guideline.error) === "NOT_FOUND" ||
              errorCodeOf(guideline.error) === "BAD_REQUEST"
                ? "There is no guideline by that name."
                : messageOf(guideline.error)}
            </Alert>
            <A href="/app/guidelines">All guidelines</A>
          </div>
        </Show>
      }
    >
      {(data) => (
        <div class="guideline">
          <aside class="guideline__toc" aria-label="Sections">
            <A href="/app/guidelines" class="small">
              ← All guidelines
            </A>
            <nav>
              <ol>
                <For each={data().sections}>
                  {(section) => (
                    <li>
                      <a href={`#${section.slug}`}>{section.title}</a>
                    </li>
                  )}
                </For>
              </ol>
            </nav>
          </aside>
          <article class="guideline__body">
            <header class="guideline__header">
              <div>
                <p class="eyebrow">{CATEGORY_LABELS[data().category]}</p>
                <h1>{data().title}</h1>
              </div>
              <div class="guideline__version">
                <Select
                  label="Version"
                  name="version"
                  options={data().versions.map((v) => ({
                    value: String(v.version),
                    label: `Version ${v.version} · ${formatDate(v.createdAt)}${v.version === latest() ? " (current)" : ""}`,
                  }))}
                  value={String(data().version)}
                  onChange={(value) =>
                    setVersion(value === null || Number(value) === latest() ? null : Number(value))
                  }
                />
              </div>
            </header>
            <Show when={data().version !== latest()}>
              <Alert tone="info">
                You are reading an earlier version. Scores use the current one.
              </Alert>
            </Show>
            {/* Rendered and sanitised by the server. */}
            <div class="prose prose--guideline" innerHTML={data().html} />
          </article>
        </div>
      )}
    </Show>
  );
}
