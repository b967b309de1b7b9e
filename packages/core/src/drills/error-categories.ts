import { OP_DELETE, OP_INSERT, OP_MATCH, OP_SUBSTITUTE } from "./alignment.ts";
import { CharClass, charClass, differOnlyInCase, differOnlyInDiacritic } from "./characters.ts";
import type { ComparedText } from "./compared-text.ts";

/**
 * What kind of mistake an error is, from a reader's point of view.
 *
 * How categories relate to edit counts: every substitution, insertion and deletion of the
 * character alignment belongs to exactly one error, and an error's `cost` is the number of
 * edits it holds. So the costs of all errors add up to S + I + D, the numerator of the CER,
 * whichever categories they fall in. A transposition ("teh" for "the") is one error that
 * costs 2; a missing word is one error that costs its letters plus the space that went
 * with it.
 */
export const ERROR_CATEGORIES = [
  "case",
  "punctuation",
  "whitespace",
  "transposition",
  "diacritic",
  "digit",
  "spelling",
  "missing_word",
  "extra_word",
  "tag",
] as const;
export type ErrorCategory = (typeof ERROR_CATEGORIES)[number];

/** The shape of the edits in one error. */
export type EditKind = "substitution" | "insertion" | "deletion" | "transposition" | "replacement";

export interface EditCounts {
  substitutions: number;
  insertions: number;
  deletions: number;
}

/** One error in compared-text coordinates (code points of the compared forms). */
export interface CategorizedEdit {
  category: ErrorCategory;
  kind: EditKind;
  refStart: number;
  refEnd: number;
  typedStart: number;
  typedEnd: number;
  edits: EditCounts;
}

/**
 * Groups the edits of a character alignment into errors and names each one.
 *
 * Grouping rules, in order:
 * 1. A run of deletions (or insertions) between matches is slid, where the text allows, to
 *    start and end at word edges: deleting "the " from "the then" and deleting "he t"
 *    give the same result, and only the first reads as a missing word.
 * 2. Two adjacent characters typed in swapped order are one transposition, whichever of the
 *    equivalent alignments (two substitutions, or a deletion and an insertion around a
 *    match) the aligner produced. Swapped digits are a digit error.
 * 3. Other consecutive edits form one error. A run of pure deletions is cut at word
 *    boundaries so that each whole missing word (with the space that went with it) is its
 *    own "missing_word" error; pure insertions likewise give "extra_word" errors. What is
 *    left is named by the characters involved.
 */
export function categorizeEdits(
  ref: ComparedText,
  typed: ComparedText,
  alignmentOps: Uint8Array,
): CategorizedEdit[] {
  const a = ref.cps;
  const b = typed.cps;
  const ops = alignmentOps.slice();
  slideRunsToWordBoundaries(ops, a, b);

  const out: CategorizedEdit[] = [];
  let p = 0;
  let i = 0;
  let j = 0;
  while (p < ops.length) {
    const op = ops[p]!;
    if (op === OP_MATCH) {
      p++;
      i++;
      j++;
      continue;
    }
    if (isSwapAroundMatch(ops, p, a, b, i, j)) {
      out.push(transposition(ref, typed, i, j, false));
      p += 3;
      i += 2;
      j += 2;
      continue;
    }
    // A cluster: consecutive edits, cut around swapped substitution pairs.
    let q = p;
    let ci = i;
    let cj = j;
    let start = p;
    let si = i;
    let sj = j;
    while (q < ops.length && ops[q] !== OP_MATCH) {
      if (
        ops[q] === OP_SUBSTITUTE &&
        ops[q + 1] === OP_SUBSTITUTE &&
        a[ci] === b[cj + 1] &&
        a[ci + 1] === b[cj] &&
        a[ci] !== a[ci + 1]
      ) {
        if (q > start) cluster(out, ref, typed, ops, start, q, si, sj);
        out.push(transposition(ref, typed, ci, cj, true));
        q += 2;
        ci += 2;
        cj += 2;
        start = q;
        si = ci;
        sj = cj;
        continue;
      }
      const o = ops[q]!;
      if (o !== OP_INSERT) ci++;
      if (o !== OP_DELETE) cj++;
      q++;
    }
    if (q > start) cluster(out, ref, typed, ops, start, q, si, sj);
    p = q;
    i = ci;
    j = cj;
  }
  return out;
}

