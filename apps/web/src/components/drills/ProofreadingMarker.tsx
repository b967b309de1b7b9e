import { Button } from "@rubric/ui";
import { type Accessor, createSignal, For, Show } from "solid-js";
import type { Mark } from "../../lib/drills/api.ts";
import { addMark, codePointOffset, overlaps, removeMark } from "../../lib/drills/marks.ts";
import { markFromDomSelection, rangeOffsets } from "../../lib/drills/selection.ts";
import { ProofreadingText } from "./ProofreadingText.tsx";

export interface Marking {
  marks: Accessor<Mark[]>;
  notice: Accessor<string>;
  markSelection: () => void;
  unmarkAtSelection: () => void;
  unmark: (mark: Mark) => void;
  quote: (mark: Mark) => string;
  bind: (element: HTMLDivElement) => void;
}

/**
 * Marks on a text to proofread, made from the selection in it. Shared by the proofreading
 * drill and the assessment's attention-to-detail items, so both mark the same way.
 */
export function createMarking(
  text: () => string,
  initial: readonly Mark[] = [],
  onChange?: (marks: Mark[]) => void,
): Marking {
  const [marks, setMarks] = createSignal<Mark[]>([...initial]);
  const [notice, setNotice] = createSignal("");
  let container: HTMLDivElement | undefined;
  const quote = (mark: Mark) => Array.from(text()).slice(mark.start, mark.end).join("");
  const update = (next: Mark[]) => {
    setMarks(next);
    onChange?.(next);
  };

  const unmark = (mark: Mark) => {
    update(removeMark(marks(), mark));
    setNotice(`Removed the mark on “${quote(mark)}”.`);
  };

  return {
    marks,
    notice,
    quote,
    unmark,
    bind: (element) => {
      container = element;
    },
    markSelection: () => {
      const selection = window.getSelection();
      const mark = container ? markFromDomSelection(container, text(), selection) : null;
      if (!mark) {
        setNotice("Select the words that are wrong first, then press M.");
        return;
      }
      update(addMark(marks(), mark));
      selection?.collapseToEnd();
      setNotice(`Marked “${quote(mark)}”.`);
    },
    // Backspace or Delete with the caret in a mark takes the mark away.
    unmarkAtSelection: () => {
      const selection = window.getSelection();
      if (!container || !selection || selection.rangeCount === 0) return;
      const offsets = rangeOffsets(container, selection.getRangeAt(0));
      if (!offsets) return;
      const at = {
        start: codePointOffset(text(), offsets[0]),
        end: codePointOffset(text(), offsets[1]),
      };
      const hit = marks().find((m) =>
        overlaps(m, { start: at.start, end: Math.max(at.end, at.start + 1) }),
      );
      if (hit) unmark(hit);
    },
  };
}

/** The instructions, the mark button and the text, wired to one marking. */
export function ProofreadingMarker(props: { text: string; marking: Marking; id: string }) {
  return (
    <div class="proof__main">
      <p class="muted" id={props.id}>
        Find the errors: spelling, grammar, punctuation, numbers and facts. Select a span with the
        mouse or with <kbd>Shift</kbd> + arrows, then press <kbd>M</kbd> (or the button) to mark it.
      </p>
      <div class="proof__toolbar">
        <Button
          size="sm"
          variant="secondary"
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => props.marking.markSelection()}
        >
          Mark selection <kbd>M</kbd>
        </Button>
        <span class="muted" aria-live="polite">
          {props.marking.notice()}
        </span>
      </div>
      <ProofreadingText
        ref={props.marking.bind}
        text={props.text}
        marks={props.marking.marks()}
        describedBy={props.id}
        onMark={() => props.marking.markSelection()}
        onUnmarkAtSelection={() => props.marking.unmarkAtSelection()}
      />
    </div>
  );
}

/** The marks made so far, each with a way to take it back. */
export function MarkList(props: { marking: Marking }) {
  return (
    <Show when={props.marking.marks().length > 0} fallback={<p class="muted">No marks yet.</p>}>
      <ol class="proof__marks">
        <For each={props.marking.marks()}>
          {(mark) => (
            <li>
              <span class="proof__mark-text">{props.marking.quote(mark)}</span>
              <Button
                size="sm"
                variant="ghost"
                onClick={() => props.marking.unmark(mark)}
                aria-label={`Remove the mark on ${props.marking.quote(mark)}`}
              >
                Remove
              </Button>
            </li>
          )}
        </For>
      </ol>
    </Show>
  );
}
