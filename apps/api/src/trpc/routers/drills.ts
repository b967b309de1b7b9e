import { progressFigures } from "@rubric/core";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import {
  drillBests,
  drillHistory,
  findDrill,
  insertDrill,
  lastSubmissionAt,
  recordSubmission,
} from "../../db/drills.ts";
import { findSkillProfile } from "../../db/skill-profiles.ts";
import { issueDrill, startDrillInput } from "../../drills/issue.ts";
import { drillCatalog } from "../../drills/library.ts";
import { scoreSubmission, submitDrillInput } from "../../drills/score.ts";
import { conflict, FieldProblems } from "../errors.ts";
import { router, workerProcedure } from "../procedures.ts";

/** Unknown and someone else's drills answer alike, so ids reveal nothing. */
function noSuchDrill() {
  return new TRPCError({
    code: "NOT_FOUND",
    message: "There is no such drill among yours.",
    cause: new FieldProblems({ drillId: ["There is no such drill among yours."] }),
  });
}

const alreadySubmitted = () =>
  conflict("This drill was already submitted; start a new one to go again.");

export const drillsRouter = router({
  /** What can be practised: typing sets, transcription clips and proofreading texts. */
  catalog: workerProcedure.query(() => drillCatalog()),

  /** Issues a drill; the server keeps its target and the time it was issued. */
  start: workerProcedure.input(startDrillInput).mutation(async ({ ctx, input }) => {
    const issuedAt = ctx.now().toISOString();
    const { drill, started } = await issueDrill(
      input,
      ctx.user.id,
      issuedAt,
      async () => (await findSkillProfile(ctx.db, ctx.user.id)).skill,
    );
    await insertDrill(ctx.db, drill);
    return started;
  }),

  /** Scores the raw material of a drill on the server and stores the result once. */
  submit: workerProcedure.input(submitDrillInput).mutation(async ({ ctx, input }) => {
    const drill = await findDrill(ctx.db, ctx.user.id, input.drillId);
    if (!drill) throw noSuchDrill();
    if (drill.submittedAt !== null) throw alreadySubmitted();
    const now = ctx.now();
    const previous = await lastSubmissionAt(ctx.db, ctx.user.id);
    const submission = scoreSubmission(drill, input, now.toISOString(), {
      issuedAt: Date.parse(drill.issuedAt),
      submittedAt: now.getTime(),
      previousSubmissionAt: previous === null ? undefined : Date.parse(previous),
    });
    if (!(await recordSubmission(ctx.db, ctx.user.id, drill.id, submission)))
      throw alreadySubmitted();
    return submission.result;
  }),

  /** A submitted drill's result, for its owner. */
  result: workerProcedure.input(z.object({ drillId: z.uuid() })).query(async ({ ctx, input }) => {
    const drill = await findDrill(ctx.db, ctx.user.id, input.drillId);
    if (!drill) throw noSuchDrill();
    if (!drill.result)
      throw new TRPCError({ code: "NOT_FOUND", message: "This drill has no result yet." });
    return drill.result;
  }),

  /** Bests, recent history and running tallies for the progress page. */
  progress: workerProcedure.query(async ({ ctx }) => {
    const [bests, history, stored] = await Promise.all([
      drillBests(ctx.db, ctx.user.id),
      drillHistory(ctx.db, ctx.user.id),
      findSkillProfile(ctx.db, ctx.user.id),
    ]);
    return { bests, history, ...progressFigures(stored.totals, stored.skill) };
  }),
});
