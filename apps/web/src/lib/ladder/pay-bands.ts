import { categorySchema, payBandSchema } from "@rubric/core";
import { z } from "zod";

const amount = z.string().trim().min(1, "Enter an amount in USD.");

/**
 * The edit form's text fields, turned into a band and checked by the very schema the API
 * uses, so each message lands on the field it is about.
 */
export const bandFormSchema = z
  .object({
    category: categorySchema,
    minUsdPerHour: amount,
    maxUsdPerHour: amount,
    premiumNote: z.string(),
  })
  .transform((v) => ({
    category: v.category,
    minUsdPerHour: Number(v.minUsdPerHour),
    maxUsdPerHour: Number(v.maxUsdPerHour),
    ...(v.premiumNote.trim() === "" ? {} : { premiumNote: v.premiumNote.trim() }),
  }))
  .pipe(payBandSchema);
