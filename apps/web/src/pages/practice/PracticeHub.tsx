import { TASK_TYPE_LABELS } from "@rubric/core";
import { Badge, Button, Card } from "@rubric/ui";
import { A } from "@solidjs/router";
import { useQuery } from "@tanstack/solid-query";
import { createSignal, For, Show } from "solid-js";
import {
  StartBatchDialog,
  type StartBatchTarget,
} from "../../components/practice/StartBatchDialog.tsx";
import { QueryState } from "../../components/QueryState.tsx";
import {
  formatBand,
  formatDate,
  formatMinutes,
  formatPercent,
  scoreTone,
} from "../../lib/practice/format.ts";
import type { PracticeOverview } from "../../lib/practice/types.ts";
import { trpc } from "../../lib/trpc.ts";

/** Every practice category with its task types, the worker's record in each, and recent batches. */
export function PracticeHub() {
  const overview = useQuery(() => ({
    queryKey: ["practice", "overview"],
    queryFn: () => trpc.practice.overview.query(),
  }));
  const [target, setTarget] = createSignal<StartBatchTarget | null>(null);
  return (
    <div class="page">
      <header class="page__header">
        <h1>Practice</h1>
        <p class="muted">
          Batches of real task types, scored against an expert's answer, with the guideline behind
          every point.
        </p>
      </header>
      <QueryState
        query={overview}
        failure="Practice could not be loaded"
        loading="Loading practice…"
      >
        {(data) => (
          <>
            <RecentBatches batches={data().recentBatches} />
            <div class="categories">
              <For each={data().categories}>
                {(category) => <CategoryCard category={category} onStart={setTarget} />}
              </For>
            </div>
          </>
        )}
      </QueryState>
      <StartBatchDialog target={target()} onClose={() => setTarget(null)} />
    </div>
  );
}

function CategoryCard(props: {
  category: PracticeOverview["categories"][number];
  onStart: (target: StartBatchTarget) => void;
}) {
  return (
    <Card
      title={props.category.label}
      actions={
        <span class="pay-band" title="Hourly pay band for this category">
          {formatBand(props.category.band)}
        </span>
      }
    >
      <ul class="task-types">
        <For each={props.category.taskTypes}>
          {(type) => (
            <li class="task-type">
              <div class="task-type__name">
                <h3>{type.label}</h3>
                <p class="muted small">
                  {type.itemCount} items · about {formatMinutes(type.expectedMinutes)} each
                </p>
              </div>
              <div class="task-type__record">
                <Show
                  when={type.attempted > 0}
                  fallback={<span class="muted small">Not tried yet</span>}
                >
                  <span class="small">{type.attempted} done</span>
                  <Badge tone={scoreTone(type.meanScore)}>
                    mean {formatPercent(type.meanScore)}
                  </Badge>
                </Show>
              </div>
              <Button
                variant="secondary"
                size="sm"
                disabled={type.itemCount === 0}
                aria-label={`Start a ${type.label.toLowerCase()} batch`}
                onClick={() =>
                  props.onStart({
                    taskType: type.taskType,
                    itemCount: type.itemCount,
                    expectedMinutes: type.expectedMinutes,
                  })
                }
              >
                Start
              </Button>
            </li>
          )}
        </For>
      </ul>
    </Card>
  );
}

function RecentBatches(props: { batches: PracticeOverview["recentBatches"] }) {
  return (
    <Show when={props.batches.length > 0}>
      <Card title="Recent batches">
        <table class="table">
          <thead>
            <tr>
              <th scope="col">Task type</th>
              <th scope="col">Started</th>
              <th scope="col">Progress</th>
              <th scope="col">Mean score</th>
              <th scope="col">
                <span class="ui-visually-hidden">Open</span>
              </th>
            </tr>
          </thead>
          <tbody>
            <For each={props.batches}>
              {(batch) => (
                <tr>
                  <td>{TASK_TYPE_LABELS[batch.taskType]}</td>
                  <td>{formatDate(batch.createdAt)}</td>
                  <td>
                    {batch.submitted} of {batch.size}
                  </td>
                  <td>
                    <Badge tone={scoreTone(batch.meanScore)}>
                      {formatPercent(batch.meanScore)}
                    </Badge>
                  </td>
                  <td>
                    <A href={`/app/practice/batch/${batch.id}`}>
                      {batch.completedAt ? "Review" : "Continue"}
                    </A>
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </Card>
    </Show>
  );
}
