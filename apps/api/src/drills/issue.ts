import { randomInt, randomUUID } from "node:crypto";
import {
  buildWeakSpotDrill,
  mulberry32,
  passageTypingTarget,
  type SkillProfile,
  timedTypingTarget,
  weakSpotWordCount,
} from "@rubric/core";
import { z } from "zod";
import type { NewDrill } from "../db/drills.ts";
import { badInput, refused } from "../trpc/errors.ts";
import { clipAudioUrl, drillLibrary, TYPING_DURATIONS, TYPING_MODES } from "./library.ts";

const durationSchema = z.literal(TYPING_DURATIONS);
const contentIdSchema = z.string().trim().min(1).max(40);

export const startDrillInput = z.discriminatedUnion("kind", [
  z
    .object({
      kind: z.literal("typing"),
      set: contentIdSchema,
      mode: z.enum(TYPING_MODES),
      durationSec: durationSchema.optional(),
      precision: z.boolean(),
    })
    .refine((input) => input.mode !== "timed" || input.durationSec !== undefined, {
      message: "A timed drill needs a duration.",
      path: ["durationSec"],
    }),
  z.object({ kind: z.literal("typing_weak_spots"), durationSec: durationSchema.optional() }),
  z.object({ kind: z.literal("transcription"), clipId: contentIdSchema }),
  z.object({ kind: z.literal("proofreading"), itemId: contentIdSchema }),
]);
export type StartDrillInput = z.infer<typeof startDrillInput>;

/** What the worker's browser receives: the material to work on, never its answer. */
export interface StartedDrill {
  drillId: string;
  kind: NewDrill["kind"];
  issuedAt: string;
  target?: { text: string };
  clip?: { id: string; audioUrl: string; durationSec: number; style: string; speakerCount: number };
  proofreading?: { text: string };
}

export interface IssuedDrill {
  drill: NewDrill;
  started: StartedDrill;
}

/**
 * Builds a drill from the content for one worker. Randomness comes from a seed drawn from
 * the operating system's generator and is kept with the drill, so the same text can be
 * rebuilt when a result is questioned.
 */
export async function issueDrill(
  input: StartDrillInput,
  userId: string,
  issuedAt: string,
  skill: () => Promise<SkillProfile>,
): Promise<IssuedDrill> {
  const seed = randomInt(2 ** 32);
  const random = mulberry32(seed);
  const base = {
    id: randomUUID(),
    userId,
    issuedAt,
    precision: false,
    setId: null,
    mode: null,
    durationSec: null,
  };
  const issued = (
    drill: NewDrill,
    material: Omit<StartedDrill, "drillId" | "kind" | "issuedAt">,
  ): IssuedDrill => ({
    drill,
    started: { drillId: drill.id, kind: drill.kind, issuedAt, ...material },
  });
  const library = drillLibrary();

  switch (input.kind) {
    case "typing": {
      const set = library.typingSets.find((candidate) => candidate.set === input.set);
      if (!set) throw badInput({ set: [`There is no typing set "${input.set}".`] });
      // The input schema gives every timed drill a duration; a passage drill has none.
      const durationSec = input.mode === "timed" ? (input.durationSec ?? null) : null;
      const target =
        durationSec === null
          ? passageTypingTarget(set.passages, random)
          : timedTypingTarget(set.passages, durationSec, random);
      return issued(
        {
          ...base,
          kind: "typing",
          setId: set.set,
          mode: input.mode,
          durationSec,
          precision: input.precision,
          contentRef: { passageIds: target.passageIds, seed },
          target: target.text,
        },
        { target: { text: target.text } },
      );
    }
    case "typing_weak_spots": {
      const profile = await skill();
      // With no typing history every word weighs the same: that is a random word list,
      // not a drill of anyone's weak spots.
      if (Object.keys(profile.keys).length === 0) {
        throw refused(
          "PRECONDITION_FAILED",
          "no_typing_history",
          "Weak spots come from your own mistakes: finish one typing drill first, then come back.",
        );
      }
      const built = buildWeakSpotDrill(
        profile,
        library.wordBank,
        random,
        weakSpotWordCount(input.durationSec),
      );
      return issued(
        {
          ...base,
          kind: "typing_weak_spots",
          mode: input.durationSec === undefined ? "passage" : "timed",
          durationSec: input.durationSec ?? null,
          contentRef: { seed },
          target: built.text,
        },
        { target: { text: built.text } },
      );
    }
    case "transcription": {
      const clip = library.clips.find((candidate) => candidate.id === input.clipId);
      if (!clip) throw badInput({ clipId: [`There is no transcription clip "${input.clipId}".`] });
      return issued(
        {
          ...base,
          kind: "transcription",
          setId: clip.id,
          contentRef: { clipId: clip.id },
          target: clip.reference,
        },
        {
          clip: {
            id: clip.id,
            audioUrl: clipAudioUrl(clip),
            durationSec: clip.audio.durationSeconds,
            style: clip.style,
            speakerCount: clip.speakers.length,
          },
        },
      );
    }
    case "proofreading": {
      const item = library.proofreading.find((candidate) => candidate.id === input.itemId);
      if (!item) throw badInput({ itemId: [`There is no proofreading text "${input.itemId}".`] });
      return issued(
        {
          ...base,
          kind: "proofreading",
          setId: item.id,
          contentRef: { itemId: item.id },
          target: item.text,
        },
        { proofreading: { text: item.text } },
      );
    }
  }
}
