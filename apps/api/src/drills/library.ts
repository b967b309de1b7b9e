import {
  loadProofreadingItems,
  loadTranscriptionClips,
  loadTypingSets,
  type ProofreadingItem,
  type TranscriptionClip,
  type TypingSet,
} from "@rubric/content";
import { practiceWordBank } from "@rubric/core";

/**
 * The committed drill material, read from disk once per process. It ships with the
 * release rather than living in the database, so every API process reads the same files.
 */
export interface DrillLibrary {
  typingSets: TypingSet[];
  proofreading: ProofreadingItem[];
  /** Only clips whose audio was rendered from their current script: others would be scored against words the audio does not say. */
  clips: TranscriptionClip[];
  /** What weak-spot drills draw words from. */
  wordBank: string[];
}

const WORD_BANK_SETS = ["prose", "annotation", "domain"];

let library: DrillLibrary | null = null;

export function drillLibrary(): DrillLibrary {
  if (library === null) {
    const typingSets = loadTypingSets();
    library = {
      typingSets,
      proofreading: loadProofreadingItems(),
      clips: loadTranscriptionClips().filter((clip) => clip.scriptHashMatches),
      // Prose and field vocabulary only: the technical and number sets' "words" are
      // fragments such as "px" or "fri" that teach nothing on their own.
      wordBank: practiceWordBank(
        typingSets
          .filter((set) => WORD_BANK_SETS.includes(set.set))
          .flatMap((set) => set.passages.map((p) => p.text)),
      ),
    };
  }
  return library;
}

export const TYPING_MODES = ["timed", "passage"] as const;
export const TYPING_DURATIONS = [15, 30, 60, 120] as const;

export const TRANSCRIPTION_MEDIA_PATH = "/media/transcription";

/** The clip's audio file name, as the media route serves it. */
export function clipAudioFile(clip: TranscriptionClip): string {
  return clip.timing.audio;
}

export function clipAudioUrl(clip: TranscriptionClip): string {
  return `${TRANSCRIPTION_MEDIA_PATH}/${clipAudioFile(clip)}`;
}

export function drillCatalog() {
  const { typingSets, clips, proofreading } = drillLibrary();
  return {
    typing: {
      sets: typingSets.map((set) => ({
        id: set.set,
        title: set.title,
        description: set.description,
        passageCount: set.passages.length,
      })),
      modes: [...TYPING_MODES],
      durations: [...TYPING_DURATIONS],
    },
    transcription: {
      clips: clips.map((clip) => ({
        id: clip.id,
        title: clip.title,
        style: clip.style,
        speakers: clip.speakers.length,
        durationSec: clip.audio.durationSeconds,
        difficulty: clip.difficulty,
      })),
    },
    proofreading: {
      items: proofreading.map((item) => ({
        id: item.id,
        title: item.title,
        genre: item.genre,
        difficulty: item.difficulty,
        errorCount: item.errors.length,
      })),
    },
  };
}
