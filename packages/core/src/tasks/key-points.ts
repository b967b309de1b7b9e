import { z } from "zod";
import { isBlank } from "./text.ts";

/**
 * Key points: what a good justification mentions. A justification covers a point when it
 * contains any of the point's phrases, compared case-insensitively on word boundaries ("dose"
 * is not found in "overdose") and tolerant of simple inflection ("interactions", "dosing").
 */

const phraseSchema = z
  .string()
  .refine((s) => !isBlank(s), { message: "must not be blank" })
  .refine((s) => tokenize(s).length > 0, {
    message: "a phrase needs a word, number or symbol; punctuation alone matches nothing",
  })
  // Words as a reader counts them in a phrase: "1.07 / 1.03" is three, "git reset HEAD~1" three.
  .refine((s) => s.trim().split(/\s+/).length <= 3, { message: "a phrase is 1–3 words" });

export const keyPointSchema = z.strictObject({
  point: z.string().refine((s) => !isBlank(s), { message: "must not be blank" }),
  anyOf: z.array(phraseSchema).min(3).max(6),
});
export type KeyPoint = z.infer<typeof keyPointSchema>;

export const keyPointsSchema = z.array(keyPointSchema).min(2).max(4);

/**
 * Punctuation that separates words but carries no meaning of its own. Other symbols (+, -,
 * <, =, %, $) stay as tokens so that "i + 1" and "i - 1" are different phrases.
 */
const SOFT_PUNCTUATION = new Set([..."'’‘\"“”,.;:!?()[]{}…«»"]);

const TOKEN = /\p{N}+(?:[.,:]\p{N}+)*|[\p{L}\p{M}]+|[^\s\p{L}\p{M}\p{N}]/gu;

/** Lower-cased tokens: words, numbers (with inner separators, "3.5") and meaningful symbols. */
export function tokenize(text: string): string[] {
  // A hyphen or dash between letters joins a compound ("off-by-one"), which a worker may also
  // write with spaces; elsewhere a hyphen is a minus sign and kept.
  const joined = text
    .normalize("NFC")
    .toLowerCase()
    .replace(/(?<=[\p{L}\p{M}])[-‐‑–—](?=\p{L})/gu, " ");
  return (joined.match(TOKEN) ?? []).filter((token) => !SOFT_PUNCTUATION.has(token));
}

/** Shortest stems a word may have before suffix stripping; keeps "is", "thing", "gas" whole. */
const MIN_STEM = 3;

/** The word itself and the bases it could be an inflection of. */
function bases(word: string): Set<string> {
  const out = new Set([word]);
  if (!/^[\p{L}\p{M}]+$/u.test(word)) return out;
  const strip = (suffix: string) =>
    word.endsWith(suffix) && word.length - suffix.length >= MIN_STEM
      ? word.slice(0, -suffix.length)
      : null;
  const s = strip("s");
  if (s && !word.endsWith("ss")) out.add(s);
  const es = strip("es");
  if (es) out.add(es);
  const ies = word.endsWith("ies") && word.length > 4 ? word.slice(0, -3) : null;
  if (ies) out.add(`${ies}y`);
  const ing = strip("ing");
  if (ing) {
    out.add(ing);
    out.add(`${ing}e`);
    const last = ing.at(-1);
    if (last !== undefined && last === ing.at(-2)) out.add(ing.slice(0, -1));
  }
  return out;
}

const NUMBER = /^\p{N}/u;

/** Whether a text token is the phrase token, allowing simple inflection. */
function sameWord(text: string, phrase: string): boolean {
  if (text === phrase) return true;
  if (NUMBER.test(phrase)) {
    // A whole number names the same figure as its rounded-off decimal ("1,157" in "1,157.63"),
    // but a decimal never matches another decimal or integer by prefix ("0.5" is not "5").
    return !/[.]/.test(phrase) && text.startsWith(`${phrase}.`);
  }
  const fromText = bases(text);
  for (const base of bases(phrase)) if (fromText.has(base)) return true;
  return false;
}

/** Whether the phrase occurs in the text as a run of whole tokens. */
export function containsPhrase(text: string, phrase: string): boolean {
  return containsTokens(tokenize(text), tokenize(phrase));
}

function containsTokens(text: readonly string[], phrase: readonly string[]): boolean {
  if (phrase.length === 0) return false;
  for (let start = 0; start + phrase.length <= text.length; start += 1) {
    if (phrase.every((token, offset) => sameWord(text[start + offset] ?? "", token))) return true;
  }
  return false;
}

export interface KeyPointCoverage {
  point: KeyPoint;
  covered: boolean;
  /** The phrase that was found, when covered. */
  matched?: string;
}

export function keyPointCoverage(text: string, points: readonly KeyPoint[]): KeyPointCoverage[] {
  const tokens = tokenize(text);
  return points.map((point) => {
    const matched = point.anyOf.find((phrase) => containsTokens(tokens, tokenize(phrase)));
    return matched === undefined ? { point, covered: false } : { point, covered: true, matched };
  });
}

/**
 * A justification that covers every point, as an expert would write it: used to build the
 * gold answer, so it must cover each point by the same rule workers are held to.
 */
export function keyPointsJustification(points: readonly KeyPoint[]): string {
  return points.map((point) => `${point.point} (${point.anyOf[0] ?? ""}).`).join(" ");
}
