import {
  type AssessmentItemKind,
  type Category,
  type Domain,
  type DrillItemKey,
  isDrillItemKind,
  itemRef,
  type PoolCandidate,
  parseAnswer,
  parseDrillItemAnswer,
  parseItemRef,
  publicView,
  type SchemaProblem,
  scoreAttempt,
  scoreDrillItem,
  TASK_TYPE_CATEGORY,
  type TaskItem,
  type TaskPublicView,
} from "@rubric/core";
import type { Kysely } from "kysely";
import { z } from "zod";
import type { Database } from "../db/schema.ts";
import { findTaskItems } from "../db/task-items.ts";
import { clipAudioUrl, drillLibrary } from "../drills/library.ts";

/**
 * The items an assessment draws: task items from the library table, and drill material
 * (proofreading texts, typing passages, transcription clips) from the committed content.
 */

/** What the worker sees of a drill item: the material, never its key. */
export type DrillItemView =
  | { kind: "proofreading"; id: string; title: string; text: string }
  | { kind: "typing"; id: string; title: string; text: string }
  | {
      kind: "transcription";
      id: string;
      title: string;
      audioUrl: string;
      durationSec: number;
      style: string;
      speakerCount: number;
    };

export type ParsedItemAnswer =
  | { ok: true; answer: unknown }
  | { ok: false; problems: SchemaProblem[] };

/** One item as an attempt uses it. */
export interface AssessmentItemContent {
  ref: string;
  kind: AssessmentItemKind;
  title: string;
  /** Where its result counts on the ladder. */
  category: Category;
  domain: Domain | null;
  /** What an experienced worker needs; null where only the section's time says it. */
  expectedMinutes: number | null;
  view: TaskPublicView | DrillItemView;
  parse(raw: unknown): ParsedItemAnswer;
  /** Scores an answer `parse` accepted. */
  score(answer: unknown): number;
}

const redTeamMode = z.object({ prompt: z.object({ mode: z.enum(["classify", "write"]) }) });

/** Everything an assessment could draw, with what the pools filter on. */
export async function poolCandidates(db: Kysely<Database>): Promise<PoolCandidate[]> {
  const [rows, redTeam] = await Promise.all([
    db.selectFrom("task_item").select(["id", "task_type", "domain", "difficulty"]).execute(),
    db.selectFrom("task_item").select(["id", "body"]).where("task_type", "=", "red_team").execute(),
  ]);
  const modes = new Map(
    redTeam.map((row) => [row.id, redTeamMode.parse(JSON.parse(row.body)).prompt.mode]),
  );
  const library = drillLibrary();
  return [
    ...rows.map((row) => ({
      kind: row.task_type as AssessmentItemKind,
      id: row.id,
      domain: row.domain as Domain | null,
      difficulty: row.difficulty as 1 | 2 | 3,
      ...(modes.has(row.id) ? { redTeamMode: modes.get(row.id) } : {}),
    })),
    ...library.proofreading.map((item) => ({
      kind: "proofreading" as const,
      id: item.id,
      domain: null,
      difficulty: item.difficulty,
    })),
    ...library.typingSets.flatMap((set) =>
      set.passages.map((passage) => ({
        kind: "typing" as const,
        id: passage.id,
        domain: null,
        difficulty: null,
      })),
    ),
    ...library.clips.map((clip) => ({
      kind: "transcription" as const,
      id: clip.id,
      domain: null,
      difficulty: clip.difficulty,
    })),
  ];
}

function taskContent(item: TaskItem): AssessmentItemContent {
  const category = TASK_TYPE_CATEGORY[item.taskType];
  return {
    ref: itemRef(item.taskType, item.id),
    kind: item.taskType,
    title: item.title,
    category,
    domain: item.domain ?? null,
    expectedMinutes: item.expectedMinutes,
    view: publicView(item),
    parse: (raw) => parseAnswer(item, raw),
    score: (answer) => scoreAttempt(item, answer as Parameters<typeof scoreAttempt>[1]).score,
  };
}

function drillContent(
  ref: string,
  title: string,
  view: DrillItemView,
  key: DrillItemKey,
): AssessmentItemContent {
  return {
    ref,
    kind: view.kind,
    title,
    category: "basic_annotation",
    domain: null,
    expectedMinutes: null,
    view,
    parse: (raw) => parseDrillItemAnswer(key, raw),
    score: (answer) => scoreDrillItem(key, answer),
  };
}

function drillItem(kind: "proofreading" | "typing" | "transcription", id: string) {
  const library = drillLibrary();
  const ref = itemRef(kind, id);
  switch (kind) {
    case "proofreading": {
      const item = library.proofreading.find((c) => c.id === id);
      if (!item) return null;
      return drillContent(
        ref,
        item.title,
        { kind, id, title: item.title, text: item.text },
        { kind, text: item.text, errors: item.errors },
      );
    }
    case "typing": {
      const passage = library.typingSets.flatMap((s) => s.passages).find((p) => p.id === id);
      if (!passage) return null;
      return drillContent(
        ref,
        passage.title,
        { kind, id, title: passage.title, text: passage.text },
        { kind, text: passage.text },
      );
    }
    case "transcription": {
      const clip = library.clips.find((c) => c.id === id);
      if (!clip) return null;
      return drillContent(
        ref,
        clip.title,
        {
          kind,
          id,
          title: clip.title,
          audioUrl: clipAudioUrl(clip),
          durationSec: clip.audio.durationSeconds,
          style: clip.style,
          speakerCount: clip.speakers.length,
        },
        { kind, reference: clip.reference },
      );
    }
  }
}

/**
 * The content of the given refs. A ref whose item has left the library is missing from the
 * map; callers treat that as a server fault, since drawn items are never deleted.
 */
export async function resolveItems(
  db: Kysely<Database>,
  refs: readonly string[],
): Promise<Map<string, AssessmentItemContent>> {
  const parsed = refs.flatMap((ref) => {
    const p = parseItemRef(ref);
    return p ? [p] : [];
  });
  const tasks = await findTaskItems(
    db,
    parsed.filter((p) => !isDrillItemKind(p.kind)).map((p) => p.id),
  );
  const out = new Map<string, AssessmentItemContent>();
  for (const { kind, id } of parsed) {
    const content = isDrillItemKind(kind)
      ? drillItem(kind, id)
      : (() => {
          const stored = tasks.get(id);
          return stored && stored.item.taskType === kind ? taskContent(stored.item) : null;
        })();
    if (content) out.set(content.ref, content);
  }
  return out;
}
