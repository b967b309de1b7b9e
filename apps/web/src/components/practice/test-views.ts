import type { TaskType } from "@rubric/core";
import type { ViewOf } from "./workspace.ts";

/** Small public views of each shape, for rendering workspaces in unit tests. */

const common = {
  title: "Test item",
  difficulty: 1 as const,
  expectedMinutes: 4,
};

export const rankingView: ViewOf<"ranking"> = {
  ...common,
  id: "rk-001",
  taskType: "ranking",
  category: "general_evaluation",
  guidelineRefs: ["general_evaluation#ranking-with-ties"],
  prompt: {
    userPrompt: "What is the capital of Australia?",
    responses: [
      { id: "A", text: "Canberra." },
      { id: "B", text: "Sydney." },
      { id: "C", text: "Canberra, since 1913." },
      { id: "D", text: "Melbourne." },
    ],
  },
};

export const factCheckView: ViewOf<"fact_check"> = {
  ...common,
  id: "fc-001",
  taskType: "fact_check",
  category: "fact_checking",
  guidelineRefs: ["fact_checking#claim-verdicts"],
  prompt: {
    userPrompt: "When was the Berlin Wall built?",
    response: "In 1962. It fell in 1989.",
    claims: [
      { id: "c1", text: "It was built in 1962." },
      { id: "c2", text: "It fell in 1989." },
    ],
    sources: [
      { id: "s1", title: "Encyclopedia", snippet: "Construction began on 13 August 1961." },
      { id: "s2", title: "News report", snippet: "The border opened on 9 November 1989." },
    ],
  },
};

export const domainReviewView: ViewOf<"domain_review"> = {
  ...common,
  id: "dm-001",
  taskType: "domain_review",
  category: "domain_expert",
  domain: "medicine",
  guidelineRefs: ["domain_expert#marking-error-spans"],
  prompt: {
    userPrompt: "How much paracetamol can I take?",
    response: "💊 Take up to 6 g a day.",
  },
  responseLength: 23,
};

export const codeReviewView: ViewOf<"code_review"> = {
  ...common,
  id: "cd-001",
  taskType: "code_review",
  category: "code_evaluation",
  guidelineRefs: ["code_evaluation#correctness"],
  prompt: {
    language: "python",
    userPrompt: "Sum a list.",
    response: "Here:\n\n```python\ndef total(xs):\n    return sum(xs[1:])\n```\n",
  },
  codeLines: ["def total(xs):", "    return sum(xs[1:])"],
};

export type AnyView = ViewOf<TaskType>;
