import { For, Show } from "solid-js";
import type { Mark } from "../../lib/drills/api.ts";
import { segmentText } from "../../lib/drills/segments.ts";

export interface ProofreadingTextProps {
  text: string;
  marks: readonly Mark[];
  onMark: () => void;
  onUnmarkAtSelection: () => void;
  ref: (element: HTMLDivElement) => void;
  /** The element that tells how to mark; a read-only editing host reads it on focus. */
  describedBy: string;
  /** The accessible name; other workspaces mark spans in other kinds of text. */
  label?: string;
}

// Keys that move the caret or extend the selection; everything else that would edit is held back.
const NAVIGATION = new Set([
  "ArrowLeft",
  "ArrowRight",
  "ArrowUp",
  "ArrowDown",
  "Home",
  "End",
  "PageUp",
  "PageDown",
  "Shift",
  "Control",
  "Alt",
  "Meta",
  "Tab",
]);

/**
 * The text to proofread, selectable with the mouse or, because it is a read-only editing
 * host, with the keyboard: the caret moves with the arrows and Shift extends the selection,
 * as in any editor. The browser's spell checker is off: it would point at the planted errors.
 */
export function ProofreadingText(props: ProofreadingTextProps) {
  const onKeyDown = (event: KeyboardEvent) => {
    if (NAVIGATION.has(event.key)) return;
    const shortcut = event.ctrlKey || event.metaKey;
    if (shortcut && ["a", "c", "A", "C"].includes(event.key)) return;
    event.preventDefault();
    if (!shortcut && (event.key === "m" || event.key === "M")) props.onMark();
    if (event.key === "Backspace" || event.key === "Delete") props.onUnmarkAtSelection();
  };

  return (
    // biome-ignore lint/a11y/useSemanticElements: a textarea cannot show the marks inside the text
    <div
      ref={props.ref}
      class="proof__text"
      contentEditable
      spellcheck={false}
      role="textbox"
      tabIndex={0}
      aria-readonly="true"
      aria-multiline="true"
      aria-label={props.label ?? "Text to proofread"}
      aria-describedby={props.describedBy}
      onKeyDown={onKeyDown}
      onBeforeInput={(event) => event.preventDefault()}
      onPaste={(event) => event.preventDefault()}
      onCut={(event) => event.preventDefault()}
      onDrop={(event) => event.preventDefault()}
    >
      <For each={segmentText(props.text, props.marks)}>
        {(segment) => (
          <Show when={segment.span} fallback={segment.text}>
            <mark class="proof__mark">{segment.text}</mark>
          </Show>
        )}
      </For>
    </div>
  );
}