function isWs(cp: number | undefined): boolean {
  return cp !== undefined && charClass(cp) === CharClass.Whitespace;
}

const WORD_CLASSES = (1 << CharClass.Letter) | (1 << CharClass.Digit) | (1 << CharClass.Mark);

/** Letters, digits and accents: what words are made of. */
function isWordChar(cp: number | undefined): boolean {
  return cp !== undefined && ((1 << charClass(cp)) & WORD_CLASSES) !== 0;
}

/** A cut is clean at the edge of a word: a word character on one side only. */
function cleanCut(x: Int32Array, at: number): boolean {
  if (at <= 0 || at >= x.length) return true;
  return isWordChar(x[at - 1]) !== isWordChar(x[at]);
}

/**
 * Rule 1 of {@link categorizeEdits}. A run of deletions bounded by matches can move left
 * while the character before it equals its last character (the match moves to the other
 * end), and right while its first character equals the one after it; the alignment stays
 * minimal. Choose the position with the most clean cuts at word edges, then one that
 * starts with a word, then the leftmost.
 */
function slideRunsToWordBoundaries(ops: Uint8Array, a: Int32Array, b: Int32Array): void {
  let p = 0;
  let i = 0;
  let j = 0;
  while (p < ops.length) {
    const op = ops[p]!;
    if (op !== OP_DELETE && op !== OP_INSERT) {
      p++;
      i++;
      j++;
      continue;
    }
    let q = p;
    while (q < ops.length && ops[q] === op) q++;
    const length = q - p;
    const bounded =
      (p === 0 || ops[p - 1] === OP_MATCH) && (q === ops.length || ops[q] === OP_MATCH);
    // For deletions the run covers a[s, s + length); for insertions b[s, s + length).
    const x = op === OP_DELETE ? a : b;
    const s = op === OP_DELETE ? i : j;
    if (bounded) {
      let left = 0;
      while (
        p - left - 1 >= 0 &&
        ops[p - left - 1] === OP_MATCH &&
        x[s - left - 1] === x[s + length - left - 1]
      )
        left++;
      let right = 0;
      while (
        q + right < ops.length &&
        ops[q + right] === OP_MATCH &&
        x[s + right] === x[s + length + right]
      )
        right++;
      if (left + right > 0) {
        let bestShift = 0;
        let bestScore = -1;
        for (let shift = -left; shift <= right; shift++) {
          // The run must stay between matches, or it would merge with a neighbouring error.
          if (shift < 0 && p + shift > 0 && ops[p + shift - 1] !== OP_MATCH) continue;
          if (shift > 0 && q + shift < ops.length && ops[q + shift] !== OP_MATCH) continue;
          // Clean cuts first; then a run that starts with a word ("two three " rather
          // than " two three"), so each word keeps the space after it.
          const score =
            (cleanCut(x, s + shift) ? 2 : 0) +
            (cleanCut(x, s + shift + length) ? 2 : 0) +
            (isWordChar(x[s + shift]) ? 1 : 0);
          if (score > bestScore) {
            bestScore = score;
            bestShift = shift;
          }
        }
        if (bestShift !== 0) {
          const newP = p + bestShift;
          ops.fill(OP_MATCH, Math.min(p, newP), Math.max(q, newP + length));
          ops.fill(op, newP, newP + length);
        }
        // Resume just after the run; both texts have advanced by the matches it crossed.
        if (op === OP_DELETE) {
          i += bestShift + length;
          j += bestShift;
        } else {
          j += bestShift + length;
          i += bestShift;
        }
        p = q + bestShift;
        continue;
      }
    }
    if (op === OP_DELETE) i += length;
    else j += length;
    p = q;
  }
}

/** A deletion, a match and an insertion (or the mirror) that together swap two characters. */
function isSwapAroundMatch(
  ops: Uint8Array,
  p: number,
  a: Int32Array,
  b: Int32Array,
  i: number,
  j: number,
): boolean {
  if (p + 2 >= ops.length || ops[p + 1] !== OP_MATCH) return false;
  if (p > 0 && ops[p - 1] !== OP_MATCH) return false;
  if (p + 3 < ops.length && ops[p + 3] !== OP_MATCH) return false;
  const first = ops[p];
  const third = ops[p + 2];
  if (first === OP_DELETE && third === OP_INSERT) {
    // a[i] dropped, a[i+1] = b[j] kept, a[i] typed after it.
    return a[i] === b[j + 1] && a[i] !== a[i + 1];
  }
  if (first === OP_INSERT && third === OP_DELETE) {
    // b[j] = a[i+1] typed early, b[j+1] = a[i] kept, a[i+1] dropped.
    return b[j] === a[i + 1] && a[i] !== a[i + 1];
  }
  return false;
}

