import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseSeededText, type SeededError } from "@rubric/core";
import { parse as parseYaml } from "yaml";
import { z } from "zod";

/**
 * Precision-drill material: typing passages, proofreading texts with seeded errors, and
 * transcription clips with their generated audio, timing and reference transcript.
 */

/** The content package folder (holds `drills/`, `guidelines/`, `tasks/`). */
export const CONTENT_ROOT = fileURLToPath(new URL("..", import.meta.url));
export const DRILLS_DIR = join(CONTENT_ROOT, "drills");
export const TYPING_DIR = join(DRILLS_DIR, "typing");
export const PROOFREADING_DIR = join(DRILLS_DIR, "proofreading");
export const TRANSCRIPTION_DIR = join(DRILLS_DIR, "transcription");
export const TRANSCRIPTION_AUDIO_DIR = join(TRANSCRIPTION_DIR, "audio");

/** Block scalars end with a newline; drill text does not. */
const blockText = z.string().transform((s) => s.replace(/\s+$/, ""));
const nonEmpty = z.string().trim().min(1);
const difficultySchema = z.union([z.literal(1), z.literal(2), z.literal(3)]);

// ---------------------------------------------------------------------------------------
// Typing

export const TYPING_SETS = ["prose", "annotation", "technical", "domain", "numbers"] as const;
export const typingSetIdSchema = z.enum(TYPING_SETS);
export type TypingSetId = z.infer<typeof typingSetIdSchema>;

export const TYPING_MIN_CHARS = 150;
export const TYPING_MAX_CHARS = 600;

export const typingPassageSchema = z.object({
  id: z.string().regex(/^[a-z]+-\d{2}$/, "passage id is <set>-NN"),
  title: nonEmpty,
  text: blockText.pipe(z.string().min(1)),
  /** Marks a passage that deliberately uses curly quotes, dashes and other typographic characters. */
  typographic: z.boolean().optional(),
});

export const typingSetFileSchema = z
  .object({
    set: typingSetIdSchema,
    title: nonEmpty,
    description: nonEmpty,
    passages: z.array(typingPassageSchema).min(1),
  })
  .superRefine((file, ctx) => {
    file.passages.forEach((passage, index) => {
      if (!passage.id.startsWith(`${file.set}-`)) {
        ctx.addIssue({
          code: "custom",
          path: ["passages", index, "id"],
          message: `passage id ${passage.id} must start with "${file.set}-"`,
        });
      }
    });
  });

export type TypingPassage = z.infer<typeof typingPassageSchema>;
export type TypingSet = z.infer<typeof typingSetFileSchema>;

// ---------------------------------------------------------------------------------------
// Proofreading

export const proofreadingFileSchema = z.object({
  id: z.string().regex(/^pr-\d{3}$/, "proofreading id is pr-NNN"),
  title: nonEmpty,
  genre: nonEmpty,
  difficulty: difficultySchema,
  /** The displayed text with errors marked `[[shown||correction||kind]]`. */
  text: blockText.pipe(z.string().min(1)),
});
export type ProofreadingFile = z.infer<typeof proofreadingFileSchema>;

export interface ProofreadingItem {
  id: string;
  title: string;
  genre: string;
  difficulty: 1 | 2 | 3;
  /** The text the reader sees, markup removed. */
  text: string;
  /** The seeded errors, with code-point offsets into `text`. */
  errors: SeededError[];
}

// ---------------------------------------------------------------------------------------
// Transcription

export const TRANSCRIPTION_STYLES = ["clean", "full"] as const;
export const transcriptionStyleSchema = z.enum(TRANSCRIPTION_STYLES);
export type TranscriptionStyle = z.infer<typeof transcriptionStyleSchema>;

/** Bump when the renderer changes in a way that changes audio or timings. */
export const CLIP_RENDER_VERSION = 1;

