import { Alert, Badge, Card } from "@rubric/ui";
import { A } from "@solidjs/router";
import { createMemo, createSignal, For, type JSX, Match, Show, Switch } from "solid-js";
import type { DrillResult, SeededError, TranscriptionError } from "../../lib/drills/api.ts";
import {
  categoryInfo,
  durationLabel,
  isTyping,
  percent,
  SEEDED_KIND_LABELS,
} from "../../lib/drills/labels.ts";
import { DEFAULT_TYPING, typingDrillHref } from "../../lib/drills/routes.ts";
import { segmentText } from "../../lib/drills/segments.ts";
import { CategoryLegend, ErrorText, type PlacedError } from "./ErrorText.tsx";

type TypingResult = NonNullable<DrillResult["typing"]>;
type TranscriptionResult = NonNullable<DrillResult["transcription"]>;
type ProofreadingResult = NonNullable<DrillResult["proofreading"]>;

function onReference(errors: readonly TranscriptionError[]): PlacedError[] {
  return errors.map((e, index) => ({ ...e, start: e.refStart, end: e.refEnd, index }));
}

function onTyped(errors: readonly TranscriptionError[]): PlacedError[] {
  return errors.map((e, index) => ({ ...e, start: e.typedStart, end: e.typedEnd, index }));
}

/** The feedback every drill ends with: what went wrong where, what cost most, what to do next. */
export function DrillResultView(props: { result: DrillResult }) {
  return (
    <div class="result">
      <Show when={props.result.flagged}>
        <Alert tone="warning" title="This result doesn't count toward your bests">
          It is saved in your history, but left out of bests and progress because:
          <ul class="result__flags">
            <For each={props.result.flags}>{(flag) => <li>{flag.reason}</li>}</For>
          </ul>
        </Alert>
      </Show>
      <Switch>
        <Match when={props.result.typing}>
          {(typing) => <TypingDetail typing={typing()} target={props.result.target} />}
        </Match>
        <Match when={props.result.transcription}>
          {(transcription) => <TranscriptionDetail transcription={transcription()} />}
        </Match>
        <Match when={props.result.proofreading}>
          {(proofreading) => <ProofreadingDetail proofreading={proofreading()} />}
        </Match>
      </Switch>
      <NextSteps result={props.result} />
    </div>
  );
}

function Stat(props: { label: string; value: string; hint?: string; lead?: boolean }) {
  return (
    <div class="result-stat" classList={{ "result-stat--lead": props.lead }}>
      <span class="result-stat__value">{props.value}</span>
      <span class="result-stat__label">{props.label}</span>
      <Show when={props.hint}>
        <span class="result-stat__hint">{props.hint}</span>
      </Show>
    </div>
  );
}

function Stats(props: { children: JSX.Element; label: string }) {
  return (
    <section class="result-stats" aria-label={props.label}>
      {props.children}
    </section>
  );
}

function TypingDetail(props: { typing: TypingResult; target: string }) {
  const errors = createMemo(() => onReference(props.typing.errors));
  return (
    <>
      <Stats label="Speed and accuracy">
        <Stat
          lead
          label="net WPM"
          value={String(Math.round(props.typing.netWpm))}
          hint="correct words per minute"
        />
        <Stat
          label="accuracy"
          value={percent(props.typing.accuracy, 1)}
          hint="keys right when pressed"
        />
        <Stat
          label="raw WPM"
          value={String(Math.round(props.typing.rawWpm))}
          hint="every key, errors included"
        />
        <Stat
          label="consistency"
          value={`${Math.round(props.typing.consistency)}%`}
          hint="evenness of pace"
        />
        <Stat label="time" value={durationLabel(props.typing.durationSec)} />
      </Stats>
      <Card
        title="Errors"
        description="Errors you fixed as you typed cost time; errors left in the text cost accuracy."
      >
        <div class="result-split">
          <Stat
            label="corrected as you typed"
            value={String(props.typing.corrected)}
            hint={`${percent(props.typing.correctedErrorRate, 1)} of characters`}
          />
          <Stat
            label="left in the text"
            value={String(props.typing.uncorrected)}
            hint={`${percent(props.typing.uncorrectedErrorRate, 1)} of characters`}
          />
        </div>
        <h3 class="result__subtitle">Where the errors left in the text are</h3>
        <Show
          when={errors().length > 0}
          fallback={<p class="muted">None: every character you left in place is right.</p>}
        >
          <CategoryLegend errors={errors()} />
        </Show>
        <div class="result-text">
          <ErrorText text={props.target} errors={errors()} side="reference" />
        </div>
      </Card>
    </>
  );
}

