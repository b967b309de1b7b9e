import { Card, TextField } from "@rubric/ui";
import { A } from "@solidjs/router";
import { useQuery } from "@tanstack/solid-query";
import { createSignal, For, Match, onCleanup, Show, Switch } from "solid-js";
import { formatDate } from "../../lib/practice/format.ts";
import { messageOf, trpc } from "../../lib/trpc.ts";

/** Every category's guideline, and a search over all their sections. */
export function GuidelinesList() {
  const [input, setInput] = createSignal("");
  const [query, setQuery] = createSignal("");
  let timer: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(timer));
  const onInput = (value: string) => {
    setInput(value);
    clearTimeout(timer);
    timer = setTimeout(() => setQuery(value.trim()), 250);
  };
  const list = useQuery(() => ({
    queryKey: ["guidelines", "list"],
    queryFn: () => trpc.guidelines.list.query(),
  }));
  const results = useQuery(() => ({
    queryKey: ["guidelines", "search", query()],
    queryFn: () => trpc.guidelines.search.query({ query: query() }),
    enabled: query().length >= 2,
  }));
  return (
    <div class="page">
      <header class="page__header">
        <h1>Guidelines</h1>
        <p class="muted">The rules every item is scored by. Feedback links to the exact section.</p>
      </header>
      <div class="guidelines-search">
        <TextField
          label="Search the guidelines"
          name="q"
          type="search"
          value={input()}
          onInput={onInput}
          placeholder="e.g. ties, severity, dates"
        />
      </div>
      <Show
        when={query().length >= 2}
        fallback={
          <Switch>
            <Match when={list.isError}>
              <p class="muted">The guidelines could not be loaded: {messageOf(list.error)}</p>
            </Match>
            <Match when={list.data}>
              {(guidelines) => (
                <div class="grid grid--2">
                  <For each={guidelines()}>
                    {(guideline) => (
                      <Card
                        title={
                          <A href={`/app/guidelines/${guideline.category}`} class="link-quiet">
                            {guideline.label}
                          </A>
                        }
                        description={`Version ${guideline.version} · updated ${formatDate(guideline.updatedAt)}`}
                      >
                        <ul class="section-links">
                          <For each={guideline.sections}>
                            {(section) => (
                              <li>
                                <A href={`/app/guidelines/${guideline.category}#${section.slug}`}>
                                  {section.title}
                                </A>
                              </li>
                            )}
                          </For>
                        </ul>
                      </Card>
                    )}
                  </For>
                </div>
              )}
            </Match>
            <Match when={true}>
              <p class="page-loading">Loading guidelines…</p>
            </Match>
          </Switch>
        }
      >
        <section aria-live="polite" aria-label="Search results">
          <Show when={results.data} fallback={<p class="muted">Searching…</p>}>
            {(hits) => (
              <Show
                when={hits().length > 0}
                fallback={<p class="muted">No section mentions “{query()}”.</p>}
              >
                <ol class="search-results">
                  <For each={hits()}>
                    {(hit) => (
                      <li class="search-result">
                        <A
                          href={`/app/guidelines/${hit.category}#${hit.slug}`}
                          class="search-result__title"
                        >
                          {hit.sectionTitle}
                        </A>
                        <span class="muted small"> · {hit.category.replaceAll("_", " ")}</span>
                        <p class="small">{hit.snippet}</p>
                      </li>
                    )}
                  </For>
                </ol>
              </Show>
            )}
          </Show>
        </section>
      </Show>
    </div>
  );
}