export const clipSpeakerSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9_]*$/),
  /** How the reference names this speaker: a name the audio says, else "Speaker N". */
  label: nonEmpty,
  /** An espeak-ng voice, optionally with a variant: `en-us`, `en-gb+m3`, `en-us+f3`. */
  voice: z.string().regex(/^[a-z]{2}(-[a-z0-9]+)*(\+[a-z0-9]+)?$/),
  pitch: z.number().int().min(0).max(99),
  /** Words per minute. */
  speed: z.number().int().min(80).max(260),
  /** Band-limit this speaker to a telephone line. */
  phone: z.boolean().optional(),
});
export type ClipSpeaker = z.infer<typeof clipSpeakerSchema>;

/** Speech that is transcribed as heard. `text` defaults to `say`. */
const speechPartSchema = z.strictObject({ say: nonEmpty, text: nonEmpty.optional() });
/** Speech masked by noise: the reference shows `[inaudible]`. */
const maskedPartSchema = z.strictObject({ say: nonEmpty, mask: z.literal(true) });
/** The tail of a turn that the next speaker talks over: the reference shows `[crosstalk]`. */
const crosstalkPartSchema = z.strictObject({ say: nonEmpty, crosstalk: z.literal(true) });
/** A non-speech sound of the given length in seconds: the reference shows `[noise]`. */
const noisePartSchema = z.strictObject({ noise: z.number().min(0.2).max(3) });
export const clipPartSchema = z.union([
  speechPartSchema,
  maskedPartSchema,
  crosstalkPartSchema,
  noisePartSchema,
]);
export type ClipPart = z.infer<typeof clipPartSchema>;

export const clipTurnSchema = z
  .strictObject({
    speaker: z.string(),
    /** Silence before the turn, in seconds (default {@link DEFAULT_TURN_PAUSE}). */
    pause: z.number().min(0).max(4).optional(),
    /** The turn starts over the previous turn's crosstalk tail. */
    overlap: z.literal(true).optional(),
    say: nonEmpty.optional(),
    text: nonEmpty.optional(),
    parts: z.array(clipPartSchema).min(1).optional(),
  })
  .refine((t) => (t.parts === undefined) !== (t.say === undefined), {
    message: "a turn has either `say` (and optional `text`) or `parts`",
  })
  .refine((t) => t.parts === undefined || t.text === undefined, {
    message: "`text` belongs on parts when a turn has parts",
  });
export type ClipTurn = z.infer<typeof clipTurnSchema>;

export const DEFAULT_TURN_PAUSE = 0.55;
/** A pause this long (seconds) within one speaker's speech starts a new transcript line. */
export const LONG_PAUSE = 2;

export const transcriptionClipFileSchema = z
  .object({
    id: z.string().regex(/^tr-\d{3}$/, "transcription id is tr-NNN"),
    title: nonEmpty,
    scenario: nonEmpty,
    style: transcriptionStyleSchema,
    difficulty: difficultySchema,
    speakers: z.array(clipSpeakerSchema).min(1),
    turns: z.array(clipTurnSchema).min(1),
    /** Generated by the clip renderer from the turns and the measured timings. */
    reference: blockText.optional(),
  })
  .superRefine((clip, ctx) => {
    const ids = new Set(clip.speakers.map((s) => s.id));
    const labels = new Set(clip.speakers.map((s) => s.label));
    if (ids.size !== clip.speakers.length)
      ctx.addIssue({ code: "custom", path: ["speakers"], message: "duplicate speaker id" });
    if (labels.size !== clip.speakers.length)
      ctx.addIssue({ code: "custom", path: ["speakers"], message: "duplicate speaker label" });
    clip.turns.forEach((turn, index) => {
      if (!ids.has(turn.speaker)) {
        ctx.addIssue({
          code: "custom",
          path: ["turns", index, "speaker"],
          message: `unknown speaker ${turn.speaker}`,
        });
      }
      const parts = turnParts(turn);
      parts.forEach((part, p) => {
        if ("crosstalk" in part && p !== parts.length - 1) {
          ctx.addIssue({
            code: "custom",
            path: ["turns", index],
            message: "a crosstalk part must end its turn",
          });
        }
      });
      const previous = index > 0 ? clip.turns[index - 1] : undefined;
      const previousEndsInCrosstalk = previous !== undefined && endsInCrosstalk(previous);
      if (turn.overlap && !previousEndsInCrosstalk) {
        ctx.addIssue({
          code: "custom",
          path: ["turns", index, "overlap"],
          message: "an overlapping turn must follow a turn that ends with a crosstalk part",
        });
      }
      if (previousEndsInCrosstalk && !turn.overlap) {
        ctx.addIssue({
          code: "custom",
          path: ["turns", index],
          message: "the turn after a crosstalk part must set overlap: true",
        });
      }
      if (
        previous !== undefined &&
        previous.speaker === turn.speaker &&
        (turn.pause ?? 0) < LONG_PAUSE
      ) {
        ctx.addIssue({
          code: "custom",
          path: ["turns", index],
          message: `a speaker's speech continues on a new line only after a pause of ${LONG_PAUSE} s or more`,
        });
      }
    });
    const last = clip.turns[clip.turns.length - 1];
    if (last !== undefined && endsInCrosstalk(last)) {
      ctx.addIssue({
        code: "custom",
        path: ["turns"],
        message: "the last turn cannot end in crosstalk",
      });
    }
  });
