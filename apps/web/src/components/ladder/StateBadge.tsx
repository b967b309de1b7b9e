import type { LadderState } from "@rubric/core";
import { Match, Switch } from "solid-js";
import { STATE_LOOK, type StateIcon } from "../../lib/ladder/layout.ts";

/** A small line icon; decorative, since the state's word always stands beside it. */
export function Icon(props: { name: StateIcon | "clock" | "arrow" | "cross" }) {
  return (
    <svg
      class="ladder-icon"
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
      fill="none"
      stroke="currentColor"
      stroke-width="1.6"
      stroke-linecap="round"
      stroke-linejoin="round"
    >
      <Switch>
        <Match when={props.name === "lock"}>
          <rect x="3" y="7" width="10" height="7" rx="1.5" />
          <path d="M5.5 7V5a2.5 2.5 0 0 1 5 0v2" />
        </Match>
        <Match when={props.name === "open"}>
          <rect x="3" y="7" width="10" height="7" rx="1.5" />
          <path d="M5.5 7V5a2.5 2.5 0 0 1 4.9-.6" />
        </Match>
        <Match when={props.name === "check"}>
          <circle cx="8" cy="8" r="6" />
          <path d="m5.3 8.2 1.9 1.9 3.6-3.8" />
        </Match>
        <Match when={props.name === "pause"}>
          <circle cx="8" cy="8" r="6" />
          <path d="M6.5 5.8v4.4M9.5 5.8v4.4" />
        </Match>
        <Match when={props.name === "clock"}>
          <circle cx="8" cy="8" r="6" />
          <path d="M8 4.8V8l2.2 1.4" />
        </Match>
        <Match when={props.name === "cross"}>
          <circle cx="8" cy="8" r="6" />
          <path d="m5.9 5.9 4.2 4.2M10.1 5.9l-4.2 4.2" />
        </Match>
        <Match when={props.name === "arrow"}>
          <path d="M3 8h10M9 4l4 4-4 4" />
        </Match>
      </Switch>
    </svg>
  );
}

/** A step's state as colour, icon and word together, so no one needs the colour to read it. */
export function StateBadge(props: { state: LadderState }) {
  const look = () => STATE_LOOK[props.state];
  return (
    <span class={`state-badge state-badge--${look().tone}`}>
      <Icon name={look().icon} />
      {look().label}
    </span>
  );
}
