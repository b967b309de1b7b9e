import type { Category, Domain } from "../categories/categories.ts";
import { codeBlockLines } from "./code-block.ts";
import type { TaskItem, TaskItemOf } from "./schemas/item.ts";
import { codePointLength } from "./text.ts";

/**
 * What the browser may see of an item before the attempt is stored: the item without its
 * gold and rationale, plus helpers derived from the prompt. Built field by field from an
 * allow-list rather than by deleting keys, so a field added to items later stays private
 * until someone decides it is public.
 */
interface PublicFields {
  id: string;
  category: Category;
  domain?: Domain;
  title: string;
  difficulty: 1 | 2 | 3;
  expectedMinutes: number;
  guidelineRefs: string[];
}

type ViewOf<T extends TaskItem["taskType"], Extra = unknown> = PublicFields & {
  taskType: T;
  prompt: TaskItemOf<T>["prompt"];
} & Extra;

export type TaskPublicView =
  | ViewOf<"pairwise">
  | ViewOf<"ranking">
  | ViewOf<"rating">
  | ViewOf<"rewrite">
  | ViewOf<"prompt">
  | ViewOf<"red_team">
  | ViewOf<"fact_check">
  /** `responseLength` is in code points, the unit spans are marked in. */
  | ViewOf<"domain_review", { responseLength: number }>
  /** `codeLines[n - 1]` is line n of the fenced code block, the numbering bug lines use. */
  | ViewOf<"code_review", { codeLines: string[] }>;

export function publicView(item: TaskItem): TaskPublicView {
  const common: PublicFields = {
    id: item.id,
    category: item.category,
    ...(item.domain === undefined ? {} : { domain: item.domain }),
    title: item.title,
    difficulty: item.difficulty,
    expectedMinutes: item.expectedMinutes,
    guidelineRefs: [...item.guidelineRefs],
  };
  switch (item.taskType) {
    case "domain_review":
      return {
        ...common,
        taskType: item.taskType,
        prompt: structuredClone(item.prompt),
        responseLength: codePointLength(item.prompt.response),
      };
    case "code_review":
      return {
        ...common,
        taskType: item.taskType,
        prompt: structuredClone(item.prompt),
        codeLines: codeBlockLines(item.prompt.response) ?? [],
      };
    case "pairwise":
      return { ...common, taskType: item.taskType, prompt: structuredClone(item.prompt) };
    case "ranking":
      return { ...common, taskType: item.taskType, prompt: structuredClone(item.prompt) };
    case "rating":
      return { ...common, taskType: item.taskType, prompt: structuredClone(item.prompt) };
    case "rewrite":
      return { ...common, taskType: item.taskType, prompt: structuredClone(item.prompt) };
    case "prompt":
      return { ...common, taskType: item.taskType, prompt: structuredClone(item.prompt) };
    case "red_team":
      return { ...common, taskType: item.taskType, prompt: structuredClone(item.prompt) };
    case "fact_check":
      return { ...common, taskType: item.taskType, prompt: structuredClone(item.prompt) };
  }
}
