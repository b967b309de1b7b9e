import { answerSchemaFor, InvalidAnswerError, type TaskAnswer } from "./answers.ts";
import type { TaskScore } from "./feedback.ts";
import type { CodeReviewAnswer } from "./schemas/code-review.ts";
import type { DomainReviewAnswer } from "./schemas/domain-review.ts";
import type { FactCheckAnswer } from "./schemas/fact-check.ts";
import { schemaProblems, type TaskItem } from "./schemas/item.ts";
import type { PairwiseAnswer } from "./schemas/pairwise.ts";
import type { PromptCreationAnswer } from "./schemas/prompt.ts";
import type { RankingAnswer } from "./schemas/ranking.ts";
import type { RatingAnswer } from "./schemas/rating.ts";
import type { RedTeamClassifyAnswer, RedTeamWriteAnswer } from "./schemas/red-team.ts";
import type { RewriteAnswer } from "./schemas/rewrite.ts";
import { scoreCodeReview } from "./scoring/code-review.ts";
import { scoreDomainReview } from "./scoring/domain-review.ts";
import { scoreFactCheck } from "./scoring/fact-check.ts";
import { scorePairwise } from "./scoring/pairwise.ts";
import { scoreRanking } from "./scoring/ranking.ts";
import { scoreRating } from "./scoring/rating.ts";
import { scoreRedTeamClassify } from "./scoring/red-team.ts";
import { scorePromptCreation, scoreRedTeamWrite, scoreRewrite } from "./scoring/written.ts";

/**
 * Scores one attempt against the item's gold. The answer is validated against the item first
 * (an answer shape alone cannot tell which type it belongs to), so a mismatched or tampered
 * submission is refused with an InvalidAnswerError instead of being scored.
 */
export function scoreAttempt(item: TaskItem, answer: TaskAnswer): TaskScore {
  const parsed = answerSchemaFor(item).safeParse(answer);
  if (!parsed.success) throw new InvalidAnswerError(item.id, schemaProblems(parsed.error.issues));
  const valid = parsed.data;
  switch (item.taskType) {
    case "pairwise":
      return scorePairwise(item, valid as PairwiseAnswer);
    case "ranking":
      return scoreRanking(item, valid as RankingAnswer);
    case "rating":
      return scoreRating(item, valid as RatingAnswer);
    case "rewrite":
      return scoreRewrite(item, valid as RewriteAnswer);
    case "prompt":
      return scorePromptCreation(item, valid as PromptCreationAnswer);
    case "red_team":
      return item.prompt.mode === "classify"
        ? scoreRedTeamClassify(item, valid as RedTeamClassifyAnswer)
        : scoreRedTeamWrite(item, valid as RedTeamWriteAnswer);
    case "fact_check":
      return scoreFactCheck(item, valid as FactCheckAnswer);
    case "domain_review":
      return scoreDomainReview(item, valid as DomainReviewAnswer);
    case "code_review":
      return scoreCodeReview(item, valid as CodeReviewAnswer);
  }
}
