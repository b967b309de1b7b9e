import { Alert, Card } from "@rubric/ui";
import { A } from "@solidjs/router";
import { useQuery } from "@tanstack/solid-query";
import { createMemo, For, Match, Show, Switch } from "solid-js";
import { KeyboardHeatmap } from "../../components/drills/KeyboardHeatmap.tsx";
import { TimeChart } from "../../components/drills/TimeChart.tsx";
import { type Catalog, drillKeys, drillsApi, type Progress } from "../../lib/drills/api.ts";
import { categoryInfo, DRILL_KIND_LABELS, isTyping, percent } from "../../lib/drills/labels.ts";
import { DEFAULT_TYPING, resultHref, typingDrillHref } from "../../lib/drills/routes.ts";
import { useDrillCatalog } from "../../lib/drills/use-drill.ts";
import { messageOf } from "../../lib/trpc.ts";

export function DrillsProgress() {
  const progress = useQuery(() => ({ queryKey: drillKeys.progress, queryFn: drillsApi.progress }));
  return (
    <div class="page">
      <header class="drill-page__header">
        <div class="page__header">
          <p class="eyebrow">
            <A href="/app/drills">Drills</A>
          </p>
          <h1>Your progress</h1>
          <p class="muted">
            Bests and trends count only results that passed the plausibility checks.
          </p>
        </div>
      </header>
      <Switch>
        <Match when={progress.isPending}>
          <p class="muted" aria-live="polite">
            Loading your progress…
          </p>
        </Match>
        <Match when={progress.isError}>
          <Alert tone="danger" title="Progress could not be loaded">
            {messageOf(progress.error)}
          </Alert>
        </Match>
        <Match when={progress.data?.history.length === 0}>
          <FirstSteps />
        </Match>
        <Match when={progress.data}>{(data) => <ProgressDetail progress={data()} />}</Match>
      </Switch>
    </div>
  );
}

function FirstSteps() {
  return (
    <Card title="No drills yet">
      <p>Three short drills give you a baseline to improve on:</p>
      <ol class="first-steps">
        <li>
          <strong>A 30-second typing drill</strong> measures your speed and which keys trip you up.
        </li>
        <li>
          <strong>A clean-verbatim transcription clip</strong> shows how close you get to the house
          style.
        </li>
        <li>
          <strong>A proofreading text</strong> tests whether you catch the errors reviewers look
          for.
        </li>
      </ol>
      <div class="actions-row">
        <A
          href={typingDrillHref(DEFAULT_TYPING)}
          class="ui-button ui-button--primary ui-button--md"
        >
          Start a 30-second typing drill
        </A>
        <A href="/app/drills" class="ui-button ui-button--secondary ui-button--md">
          See all drills
        </A>
      </div>
    </Card>
  );
}

/** Names for the content a drill used: set, clip and text titles from the catalog. */
function contentTitles(catalog: Catalog | undefined): Map<string, string> {
  const titles = new Map<string, string>();
  for (const set of catalog?.typing.sets ?? []) titles.set(`typing:${set.id}`, set.title);
  for (const clip of catalog?.transcription.clips ?? [])
    titles.set(`transcription:${clip.id}`, clip.title);
  for (const item of catalog?.proofreading.items ?? [])
    titles.set(`proofreading:${item.id}`, item.title);
  return titles;
}

function bestLabel(best: Progress["bests"][number], titles: Map<string, string>): string {
  const content = best.set ? (titles.get(`${best.kind}:${best.set}`) ?? best.set) : null;
  if (isTyping(best.kind)) {
    const mode =
      best.mode === "timed" && best.durationSec ? `${best.durationSec} s` : "whole passage";
    return `${content ? `Typing · ${content}` : DRILL_KIND_LABELS[best.kind]} · ${mode}`;
  }
  return `${DRILL_KIND_LABELS[best.kind]}${content ? ` · ${content}` : ""}`;
}

function bestValue(best: Progress["bests"][number]): string {
  if (best.netWpm != null) return `${Math.round(best.netWpm)} WPM`;
  if (best.f1 != null) return `F1 ${percent(best.f1)}`;
  if (best.accuracy != null) return `${percent(best.accuracy, 1)} accuracy`;
  return "—";
}

const dateOf = (iso: string) =>
  new Date(iso).toLocaleDateString(undefined, { dateStyle: "medium" });

