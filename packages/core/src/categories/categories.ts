import { z } from "zod";

/** Kinds of work, from basic to premium; each has its own qualification and pay band. */
export const CATEGORIES = [
  "basic_annotation",
  "general_evaluation",
  "rewriting",
  "prompt_creation",
  "fact_checking",
  "red_teaming",
  "domain_expert",
  "code_evaluation",
] as const;
export const categorySchema = z.enum(CATEGORIES);
export type Category = z.infer<typeof categorySchema>;

/** Fields of expertise for domain-expert work and for recruiters' projects. */
export const DOMAINS = ["medicine", "law", "science", "finance"] as const;
export const domainSchema = z.enum(DOMAINS);
export type Domain = z.infer<typeof domainSchema>;

export const CATEGORY_LABELS: Record<Category, string> = {
  basic_annotation: "Basic annotation",
  general_evaluation: "General evaluation",
  rewriting: "Response rewriting",
  prompt_creation: "Prompt creation",
  fact_checking: "Fact-checking",
  red_teaming: "Red teaming & safety",
  domain_expert: "Domain-expert evaluation",
  code_evaluation: "Code evaluation",
};

export const DOMAIN_LABELS: Record<Domain, string> = {
  medicine: "Medicine",
  law: "Law",
  science: "Science",
  finance: "Finance",
};