function transposition(
  ref: ComparedText,
  typed: ComparedText,
  i: number,
  j: number,
  asSubstitutions: boolean,
): CategorizedEdit {
  const a = ref.cps;
  const b = typed.cps;
  const digit =
    charClass(a[i]!) === CharClass.Digit ||
    charClass(a[i + 1]!) === CharClass.Digit ||
    charClass(b[j]!) === CharClass.Digit ||
    charClass(b[j + 1]!) === CharClass.Digit;
  const tagged = anyTag(ref, i, i + 2) || anyTag(typed, j, j + 2);
  // Either shape costs two edits; the counts report the shape the alignment has, so they
  // add up to the alignment's own S, I and D.
  return {
    category: tagged ? "tag" : digit ? "digit" : "transposition",
    kind: "transposition",
    refStart: i,
    refEnd: i + 2,
    typedStart: j,
    typedEnd: j + 2,
    edits: asSubstitutions
      ? { substitutions: 2, insertions: 0, deletions: 0 }
      : { substitutions: 0, insertions: 1, deletions: 1 },
  };
}

function anyTag(text: ComparedText, start: number, end: number): boolean {
  const tag = text.tag;
  if (tag === null) return false;
  for (let x = start; x < end; x++) if (tag[x] === 1) return true;
  return false;
}

/** Rule 3 of {@link categorizeEdits} for the edits ops[p, q), starting at a[i], b[j]. */
function cluster(
  out: CategorizedEdit[],
  ref: ComparedText,
  typed: ComparedText,
  ops: Uint8Array,
  p: number,
  q: number,
  i: number,
  j: number,
): void {
  let substitutions = 0;
  let insertions = 0;
  let deletions = 0;
  for (let r = p; r < q; r++) {
    const op = ops[r];
    if (op === OP_SUBSTITUTE) substitutions++;
    else if (op === OP_INSERT) insertions++;
    else deletions++;
  }
  const refEnd = i + substitutions + deletions;
  const typedEnd = j + substitutions + insertions;
  if (substitutions === 0 && insertions === 0) {
    cutAtWords(out, ref, i, refEnd, (start, end, category) => ({
      category,
      kind: "deletion",
      refStart: start,
      refEnd: end,
      typedStart: j,
      typedEnd: j,
      edits: { substitutions: 0, insertions: 0, deletions: end - start },
    }));
    return;
  }
  if (substitutions === 0 && deletions === 0) {
    cutAtWords(out, typed, j, typedEnd, (start, end, category) => ({
      category: category === "missing_word" ? "extra_word" : category,
      kind: "insertion",
      refStart: i,
      refEnd: i,
      typedStart: start,
      typedEnd: end,
      edits: { substitutions: 0, insertions: end - start, deletions: 0 },
    }));
    return;
  }
  out.push({
    category: mixedCategory(ref, typed, ops, p, q, i, j),
    kind: insertions === 0 && deletions === 0 ? "substitution" : "replacement",
    refStart: i,
    refEnd,
    typedStart: j,
    typedEnd,
    edits: { substitutions, insertions, deletions },
  });
}

/**
 * Splits a run of characters [s, e) that are all missing from (or all extra in) the other
 * text. Every whole word inside the run, with the whitespace that went with it (after it,
 * or before it at the end of the run), becomes one error; the remaining stretches become
 * one error each, named by their characters.
 */
