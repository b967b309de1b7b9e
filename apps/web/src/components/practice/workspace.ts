import type { TaskPublicView, TaskType } from "@rubric/core";
import { type Component, onCleanup } from "solid-js";
import type { SetStoreFunction } from "solid-js/store";
import type { z } from "zod";
import type { Shortcut } from "../../lib/drills/player-keys.ts";
import { digitOf, isTextEntry } from "../../lib/practice/keys.ts";

export type ViewOf<T extends TaskType> = Extract<TaskPublicView, { taskType: T }>;

export interface WorkspaceProps<T extends TaskType, W> {
  view: ViewOf<T>;
  work: W;
  setWork: SetStoreFunction<W>;
}

/** An answer ready to submit, or what is still missing, in words the worker acts on. */
export type AnswerResult = { ok: true; answer: unknown } | { ok: false; missing: string[] };

/**
 * One task type's workspace: the state a worker builds up (saved as the draft), how it
 * becomes the answer the API scores, and the keys it listens to.
 */
export interface WorkspaceDefinition<T extends TaskType, W extends object> {
  /** Validates a restored draft; a draft that no longer fits the item starts over. */
  workSchema: z.ZodType<W>;
  initial: (view: ViewOf<T>) => W;
  toAnswer: (work: W, view: ViewOf<T>) => AnswerResult;
  shortcuts: (view: ViewOf<T>) => Shortcut[];
  component: Component<WorkspaceProps<T, W>>;
  /**
   * The work a stored answer came from, for a workspace whose state is not the answer's own
   * fields laid over its initial state (see `workFromAnswer`).
   */
  fromAnswer?: (answer: unknown, view: ViewOf<T>) => unknown;
}

/**
 * Rebuilds a workspace's state from an answer the API stored (an assessment resumed on
 * another device). Most answers are their work's fields, so they are laid over the initial
 * state; the result is checked like a restored draft, and null means start over.
 */
export function workFromAnswer<T extends TaskType, W extends object>(
  definition: WorkspaceDefinition<T, W>,
  view: ViewOf<T>,
  answer: unknown,
): W | null {
  if (typeof answer !== "object" || answer === null) return null;
  const candidate = definition.fromAnswer
    ? definition.fromAnswer(answer, view)
    : { ...definition.initial(view), ...answer };
  const parsed = definition.workSchema.safeParse(candidate);
  return parsed.success ? parsed.data : null;
}

/**
 * Number keys pressed outside any text field and not already taken by a focused scale go to
 * the workspace's main choice (the preference, the verdict).
 */
export function onDigitKey(handler: (digit: number, event: KeyboardEvent) => void) {
  const listener = (event: KeyboardEvent) => {
    // Shift + number belongs to the control in focus (a claim cites sources with it).
    if (event.defaultPrevented || event.shiftKey || isTextEntry(event.target)) return;
    const digit = digitOf(event);
    if (digit === null) return;
    event.preventDefault();
    handler(digit, event);
  };
  document.addEventListener("keydown", listener);
  onCleanup(() => document.removeEventListener("keydown", listener));
}