export type TranscriptionClipFile = z.infer<typeof transcriptionClipFileSchema>;

/** A turn's parts; a turn written with `say`/`text` is one speech part. */
export function turnParts(turn: ClipTurn): ClipPart[] {
  if (turn.parts !== undefined) return turn.parts;
  const say = turn.say ?? "";
  return [turn.text === undefined ? { say } : { say, text: turn.text }];
}

function endsInCrosstalk(turn: ClipTurn): boolean {
  const parts = turnParts(turn);
  const last = parts[parts.length - 1];
  return last !== undefined && "crosstalk" in last;
}

/** What the reference transcript shows for one part. */
export function partText(part: ClipPart): string {
  if ("noise" in part) return "[noise]";
  if ("mask" in part) return "[inaudible]";
  if ("crosstalk" in part) return "[crosstalk]";
  return part.text ?? part.say;
}

/** The reference wording of a turn (its parts joined), without label or timestamp. */
export function turnText(turn: ClipTurn): string {
  return turnParts(turn).map(partText).join(" ").replace(/\s+/g, " ").trim();
}

export const clipEventSchema = z.object({
  kind: z.enum(["inaudible", "crosstalk", "noise"]),
  start: z.number().min(0),
  end: z.number().min(0),
});
export type ClipEvent = z.infer<typeof clipEventSchema>;

/** The generated timing file written beside each clip's audio. */
export const clipTimingSchema = z.object({
  id: z.string(),
  /** Audio file name inside the audio folder. */
  audio: z.string().regex(/^tr-\d{3}\.opus$/),
  /** Seconds, measured from the encoded file. */
  duration: z.number().positive(),
  sampleRate: z.number().int().positive(),
  /** Hash of the clip's speakers and turns as rendered; see {@link clipScriptHash}. */
  scriptHash: z.string().regex(/^[0-9a-f]{64}$/),
  turns: z.array(
    z.object({
      speaker: z.string(),
      /** Seconds from the start of the clip. */
      start: z.number().min(0),
      end: z.number().min(0),
    }),
  ),
  events: z.array(clipEventSchema),
});
export type ClipTiming = z.infer<typeof clipTimingSchema>;

/**
 * Hash of everything in a clip file that shapes its audio. The renderer stores it in the
 * timing file; a clip whose script changed since its audio was rendered no longer matches.
 * Takes the file as parsed from YAML (before validation), so the renderer and the loader
 * hash the same thing.
 */
export function clipScriptHash(raw: unknown): string {
  const data = (raw ?? {}) as { speakers?: unknown; turns?: unknown };
  const canonical = JSON.stringify({
    renderVersion: CLIP_RENDER_VERSION,
    speakers: data.speakers ?? null,
    turns: data.turns ?? null,
  });
  return createHash("sha256").update(canonical).digest("hex");
}

