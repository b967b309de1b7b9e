import { onCleanup } from "solid-js";
import type { Shortcut } from "../../lib/drills/player-keys.ts";
import { handlesEnter, isSubmitChord, isTextEntry, letterOf } from "../../lib/practice/keys.ts";

export interface RunnerKeyHandlers {
  onHelp: () => void;
  onGuideline?: () => void;
  onSubmit?: () => void;
  onNext?: () => void;
}

export const RUNNER_SHORTCUTS: readonly Shortcut[] = [
  { keys: ["Enter"], action: "Submit (outside a text field or button)" },
  { keys: ["Ctrl", "Enter"], action: "Submit from anywhere, text fields included" },
  { keys: ["G"], action: "Show or hide the guideline for this item" },
  { keys: ["N"], action: "Next item, once feedback is showing" },
  { keys: ["?"], action: "This list" },
  { keys: ["Esc"], action: "Close a dialog" },
];

/**
 * The batch runner's own keys. They stand back while the worker types, and for any key a
 * focused control already handled (a scale, a ranked card).
 */
export function useRunnerKeys(handlers: RunnerKeyHandlers) {
  const listener = (event: KeyboardEvent) => {
    if (event.defaultPrevented) return;
    if (isSubmitChord(event) && handlers.onSubmit) {
      event.preventDefault();
      handlers.onSubmit();
      return;
    }
    if (isTextEntry(event.target)) return;
    // While a dialog is open its own keys apply (Escape closes it).
    if (document.querySelector("[role='dialog']") && event.key !== "?") return;
    if (event.key === "?") {
      event.preventDefault();
      handlers.onHelp();
      return;
    }
    if (
      event.key === "Enter" &&
      !event.shiftKey &&
      !handlesEnter(event.target) &&
      handlers.onSubmit
    ) {
      event.preventDefault();
      handlers.onSubmit();
      return;
    }
    const letter = letterOf(event);
    if (letter === "g" && handlers.onGuideline) {
      event.preventDefault();
      handlers.onGuideline();
    } else if (letter === "n" && handlers.onNext) {
      event.preventDefault();
      handlers.onNext();
    }
  };
  document.addEventListener("keydown", listener);
  onCleanup(() => document.removeEventListener("keydown", listener));
}