function cutAtWords(
  out: CategorizedEdit[],
  text: ComparedText,
  s: number,
  e: number,
  make: (start: number, end: number, category: ErrorCategory) => CategorizedEdit,
): void {
  const x = text.cps;
  const owner = new Int32Array(e - s).fill(-1);
  const wordCategory: ErrorCategory[] = [];
  const words: Array<[number, number]> = [];
  let t = s;
  while (t < e) {
    if (isWs(x[t])) {
      t++;
      continue;
    }
    const u = t;
    while (t < e && !isWs(x[t])) t++;
    // Whole when nothing of the word is left outside the run: "fox" in "fox." is whole.
    const whole = (u === 0 || !isWordChar(x[u - 1])) && (t === x.length || !isWordChar(x[t]));
    if (!whole) continue;
    const id = words.length;
    words.push([u, t]);
    owner.fill(id, u - s, t - s);
    wordCategory.push(
      anyTag(text, u, t) ? "tag" : hasWordChar(x, u, t) ? "missing_word" : "punctuation",
    );
  }
  for (let id = 0; id < words.length; id++) {
    const v = words[id]![1];
    let w = v;
    while (w < e && isWs(x[w])) w++;
    owner.fill(id, v - s, w - s);
  }
  // Whitespace still unclaimed (before the first word, say) joins the word next to it.
  let gap = s;
  while (gap < e) {
    if (owner[gap - s] !== -1 || !isWs(x[gap])) {
      gap++;
      continue;
    }
    const from = gap;
    while (gap < e && owner[gap - s] === -1 && isWs(x[gap])) gap++;
    const after = gap < e ? owner[gap - s]! : -1;
    const id = after >= 0 ? after : from > s ? owner[from - 1 - s]! : -1;
    if (id >= 0) owner.fill(id, from - s, gap - s);
  }
  let start = s;
  while (start < e) {
    const id = owner[start - s]!;
    let end = start + 1;
    while (end < e && owner[end - s] === id) end++;
    const category = id >= 0 ? wordCategory[id]! : contentCategory(text, start, end, null, 0, 0);
    out.push(make(start, end, category));
    start = end;
  }
}

const PUNCTUATION_ONLY = 1 << CharClass.Punctuation;
const WHITESPACE_ONLY = 1 << CharClass.Whitespace;

function hasWordChar(x: Int32Array, start: number, end: number): boolean {
  for (let t = start; t < end; t++) if (isWordChar(x[t])) return true;
  return false;
}

/** Names a stretch of characters that are all deleted (or all inserted). */
function contentCategory(
  text: ComparedText,
  start: number,
  end: number,
  other: ComparedText | null,
  otherStart: number,
  otherEnd: number,
): ErrorCategory {
  if (anyTag(text, start, end) || (other !== null && anyTag(other, otherStart, otherEnd))) {
    return "tag";
  }
  let classes = 0;
  for (let t = start; t < end; t++) classes |= 1 << charClass(text.cps[t]!);
  if (other !== null) {
    for (let t = otherStart; t < otherEnd; t++) classes |= 1 << charClass(other.cps[t]!);
  }
  if (classes & (1 << CharClass.Digit)) return "digit";
  if (classes === WHITESPACE_ONLY) return "whitespace";
  if ((classes & ~(PUNCTUATION_ONLY | WHITESPACE_ONLY)) === 0) return "punctuation";
  if (classes === 1 << CharClass.Mark) return "diacritic";
  return "spelling";
}

/** Names a cluster that mixes kinds of edits (or is all substitutions). */
function mixedCategory(
  ref: ComparedText,
  typed: ComparedText,
  ops: Uint8Array,
  p: number,
  q: number,
  i: number,
  j: number,
): ErrorCategory {
  const a = ref.cps;
  const b = typed.cps;
  let refEnd = i;
  let typedEnd = j;
  for (let r = p; r < q; r++) {
    if (ops[r] !== OP_INSERT) refEnd++;
    if (ops[r] !== OP_DELETE) typedEnd++;
  }
  const byContent = contentCategory(ref, i, refEnd, typed, j, typedEnd);
  if (byContent !== "spelling") return byContent;
  // Only letters (and marks) involved: case and accents are told apart pair by pair.
  let allCase = true;
  let allAccentOrCase = true;
  let x = i;
  let y = j;
  for (let r = p; r < q; r++) {
    const op = ops[r];
    if (op === OP_SUBSTITUTE) {
      const u = a[x]!;
      const v = b[y]!;
      if (!differOnlyInCase(u, v)) allCase = false;
      if (!differOnlyInCase(u, v) && !differOnlyInDiacritic(u, v)) allAccentOrCase = false;
      x++;
      y++;
    } else if (op === OP_DELETE) {
      allCase = false;
      if (charClass(a[x]!) !== CharClass.Mark) allAccentOrCase = false;
      x++;
    } else {
      allCase = false;
      if (charClass(b[y]!) !== CharClass.Mark) allAccentOrCase = false;
      y++;
    }
  }
  if (allCase) return "case";
  if (allAccentOrCase) return "diacritic";
  return "spelling";
}
