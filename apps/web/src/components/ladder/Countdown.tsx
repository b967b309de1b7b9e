import { createEffect, createSignal, on, Show } from "solid-js";
import {
  countdownPhase,
  describeCountdown,
  formatCountdown,
  WARNING_MS,
} from "../../lib/ladder/countdown.ts";
import { Icon } from "./StateBadge.tsx";

/**
 * A timer counting down to a server deadline. It turns to a warning at five minutes and says
 * so once through a live region; the digits themselves are not announced every second.
 */
export function Countdown(props: { label: string; ms: number }) {
  const phase = () => countdownPhase(props.ms);
  const [announcement, setAnnouncement] = createSignal("");
  createEffect(
    on(phase, (now, before) => {
      if (now === "warning" && before === "running") {
        setAnnouncement(
          `${Math.round(WARNING_MS / 60_000)} minutes left: ${props.label.toLowerCase()}.`,
        );
      }
      if (now === "expired" && before !== undefined && before !== "expired") {
        setAnnouncement(`Time is up: ${props.label.toLowerCase()}.`);
      }
    }),
  );
  return (
    <div class={`countdown countdown--${phase()}`}>
      <span class="countdown__label">
        <Icon name="clock" />
        {props.label}
      </span>
      <span
        class="countdown__value num"
        role="timer"
        aria-label={`${props.label}: ${describeCountdown(props.ms)}`}
      >
        {formatCountdown(props.ms)}
      </span>
      <Show when={phase() === "warning"}>
        <span class="countdown__note">under 5 min</span>
      </Show>
      <span class="ui-visually-hidden" aria-live="assertive">
        {announcement()}
      </span>
    </div>
  );
}