/** `[mm:ss]` for a start time in seconds, rounded down to the second. */
export function formatTimestamp(seconds: number): string {
  const whole = Math.floor(seconds + 1e-9);
  const mm = Math.floor(whole / 60);
  const ss = whole % 60;
  return `[${String(mm).padStart(2, "0")}:${String(ss).padStart(2, "0")}]`;
}

/** One line of a transcript in house style: `[mm:ss] Label: text`. */
export const REFERENCE_LINE = /^\[(\d{2}):([0-5]\d)\] ([A-Z][A-Za-z0-9 .'-]*): (\S.*)$/;

export interface ReferenceLine {
  /** Whole seconds from the start of the clip. */
  start: number;
  label: string;
  text: string;
}

/** Parses a transcript in house style; throws on a line that does not follow it. */
export function parseReferenceLines(reference: string): ReferenceLine[] {
  return reference
    .split("\n")
    .filter((line) => line.trim().length > 0)
    .map((line, index) => {
      const match = REFERENCE_LINE.exec(line);
      if (!match) throw new Error(`Line ${index + 1} is not "[mm:ss] Label: text": ${line}`);
      const [, mm, ss, label, text] = match as unknown as [string, string, string, string, string];
      return { start: Number(mm) * 60 + Number(ss), label, text };
    });
}

/** Renders the reference transcript of a clip from its turns and measured timings. */
export function renderReference(clip: TranscriptionClipFile, timing: ClipTiming): string {
  if (timing.turns.length !== clip.turns.length) {
    throw new Error(
      `${clip.id}: timing has ${timing.turns.length} turns, the script ${clip.turns.length}`,
    );
  }
  const labels = new Map(clip.speakers.map((s) => [s.id, s.label]));
  return clip.turns
    .map((turn, index) => {
      const timed = timing.turns[index];
      if (timed === undefined || timed.speaker !== turn.speaker) {
        throw new Error(`${clip.id}: timing turn ${index + 1} does not match the script`);
      }
      return `${formatTimestamp(timed.start)} ${labels.get(turn.speaker)}: ${turnText(turn)}`;
    })
    .join("\n");
}

/**
 * Duration in seconds of an Ogg Opus file, read from its headers: the last page's granule
 * position (48 kHz samples) minus the pre-skip declared in the OpusHead packet.
 */
export function oggOpusDuration(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const isCapture = (at: number) =>
    bytes[at] === 0x4f &&
    bytes[at + 1] === 0x67 &&
    bytes[at + 2] === 0x67 &&
    bytes[at + 3] === 0x53; // "OggS"
  if (bytes.length < 47 || !isCapture(0)) throw new Error("not an Ogg stream");
  const segments = bytes[26] ?? 0;
  const head = 27 + segments;
  const magic = new TextDecoder().decode(bytes.subarray(head, head + 8));
  if (magic !== "OpusHead") throw new Error("not an Ogg Opus stream");
  const preSkip = view.getUint16(head + 10, true);
  for (let at = bytes.length - 27; at >= 0; at--) {
    if (isCapture(at)) {
      const granule = view.getBigInt64(at + 6, true);
      return (Number(granule) - preSkip) / 48_000;
    }
  }
  throw new Error("no Ogg page found");
}

export interface TranscriptionClip {
  id: string;
  title: string;
  scenario: string;
  style: TranscriptionStyle;
  difficulty: 1 | 2 | 3;
  speakers: ClipSpeaker[];
  turns: ClipTurn[];
  /** The reference transcript in house style, one `[mm:ss] Label: text` line per turn. */
  reference: string;
  referenceLines: ReferenceLine[];
  audio: {
    /** Relative to the content package folder. */
    path: string;
    mimeType: "audio/ogg; codecs=opus";
    durationSeconds: number;
  };
  timing: ClipTiming;
  /** Whether the timing file was rendered from this exact script. */
  scriptHashMatches: boolean;
}

// ---------------------------------------------------------------------------------------
// Loading

function yamlFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".yaml"))
    .sort();
}

