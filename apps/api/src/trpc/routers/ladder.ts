import { DEFAULT_RATE_PROJECTION_PARAMS, rateFormulaDescription } from "@rubric/core";
import { z } from "zod";
import { ledgerPage, ledgerTotals } from "../../db/ledger.ts";
import { listPayBands } from "../../db/pay-bands.ts";
import { ladderDashboard, ledgerLineView } from "../../ladder/dashboard.ts";
import { ladderRules } from "../../ladder/standing.ts";
import { publicProcedure, router, workerProcedure } from "../procedures.ts";

const ledgerInput = z.object({
  /** The `next` of the previous page. */
  after: z.string().min(1).max(200).optional(),
  limit: z.int().min(1).max(100).default(20),
});

export const ladderRouter = router({
  /** Every rule of the ladder, the pay bands and the rate formula: published to anyone. */
  rules: publicProcedure.query(async ({ ctx }) => {
    const [rules, bands] = await Promise.all([ladderRules(ctx.db), listPayBands(ctx.db)]);
    return {
      rules,
      payBands: bands.map((band) => ({
        category: band.category,
        minUsdPerHour: band.minUsdPerHour,
        maxUsdPerHour: band.maxUsdPerHour,
        premiumNote: band.premiumNote ?? null,
      })),
      rateFormula: {
        params: DEFAULT_RATE_PROJECTION_PARAMS,
        description: rateFormulaDescription(DEFAULT_RATE_PROJECTION_PARAMS),
      },
    };
  }),

  /** Where the worker stands: every step, the next move, quality over time, rates, earnings. */
  dashboard: workerProcedure.query(({ ctx }) => ladderDashboard(ctx.db, ctx.user.id, ctx.now())),

  /** The worker's simulated earnings, newest first. */
  ledger: workerProcedure.input(ledgerInput).query(async ({ ctx, input }) => {
    const [page, totals] = await Promise.all([
      ledgerPage(ctx.db, ctx.user.id, input),
      ledgerTotals(ctx.db, ctx.user.id),
    ]);
    return {
      totalUsd: totals.totalCents / 100,
      lines: page.lines.map(ledgerLineView),
      next: page.next,
    };
  }),
});
