import { Alert, Badge, Card, Select } from "@rubric/ui";
import { A } from "@solidjs/router";
import { createSignal, For, type JSX, Match, Show, Switch } from "solid-js";
import { Segmented, Toggle } from "../../components/drills/Controls.tsx";
import type { TypingDuration, TypingMode } from "../../lib/drills/api.ts";
import { DIFFICULTY_LABELS, durationLabel } from "../../lib/drills/labels.ts";
import {
  DEFAULT_TYPING,
  TYPING_DURATIONS,
  type TypingConfig,
  typingDrillHref,
} from "../../lib/drills/routes.ts";
import { useDrillCatalog } from "../../lib/drills/use-drill.ts";
import { messageOf } from "../../lib/trpc.ts";

export function DrillsHub() {
  const catalog = useDrillCatalog();
  return (
    <div class="page">
      <header class="drill-page__header">
        <div class="page__header">
          <h1>Precision drills</h1>
          <p class="muted">
            Short, scored drills for the accuracy basic annotation work demands: typing,
            transcription and proofreading.
          </p>
        </div>
        <A href="/app/drills/progress" class="ui-button ui-button--secondary ui-button--md">
          Your progress
        </A>
      </header>
      <Switch>
        <Match when={catalog.isPending}>
          <p class="muted" aria-live="polite">
            Loading drills…
          </p>
        </Match>
        <Match when={catalog.isError}>
          <Alert tone="danger" title="Drills could not be loaded">
            {messageOf(catalog.error)}
          </Alert>
        </Match>
        <Match when={catalog.data}>
          {(data) => (
            <>
              <TypingSetup sets={data().typing.sets} />
              <Card
                title="Transcription"
                description="Transcribe a short recording in the house style. The player stays on the keyboard while you type."
              >
                <DrillTable
                  columns={["Clip", "Style", "Speakers", "Length", "Level"]}
                  action="Transcribe"
                  rows={data().transcription.clips.map((clip) => ({
                    title: clip.title,
                    href: `/app/drills/transcription/${clip.id}`,
                    cells: [
                      <Badge tone={clip.style === "full" ? "warning" : "neutral"}>
                        {clip.style === "clean" ? "Clean verbatim" : "Full verbatim"}
                      </Badge>,
                      clip.speakers,
                      durationLabel(clip.durationSec),
                      clip.difficulty ? DIFFICULTY_LABELS[clip.difficulty] : "—",
                    ],
                  }))}
                />
              </Card>
              <Card
                title="Proofreading"
                description="Mark every error planted in a short text: spelling, grammar, punctuation, numbers and facts."
              >
                <DrillTable
                  columns={["Text", "Kind", "Level", "Errors to find"]}
                  action="Proofread"
                  rows={data().proofreading.items.map((item) => ({
                    title: item.title,
                    href: `/app/drills/proofreading/${item.id}`,
                    cells: [
                      <span class="sentence-case">{item.genre}</span>,
                      DIFFICULTY_LABELS[item.difficulty] ?? item.difficulty,
                      item.errorCount,
                    ],
                  }))}
                />
              </Card>
            </>
          )}
        </Match>
      </Switch>
    </div>
  );
}

interface DrillRow {
  title: string;
  href: string;
  cells: JSX.Element[];
}

/** A list of drills to start: one row each, its title first and a start link last. */
function DrillTable(props: { columns: string[]; action: string; rows: DrillRow[] }) {
  return (
    <table class="table drill-table">
      <thead>
        <tr>
          <For each={props.columns}>{(column) => <th scope="col">{column}</th>}</For>
          <th scope="col">
            <span class="ui-visually-hidden">Start</span>
          </th>
        </tr>
      </thead>
      <tbody>
        <For each={props.rows}>
          {(row) => (
            <tr>
              <th scope="row">{row.title}</th>
              <For each={row.cells}>{(cell) => <td>{cell}</td>}</For>
              <td class="drill-table__action">
                <A
                  href={row.href}
                  class="ui-button ui-button--secondary ui-button--sm"
                  aria-label={`${props.action} ${row.title}`}
                >
                  {props.action}
                </A>
              </td>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  );
}

function TypingSetup(props: {
  sets: ReadonlyArray<{ id: string; title: string; description: string; passageCount: number }>;
}) {
  const [config, setConfig] = createSignal<TypingConfig>({
    ...DEFAULT_TYPING,
    set: props.sets.some((s) => s.id === DEFAULT_TYPING.set)
      ? DEFAULT_TYPING.set
      : (props.sets[0]?.id ?? null),
  });
  const update = (patch: Partial<TypingConfig>) =>
    setConfig((current) => ({ ...current, ...patch }));
  const chosen = () => props.sets.find((s) => s.id === config().set);
  return (
    <Card
      title="Typing"
      description="Copy a passage as fast as you can without errors. Speed is counted in correct words only."
    >
      <div class="typing-setup">
        <div class="typing-setup__fields">
          <Select
            label="Text"
            name="set"
            options={props.sets.map((s) => ({ value: s.id, label: s.title }))}
            value={config().set}
            onChange={(value) => value && update({ set: value })}
            description={chosen()?.description}
          />
          <Segmented
            label="Mode"
            options={[
              { value: "timed", label: "Timed" },
              { value: "passage", label: "Whole passage" },
            ]}
            value={config().mode}
            onChange={(value) => update({ mode: value as TypingMode })}
          />
          <Show when={config().mode === "timed"}>
            <Segmented
              label="Duration"
              options={TYPING_DURATIONS.map((d) => ({ value: String(d), label: `${d} s` }))}
              value={String(config().durationSec)}
              onChange={(value) => update({ durationSec: Number(value) as TypingDuration })}
            />
          </Show>
          <Toggle
            label="Precision mode"
            description="Stop on errors: the caret does not move past a wrong character until you type the right one."
            checked={config().precision}
            onChange={(precision) => update({ precision })}
          />
        </div>
        <div class="typing-setup__actions">
          <A href={typingDrillHref(config())} class="ui-button ui-button--primary ui-button--lg">
            Start typing
          </A>
          <A
            href={typingDrillHref({ ...config(), set: null, mode: "timed" })}
            class="ui-button ui-button--secondary ui-button--md"
          >
            Practise my weak spots
          </A>
          <p class="muted typing-setup__note">
            Weak spots builds a {config().durationSec}-second text from the keys and words you miss
            most.
          </p>
        </div>
      </div>
    </Card>
  );
}
