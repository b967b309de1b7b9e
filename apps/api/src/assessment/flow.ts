import { randomInt, randomUUID } from "node:crypto";
import {
  type AssessmentBlueprint,
  type AttemptRecord,
  advanceDecision,
  answerRefusal,
  assessmentReport,
  attemptDeadline,
  attemptProgress,
  buildItemPools,
  type Category,
  CORE_ASSESSMENT_BLUEPRINT,
  type Domain,
  decideStart,
  drawStratified,
  type GradedItem,
  InsufficientItemsError,
  type LadderEvaluation,
  type LadderRules,
  ladderEntry,
  ladderSteps,
  mulberry32,
  qualificationBlueprint,
  ruleFor,
  type StartCheck,
  sectionDescription,
  startTimeline,
  submissionTime,
  type TestedCategory,
} from "@rubric/core";
import type { TRPCError } from "@trpc/server";
import type { Kysely } from "kysely";
import {
  type AssessmentKind,
  type AttemptSummary,
  advanceSection,
  attemptAnswers,
  createAttempt,
  findAttempt,
  listAttempts,
  openAttemptIds,
  previousItemRefs,
  recordGrade,
  type StoredAttempt,
  saveAnswer,
} from "../db/assessments.ts";
import type { Database } from "../db/schema.ts";
import { loadStanding } from "../ladder/standing.ts";
import { badInput, fieldErrorsOf, notFound, refused } from "../trpc/errors.ts";
import { poolCandidates, resolveItems } from "./library.ts";
import { webLinks } from "./links.ts";

/**
 * The assessment flow on the server: starting (with the ladder's gates), serving an attempt
 * without its keys, saving answers inside the section timers, moving through sections, and
 * grading. Every deadline is judged by the server clock passed in as `now`.
 */

export interface Placement {
  kind: AssessmentKind;
  category: Category | null;
  domain: Domain | null;
}

function samePlacement(a: Placement, b: Placement): boolean {
  return a.kind === b.kind && a.category === b.category && a.domain === b.domain;
}

/** The blueprint of an assessment under the current rules. */
export function blueprintFor(rules: LadderRules, placement: Placement): AssessmentBlueprint {
  if (placement.kind === "core") {
    return {
      ...CORE_ASSESSMENT_BLUEPRINT,
      retakeCooldownHours: rules.coreAssessment.retakeCooldownHours,
    };
  }
  const category = placement.category as TestedCategory;
  const test = ruleFor(rules, category).qualificationTest;
  if (!test) {
    throw badInput({ category: [`${category} has no qualification test.`] });
  }
  return qualificationBlueprint({
    category,
    domain: placement.domain,
    passMark: test.passMark,
    retakeCooldownHours: test.retakeCooldownHours,
  });
}

function record(attempt: AttemptSummary): AttemptRecord {
  return { startedAt: attempt.startedAt, finishedAt: attempt.submittedAt, passed: attempt.passed };
}

/** What the ladder still asks before a test can be taken: the core assessment and prerequisites. */
function lockedBy(evaluation: LadderEvaluation, placement: Placement): string[] {
  if (placement.kind === "core" || placement.category === null) return [];
  const entry = ladderEntry(evaluation, placement.category, placement.domain);
  if (entry.state !== "locked") return [];
  return entry.missing
    .filter((m) => m.kind === "core_assessment" || m.kind === "prerequisite")
    .map((m) => m.message);
}

export function startCheck(
  evaluation: LadderEvaluation,
  attempts: readonly AttemptSummary[],
  blueprint: AssessmentBlueprint,
  placement: Placement,
  now: Date,
): StartCheck {
  const open = attempts.find(
    (a) => a.submittedAt === null && !attemptDeadline(a.blueprint, a.startedAt, now).expired,
  );
  return decideStart(blueprint, {
    attempts: attempts.filter((a) => samePlacement(a, placement)).map(record),
    now,
    openElsewhere: open && !samePlacement(open, placement) ? open.blueprint.label : null,
    locked: lockedBy(evaluation, placement),
  });
}

