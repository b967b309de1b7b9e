import { alignSequences, OP_DELETE, OP_INSERT, OP_MATCH } from "./alignment.ts";
import { codePointLength, isUnicodePunctuation } from "./characters.ts";
import type { ErrorCategory } from "./error-categories.ts";
import { type HouseStyleTag, isHouseStyleTag, TAG_LIKE } from "./house-style.ts";
import { DrillInputError } from "./input-errors.ts";
import {
  scoreTranscription,
  type TranscriptionError,
  type TranscriptionScore,
} from "./transcription.ts";

/**
 * Scoring of transcripts written in the house style: one line per speaker turn,
 * `[mm:ss] Label: text`, with [inaudible], [crosstalk] and [noise] tags.
 *
 * Two axes, each 0–100:
 * - accuracy: the spoken words, with timestamps, labels and tags taken out, compared
 *   under the lenient profile (case, punctuation and spacing are style, not hearing);
 *   score = 100 · max(0, 1 − WER).
 * - formatting: turns, labels, timestamps and tags; score =
 *   100 · max(0, 1 − (majors + MINOR_WEIGHT · minors) / checkpoints), where checkpoints
 *   are the reference's turns plus its tags. One major error per checkpoint scores 0.
 */

/** A timestamp may be this many seconds away from the reference's and still count. */
export const TIMESTAMP_TOLERANCE_SECONDS = 2;
/** What a minor formatting error weighs against a major one. */
export const MINOR_WEIGHT = 0.3;

export type Severity = "major" | "minor";

export type TranscriptIssueCode =
  // accuracy
  | "word_error"
  // formatting
  | "missing_turn"
  | "missing_turn_break"
  | "extra_turn_break"
  | "missing_label"
  | "wrong_label"
  | "label_format"
  | "missing_timestamp"
  | "timestamp_format"
  | "timestamp_off"
  | "missing_tag"
  | "wrong_tag"
  | "misspelt_tag"
  | "unknown_tag"
  | "guessed_inaudible"
  | "invented_tag";

/**
 * How serious each formatting error is. Attribution and [inaudible] decide whether a
 * reader can trust the transcript, so their errors are major; timestamps only help find
 * a place in the audio, so theirs are minor.
 */
export const FORMAT_SEVERITY: Record<
  Exclude<TranscriptIssueCode, "word_error" | "missing_tag" | "invented_tag">,
  Severity
> = {
  missing_turn: "major",
  missing_turn_break: "major",
  extra_turn_break: "minor",
  missing_label: "major",
  wrong_label: "major",
  label_format: "minor",
  missing_timestamp: "minor",
  timestamp_format: "minor",
  timestamp_off: "minor",
  wrong_tag: "major",
  misspelt_tag: "minor",
  unknown_tag: "minor",
  guessed_inaudible: "major",
};

/**
 * Tag errors depend on the tag: leaving out [inaudible] or [crosstalk] hides that words
 * are missing or overlapped; an unmarked [noise] hides nothing said. Inventing
 * [inaudible] drops words a listener could hear.
 */
export const TAG_SEVERITY: Record<
  "missing_tag" | "invented_tag",
  Record<HouseStyleTag, Severity>
> = {
  missing_tag: { inaudible: "major", crosstalk: "major", noise: "minor" },
  invented_tag: { inaudible: "major", crosstalk: "minor", noise: "minor" },
};

/**
 * Severity of word errors on the accuracy axis: a missing, extra or wrong word, or a
 * wrong number, changes what the transcript says; a split word or a wrong accent does not.
 * A one-letter slip inside a word is minor, a different word major.
 */
export const WORD_ERROR_SEVERITY: Record<ErrorCategory, Severity> = {
  missing_word: "major",
  extra_word: "major",
  digit: "major",
  spelling: "major",
  transposition: "minor",
  diacritic: "minor",
  whitespace: "minor",
  case: "minor",
  punctuation: "minor",
  tag: "minor",
};

export interface TranscriptIssue {
  code: TranscriptIssueCode;
  severity: Severity;
  /** What went wrong, in words a transcriber can act on. */
  reason: string;
  /** 1-based line in the typed transcript, when the issue sits on one. */
  line: number | null;
  /** 1-based line in the reference, when the issue concerns one. */
  referenceLine: number | null;
}