const DIFF_SIDES = [
  { side: "reference", title: "Reference" },
  { side: "typed", title: "Your transcript" },
] as const;

function TranscriptionDetail(props: { transcription: TranscriptionResult }) {
  const [active, setActive] = createSignal<number | null>(null);
  const reference = createMemo(() => onReference(props.transcription.errors));
  const typed = createMemo(() => onTyped(props.transcription.errors));
  return (
    <>
      <div class="grid grid--2">
        <Card title="Accuracy" description="How close your words are to what was said.">
          <div class="result-split">
            <Stat
              lead
              label="accuracy score"
              value={`${Math.round(props.transcription.accuracy.score)}`}
              hint="out of 100"
            />
            <Stat
              label="character error rate"
              value={percent(props.transcription.accuracy.cer, 1)}
              hint="CER"
            />
            <Stat
              label="word error rate"
              value={percent(props.transcription.accuracy.wer, 1)}
              hint="WER"
            />
          </div>
        </Card>
        <Card title="Formatting" description="How well the transcript follows the house style.">
          <div class="result-split">
            <Stat
              lead
              label="formatting score"
              value={`${Math.round(props.transcription.formatting.score)}`}
              hint="out of 100"
            />
          </div>
          <Show
            when={props.transcription.formatting.errors.length > 0}
            fallback={
              <p class="muted">
                No formatting errors: timestamps, labels and tags follow the house style.
              </p>
            }
          >
            <ul class="format-errors">
              <For each={props.transcription.formatting.errors}>
                {(error) => (
                  <li class="format-errors__item">
                    <Badge tone={error.severity === "major" ? "danger" : "warning"}>
                      {error.severity}
                    </Badge>
                    <span>
                      <Show when={error.line && !error.reason.includes(`Line ${error.line}`)}>
                        <span class="muted">Line {error.line}: </span>
                      </Show>
                      {error.reason}
                    </span>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        </Card>
      </div>
      <Card
        title="Your transcript against the reference"
        description="The words of each turn, one line per turn, now that your transcript is saved; timestamps, labels and tags are scored under Formatting. Point at an error to see it on both sides."
      >
        <CategoryLegend errors={reference()} />
        <div class="diff">
          <For each={DIFF_SIDES}>
            {(side) => (
              <section class="diff__side" aria-labelledby={`diff-${side.side}`}>
                <h3 id={`diff-${side.side}`} class="result__subtitle">
                  {side.title}
                </h3>
                <div class="result-text result-text--pre">
                  <ErrorText
                    text={props.transcription.compared[side.side]}
                    errors={side.side === "reference" ? reference() : typed()}
                    side={side.side}
                    active={active()}
                    onActive={setActive}
                  />
                </div>
              </section>
            )}
          </For>
        </div>
        <details class="result-details">
          <summary>The reference transcript in house style</summary>
          <pre class="result-details__text">{props.transcription.reference}</pre>
        </details>
      </Card>
    </>
  );
}

interface ProofSpan {
  start: number;
  end: number;
  outcome: "found" | "missed" | "false";
  error: SeededError | null;
}

const OUTCOME_LABEL = { found: "found", missed: "missed", false: "not an error" } as const;

function ProofreadingDetail(props: { proofreading: ProofreadingResult }) {
  const missedKeys = createMemo(
    () => new Set(props.proofreading.missed.map((e) => `${e.start}:${e.end}`)),
  );
  const spans = createMemo<ProofSpan[]>(() => [
    ...props.proofreading.seeded.map((error) => ({
      start: error.start,
      end: error.end,
      outcome: missedKeys().has(`${error.start}:${error.end}`)
        ? ("missed" as const)
        : ("found" as const),
      error,
    })),
    ...props.proofreading.falseMarks.map((mark) => ({
      ...mark,
      outcome: "false" as const,
      error: null,
    })),
  ]);
  const found = () => props.proofreading.seeded.length - props.proofreading.missed.length;
  const describeSpan = (span: ProofSpan) =>
    span.error
      ? `${OUTCOME_LABEL[span.outcome]}: ${SEEDED_KIND_LABELS[span.error.kind].toLowerCase()} error, should read “${span.error.correction || "(delete)"}”`
      : "not an error: this mark was wrong";
  return (
    <>
      <Stats label="Marks">
        <Stat
          lead
          label="F1"
          value={percent(props.proofreading.f1)}
          hint="precision and recall together"
        />
        <Stat
          label="precision"
          value={percent(props.proofreading.precision)}
          hint="your marks that were errors"
        />
        <Stat label="recall" value={percent(props.proofreading.recall)} hint="errors you found" />
        <Stat label="found" value={`${found()} of ${props.proofreading.seeded.length}`} />
        <Stat label="false marks" value={String(props.proofreading.falseMarks.length)} />
      </Stats>
      <Card
        title="The text, checked"
        description="Every planted error is shown now, with its correction."
      >
        <ul class="legend" aria-label="Marks">
          <li class="legend__item">
            <span class="legend__swatch proof-outcome--found" aria-hidden="true" /> Found
          </li>
          <li class="legend__item">
            <span class="legend__swatch proof-outcome--missed" aria-hidden="true" /> Missed
          </li>
          <li class="legend__item">
            <span class="legend__swatch proof-outcome--false" aria-hidden="true" /> Marked, but not
            an error
          </li>
        </ul>
        <p class="result-text result-text--pre error-text">
          <For each={segmentText(props.proofreading.text, spans())}>
            {(segment) => (
              <Show when={segment.span} fallback={segment.text}>
                {(span) => (
                  <span
                    class={`proof-outcome proof-outcome--${span().outcome}`}
                    title={describeSpan(span())}
                  >
                    {segment.text}
                    <span class="ui-visually-hidden"> ({describeSpan(span())})</span>
                  </span>
                )}
              </Show>
            )}
          </For>
        </p>
        <SeededErrorList
          title="Found"
          tone="success"
          errors={props.proofreading.matched.map((match) => match.error)}
        />
        <SeededErrorList title="Missed" tone="warning" errors={props.proofreading.missed} />
        <Show when={props.proofreading.falseMarks.length > 0}>
          <h3 class="result__subtitle">Marked, but not errors</h3>
          <ul class="proof-list">
            <For each={props.proofreading.falseMarks}>
              {(mark) => (
                <li>
                  “{Array.from(props.proofreading.text).slice(mark.start, mark.end).join("")}”
                </li>
              )}
            </For>
          </ul>
        </Show>
      </Card>
    </>
  );
}

function SeededErrorList(props: {
  title: string;
  tone: "success" | "warning";
  errors: readonly SeededError[];
}) {
  return (
    <Show when={props.errors.length > 0}>
      <h3 class="result__subtitle">{props.title}</h3>
      <ul class="proof-list">
        <For each={props.errors}>
          {(error) => (
            <li>
              <Badge tone={props.tone}>{SEEDED_KIND_LABELS[error.kind]}</Badge> “{error.shown}”
              should read “{error.correction || "(delete it)"}”
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}

function NextSteps(props: { result: DrillResult }) {
  const costliest = () => props.result.costliestCategories.filter((c) => c.count > 0).slice(0, 5);
  const most = () => Math.max(1, ...costliest().map((c) => c.count));
  return (
    <div class="grid grid--2">
      <Card title="Practise next">
        <p class="practise-next">{props.result.practiseNext}</p>
        <div class="actions-row">
          <Show when={isTyping(props.result.kind)}>
            <A
              href={typingDrillHref({ ...DEFAULT_TYPING, set: null, durationSec: 60 })}
              class="ui-button ui-button--primary ui-button--sm"
            >
              Practise my weak spots
            </A>
          </Show>
          <A href="/app/drills" class="ui-button ui-button--secondary ui-button--sm">
            Choose another drill
          </A>
          <A href="/app/drills/progress" class="ui-button ui-button--ghost ui-button--sm">
            See progress
          </A>
        </div>
      </Card>
      <Card title="What cost the most">
        <Show
          when={costliest().length > 0}
          fallback={<p class="muted">Nothing: no errors in this drill.</p>}
        >
          <ul class="cost-bars">
            <For each={costliest()}>
              {(item) => (
                <li class="cost-bars__row">
                  <span class="cost-bars__label">{categoryInfo(item.category).label}</span>
                  <span class="cost-bars__track" aria-hidden="true">
                    <span
                      class={`cost-bars__fill tone-${categoryInfo(item.category).tone}`}
                      style={{ width: `${(item.count / most()) * 100}%` }}
                    />
                  </span>
                  <span class="cost-bars__count">{item.count}</span>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </Card>
    </div>
  );
}
