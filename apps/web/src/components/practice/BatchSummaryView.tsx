import { CATEGORY_LABELS, TASK_TYPE_LABELS } from "@rubric/core";
import { Badge, Card } from "@rubric/ui";
import { A } from "@solidjs/router";
import { For, type JSX, Show } from "solid-js";
import {
  formatBand,
  formatDuration,
  formatMinutes,
  formatPercent,
  formatUsd,
  scoreTone,
} from "../../lib/practice/format.ts";
import type { BatchSummary } from "../../lib/practice/types.ts";

/** How a finished batch went: accuracy, pace, and what the same work would have paid. */
export function BatchSummaryView(props: { summary: BatchSummary; actions?: JSX.Element }) {
  const s = () => props.summary;
  const pace = () =>
    s().expectedMinutes > 0 ? s().totalActiveSeconds / 60 / s().expectedMinutes : null;
  return (
    <div class="page">
      <header class="page__header">
        <p class="eyebrow">{CATEGORY_LABELS[s().category]}</p>
        <h1>{TASK_TYPE_LABELS[s().taskType]}: batch summary</h1>
        <p class="muted">
          {s().submitted} of {s().size} items submitted.
        </p>
      </header>
      <div class="grid grid--3">
        <Card>
          <p class="stat__label">Accuracy</p>
          <p class={`stat__value stat__value--${scoreTone(s().accuracy)}`}>
            {formatPercent(s().accuracy)}
          </p>
          <p class="muted small">Mean score against the expert's answers.</p>
        </Card>
        <Card>
          <p class="stat__label">Time</p>
          <p class="stat__value">{formatDuration(s().totalActiveSeconds)}</p>
          <p class="muted small">
            Active time; an experienced worker needs about {formatMinutes(s().expectedMinutes)}
            <Show when={pace()}>
              {(ratio) => ` (you took ${Math.round(ratio() * 100)}% of that)`}
            </Show>
            .
          </p>
        </Card>
        <Card>
          <p class="stat__label">Would have paid</p>
          <p class="stat__value">{formatUsd(s().wouldHavePaid.midUsd)}</p>
          <p class="muted small">
            {formatUsd(s().wouldHavePaid.minUsd)}–{formatUsd(s().wouldHavePaid.maxUsd)} for the
            expected time at the category's band of {formatBand(s().band)}. Paid work counts
            expected time, not yours.
          </p>
        </Card>
      </div>
      <Card title="Items">
        <table class="table">
          <thead>
            <tr>
              <th scope="col">Item</th>
              <th scope="col">Score</th>
              <th scope="col">Time</th>
              <th scope="col">Expected</th>
              <th scope="col">
                <span class="ui-visually-hidden">Feedback</span>
              </th>
            </tr>
          </thead>
          <tbody>
            <For each={s().items}>
              {(item) => (
                <tr>
                  <td>{item.title}</td>
                  <td>
                    <Show
                      when={item.score !== null}
                      fallback={<span class="muted">Not submitted</span>}
                    >
                      <Badge tone={scoreTone(item.score)}>{formatPercent(item.score)}</Badge>
                    </Show>
                  </td>
                  <td>{item.activeSeconds === null ? "—" : formatDuration(item.activeSeconds)}</td>
                  <td>{formatMinutes(item.expectedMinutes)}</td>
                  <td>
                    <Show when={item.attemptId}>
                      {(id) => <A href={`/app/practice/attempt/${id()}`}>Feedback</A>}
                    </Show>
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </Card>
      <Show when={props.actions}>
        <div class="form__actions">{props.actions}</div>
      </Show>
    </div>
  );
}
