import { CATEGORY_LABELS, payBandSchema } from "@rubric/core";
import { listPayBands, type StoredPayBand, savePayBand } from "../../db/pay-bands.ts";
import { adminProcedure, publicProcedure, router } from "../procedures.ts";

function bandView(band: StoredPayBand) {
  return {
    category: band.category,
    label: CATEGORY_LABELS[band.category],
    minUsdPerHour: band.minUsdPerHour,
    maxUsdPerHour: band.maxUsdPerHour,
    premiumNote: band.premiumNote ?? null,
    updatedAt: band.updatedAt,
  };
}

export const payBandsRouter = router({
  /** Every category's band: published, so anyone can see what each kind of work pays. */
  list: publicProcedure.query(async ({ ctx }) => (await listPayBands(ctx.db)).map(bandView)),

  /** Sets a category's band; the top may not be below the bottom. */
  update: adminProcedure.input(payBandSchema).mutation(async ({ ctx, input }) => {
    const premiumNote = input.premiumNote?.trim() || undefined;
    const band = await savePayBand(
      ctx.db,
      { ...input, premiumNote },
      ctx.user.id,
      ctx.now().toISOString(),
    );
    return bandView(band);
  }),
});
