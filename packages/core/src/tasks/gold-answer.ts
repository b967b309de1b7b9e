import type { TaskAnswerFor } from "./answers.ts";
import { keyPointsJustification } from "./key-points.ts";
import type { TaskItem } from "./schemas/item.ts";
import { locateQuotes } from "./spans.ts";

/**
 * The answer an expert who agrees with the gold in every respect would submit. Every item's
 * gold answer must score exactly 1; the content tests hold each item to that, which proves the
 * key is internally consistent (a reference that fails its own checks, a key point no phrasing
 * can cover) before a worker ever meets it.
 */
export function goldAnswer<I extends TaskItem>(item: I): TaskAnswerFor<I>;
export function goldAnswer(item: TaskItem): TaskAnswerFor<TaskItem> {
  switch (item.taskType) {
    case "pairwise":
      return {
        preference: item.gold.preference,
        ratings: structuredClone(item.gold.ratings),
        issues: structuredClone(item.gold.issues),
        justification: keyPointsJustification(item.gold.keyPoints),
      };
    case "ranking":
      return {
        ranking: { ...item.gold.ranking },
        justification: keyPointsJustification(item.gold.keyPoints),
      };
    case "rating":
      return {
        ratings: { ...item.gold.ratings },
        issues: [...item.gold.issues],
        justification: keyPointsJustification(item.gold.keyPoints),
      };
    case "rewrite":
      return { text: item.gold.referenceRewrite };
    case "prompt":
      return { text: item.gold.referencePrompt };
    case "red_team":
      return "verdict" in item.gold
        ? {
            verdict: item.gold.verdict,
            tactic: item.gold.tactic,
            severity: item.gold.severity,
            justification: keyPointsJustification(item.gold.keyPoints),
          }
        : { text: item.gold.referencePrompt };
    case "fact_check":
      return { claims: structuredClone(item.gold.claims) };
    case "domain_review":
      return {
        verdict: item.gold.verdict,
        spans: locateQuotes(item.prompt.response, item.gold.errors),
        explanation: keyPointsJustification(item.gold.keyPoints),
      };
    case "code_review":
      return {
        verdict: item.gold.verdict,
        lines: item.gold.bugs.map((bug) => bug.line),
        explanation: keyPointsJustification(item.gold.keyPoints),
      };
  }
}
