import { formatPercent } from "@rubric/core";
import { Alert, Badge, Card } from "@rubric/ui";
import { A, useParams, useSearchParams } from "@solidjs/router";
import { useQuery } from "@tanstack/solid-query";
import { For, Show } from "solid-js";
import { Icon } from "../../components/ladder/StateBadge.tsx";
import { QueryState } from "../../components/QueryState.tsx";
import { formatAt } from "../../lib/ladder/countdown.ts";
import { ladderKeys } from "../../lib/ladder/queries.ts";
import type { Report } from "../../lib/ladder/types.ts";
import { trpc } from "../../lib/trpc.ts";

export function AssessmentReport() {
  const params = useParams<{ attemptId: string }>();
  const report = useQuery(() => ({
    queryKey: ladderKeys.report(params.attemptId),
    queryFn: () => trpc.assessment.report.query({ attemptId: params.attemptId }),
  }));
  return (
    <div class="page page--narrow">
      <QueryState
        query={report}
        failure="This report could not be loaded"
        loading="Loading your report…"
        errorAction={
          <>
            {" "}
            <A href="/app/assessment">Back to assessments</A>
          </>
        }
      >
        {(data) => <ReportView report={data()} />}
      </QueryState>
    </div>
  );
}

function ReportView(props: { report: Report }) {
  const [search] = useSearchParams();
  const r = () => props.report;
  return (
    <>
      <header class="page__header">
        <p class="eyebrow">{r().title} · report</p>
        <h1 class="report__verdict" classList={{ "report__verdict--pass": r().passed }}>
          <Icon name={r().passed ? "check" : "cross"} />
          <Show when={r().passed} fallback="Not passed this time">
            Passed
          </Show>
        </h1>
        <p class="muted">
          Overall <strong class="num">{formatPercent(r().overall)}</strong> against a pass mark of{" "}
          {formatPercent(r().passMark)}.{" "}
          <Show
            when={r().passed}
            fallback="A pass needs the pass mark and every section's own minimum."
          >
            <Show
              when={r().kind === "core"}
              fallback="The test counts toward its category; your dashboard shows anything else the unlock needs."
            >
              Basic annotation is open to you; its drills build the evidence for the next step.
            </Show>
          </Show>
        </p>
        <Show when={r().retakeAvailableAt}>
          {(at) => (
            <p class="refusal">
              <Icon name="clock" />
              You can retake it from {formatAt(at())}.
            </p>
          )}
        </Show>
      </header>
      <Show when={search.ended === "time"}>
        <Alert tone="info" title="The time ran out">
          Answers saved before the deadline were graded; items left unanswered scored 0.
        </Alert>
      </Show>

      <Card
        title="Sections"
        description="Each bar is the section's score; the mark is its minimum."
      >
        <ul class="score-bars">
          <For each={r().sections}>
            {(s) => (
              <li class="score-bar">
                <div class="score-bar__head">
                  <span class="score-bar__label">{s.label}</span>
                  <span class="num">
                    {formatPercent(s.score)}{" "}
                    <span class="muted small">(minimum {formatPercent(s.min)})</span>
                  </span>
                  <Show when={s.passed} fallback={<Badge tone="danger">Under minimum</Badge>}>
                    <Badge tone="success">Met</Badge>
                  </Show>
                </div>
                <div class="score-bar__track" aria-hidden="true">
                  <div
                    class="score-bar__fill"
                    classList={{ "score-bar__fill--short": !s.passed }}
                    style={{ width: `${Math.round(s.score * 100)}%` }}
                  />
                  <div class="score-bar__min" style={{ left: `${Math.round(s.min * 100)}%` }} />
                </div>
                <Show when={s.items.length > 0}>
                  <details class="disclosure">
                    <summary>Items ({s.items.length})</summary>
                    <ul class="report-items">
                      <For each={s.items}>
                        {(item) => (
                          <li>
                            <span>{item.title}</span>
                            <span class="num">{formatPercent(item.score)}</span>
                          </li>
                        )}
                      </For>
                    </ul>
                  </details>
                </Show>
              </li>
            )}
          </For>
        </ul>
      </Card>

      <Card title="What to practise">
        <Show
          when={r().toPractise.length > 0}
          fallback={<p class="muted">Nothing stands out. Keep your accuracy steady.</p>}
        >
          <ul class="plain-list report-list">
            <For each={r().toPractise}>
              {(p) => (
                <li>
                  <A href={p.href}>{p.message}</A>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </Card>
      <Card title="Strengths">
        <Show
          when={r().strengths.length > 0}
          fallback={<p class="muted">No section reached 85% this time.</p>}
        >
          <ul class="plain-list report-list">
            <For each={r().strengths}>{(s) => <li>{s}</li>}</For>
          </ul>
        </Show>
      </Card>
      <div class="form__actions form__actions--start">
        <A href="/app" class="ui-button ui-button--primary ui-button--md">
          Back to your dashboard
        </A>
        <A href="/app/assessment" class="ui-button ui-button--secondary ui-button--md">
          All assessments
        </A>
      </div>
    </>
  );
}