export interface TranscriptScore {
  accuracy: {
    score: number;
    cer: number;
    wer: number;
    issues: TranscriptIssue[];
    /** The spoken words compared, one line per turn, and the full comparison. */
    referenceText: string;
    typedText: string;
    transcription: TranscriptionScore;
  };
  formatting: {
    score: number;
    /** Reference turns plus reference tags. */
    checkpoints: number;
    issues: TranscriptIssue[];
  };
}

export interface TranscriptTurn {
  /** 1-based line number. */
  line: number;
  /** Seconds into the clip, or null when the line has no readable timestamp. */
  seconds: number | null;
  /** Written exactly as `[mm:ss]` at the start of the line. */
  timestampWellFormed: boolean;
  label: string | null;
  text: string;
}

const STAMP = /^(\s*)([[(]?)\s*(\d{1,3}):(\d{1,2})(?::(\d{1,2}))?\s*([\])]?)\s*/u;
const LABEL = /^(\p{L}[\p{L}\p{N} .'’-]{0,39}?)\s*:(?:\s+|$)/u;

/** Reads each non-blank line as a turn, taking whatever timestamp and label it has. */
export function parseTranscript(text: string): TranscriptTurn[] {
  const turns: TranscriptTurn[] = [];
  const lines = text.split(/\r\n|\r|\n/u);
  for (let index = 0; index < lines.length; index++) {
    let rest = lines[index]!;
    if (rest.trim() === "") continue;
    let seconds: number | null = null;
    let wellFormed = false;
    const stamp = STAMP.exec(rest);
    if (stamp) {
      const [whole, indent, open, first = "", second = "", third, close] = stamp;
      // With three fields the timestamp has hours, which the house style does not use.
      const hasHours = third !== undefined;
      const s = Number(hasHours ? third : second);
      seconds = hasHours ? Number(first) * 3600 + Number(second) * 60 + s : Number(first) * 60 + s;
      wellFormed =
        indent === "" &&
        open === "[" &&
        close === "]" &&
        !hasHours &&
        first.length >= 2 &&
        second.length === 2 &&
        s < 60;
      rest = rest.slice(whole.length);
    }
    let label: string | null = null;
    const labelled = LABEL.exec(rest);
    if (labelled) {
      label = labelled[1]!.trim();
      rest = rest.slice(labelled[0].length);
    }
    turns.push({
      line: index + 1,
      seconds,
      timestampWellFormed: wellFormed,
      label,
      text: rest.trim(),
    });
  }
  return turns;
}

function parseReference(reference: string): TranscriptTurn[] {
  const turns = parseTranscript(reference);
  if (turns.length === 0) {
    throw new DrillInputError(
      "invalid_transcript",
      "reference",
      "The reference transcript has no turns.",
    );
  }
  for (const turn of turns) {
    if (!turn.timestampWellFormed || turn.label === null) {
      throw new DrillInputError(
        "invalid_transcript",
        "reference",
        `Line ${turn.line} of the reference transcript is not written as "[mm:ss] Label: text".`,
      );
    }
  }
  return turns;
}

function spoken(text: string): string {
  return text.replace(TAG_LIKE, " ").replace(/\s+/gu, " ").trim();
}

interface Token {
  key: string;
  turn: number;
  tag: string | null;
}

/** Words (lenient: lower case, no punctuation) and tags of each turn, in order. */
function tokens(turns: readonly TranscriptTurn[]): Token[] {
  const out: Token[] = [];
  const words = (chunk: string, turn: number) => {
    const cleaned = Array.from(chunk.toLowerCase())
      .filter((ch) => !isUnicodePunctuation(ch.codePointAt(0)!))
      .join("");
    for (const word of cleaned.split(/\s+/u)) {
      if (word !== "") out.push({ key: word, turn, tag: null });
    }
  };
  turns.forEach((turn, index) => {
    let at = 0;
    for (const match of turn.text.matchAll(TAG_LIKE)) {
      words(turn.text.slice(at, match.index), index);
      const name = match[0].slice(1, -1).trim().toLowerCase();
      // A prefix no word can have keeps a tag from ever matching the word "noise".
      out.push({ key: `\u0000${name}`, turn: index, tag: name });
      at = match.index + match[0].length;
    }
    words(turn.text.slice(at), index);
  });
  return out;
}

function ids(list: readonly Token[], vocabulary: Map<string, number>): Int32Array {
  return Int32Array.from(list, (token) => {
    let id = vocabulary.get(token.key);
    if (id === undefined) {
      id = vocabulary.size;
      vocabulary.set(token.key, id);
    }
    return id;
  });
}

function clock(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return `${String(m).padStart(2, "0")}:${String(s).padStart(2, "0")}`;
}

function issue(
  code: Exclude<TranscriptIssueCode, "word_error" | "missing_tag" | "invented_tag">,
  reason: string,
  line: number | null,
  referenceLine: number | null,
): TranscriptIssue {
  return { code, severity: FORMAT_SEVERITY[code], reason, line, referenceLine };
}

function tagIssue(
  code: "missing_tag" | "invented_tag",
  tag: string,
  reason: string,
  line: number | null,
  referenceLine: number | null,
): TranscriptIssue {
  const severity = isHouseStyleTag(tag) ? TAG_SEVERITY[code][tag] : "minor";
  return { code, severity, reason, line, referenceLine };
}

const CATEGORY_WORDING: Record<ErrorCategory, string> = {
  case: "Capitalisation",
  punctuation: "Punctuation",
  whitespace: "Word spacing",
  transposition: "Swapped letters",
  diacritic: "Accent",
  digit: "Wrong number",
  spelling: "Wrong word",
  missing_word: "Missing word",
  extra_word: "Extra word",
  tag: "Tag",
};

/** Which turn (by index) a code-point offset of the joined spoken text falls in. */
function turnAt(starts: readonly number[], offset: number): number {
  let turn = 0;
  while (turn + 1 < starts.length && starts[turn + 1]! <= offset) turn++;
  return turn;
}

function lineStarts(parts: readonly string[]): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const part of parts) {
    starts.push(at);
    at += codePointLength(part) + 1;
  }
  return starts;
}