function readYaml(path: string): unknown {
  return parseYaml(readFileSync(path, "utf8"));
}

function parseFile<T extends z.ZodType>(schema: T, path: string, raw: unknown): z.output<T> {
  const result = schema.safeParse(raw);
  if (!result.success) {
    throw new Error(`${path}: ${z.prettifyError(result.error)}`);
  }
  return result.data;
}

function requireIdMatchesFile(id: string, file: string): void {
  const base = file.replace(/\.yaml$/, "");
  if (id !== base) throw new Error(`${file}: id ${id} does not match the file name`);
}

/** All typing sets, each validated; set ids equal file names. */
export function loadTypingSets(dir: string = TYPING_DIR): TypingSet[] {
  return yamlFiles(dir).map((file) => {
    const set = parseFile(typingSetFileSchema, join(dir, file), readYaml(join(dir, file)));
    requireIdMatchesFile(set.set, file);
    return set;
  });
}

/** All proofreading items, with the markup parsed into displayed text and seeded errors. */
export function loadProofreadingItems(dir: string = PROOFREADING_DIR): ProofreadingItem[] {
  return yamlFiles(dir).map((file) => {
    const path = join(dir, file);
    const data = parseFile(proofreadingFileSchema, path, readYaml(path));
    requireIdMatchesFile(data.id, file);
    let seeded: ReturnType<typeof parseSeededText>;
    try {
      seeded = parseSeededText(data.text);
    } catch (error) {
      throw new Error(`${path}: ${(error as Error).message}`);
    }
    return {
      id: data.id,
      title: data.title,
      genre: data.genre,
      difficulty: data.difficulty,
      ...seeded,
    };
  });
}

export function clipTimingPath(id: string, dir: string = TRANSCRIPTION_AUDIO_DIR): string {
  return join(dir, `${id}.json`);
}

export function clipAudioPath(id: string, dir: string = TRANSCRIPTION_AUDIO_DIR): string {
  return join(dir, `${id}.opus`);
}

/** Reads and validates one clip's script file, returning the raw YAML data as well. */
export function readClipFile(path: string): { raw: unknown; clip: TranscriptionClipFile } {
  const raw = readYaml(path);
  return { raw, clip: parseFile(transcriptionClipFileSchema, path, raw) };
}

/**
 * All transcription clips with their timing and reference. Throws when a clip has no
 * rendered audio or timing yet, or when its reference does not follow house style.
 */
export function loadTranscriptionClips(dir: string = TRANSCRIPTION_DIR): TranscriptionClip[] {
  const audioDir = join(dir, "audio");
  return yamlFiles(dir).map((file) => {
    const path = join(dir, file);
    const { raw, clip } = readClipFile(path);
    requireIdMatchesFile(clip.id, file);
    const timingPath = clipTimingPath(clip.id, audioDir);
    if (!existsSync(timingPath)) throw new Error(`${path}: no timing file; render the clips first`);
    const timing = parseFile(
      clipTimingSchema,
      timingPath,
      JSON.parse(readFileSync(timingPath, "utf8")),
    );
    if (clip.reference === undefined)
      throw new Error(`${path}: no reference transcript; render the clips first`);
    let referenceLines: ReferenceLine[];
    try {
      referenceLines = parseReferenceLines(clip.reference);
    } catch (error) {
      throw new Error(`${path}: ${(error as Error).message}`);
    }
    const { reference, ...rest } = clip;
    return {
      id: rest.id,
      title: rest.title,
      scenario: rest.scenario,
      style: rest.style,
      difficulty: rest.difficulty,
      speakers: rest.speakers,
      turns: rest.turns,
      reference,
      referenceLines,
      audio: {
        path: `drills/transcription/audio/${timing.audio}`,
        mimeType: "audio/ogg; codecs=opus",
        durationSeconds: timing.duration,
      },
      timing,
      scriptHashMatches: timing.scriptHash === clipScriptHash(raw),
    };
  });
}
