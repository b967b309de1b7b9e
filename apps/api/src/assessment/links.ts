import type { PracticeTarget } from "@rubric/core";

/** Where the web app shows things; the API returns these so lists can link straight to them. */
export const webLinks = {
  assessmentReport: (attemptId: string) => `/app/assessment/${attemptId}/report`,
  practiceAttempt: (attemptId: string) => `/app/practice/attempt/${attemptId}`,
  practiceBatch: (batchId: string) => `/app/practice/batch/${batchId}`,
  drillResult: (drillId: string) => `/app/drills/results/${drillId}`,
  practise: (target: PracticeTarget) =>
    target.kind === "practice" ? `/app/practice?taskType=${target.taskType}` : "/app/drills",
};