function ProgressDetail(props: { progress: Progress }) {
  const catalog = useDrillCatalog();
  const titles = createMemo(() => contentTitles(catalog.data));
  const counted = createMemo(() => props.progress.history.filter((h) => !h.flagged));
  const typing = createMemo(() => counted().filter((h) => isTyping(h.kind) && h.netWpm != null));
  const accuracyRows = createMemo(() =>
    counted().filter((h) => h.accuracy != null || h.f1 != null),
  );
  const flaggedCount = () => props.progress.history.length - counted().length;
  return (
    <>
      <Card title="Personal bests">
        <Show
          when={props.progress.bests.length > 0}
          fallback={<p class="muted">Your first result that counts sets a best.</p>}
        >
          <table class="table">
            <thead>
              <tr>
                <th scope="col">Drill</th>
                <th scope="col">Best</th>
                <th scope="col">When</th>
              </tr>
            </thead>
            <tbody>
              <For each={props.progress.bests}>
                {(best) => (
                  <tr>
                    <th scope="row">{bestLabel(best, titles())}</th>
                    <td class="num">
                      <A href={resultHref(best.drillId)}>{bestValue(best)}</A>
                    </td>
                    <td>{dateOf(best.at)}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </Show>
      </Card>
      <div class="grid grid--2">
        <Card title="Speed">
          <Show
            when={typing().length > 0}
            fallback={<p class="muted">Finish a typing drill to start this chart.</p>}
          >
            <TimeChart
              title="Net WPM per typing drill"
              unit=""
              series={[{ label: "Net WPM", tone: 2, values: typing().map((h) => h.netWpm) }]}
              summary={`Net WPM over ${typing().length} typing drills, latest ${Math.round(typing().at(-1)!.netWpm!)}.`}
            />
          </Show>
        </Card>
        <Card title="Accuracy">
          <Show
            when={accuracyRows().length > 0}
            fallback={<p class="muted">Finish any drill to start this chart.</p>}
          >
            <TimeChart
              title="Accuracy per drill"
              unit="%"
              range={[0, 100]}
              series={[
                {
                  label: "Typing",
                  tone: 2,
                  values: accuracyRows().map((h) =>
                    isTyping(h.kind) && h.accuracy != null ? h.accuracy * 100 : null,
                  ),
                },
                {
                  label: "Transcription accuracy",
                  tone: 3,
                  values: accuracyRows().map((h) =>
                    h.kind === "transcription" && h.accuracy != null ? h.accuracy * 100 : null,
                  ),
                },
                {
                  label: "Proofreading F1",
                  tone: 5,
                  values: accuracyRows().map((h) =>
                    h.kind === "proofreading" && h.f1 != null ? h.f1 * 100 : null,
                  ),
                },
              ]}
              summary={`Accuracy over ${accuracyRows().length} drills.`}
            />
          </Show>
        </Card>
      </div>
      <Show when={flaggedCount() > 0}>
        <p class="muted">
          {flaggedCount() === 1 ? "One flagged result is" : `${flaggedCount()} flagged results are`}{" "}
          left out of the charts and bests.
        </p>
      </Show>
      <Card
        title="Accuracy by key"
        description="From every typing drill. Shifted characters count on the key that types them."
      >
        <Show
          when={props.progress.keyStats.length > 0}
          fallback={<p class="muted">Finish a typing drill to see which keys slow you down.</p>}
        >
          <KeyboardHeatmap stats={props.progress.keyStats} />
        </Show>
      </Card>
      <div class="grid grid--2">
        <Card title="Most-mistyped words">
          <Show
            when={props.progress.mistypedWords.length > 0}
            fallback={<p class="muted">No mistyped words yet.</p>}
          >
            <ol class="word-list">
              <For each={props.progress.mistypedWords}>
                {(row) => (
                  <li>
                    <span class="word-list__word">{row.word}</span>
                    <span class="muted">× {row.count}</span>
                  </li>
                )}
              </For>
            </ol>
          </Show>
        </Card>
        <Card title="Keys you confuse" description="The key you meant, and what you typed instead.">
          <Show
            when={props.progress.confusions.length > 0}
            fallback={<p class="muted">No confusions yet.</p>}
          >
            <table class="table">
              <thead>
                <tr>
                  <th scope="col">Meant</th>
                  <th scope="col">Typed</th>
                  <th scope="col">Times</th>
                </tr>
              </thead>
              <tbody>
                <For each={props.progress.confusions}>
                  {(row) => (
                    <tr>
                      <td>
                        <kbd>{visibleKey(row.expected)}</kbd>
                      </td>
                      <td>
                        <kbd>{visibleKey(row.typed)}</kbd>
                      </td>
                      <td class="num">{row.count}</td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </Show>
        </Card>
      </div>
      <Show
        when={
          props.progress.skill.weakestKeys.length > 0 ||
          props.progress.skill.weakestCategories.length > 0
        }
      >
        <Card title="Your weak spots">
          <p class="weak-spots">
            <Show when={props.progress.skill.weakestKeys.length > 0}>
              Keys:{" "}
              <For each={props.progress.skill.weakestKeys}>
                {(key) => <kbd class="weak-key">{visibleKey(key)}</kbd>}
              </For>{" "}
            </Show>
            <Show when={props.progress.skill.weakestCategories.length > 0}>
              · Errors:{" "}
              {props.progress.skill.weakestCategories
                .map((c) => categoryInfo(c).label.toLowerCase())
                .join(", ")}
            </Show>
          </p>
          <A
            href={typingDrillHref({ ...DEFAULT_TYPING, set: null, durationSec: 60 })}
            class="ui-button ui-button--primary ui-button--md"
          >
            Practise my weak spots
          </A>
        </Card>
      </Show>
    </>
  );
}

function visibleKey(key: string): string {
  if (key === " ") return "Space";
  if (key === "\n") return "Enter";
  return key;
}