function accuracyIssue(
  error: TranscriptionError,
  refTurns: readonly TranscriptTurn[],
  typedTurns: readonly TranscriptTurn[],
  refStarts: readonly number[],
  typedStarts: readonly number[],
): TranscriptIssue {
  const severity: Severity =
    error.category === "spelling" && error.cost === 1
      ? "minor"
      : WORD_ERROR_SEVERITY[error.category];
  const expected = error.expected.trim();
  const typed = error.typed.trim();
  const reason =
    error.category === "missing_word"
      ? `Missing word: "${expected}"`
      : error.category === "extra_word"
        ? `Extra word: "${typed}"`
        : `${CATEGORY_WORDING[error.category]}: "${typed}" where the audio has "${expected}"`;
  return {
    code: "word_error",
    severity,
    reason,
    line: typedTurns.length > 0 ? typedTurns[turnAt(typedStarts, error.typedStart)]!.line : null,
    referenceLine: refTurns[turnAt(refStarts, error.refStart)]!.line,
  };
}

/**
 * Scores a typed transcript against the reference transcript of the same clip. Throws
 * {@link DrillInputError} when the reference itself is not in the house style.
 */
export function scoreTranscript(reference: string, typed: string): TranscriptScore {
  const refTurns = parseReference(reference);
  const typedTurns = parseTranscript(typed);

  // Accuracy: the words alone.
  const refParts = refTurns.map((turn) => spoken(turn.text));
  const typedParts = typedTurns.map((turn) => spoken(turn.text));
  const referenceText = refParts.join("\n");
  const typedText = typedParts.join("\n");
  const transcription = scoreTranscription(referenceText, typedText, { profile: "lenient" });
  const refStarts = lineStarts(refParts);
  const typedStarts = lineStarts(typedParts);
  const accuracyIssues = transcription.errors.map((error) =>
    accuracyIssue(error, refTurns, typedTurns, refStarts, typedStarts),
  );

  // Formatting: align words and tags to find which typed line holds each reference turn.
  const refTokens = tokens(refTurns);
  const typedTokens = tokens(typedTurns);
  const vocabulary = new Map<string, number>();
  const { ops } = alignSequences(ids(refTokens, vocabulary), ids(typedTokens, vocabulary));
  const votes = refTurns.map(() => new Map<number, number>());
  const typedVotes = typedTurns.map(() => new Map<number, number>());
  {
    let r = 0;
    let t = 0;
    for (const op of ops) {
      if (op !== OP_INSERT && op !== OP_DELETE) {
        const k = refTokens[r]!.turn;
        const u = typedTokens[t]!.turn;
        votes[k]!.set(u, (votes[k]!.get(u) ?? 0) + 1);
        typedVotes[u]!.set(k, (typedVotes[u]!.get(k) ?? 0) + 1);
      }
      if (op !== OP_INSERT) r++;
      if (op !== OP_DELETE) t++;
    }
  }
  const mostVoted = (tally: Map<number, number>): number | null => {
    let best: number | null = null;
    let bestCount = 0;
    for (const [candidate, count] of tally) {
      if (count > bestCount || (count === bestCount && best !== null && candidate < best)) {
        best = candidate;
        bestCount = count;
      }
    }
    return best;
  };

  const formatting: TranscriptIssue[] = [];
  const used = new Set<number>();
  refTurns.forEach((turn, k) => {
    const who = `${turn.label}'s turn at [${clock(turn.seconds!)}]`;
    const u = mostVoted(votes[k]!);
    if (u === null) {
      formatting.push(issue("missing_turn", `${who} is missing.`, null, turn.line));
      return;
    }
    const typedTurn = typedTurns[u]!;
    if (used.has(u)) {
      formatting.push(
        issue(
          "missing_turn_break",
          `${who} should start a new line; it runs on in line ${typedTurn.line}.`,
          typedTurn.line,
          turn.line,
        ),
      );
      return;
    }
    used.add(u);
    if (typedTurn.label === null) {
      formatting.push(
        issue(
          "missing_label",
          `Line ${typedTurn.line} has no speaker label; it is ${who}.`,
          typedTurn.line,
          turn.line,
        ),
      );
    } else {
      const written = typedTurn.label.replace(/\s+/gu, " ");
      if (written !== turn.label) {
        const sameName = written.toLowerCase() === turn.label!.toLowerCase();
        formatting.push(
          sameName
            ? issue(
                "label_format",
                `Write the label as "${turn.label}", not "${written}".`,
                typedTurn.line,
                turn.line,
              )
            : issue(
                "wrong_label",
                `Line ${typedTurn.line} is labelled "${written}"; the speaker is "${turn.label}".`,
                typedTurn.line,
                turn.line,
              ),
        );
      }
    }
    if (typedTurn.seconds === null) {
      formatting.push(
        issue(
          "missing_timestamp",
          `Line ${typedTurn.line} has no timestamp; it should be [${clock(turn.seconds!)}].`,
          typedTurn.line,
          turn.line,
        ),
      );
      return;
    }
    if (!typedTurn.timestampWellFormed) {
      formatting.push(
        issue(
          "timestamp_format",
          `Write the timestamp of line ${typedTurn.line} as [mm:ss] at the start of the line.`,
          typedTurn.line,
          turn.line,
        ),
      );
    }
    const off = typedTurn.seconds - turn.seconds!;
    if (Math.abs(off) > TIMESTAMP_TOLERANCE_SECONDS) {
      formatting.push(
        issue(
          "timestamp_off",
          `The timestamp of line ${typedTurn.line} is ${Math.abs(off)} s ${off > 0 ? "late" : "early"}; the turn starts at [${clock(turn.seconds!)}].`,
          typedTurn.line,
          turn.line,
        ),
      );
    }
  });
  typedTurns.forEach((turn, u) => {
    if (used.has(u)) return;
    const k = mostVoted(typedVotes[u]!);
    formatting.push(
      issue(
        "extra_turn_break",
        k === null
          ? `Line ${turn.line} is not a turn in the audio.`
          : `Line ${turn.line} starts a new line inside ${refTurns[k]!.label}'s turn.`,
        turn.line,
        k === null ? null : refTurns[k]!.line,
      ),
    );
  });
  formatting.push(...tagIssues(ops, refTokens, typedTokens, refTurns, typedTurns));

  const checkpoints = refTurns.length + refTokens.filter((token) => token.tag !== null).length;
  const majors = formatting.filter((i) => i.severity === "major").length;
  const minors = formatting.length - majors;
  return {
    accuracy: {
      score: 100 * Math.max(0, 1 - transcription.wer),
      cer: transcription.cer,
      wer: transcription.wer,
      issues: accuracyIssues,
      referenceText,
      typedText,
      transcription,
    },
    formatting: {
      score: 100 * Math.max(0, 1 - (majors + MINOR_WEIGHT * minors) / checkpoints),
      checkpoints,
      issues: formatting,
    },
  };
}

