/** Query keys of the ladder, assessment and pay-band data; "ladder" and "assessment" prefixes invalidate together. */
export const ladderKeys = {
  rules: ["ladder", "rules"] as const,
  dashboard: ["ladder", "dashboard"] as const,
  ledger: ["ladder", "ledger"] as const,
  status: ["assessment", "status"] as const,
  attempt: (attemptId: string) => ["assessment", "attempt", attemptId] as const,
  report: (attemptId: string) => ["assessment", "report", attemptId] as const,
  payBands: ["payBands"] as const,
};
