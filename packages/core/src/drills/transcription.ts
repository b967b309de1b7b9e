import { alignSequences } from "./alignment.ts";
import { baseLetter, CharClass, charClass, fromCodePoints } from "./characters.ts";
import {
  type ComparedText,
  compareForm,
  originalSpan,
  type TranscriptionProfile,
  type WordSpans,
  wordSpans,
} from "./compared-text.ts";
import {
  categorizeEdits,
  type EditCounts,
  type EditKind,
  type ErrorCategory,
} from "./error-categories.ts";
import { EmptyReferenceError } from "./input-errors.ts";

export interface TranscriptionOptions {
  /** Defaults to `strict`. */
  profile?: TranscriptionProfile;
}

/** One error, located in both texts as they were given. */
export interface TranscriptionError {
  category: ErrorCategory;
  kind: EditKind;
  /** Code-point offsets into the reference as given; equal for an insertion. */
  refStart: number;
  refEnd: number;
  /** Code-point offsets into the typed text as given; equal for a deletion. */
  typedStart: number;
  typedEnd: number;
  /** The reference text of the error in compared form (lower-cased etc. when lenient). */
  expected: string;
  /** The typed text of the error in compared form. */
  typed: string;
  /** Edits this error accounts for; the costs of all errors sum to S + I + D. */
  cost: number;
  edits: EditCounts;
}

export interface TranscriptionScore {
  profile: TranscriptionProfile;
  /** Character error rate: (S + D + I) / reference code points. Can exceed 1. */
  cer: number;
  /** Word error rate: the same over whitespace-separated words. */
  wer: number;
  charEdits: EditCounts;
  wordEdits: EditCounts;
  /** Code points and words compared, after the profile's normalisation. */
  referenceLength: number;
  typedLength: number;
  referenceWordCount: number;
  typedWordCount: number;
  errors: TranscriptionError[];
  /**
   * Places in the reference where each category of error could happen (words for
   * spelling, marks for punctuation, digits for numbers, …), so that a category's error
   * count can be read as a rate.
   */
  opportunities: Record<ErrorCategory, number>;
  /**
   * Reference words that contain an error (misspelt, swapped letters, wrong accent or
   * digit, missing), lower-cased without surrounding punctuation, in reading order.
   */
  mistypedWords: string[];
}

/**
 * Scores typed text against its reference: CER and WER from minimal Levenshtein alignments
 * over code points and over words, and every error located and named.
 *
 * Throws {@link EmptyReferenceError} when the reference has no characters or no words
 * left after the profile's normalisation (a lenient reference of only punctuation, say).
 */
export function scoreTranscription(
  reference: string,
  typed: string,
  options: TranscriptionOptions = {},
): TranscriptionScore {
  const profile = options.profile ?? "strict";
  const ref = compareForm(reference, profile);
  if (ref.cps.length === 0) throw new EmptyReferenceError();
  const refWords = wordSpans(ref.cps);
  if (refWords.count === 0) {
    throw new EmptyReferenceError(
      "The reference text has no words, so there is nothing to score against.",
    );
  }
  const typ = compareForm(typed, profile);
  const typWords = wordSpans(typ.cps);

  const chars = alignSequences(ref.cps, typ.cps);
  const vocabulary = new Vocabulary();
  const words = alignSequences(
    vocabulary.ids(ref.cps, refWords),
    vocabulary.ids(typ.cps, typWords),
  );

  const edits = categorizeEdits(ref, typ, chars.ops);
  const errors: TranscriptionError[] = edits.map((edit) => {
    const [refStart, refEnd] = originalSpan(ref, edit.refStart, edit.refEnd);
    const [typedStart, typedEnd] = originalSpan(typ, edit.typedStart, edit.typedEnd);
    return {
      category: edit.category,
      kind: edit.kind,
      refStart,
      refEnd,
      typedStart,
      typedEnd,
      expected: fromCodePoints(ref.cps, edit.refStart, edit.refEnd),
      typed: fromCodePoints(typ.cps, edit.typedStart, edit.typedEnd),
      cost: edit.edits.substitutions + edit.edits.insertions + edit.edits.deletions,
      edits: edit.edits,
    };
  });

  return {
    profile,
    cer: chars.distance / ref.cps.length,
    wer: words.distance / refWords.count,
    charEdits: {
      substitutions: chars.substitutions,
      insertions: chars.insertions,
      deletions: chars.deletions,
    },
    wordEdits: {
      substitutions: words.substitutions,
      insertions: words.insertions,
      deletions: words.deletions,
    },
    referenceLength: ref.cps.length,
    typedLength: typ.cps.length,
    referenceWordCount: refWords.count,
    typedWordCount: typWords.count,
    errors,
    opportunities: opportunities(ref, refWords),
    mistypedWords: mistypedWords(ref, refWords, edits),
  };
}