/**
 * Tags are judged where the alignment disagrees: between two agreeing stretches, each
 * reference tag should have a typed tag of the same name; guessed words in place of
 * [inaudible] and tags the reference does not have are errors too.
 */
function tagIssues(
  ops: Uint8Array,
  refTokens: readonly Token[],
  typedTokens: readonly Token[],
  refTurns: readonly TranscriptTurn[],
  typedTurns: readonly TranscriptTurn[],
): TranscriptIssue[] {
  const issues: TranscriptIssue[] = [];
  let r = 0;
  let t = 0;
  let p = 0;
  while (p < ops.length) {
    if (ops[p] === OP_MATCH) {
      p++;
      r++;
      t++;
      continue;
    }
    const refTags: Token[] = [];
    const typedTags: Token[] = [];
    const typedWords: Token[] = [];
    // Where the stretch sits, for lines in the messages.
    const refTurn = refTokens[Math.min(r, refTokens.length - 1)]?.turn ?? null;
    const typedTurn = typedTokens[Math.min(t, typedTokens.length - 1)]?.turn ?? null;
    while (p < ops.length && ops[p] !== OP_MATCH) {
      const op = ops[p]!;
      if (op !== OP_INSERT) {
        const token = refTokens[r++]!;
        if (token.tag !== null) refTags.push(token);
      }
      if (op !== OP_DELETE) {
        const token = typedTokens[t++]!;
        if (token.tag !== null) typedTags.push(token);
        else typedWords.push(token);
      }
      p++;
    }
    const lineOf = (
      token: Token | undefined,
      turns: readonly TranscriptTurn[],
      fallback: number | null,
    ) =>
      token ? turns[token.turn]!.line : fallback === null ? null : (turns[fallback]?.line ?? null);
    for (const refTag of refTags) {
      const refLine = refTurns[refTag.turn]!.line;
      const same = typedTags.findIndex((tag) => tag.tag === refTag.tag);
      if (same >= 0) {
        typedTags.splice(same, 1);
        continue;
      }
      if (refTag.tag === "inaudible" && typedWords.length > 0) {
        const guessed = typedWords.map((token) => token.key).join(" ");
        issues.push(
          issue(
            "guessed_inaudible",
            `"${guessed}" is written where the audio is [inaudible]; never guess unclear speech.`,
            lineOf(typedWords[0], typedTurns, typedTurn),
            refLine,
          ),
        );
        typedWords.length = 0;
        continue;
      }
      const other = typedTags.shift();
      if (other !== undefined) {
        const line = typedTurns[other.turn]!.line;
        issues.push(
          isHouseStyleTag(other.tag!)
            ? issue(
                "wrong_tag",
                `[${other.tag}] is written where the audio has [${refTag.tag}].`,
                line,
                refLine,
              )
            : issue(
                "misspelt_tag",
                `Write the tag as [${refTag.tag}], not [${other.tag}].`,
                line,
                refLine,
              ),
        );
        continue;
      }
      issues.push(
        tagIssue(
          "missing_tag",
          refTag.tag!,
          `[${refTag.tag}] is missing.`,
          typedTurn === null ? null : (typedTurns[typedTurn]?.line ?? null),
          refLine,
        ),
      );
    }
    for (const extra of typedTags) {
      const line = typedTurns[extra.turn]!.line;
      const refLine = refTurn === null ? null : (refTurns[refTurn]?.line ?? null);
      issues.push(
        isHouseStyleTag(extra.tag!)
          ? tagIssue(
              "invented_tag",
              extra.tag!,
              `[${extra.tag}] is not in the audio here.`,
              line,
              refLine,
            )
          : issue(
              "unknown_tag",
              `[${extra.tag}] is not a house-style tag; use [inaudible], [crosstalk] or [noise].`,
              line,
              refLine,
            ),
      );
    }
  }
  return issues;
}
