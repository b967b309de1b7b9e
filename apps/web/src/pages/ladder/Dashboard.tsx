import { formatPercent, formatUsd, stepLabel, stepTitle } from "@rubric/core";
import { Alert, Badge, Card, ProgressBar } from "@rubric/ui";
import { A } from "@solidjs/router";
import { useQuery } from "@tanstack/solid-query";
import { For, type JSX, Show } from "solid-js";
import { Checklist, LadderPath } from "../../components/ladder/LadderPath.tsx";
import { QualityCharts } from "../../components/ladder/QualityCharts.tsx";
import { FormulaLines } from "../../components/ladder/RateFormula.tsx";
import { Icon } from "../../components/ladder/StateBadge.tsx";
import { formatWaitUntil } from "../../lib/ladder/countdown.ts";
import { nextAction, sentence } from "../../lib/ladder/format.ts";
import { unlockProgress } from "../../lib/ladder/layout.ts";
import { ladderKeys } from "../../lib/ladder/queries.ts";
import type { Dashboard, DashboardEntry, LadderRulesView } from "../../lib/ladder/types.ts";
import { formatBand, formatDate } from "../../lib/practice/format.ts";
import { messageOf, trpc } from "../../lib/trpc.ts";

/**
 * The worker's home: where they stand on the ladder, the one thing to do next, what it leads
 * to in pay, and how their quality is moving. Every figure comes from the server.
 */
export function WorkerDashboard(props: { title: string; profile: JSX.Element }) {
  const dashboard = useQuery(() => ({
    queryKey: ladderKeys.dashboard,
    queryFn: () => trpc.ladder.dashboard.query(),
  }));
  const rules = useQuery(() => ({
    queryKey: ladderKeys.rules,
    queryFn: () => trpc.ladder.rules.query(),
    staleTime: 300_000,
  }));
  return (
    <div class="page">
      <header class="page__header page__header--row">
        <div>
          <h1>{props.title}</h1>
          <p class="muted">
            Where you stand on the ladder, what each category still needs, and what it pays.{" "}
            <A href="/rules">How the ladder works</A>
          </p>
        </div>
      </header>
      <Show when={dashboard.isError || rules.isError}>
        <Alert tone="danger" title="Your dashboard could not be loaded">
          {messageOf(dashboard.error ?? rules.error)}
        </Alert>
      </Show>
      <Show
        when={dashboard.data && rules.data ? { d: dashboard.data, r: rules.data } : null}
        fallback={
          <Show when={!dashboard.isError && !rules.isError}>
            <p class="page-loading">Loading your ladder…</p>
          </Show>
        }
      >
        {(data) => <DashboardBody data={data().d} rules={data().r} profile={props.profile} />}
      </Show>
    </div>
  );
}

function DashboardBody(props: { data: Dashboard; rules: LadderRulesView; profile: JSX.Element }) {
  const entries = () => props.data.evaluation.entries;
  const action = () => nextAction(props.data.nextStep);
  const core = () => props.data.evaluation.coreAssessment;
  const coreMissing = () =>
    entries()
      .flatMap((e) => e.missing)
      .find((m) => m.kind === "core_assessment")?.message ?? null;
  return (
    <>
      <NextStepPanel data={props.data} />
      <div class="dashboard">
        <div class="dashboard__main">
          <NextUnlockCard data={props.data} />
          <Card
            title="The ladder"
            description="Each step opens on a passed qualification test and steady quality on the work below it."
          >
            <LadderPath
              rules={props.rules.rules.categories}
              entries={entries()}
              core={{
                passed: core().passed,
                attempts: core().attempts,
                missing: coreMissing() ? sentence(coreMissing() ?? "") : null,
              }}
              focus={action().focus}
            />
          </Card>
          <Card
            title="Quality by category"
            description="Accuracy on gold items with its 95% confidence band. Gates read the lower edge of the band, so it rises with steady work, not with a lucky streak."
          >
            <QualityCharts series={props.data.quality} entries={entries()} />
          </Card>
        </div>
        <div class="dashboard__side">
          <RateCard data={props.data} rules={props.rules} />
          <LedgerCard ledger={props.data.ledger} />
          <FeedbackCard items={props.data.recentFeedback} />
          {props.profile}
        </div>
      </div>
    </>
  );
}

function NextStepPanel(props: { data: Dashboard }) {
  const action = () => nextAction(props.data.nextStep);
  const now = () => Date.parse(props.data.now);
  const waiting = () => {
    const at = action().waitUntil;
    return at !== null && Date.parse(at) > now() ? at : null;
  };
  return (
    <section class="next-step" aria-labelledby="next-step-title">
      <div>
        <p class="eyebrow" id="next-step-title">
          Your next step
        </p>
        <p class="next-step__message">{props.data.nextStep.message}</p>
      </div>
      <Show
        when={waiting()}
        fallback={
          <A href={action().href} class="ui-button ui-button--primary ui-button--lg">
            {action().label}
          </A>
        }
      >
        {(at) => (
          <p class="next-step__wait">
            <Icon name="clock" />
            Available {formatWaitUntil(at(), now())}
          </p>
        )}
      </Show>
    </section>
  );
}

