import { TASK_TYPE_LABELS } from "@rubric/core";
import { Badge, Card } from "@rubric/ui";
import { A } from "@solidjs/router";
import { For, type JSX, Show } from "solid-js";
import {
  formatDuration,
  formatMinutes,
  formatPercent,
  paceLabel,
  scoreTone,
} from "../../../lib/practice/format.ts";
import type { AttemptFeedback, FeedbackEntry } from "../../../lib/practice/types.ts";
import { guidelineHref } from "../guideline-links.ts";
import { GoldComparison } from "./GoldComparison.tsx";

const KIND_ORDER: FeedbackEntry["kind"][] = ["wrong", "missed", "extra", "good"];
const KIND_LABELS: Record<FeedbackEntry["kind"], string> = {
  wrong: "Wrong",
  missed: "Missed",
  extra: "Extra",
  good: "Good",
};

/** Everything a worker learns from one scored attempt. */
export function FeedbackView(props: { feedback: AttemptFeedback; actions?: JSX.Element }) {
  const sorted = () =>
    [...props.feedback.feedback].sort(
      (a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind),
    );
  return (
    <div class="feedback">
      <header class="feedback__head">
        <div
          class="feedback__score"
          classList={{ [`feedback__score--${scoreTone(props.feedback.score)}`]: true }}
        >
          <span class="feedback__score-value">{formatPercent(props.feedback.score)}</span>
          <span class="feedback__score-label">score</span>
        </div>
        <div class="feedback__title">
          <p class="eyebrow">{TASK_TYPE_LABELS[props.feedback.taskType]}</p>
          <h2>{props.feedback.title}</h2>
          <p class="muted small">
            {formatDuration(props.feedback.activeSeconds)} active · expected{" "}
            {formatMinutes(props.feedback.expectedMinutes)} ·{" "}
            {paceLabel(props.feedback.activeSeconds, props.feedback.expectedMinutes)}
          </p>
        </div>
        <Show when={props.actions}>
          <div class="feedback__actions">{props.actions}</div>
        </Show>
      </header>

      <div class="feedback__grid">
        <Card title="How the score was built">
          <table class="table breakdown">
            <thead>
              <tr>
                <th scope="col">Part</th>
                <th scope="col">Score</th>
                <th scope="col">Weight</th>
              </tr>
            </thead>
            <tbody>
              <For each={props.feedback.breakdown}>
                {(part) => (
                  <tr>
                    <th scope="row">
                      {part.label}
                      <span class="breakdown__detail">{part.detail}</span>
                    </th>
                    <td>
                      <span class="meter" aria-hidden="true">
                        <span
                          class={`meter__fill meter__fill--${scoreTone(part.score)}`}
                          style={{ width: `${part.score * 100}%` }}
                        />
                      </span>
                      {formatPercent(part.score)}
                    </td>
                    <td>{formatPercent(part.weight)}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </Card>
        <Card title="What to take away">
          <ul class="lessons">
            <For
              each={sorted()}
              fallback={<li class="muted">Nothing to add: your answer matches the expert's.</li>}
            >
              {(entry) => (
                <li class={`lesson lesson--${entry.kind}`}>
                  <Badge
                    tone={
                      entry.kind === "good"
                        ? "success"
                        : entry.kind === "extra"
                          ? "neutral"
                          : "warning"
                    }
                  >
                    {KIND_LABELS[entry.kind]}
                  </Badge>
                  <div>
                    <p>{entry.message}</p>
                    <Show when={entry.guidelineRef}>
                      {(ref) => (
                        <A class="small" href={guidelineHref(ref())}>
                          Guideline: {entry.guidelineTitle ?? ref()}
                        </A>
                      )}
                    </Show>
                  </div>
                </li>
              )}
            </For>
          </ul>
        </Card>
      </div>

      <Card title="Your answer and the expert's">
        <GoldComparison feedback={props.feedback} />
      </Card>

      <Card title="Why: the expert's rationale">
        {/* Rendered and sanitised by the server; the only HTML inserted from an answer key. */}
        <div class="prose" innerHTML={props.feedback.renderedRationale} />
      </Card>
    </div>
  );
}
