import { z } from "zod";
import { type Category, categorySchema } from "../categories/categories.ts";

export const payBandSchema = z
  .object({
    category: categorySchema,
    minUsdPerHour: z.number().positive(),
    maxUsdPerHour: z.number().positive(),
    /** Specialised work advertised above the band's ceiling. */
    premiumNote: z.string().max(200).optional(),
  })
  .refine((b) => b.maxUsdPerHour >= b.minUsdPerHour, {
    message: "The top of a band cannot be below its bottom.",
    path: ["maxUsdPerHour"],
  });
export type PayBand = z.infer<typeof payBandSchema>;

/**
 * Reference hourly bands in USD, from what the major platforms advertise. The platform
 * stores its own editable copy; these are the defaults it starts from.
 */
export const REFERENCE_PAY_BANDS: readonly PayBand[] = [
  { category: "basic_annotation", minUsdPerHour: 12, maxUsdPerHour: 18 },
  { category: "general_evaluation", minUsdPerHour: 18, maxUsdPerHour: 30 },
  { category: "rewriting", minUsdPerHour: 20, maxUsdPerHour: 40 },
  { category: "prompt_creation", minUsdPerHour: 20, maxUsdPerHour: 40 },
  { category: "fact_checking", minUsdPerHour: 22, maxUsdPerHour: 42 },
  { category: "red_teaming", minUsdPerHour: 25, maxUsdPerHour: 50 },
  {
    category: "domain_expert",
    minUsdPerHour: 30,
    maxUsdPerHour: 75,
    premiumNote: "Specialised domain work is advertised at $100+ per hour.",
  },
  {
    category: "code_evaluation",
    minUsdPerHour: 25,
    maxUsdPerHour: 100,
    premiumNote: "The highest-paid category; senior work is advertised above $100 per hour.",
  },
].map((band) => payBandSchema.parse(band));

export function referenceBandFor(category: Category): PayBand {
  const band = REFERENCE_PAY_BANDS.find((b) => b.category === category);
  if (!band) throw new Error(`No reference pay band for ${category}`);
  return band;
}
