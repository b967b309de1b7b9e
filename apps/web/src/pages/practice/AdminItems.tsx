import {
  CATEGORY_LABELS,
  GUIDELINE_SECTIONS,
  TASK_TYPE_LABELS,
  TASK_TYPES,
  type TaskType,
} from "@rubric/core";
import { Alert, Badge, Button, Card, Select, TextField } from "@rubric/ui";
import { A } from "@solidjs/router";
import { useInfiniteQuery } from "@tanstack/solid-query";
import { createSignal, For, onCleanup, Show } from "solid-js";
import { formatDate } from "../../lib/practice/format.ts";
import { DIFFICULTY_LABELS } from "../../lib/practice/labels.ts";
import { messageOf, trpc } from "../../lib/trpc.ts";

/** The task library for admins: filter, search, page through, open an item to edit. */
export function AdminItems() {
  const [taskType, setTaskType] = createSignal<TaskType | null>(null);
  const [search, setSearch] = createSignal("");
  const [query, setQuery] = createSignal("");
  let timer: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(timer));
  const items = useInfiniteQuery(() => ({
    queryKey: ["contentAdmin", "items", taskType(), query()],
    queryFn: ({ pageParam }) =>
      trpc.contentAdmin.items.query({
        taskType: taskType() ?? undefined,
        search: query() || undefined,
        after: pageParam ?? undefined,
        limit: 50,
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next,
  }));
  const rows = () => items.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <div class="page">
      <header class="page__header page__header--row">
        <div>
          <h1>Content</h1>
          <p class="muted">Task items with their gold, and the guidelines they cite.</p>
        </div>
        <A href="/app/admin/items/new" class="ui-button ui-button--primary ui-button--md">
          New item
        </A>
      </header>
      <Card title="Task items">
        <div class="form__row">
          <TextField
            label="Search id or title"
            name="search"
            type="search"
            value={search()}
            onInput={(value) => {
              setSearch(value);
              clearTimeout(timer);
              timer = setTimeout(() => setQuery(value.trim()), 250);
            }}
          />
          <Select
            label="Task type"
            name="taskType"
            placeholder="All task types"
            options={TASK_TYPES.map((t) => ({ value: t, label: TASK_TYPE_LABELS[t] }))}
            value={taskType()}
            onChange={(value) => setTaskType(value as TaskType | null)}
          />
        </div>
        <Show when={items.isError}>
          <Alert tone="danger">{messageOf(items.error)}</Alert>
        </Show>
        <table class="table">
          <thead>
            <tr>
              <th scope="col">Id</th>
              <th scope="col">Title</th>
              <th scope="col">Type</th>
              <th scope="col">Difficulty</th>
              <th scope="col">Version</th>
              <th scope="col">Updated</th>
            </tr>
          </thead>
          <tbody>
            <For
              each={rows()}
              fallback={
                <tr>
                  <td colSpan={6} class="muted">
                    {items.isLoading ? "Loading…" : "No items match."}
                  </td>
                </tr>
              }
            >
              {(item) => (
                <tr>
                  <td>
                    <A href={`/app/admin/items/${item.id}`} class="mono">
                      {item.id}
                    </A>
                  </td>
                  <td>{item.title}</td>
                  <td>{TASK_TYPE_LABELS[item.taskType]}</td>
                  <td>{DIFFICULTY_LABELS[item.difficulty]}</td>
                  <td>
                    <Badge>v{item.version}</Badge>
                  </td>
                  <td>{formatDate(item.updatedAt)}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
        <Show when={items.hasNextPage}>
          <Button
            variant="secondary"
            onClick={() => items.fetchNextPage()}
            loading={items.isFetchingNextPage}
          >
            Load more
          </Button>
        </Show>
      </Card>
      <Card
        title="Guidelines"
        description="Edit a category's guideline; each save is a new version."
      >
        <ul class="section-links section-links--columns">
          <For each={Object.keys(GUIDELINE_SECTIONS) as (keyof typeof GUIDELINE_SECTIONS)[]}>
            {(category) => (
              <li>
                <A href={`/app/admin/guidelines/${category}`}>{CATEGORY_LABELS[category]}</A>
              </li>
            )}
          </For>
        </ul>
      </Card>
    </div>
  );
}