function opportunities(ref: ComparedText, words: WordSpans): Record<ErrorCategory, number> {
  let punctuation = 0;
  let digits = 0;
  let accented = 0;
  let tags = 0;
  const { cps, tag } = ref;
  for (let t = 0; t < cps.length; t++) {
    const cp = cps[t]!;
    const cls = charClass(cp);
    if (cls === CharClass.Punctuation) punctuation++;
    else if (cls === CharClass.Digit) digits++;
    else if (cls === CharClass.Mark) accented++;
    else if (
      cls === CharClass.Letter &&
      cp >= 0xc0 &&
      baseLetter(cp) !== String.fromCodePoint(cp).toLowerCase()
    ) {
      accented++;
    }
    if (tag !== null && tag[t] === 1 && (t === 0 || tag[t - 1] === 0)) tags++;
  }
  return {
    case: words.count,
    punctuation,
    whitespace: Math.max(0, words.count - 1),
    transposition: words.count,
    diacritic: accented,
    digit: digits,
    spelling: words.count,
    missing_word: words.count,
    extra_word: words.count,
    tag: tags,
  };
}

/** Numbers words by their code points, so word alignment compares integers. */
class Vocabulary {
  private readonly byHash = new Map<number, number[]>();
  private readonly spellings: Int32Array[] = [];

  ids(cps: Int32Array, spans: WordSpans): Int32Array {
    const out = new Int32Array(spans.count);
    for (let w = 0; w < spans.count; w++) out[w] = this.id(cps, spans.starts[w]!, spans.ends[w]!);
    return out;
  }

  private id(cps: Int32Array, start: number, end: number): number {
    let hash = 0x811c9dc5;
    for (let t = start; t < end; t++) hash = Math.imul(hash ^ cps[t]!, 0x01000193);
    // Kept to 30 bits: the engine stores such keys as small integers, not boxed numbers.
    hash &= 0x3fffffff;
    const bucket = this.byHash.get(hash);
    if (bucket !== undefined) {
      for (const id of bucket) if (sameSpelling(this.spellings[id]!, cps, start, end)) return id;
    }
    const id = this.spellings.length;
    this.spellings.push(cps.subarray(start, end));
    if (bucket === undefined) this.byHash.set(hash, [id]);
    else bucket.push(id);
    return id;
  }
}

function sameSpelling(word: Int32Array, cps: Int32Array, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let t = 0; t < word.length; t++) if (word[t] !== cps[start + t]) return false;
  return true;
}

// Errors of these kinds say nothing about how well the person knows a word.
const NOT_ABOUT_A_WORD = new Set<ErrorCategory>(["extra_word", "whitespace", "punctuation", "tag"]);

function mistypedWords(
  ref: ComparedText,
  spans: WordSpans,
  edits: ReadonlyArray<{ category: ErrorCategory; refStart: number; refEnd: number }>,
): string[] {
  const marked = new Uint8Array(spans.count);
  let w = 0;
  for (const edit of edits) {
    if (NOT_ABOUT_A_WORD.has(edit.category)) continue;
    const start = edit.refStart;
    const insertion = edit.refEnd === start;
    while (w > 0 && spans.ends[w - 1]! > start) w--;
    while (w < spans.count && spans.ends[w]! <= start) w++;
    for (let v = w; v < spans.count && spans.starts[v]! < Math.max(edit.refEnd, start + 1); v++) {
      // An insertion belongs to a word only when it lands inside it (an extra letter).
      if (insertion && spans.starts[v]! >= start) break;
      marked[v] = 1;
    }
  }
  const words: string[] = [];
  for (let v = 0; v < spans.count; v++) {
    if (marked[v] === 0) continue;
    const word = coreOfWord(ref.cps, spans.starts[v]!, spans.ends[v]!);
    if (word !== "" && !words.includes(word)) words.push(word);
  }
  return words;
}

const WORD_CLASSES = (1 << CharClass.Letter) | (1 << CharClass.Digit) | (1 << CharClass.Mark);

/** The word without punctuation around it, lower-cased: "Fox." gives "fox". */
function coreOfWord(cps: Int32Array, start: number, end: number): string {
  while (start < end && ((1 << charClass(cps[start]!)) & WORD_CLASSES) === 0) start++;
  while (end > start && ((1 << charClass(cps[end - 1]!)) & WORD_CLASSES) === 0) end--;
  return fromCodePoints(cps, start, end).toLowerCase();
}
