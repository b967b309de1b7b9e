import type { Category } from "@rubric/core";
import { sectionTexts } from "./markdown.ts";

export interface GuidelineHit {
  category: Category;
  slug: string;
  sectionTitle: string;
  snippet: string;
}

export const SNIPPET_CHARS = 200;
const CONTEXT_BEFORE = 60;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Up to SNIPPET_CHARS characters (code points) of `text` around the match at `index`. */
function snippetAround(text: string, index: number): string {
  const chars = Array.from(text);
  const at = Array.from(text.slice(0, index)).length;
  // Room for an ellipsis at each end.
  const budget = SNIPPET_CHARS - 2;
  const start = Math.max(0, Math.min(at - CONTEXT_BEFORE, chars.length - budget));
  const end = Math.min(chars.length, start + budget);
  const body = chars.slice(start, end).join("").trim();
  return `${start > 0 ? "…" : ""}${body}${end < chars.length ? "…" : ""}`;
}

/**
 * Sections whose text contains the query, case-insensitively, in the order the guidelines
 * and their sections come; each with a snippet around its first match.
 */
export function searchGuidelines(
  guidelines: readonly { category: Category; markdown: string }[],
  query: string,
  limit: number,
): GuidelineHit[] {
  const pattern = new RegExp(escapeRegExp(query.trim().replace(/\s+/g, " ")), "iu");
  const hits: GuidelineHit[] = [];
  for (const guideline of guidelines) {
    for (const section of sectionTexts(guideline.markdown)) {
      const match = pattern.exec(section.text);
      if (!match) continue;
      hits.push({
        category: guideline.category,
        slug: section.slug,
        sectionTitle: section.title,
        snippet: snippetAround(section.text, match.index),
      });
      if (hits.length >= limit) return hits;
    }
  }
  return hits;
}