/** Grades every item from its saved answer and stores the grade once. */
async function grade(db: Kysely<Database>, attempt: StoredAttempt, now: Date): Promise<void> {
  const [answers, contents] = await Promise.all([
    attemptAnswers(db, attempt.id),
    resolveItems(
      db,
      attempt.items.map((i) => i.ref),
    ),
  ]);
  const scores = new Map<string, number>();
  for (const item of attempt.items) {
    const saved = answers.get(item.ref);
    const content = contents.get(item.ref);
    if (!saved || !content) continue;
    // An answer saved against an item an admin has since changed may no longer fit it.
    const parsed = content.parse(saved.answer);
    scores.set(item.ref, parsed.ok ? content.score(parsed.answer) : 0);
  }
  const graded: GradedItem[] = attempt.items.map((i) => ({
    ref: i.ref,
    sectionId: i.sectionId,
    title: i.title,
    score: scores.get(i.ref) ?? null,
  }));
  const report = assessmentReport(attempt.blueprint, graded);
  await recordGrade(db, attempt.id, {
    submittedAt: submissionTime(attempt.blueprint, attempt.startedAt, now),
    overall: report.overall,
    passed: report.passed,
    scores,
  });
}

/**
 * Grades the worker's open attempts whose time has run out, as if submitted at their
 * deadline: a walked-away attempt still counts, and its cooldown runs from the deadline.
 */
export async function gradeExpiredAttempts(db: Kysely<Database>, userId: string, now: Date) {
  for (const id of await openAttemptIds(db, userId)) {
    const attempt = await findAttempt(db, userId, id);
    if (attempt && attemptDeadline(attempt.blueprint, attempt.startedAt, now).expired) {
      await grade(db, attempt, now);
    }
  }
}

function refusal(check: Exclude<StartCheck, { allowed: true }>): TRPCError {
  const code =
    check.reason === "in_progress" || check.reason === "already_passed"
      ? "CONFLICT"
      : "PRECONDITION_FAILED";
  return refused(code, check.reason, check.message);
}

export async function startAttempt(
  db: Kysely<Database>,
  userId: string,
  placement: Placement,
  now: Date,
): Promise<string> {
  await gradeExpiredAttempts(db, userId, now);
  const [{ rules, evaluation }, attempts] = await Promise.all([
    loadStanding(db, userId, now),
    listAttempts(db, userId),
  ]);
  const blueprint = blueprintFor(rules, placement);
  const check = startCheck(evaluation, attempts, blueprint, placement, now);
  if (!check.allowed) throw refusal(check);

  const [candidates, avoid] = await Promise.all([
    poolCandidates(db),
    previousItemRefs(db, userId, placement),
  ]);
  let draw: ReturnType<typeof drawStratified>;
  try {
    draw = drawStratified(
      blueprint,
      buildItemPools(blueprint, candidates, avoid),
      mulberry32(randomInt(2 ** 32)),
    );
  } catch (error) {
    if (!(error instanceof InsufficientItemsError)) throw error;
    throw refused(
      "PRECONDITION_FAILED",
      "not_enough_items",
      "This assessment cannot be drawn yet: the library has too few items for it.",
    );
  }
  const refs = draw.sections.flatMap((s) => s.itemIds);
  const contents = await resolveItems(db, refs);
  const items = draw.sections.flatMap((section) =>
    section.itemIds.map((ref) => {
      const content = contents.get(ref);
      if (!content) throw new Error(`Drawn item ${ref} is not in the library.`);
      return {
        ref,
        sectionId: section.sectionId,
        kind: content.kind,
        title: content.title,
        category: content.category,
        domain: content.domain,
      };
    }),
  );
  const id = randomUUID();
  const created = await createAttempt(db, {
    id,
    userId,
    ...placement,
    blueprint,
    startedAt: now,
    sections: startTimeline(blueprint, now).sections,
    items: items.map((item, position) => ({ ...item, position })),
  });
  if (!created) {
    throw refused(
      "CONFLICT",
      "in_progress",
      "You have an assessment in progress; finish it first.",
    );
  }
  return id;
}

async function requireAttempt(db: Kysely<Database>, userId: string, attemptId: string) {
  const attempt = await findAttempt(db, userId, attemptId);
  // Someone else's attempt answers exactly as a missing one does.
  if (!attempt) throw notFound("There is no such assessment attempt.");
  return attempt;
}

