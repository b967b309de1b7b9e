import { TASK_ID_PREFIXES, type TaskType } from "@rubric/core";
import { createSignal } from "solid-js";
import { fieldErrorsOf, messageOf } from "./trpc.ts";

/** The first free id of a task type: one past the highest number in use. */
export function nextItemId(taskType: TaskType, ids: readonly string[]): string {
  const prefix = TASK_ID_PREFIXES[taskType];
  const pattern = new RegExp(`^${prefix}-(\\d{3})$`);
  const highest = ids.reduce((max, id) => Math.max(max, Number(pattern.exec(id)?.[1] ?? 0)), 0);
  return `${prefix}-${String(highest + 1).padStart(3, "0")}`;
}

/** An item's YAML with its top-level id replaced, for starting a new item from an existing one. */
export function withItemId(yaml: string, id: string): string {
  return /^id:.*$/m.test(yaml) ? yaml.replace(/^id:.*$/m, `id: ${id}`) : `id: ${id}\n${yaml}`;
}

/**
 * A save that reports what the server refused: the messages of a validation error (listed
 * per field, the editor's own words) or the error's message otherwise.
 */
export function createSave() {
  const [saving, setSaving] = createSignal(false);
  const [problems, setProblems] = createSignal<string[]>([]);
  const run = async (task: () => Promise<void>) => {
    setSaving(true);
    setProblems([]);
    try {
      await task();
    } catch (error) {
      const fields = fieldErrorsOf(error);
      setProblems(
        fields ? Object.values(fields).flatMap((messages) => messages ?? []) : [messageOf(error)],
      );
    } finally {
      setSaving(false);
    }
  };
  return { saving, problems, run };
}
