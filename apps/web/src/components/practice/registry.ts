import type { TaskType } from "@rubric/core";
import { codeReviewWorkspace } from "./CodeReviewWorkspace.tsx";
import { domainReviewWorkspace } from "./DomainReviewWorkspace.tsx";
import { factCheckWorkspace } from "./FactCheckWorkspace.tsx";
import { pairwiseWorkspace } from "./PairwiseWorkspace.tsx";
import { promptWorkspace } from "./PromptWorkspace.tsx";
import { rankingWorkspace } from "./RankingWorkspace.tsx";
import { ratingWorkspace } from "./RatingWorkspace.tsx";
import { redTeamWorkspace } from "./RedTeamWorkspace.tsx";
import { rewriteWorkspace } from "./RewriteWorkspace.tsx";
import type { WorkspaceDefinition } from "./workspace.ts";

const WORKSPACES: Record<TaskType, unknown> = {
  pairwise: pairwiseWorkspace,
  ranking: rankingWorkspace,
  rating: ratingWorkspace,
  rewrite: rewriteWorkspace,
  prompt: promptWorkspace,
  red_team: redTeamWorkspace,
  fact_check: factCheckWorkspace,
  domain_review: domainReviewWorkspace,
  code_review: codeReviewWorkspace,
};

/**
 * The workspace for a task type, with its state type erased: the runner only moves that state
 * between the store, the draft and toAnswer, all of which the definition itself typed.
 */
export function workspaceFor(taskType: TaskType): WorkspaceDefinition<TaskType, object> {
  return WORKSPACES[taskType] as unknown as WorkspaceDefinition<TaskType, object>;
}