/** The attempt as the worker works on it: items without keys, saved answers, timers. */
export async function attemptView(
  db: Kysely<Database>,
  userId: string,
  attemptId: string,
  now: Date,
) {
  const attempt = await requireAttempt(db, userId, attemptId);
  const [answers, contents] = await Promise.all([
    attemptAnswers(db, attempt.id),
    resolveItems(
      db,
      attempt.items.map((i) => i.ref),
    ),
  ]);
  const progress = attemptProgress(
    attempt.blueprint,
    { startedAt: attempt.startedAt, sections: attempt.sections, submittedAt: attempt.submittedAt },
    now,
  );
  return {
    id: attempt.id,
    kind: attempt.kind,
    category: attempt.category,
    domain: attempt.domain,
    title: attempt.blueprint.label,
    serverNow: now.toISOString(),
    startedAt: attempt.startedAt.toISOString(),
    deadline: progress.attempt.deadline.toISOString(),
    submittedAt: attempt.submittedAt?.toISOString() ?? null,
    currentSectionId: progress.currentSectionId,
    sections: attempt.blueprint.sections.map((section) => {
      const state = progress.sections.find((s) => s.id === section.id);
      return {
        id: section.id,
        label: section.label,
        description: sectionDescription(section.id),
        timeLimitMinutes: section.timeLimitMinutes,
        state: state?.state ?? "upcoming",
        deadline: state?.deadline?.deadline.toISOString() ?? null,
        items: attempt.items
          .filter((i) => i.sectionId === section.id)
          .map((i) => {
            const content = contents.get(i.ref);
            if (!content) throw new Error(`Item ${i.ref} is not in the library.`);
            return {
              ref: i.ref,
              kind: i.kind,
              title: i.title,
              expectedMinutes:
                content.expectedMinutes ?? section.timeLimitMinutes / section.itemCount,
              view: content.view,
              savedAnswer: answers.get(i.ref)?.answer ?? null,
            };
          }),
      };
    }),
  };
}

function timelineOf(attempt: StoredAttempt) {
  return {
    startedAt: attempt.startedAt,
    sections: attempt.sections,
    submittedAt: attempt.submittedAt,
  };
}

export async function saveAttemptAnswer(
  db: Kysely<Database>,
  userId: string,
  input: { attemptId: string; sectionId: string; itemRef: string; answer: unknown },
  now: Date,
) {
  const attempt = await requireAttempt(db, userId, input.attemptId);
  const item = attempt.items.find((i) => i.ref === input.itemRef);
  if (!item) throw badInput({ itemRef: ["That item is not part of this attempt."] });
  if (item.sectionId !== input.sectionId) {
    throw badInput({ itemRef: ["That item belongs to another section."] });
  }
  const refusedAnswer = answerRefusal(attempt.blueprint, timelineOf(attempt), input.sectionId, now);
  if (refusedAnswer?.reason === "not_current")
    throw badInput({ sectionId: [refusedAnswer.message] });
  if (refusedAnswer?.reason === "time_up") {
    throw refused("PRECONDITION_FAILED", "time_up", refusedAnswer.message);
  }
  if (refusedAnswer) throw refused("CONFLICT", refusedAnswer.reason, refusedAnswer.message);
  const content = (await resolveItems(db, [item.ref])).get(item.ref);
  if (!content) throw new Error(`Item ${item.ref} is not in the library.`);
  const parsed = content.parse(input.answer);
  if (!parsed.ok) {
    throw badInput(fieldErrorsOf(parsed.problems.map((p) => [p.path || "answer", p.message])));
  }
  const savedAt = now.toISOString();
  const saved = await saveAnswer(
    db,
    { attemptId: attempt.id, sectionId: input.sectionId, itemRef: item.ref, answer: parsed.answer },
    savedAt,
  );
  if (!saved) {
    throw refused("CONFLICT", "section_closed", "That section closed before the answer arrived.");
  }
  return { savedAt };
}

