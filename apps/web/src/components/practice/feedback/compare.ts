import type { TaskAnswerByType, TaskItemOf, TaskType } from "@rubric/core";
import type { ViewOf } from "../workspace.ts";

/** What a per-type comparison receives: the item as shown, the stored answer and the gold. */
export interface CompareProps<T extends TaskType> {
  view: ViewOf<T>;
  answer: TaskAnswerByType[T];
  gold: TaskItemOf<T>["gold"];
}
