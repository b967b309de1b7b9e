import { CATEGORIES, type Category } from "../categories/categories.ts";
import { TASK_TYPE_CATEGORY, TASK_TYPES, type TaskType } from "../tasks/enums.ts";

export const TASK_TYPE_LABELS: Record<TaskType, string> = {
  pairwise: "Pairwise comparison",
  ranking: "Ranking",
  rating: "Rating against criteria",
  rewrite: "Response rewriting",
  prompt: "Prompt creation",
  red_team: "Red teaming",
  fact_check: "Fact-checking",
  domain_review: "Domain-expert review",
  code_review: "Code review",
};

export interface PracticeCategory {
  category: Category;
  taskTypes: TaskType[];
}

/**
 * The categories a worker can practise with task items, in ladder order, each with its task
 * types. Basic annotation is practised with drills instead, so it has no entry.
 */
export const PRACTICE_CATEGORIES: readonly PracticeCategory[] = CATEGORIES.map((category) => ({
  category,
  taskTypes: TASK_TYPES.filter((taskType) => TASK_TYPE_CATEGORY[taskType] === category),
})).filter((entry) => entry.taskTypes.length > 0);