export async function advanceAttempt(
  db: Kysely<Database>,
  userId: string,
  input: { attemptId: string; fromSectionId: string },
  now: Date,
) {
  const attempt = await requireAttempt(db, userId, input.attemptId);
  const decision = advanceDecision(
    attempt.blueprint,
    timelineOf(attempt),
    input.fromSectionId,
    now,
  );
  if (!decision.ok) {
    if (decision.reason === "not_current") throw badInput({ fromSectionId: [decision.message] });
    throw refused("CONFLICT", decision.reason, decision.message);
  }
  if (decision.open === null) {
    await grade(db, attempt, now);
    return { currentSectionId: null };
  }
  const moved = await advanceSection(
    db,
    attempt.id,
    { close: decision.close, open: decision.open },
    now.toISOString(),
  );
  if (!moved) {
    throw refused("CONFLICT", "not_current", "That section was already finished in another tab.");
  }
  return { currentSectionId: decision.open };
}

/** The report of a graded attempt. */
function reportOf(attempt: StoredAttempt) {
  if (attempt.submittedAt === null) {
    throw refused("PRECONDITION_FAILED", "not_submitted", "Submit the attempt to see its report.");
  }
  const body = assessmentReport(
    attempt.blueprint,
    attempt.items.map((i) => ({
      ref: i.ref,
      sectionId: i.sectionId,
      title: i.title,
      score: i.score,
    })),
  );
  const retake = attempt.submittedAt.getTime() + attempt.blueprint.retakeCooldownHours * 3_600_000;
  return {
    attemptId: attempt.id,
    kind: attempt.kind,
    category: attempt.category,
    domain: attempt.domain,
    title: attempt.blueprint.label,
    passed: body.passed,
    overall: body.overall,
    passMark: body.passMark,
    sections: body.sections,
    strengths: body.strengths,
    toPractise: body.toPractise.map((p) => ({
      message: p.message,
      href: webLinks.practise(p.target),
    })),
    reasons: body.reasons,
    retakeAvailableAt: body.passed ? null : new Date(retake).toISOString(),
    submittedAt: attempt.submittedAt.toISOString(),
  };
}
export type AssessmentReport = ReturnType<typeof reportOf>;

/** Grades the attempt (once; a repeat returns the same report) and reports on it. */
export async function submitAttempt(
  db: Kysely<Database>,
  userId: string,
  attemptId: string,
  now: Date,
): Promise<AssessmentReport> {
  const attempt = await requireAttempt(db, userId, attemptId);
  if (attempt.submittedAt !== null) return reportOf(attempt);
  await grade(db, attempt, now);
  return reportOf(await requireAttempt(db, userId, attemptId));
}

export async function attemptReport(
  db: Kysely<Database>,
  userId: string,
  attemptId: string,
): Promise<AssessmentReport> {
  return reportOf(await requireAttempt(db, userId, attemptId));
}

function startState(check: StartCheck) {
  return check.allowed
    ? { canStart: true as const }
    : {
        canStart: false as const,
        reason: check.reason,
        message: check.message,
        retakeAvailableAt: check.retakeAvailableAt?.toISOString() ?? null,
      };
}

/** What the worker can take now, what is open, and every attempt so far. */
export async function assessmentStatus(db: Kysely<Database>, userId: string, now: Date) {
  await gradeExpiredAttempts(db, userId, now);
  const [{ rules, evaluation }, attempts] = await Promise.all([
    loadStanding(db, userId, now),
    listAttempts(db, userId),
  ]);
  const core: Placement = { kind: "core", category: null, domain: null };
  const open = attempts.find((a) => a.submittedAt === null);
  return {
    core: startState(startCheck(evaluation, attempts, blueprintFor(rules, core), core, now)),
    inProgress: open
      ? { attemptId: open.id, kind: open.kind, category: open.category, domain: open.domain }
      : null,
    attempts: attempts.map((a) => ({
      id: a.id,
      kind: a.kind,
      category: a.category,
      domain: a.domain,
      title: a.blueprint.label,
      startedAt: a.startedAt.toISOString(),
      submittedAt: a.submittedAt?.toISOString() ?? null,
      score: a.overall,
      passed: a.passed,
    })),
    qualificationTests: ladderSteps(rules)
      .filter((step) => step.rule.qualificationTest !== null)
      .map((step) => {
        const placement: Placement = {
          kind: "qualification",
          category: step.category,
          domain: step.domain,
        };
        const blueprint = blueprintFor(rules, placement);
        return {
          category: step.category,
          domain: step.domain,
          label: blueprint.label,
          state: ladderEntry(evaluation, step.category, step.domain).state,
          ...startState(startCheck(evaluation, attempts, blueprint, placement, now)),
        };
      }),
  };
}
