import { DOMAIN_LABELS, type LadderState } from "@rubric/core";
import { For, Show } from "solid-js";
import { sentence } from "../../lib/ladder/format.ts";
import { bestState, ladderTiers, type PathGroup, type PathRule } from "../../lib/ladder/layout.ts";
import type { DashboardEntry } from "../../lib/ladder/types.ts";
import { Icon, StateBadge } from "./StateBadge.tsx";

export interface CoreStep {
  passed: boolean;
  attempts: number;
  /** The server's sentence for what the core assessment still needs, when not passed. */
  missing: string | null;
}

export interface LadderPathProps {
  rules: readonly PathRule[];
  entries: readonly DashboardEntry[];
  core: CoreStep;
  /** The category the recommended next step works toward, outlined on the path. */
  focus: string | null;
}

/**
 * The ladder as a path from the core assessment to the premium categories. Steps that
 * unlock in parallel share a rung; every step shows its state and, until it is held,
 * exactly what it still needs.
 */
export function LadderPath(props: LadderPathProps) {
  const tiers = () => ladderTiers(props.rules, props.entries);
  const coreState = (): LadderState => (props.core.passed ? "qualified" : "available");
  return (
    <ol class="ladder-path" aria-label="Qualification ladder, from the first step to the last">
      <li class="ladder-path__tier">
        <div class="ladder-path__steps">
          <article
            class={`ladder-step ladder-step--${coreState()}`}
            classList={{ "ladder-step--focus": props.focus === "core" }}
            aria-labelledby="step-core"
          >
            <header class="ladder-step__head">
              <h3 id="step-core" class="ladder-step__title">
                Core assessment
              </h3>
              <StateBadge state={props.core.passed ? "qualified" : "available"} />
            </header>
            <Show
              when={props.core.missing}
              fallback={<p class="muted small">Passed. Basic annotation is open to you.</p>}
            >
              {(message) => <Checklist items={[message()]} />}
            </Show>
            <Show when={props.focus === "core"}>
              <NextMarker />
            </Show>
          </article>
        </div>
      </li>
      <For each={tiers()}>
        {(tier) => (
          <li class="ladder-path__tier">
            <div
              class="ladder-path__steps"
              classList={{ "ladder-path__steps--2": tier.groups.length > 1 }}
            >
              <For each={tier.groups}>
                {(group) => <StepCard group={group} focus={props.focus === group.category} />}
              </For>
            </div>
          </li>
        )}
      </For>
    </ol>
  );
}

function StepCard(props: { group: PathGroup<DashboardEntry>; focus: boolean }) {
  const state = () => bestState(props.group.entries.map((e) => e.state));
  const perDomain = () => props.group.entries.some((e) => e.domain !== null);
  const id = () => `step-${props.group.category}`;
  // Domains share most requirements ("qualify in fact-checking first"); say each once.
  const missing = () => [
    ...new Set(props.group.entries.flatMap((e) => e.missing.map((m) => sentence(m.message)))),
  ];
  return (
    <article
      class={`ladder-step ladder-step--${state()}`}
      classList={{ "ladder-step--focus": props.focus }}
      aria-labelledby={id()}
    >
      <header class="ladder-step__head">
        <h3 id={id()} class="ladder-step__title">
          {props.group.title}
        </h3>
        <Show when={!perDomain()}>
          <StateBadge state={state()} />
        </Show>
      </header>
      <Show when={props.group.after.length > 0}>
        <p class="ladder-step__after small muted">After {props.group.after.join(" and ")}</p>
      </Show>
      <Show when={perDomain()}>
        <ul class="ladder-step__domains">
          <For each={props.group.entries}>
            {(entry) => (
              <li>
                <span>{entry.domain ? DOMAIN_LABELS[entry.domain] : ""}</span>
                <StateBadge state={entry.state} />
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show
        when={missing().length > 0}
        fallback={
          <Show when={state() === "qualified"}>
            <p class="muted small">Everything met. Keep your recent accuracy up to hold it.</p>
          </Show>
        }
      >
        <Checklist items={missing()} />
      </Show>
      <Show when={props.focus}>
        <NextMarker />
      </Show>
    </article>
  );
}

/** Requirements still open, each one a box to tick. */
export function Checklist(props: { items: readonly string[]; label?: string }) {
  return (
    <ul class="requirement-list" aria-label={props.label ?? "Still needed"}>
      <For each={props.items}>
        {(item) => (
          <li class="requirement-list__item">
            <span class="requirement-list__box" aria-hidden="true" />
            {item}
          </li>
        )}
      </For>
    </ul>
  );
}

function NextMarker() {
  return (
    <p class="ladder-step__next">
      <Icon name="arrow" />
      Your next step works toward this
    </p>
  );
}