function NextUnlockCard(props: { data: Dashboard }) {
  const next = () => props.data.nextUnlock;
  const entry = (): DashboardEntry | undefined =>
    props.data.evaluation.entries.find((e) => e.key === next()?.key);
  return (
    <Card title="Progress toward your next unlock">
      <Show
        when={next() && entry() ? { n: next(), e: entry() } : null}
        fallback={<p class="muted">You hold every category you can reach.</p>}
      >
        {(pair) => {
          const progress = () => unlockProgress(pair().e as DashboardEntry);
          return (
            <div class="unlock">
              <div class="unlock__head">
                <h3 class="unlock__title">{pair().n?.label}</h3>
                <Show when={pair().n?.projectedUsdPerHour}>
                  {(rate) => (
                    <span class="unlock__rate">
                      then <strong>{formatUsd(rate())}/h</strong> projected
                    </span>
                  )}
                </Show>
              </div>
              <ProgressBar
                label="Toward the unlock"
                value={Math.round(progress().fraction * 100)}
                valueLabel={formatPercent(progress().fraction)}
                tone={progress().fraction >= 1 ? "success" : "primary"}
              />
              <Show when={progress().parts.length > 0}>
                <ul class="unlock__parts">
                  <For each={progress().parts}>
                    {(part) => (
                      <li classList={{ "unlock__part--done": part.done }}>
                        <span>{part.label}</span>
                        <span class="unlock__bar" aria-hidden="true">
                          <span
                            class="unlock__fill"
                            style={{ width: `${Math.round(part.fraction * 100)}%` }}
                          />
                        </span>
                        <span class="num">
                          <Show when={part.done}>
                            <Icon name="check" />{" "}
                          </Show>
                          {part.detail}
                        </span>
                      </li>
                    )}
                  </For>
                </ul>
              </Show>
              <Show when={(pair().e?.missing.length ?? 0) > 0}>
                <Checklist
                  label="Still needed"
                  items={(pair().e?.missing ?? []).map((m) => sentence(m.message))}
                />
              </Show>
            </div>
          );
        }}
      </Show>
    </Card>
  );
}

function RateCard(props: { data: Dashboard; rules: LadderRulesView }) {
  const current = () =>
    props.data.rates
      .filter((r) => r.state === "qualified")
      .sort((a, b) => b.projectedUsdPerHour - a.projectedUsdPerHour)[0];
  const next = () => props.data.nextUnlock;
  return (
    <Card title="Projected hourly rate">
      <div class="rate-pair">
        <div>
          <p class="figure-label">Now</p>
          <Show when={current()} fallback={<p class="rate-pair__none">No paid category yet</p>}>
            {(rate) => (
              <>
                <p class="stat__value">{formatUsd(rate().projectedUsdPerHour)}</p>
                <p class="muted small">{stepTitle(rate())}</p>
              </>
            )}
          </Show>
        </div>
        <Show when={next()?.projectedUsdPerHour ? next() : null}>
          {(n) => (
            <div>
              <p class="figure-label">After the next unlock</p>
              <p class="stat__value stat__value--success">
                {formatUsd(n().projectedUsdPerHour ?? 0)}
              </p>
              <p class="muted small">{n().label}</p>
              <Show when={props.data.rates.find((r) => r.key === n().key)?.band}>
                {(band) => (
                  <p class="muted small">
                    A starting figure in its {formatBand(band())} band; quality and hours there
                    raise it.
                  </p>
                )}
              </Show>
            </div>
          )}
        </Show>
      </div>
      <details class="disclosure">
        <summary>How the rate is worked out</summary>
        <p class="small">{props.rules.rateFormula.description}</p>
        <FormulaLines params={props.rules.rateFormula.params} />
        <Show when={current()}>
          {(rate) => (
            <p class="small">
              Your {stepLabel(rate())} rate: {rate().explanation}
            </p>
          )}
        </Show>
      </details>
    </Card>
  );
}

function LedgerCard(props: { ledger: Dashboard["ledger"] }) {
  return (
    <Card
      title="Simulated earnings"
      description="What your practice would have paid: expected minutes × your projected rate."
    >
      <p class="stat__value">{formatUsd(props.ledger.totalUsd)}</p>
      <Show
        when={props.ledger.lines.length > 0}
        fallback={<p class="muted small">Practice batches add lines here as you submit items.</p>}
      >
        <ul class="ledger-mini">
          <For each={props.ledger.lines.slice(0, 5)}>
            {(line) => (
              <li>
                <span>{line.description}</span>
                <span class="num">{formatUsd(line.amountUsd)}</span>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <A href="/app/earnings" class="ui-button ui-button--secondary ui-button--sm card-link">
        Full ledger
      </A>
    </Card>
  );
}

const FEEDBACK_KIND: Record<Dashboard["recentFeedback"][number]["kind"], string> = {
  practice: "Practice",
  assessment: "Assessment",
  drill: "Drill",
};

function FeedbackCard(props: { items: Dashboard["recentFeedback"] }) {
  return (
    <Card title="Recent feedback">
      <Show
        when={props.items.length > 0}
        fallback={<p class="muted small">Scored work and its feedback will be listed here.</p>}
      >
        <ul class="feedback-list">
          <For each={props.items}>
            {(item) => (
              <li>
                <A href={item.href} class="feedback-list__title">
                  {item.title}
                </A>
                <span class="feedback-list__meta small muted">
                  <Badge>{FEEDBACK_KIND[item.kind]}</Badge>
                  {formatDate(item.at)}
                </span>
                <Show when={item.score !== null}>
                  <span class="num feedback-list__score">{formatPercent(item.score ?? 0)}</span>
                </Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </Card>
  );
}
