import {
  addMistypedWords,
  addTypingToTotals,
  checkPlausibility,
  codePoints,
  computeTypingMetrics,
  costliestCategories,
  DrillInputError,
  type DrillResult,
  type KeyEvent,
  keyTypedTranscript,
  missedKinds,
  type PlausibilityFlag,
  proofreadingPractiseNext,
  proofreadingReport,
  reachedTarget,
  replayKeyEvents,
  SKILL_PROFILE_ALPHA,
  scoreProofreading,
  scoreTranscript,
  transcriptPractiseNext,
  transcriptReport,
  typingLogAsApplied,
  typingPractiseNext,
  typingReport,
  UNLOGGED_TRANSCRIPT_FLAG,
  updateSkillProfile,
  validateKeyEvents,
  validateMarks,
} from "@rubric/core";
import { z } from "zod";
import type { StoredDrill, Submission } from "../db/drills.ts";
import { badInput, conflict } from "../trpc/errors.ts";
import { drillLibrary } from "./library.ts";

/** Longest text a submission may carry: well past any drill's target. */
export const MAX_SUBMITTED_TEXT = 20_000;

// Events and marks are checked by core's validators after parsing, so an error names the
// exact element at fault ("typing.events[12].t") rather than the whole payload.
const rawList = z.array(z.unknown());

export const submitDrillInput = z.object({
  drillId: z.uuid(),
  typing: z.object({ events: rawList, finalText: z.string().max(MAX_SUBMITTED_TEXT) }).optional(),
  transcription: z
    .object({
      text: z
        .string()
        .trim()
        .min(1, "Type the transcript before submitting.")
        .max(MAX_SUBMITTED_TEXT),
      events: rawList.optional(),
    })
    .optional(),
  proofreading: z.object({ marks: rawList }).optional(),
});
export type SubmitDrillInput = z.infer<typeof submitDrillInput>;

type PayloadKey = "typing" | "transcription" | "proofreading";
const PAYLOAD_KEYS: PayloadKey[] = ["typing", "transcription", "proofreading"];

function payloadKeyOf(kind: StoredDrill["kind"]): PayloadKey {
  return kind === "typing_weak_spots" ? "typing" : kind;
}

/** Core's validators name the element at fault; the payload key puts it in the input. */
function validated<T>(payload: PayloadKey, check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (error instanceof DrillInputError)
      throw badInput({ [`${payload}.${error.field}`]: [error.message] });
    throw error;
  }
}

/** The server's clock readings a submission is judged by, in ms. */
export interface SubmissionClock {
  issuedAt: number;
  submittedAt: number;
  previousSubmissionAt: number | undefined;
}

/**
 * Scores a submission from its raw material alone and decides what the profile learns.
 * Throws a typed error, before anything is written, for input that cannot be scored.
 */
export function scoreSubmission(
  drill: StoredDrill,
  input: SubmitDrillInput,
  submittedAt: string,
  clock: SubmissionClock,
): Submission {
  const expected = payloadKeyOf(drill.kind);
  const stray = PAYLOAD_KEYS.filter((key) => key !== expected && input[key] !== undefined);
  if (stray.length > 0 || input[expected] === undefined) {
    const message = `This is a ${drill.kind.replaceAll("_", " ")} drill: send its result as "${expected}".`;
    throw badInput(
      Object.fromEntries((stray.length > 0 ? stray : [expected]).map((key) => [key, [message]])),
    );
  }
  const base = { drillId: drill.id, kind: drill.kind, submittedAt };
  const plausibility = (events: KeyEvent[], finalText: string, mode: "typing" | "transcription") =>
    checkPlausibility({
      events,
      target: drill.target,
      finalText,
      startedAt: clock.issuedAt,
      submittedAt: clock.submittedAt,
      serverIssuedAt: clock.issuedAt,
      previousSubmissionAt: clock.previousSubmissionAt,
      mode,
    }).flags;

  if (input.typing) {
    const { finalText } = input.typing;
    const events = validated("typing", () => validateKeyEvents(input.typing?.events));
    const applied = typingLogAsApplied(drill.target, events, { precision: drill.precision });
    const typed = replayKeyEvents(applied);
    if (typed === "")
      throw badInput({ "typing.events": ["The key events leave no text to score."] });
    // A timed drill holds more text than anyone finishes; only the part reached is scored.
    const target = drill.mode === "timed" ? reachedTarget(drill.target, typed) : drill.target;
    const metrics = computeTypingMetrics(target, applied);
    const flags = plausibility(applied, finalText, "typing");
    const report = typingReport(metrics);
    const costliest = costliestCategories(metrics.transcription.errors);
    return {
      result: resultOf(base, flags, {
        typing: report,
        costliestCategories: costliest,
        practiseNext: typingPractiseNext(report, costliest, metrics.transcription.mistypedWords),
        target,
      }),
      metrics: {
        netWpm: metrics.netWpm,
        accuracy: metrics.accuracy,
        cer: metrics.transcription.cer,
        f1: null,
      },
      learn:
        flags.length > 0
          ? null
          : (current) => ({
              skill: updateSkillProfile(current.skill, metrics, SKILL_PROFILE_ALPHA),
              totals: addTypingToTotals(current.totals, metrics),
            }),
    };
  }

  if (input.transcription) {
    const { text, events } = input.transcription;
    const flags =
      events === undefined
        ? [UNLOGGED_TRANSCRIPT_FLAG]
        : plausibility(
            validated("transcription", () => validateKeyEvents(events)),
            keyTypedTranscript(text),
            "transcription",
          );
    const score = scoreTranscript(drill.target, text);
    const costliest = costliestCategories(score.accuracy.transcription.errors);
    const words = score.accuracy.transcription;
    return {
      result: resultOf(base, flags, {
        transcription: transcriptReport(score, drill.target, text),
        costliestCategories: costliest,
        practiseNext: transcriptPractiseNext(score, costliest),
        target: drill.target,
      }),
      metrics: {
        netWpm: null,
        accuracy: score.accuracy.score / 100,
        cer: score.accuracy.cer,
        f1: null,
      },
      learn:
        flags.length > 0
          ? null
          : (current) => ({
              skill: updateSkillProfile(current.skill, words, SKILL_PROFILE_ALPHA),
              totals: addMistypedWords(current.totals, words.mistypedWords),
            }),
    };
  }

  const item = drillLibrary().proofreading.find(
    (candidate) => candidate.id === drill.contentRef.itemId,
  );
  if (!item || item.text !== drill.target) {
    throw conflict("This text has changed since the drill started. Start it again.");
  }
  const textLength = codePoints(item.text).length;
  const marks = validated("proofreading", () =>
    validateMarks(input.proofreading?.marks, { textLength }),
  );
  const score = scoreProofreading(item.errors, marks, { textLength });
  const missed = missedKinds(score.missed);
  return {
    result: resultOf(base, [], {
      proofreading: proofreadingReport(score, item.errors, item.text),
      costliestCategories: missed,
      practiseNext: proofreadingPractiseNext(score, missed),
      target: item.text,
    }),
    metrics: { netWpm: null, accuracy: null, cer: null, f1: score.f1 },
    // Marking text exercises no keys, so it leaves the typing profile as it is.
    learn: null,
  };
}

function resultOf(
  base: Pick<DrillResult, "drillId" | "kind" | "submittedAt">,
  flags: PlausibilityFlag[],
  scored: Omit<DrillResult, "drillId" | "kind" | "submittedAt" | "flagged" | "flags">,
): DrillResult {
  return { ...base, flagged: flags.length > 0, flags, ...scored };
}
