import { z } from "zod";
import type { PayBand } from "./reference-bands.ts";

/**
 * How a worker's projected rate is placed inside a category's pay band:
 *
 *   quality    = clamp((qualityLower − qualityFloor) / (1 − qualityFloor), 0, 1)
 *   experience = min(experienceYears / experienceYearsCap, 1)
 *   hours      = min(hoursLogged / hoursCap, 1)
 *   position   = w.quality · quality + w.experience · experience + w.hours · hours
 *   rate       = band.min + position · (band.max − band.min), rounded to the cent
 *
 * The weights add up to 1, so the position lies in [0, 1] and the rate inside the band.
 * Quality reads the lower confidence bound, like every gate: a short lucky streak does not
 * raise pay. No evidence at all projects the band's minimum.
 */
export const rateProjectionParamsSchema = z.object({
  weights: z
    .object({
      quality: z.number().min(0),
      experience: z.number().min(0),
      hours: z.number().min(0),
    })
    .refine((w) => Math.abs(w.quality + w.experience + w.hours - 1) < 1e-9, {
      message: "The weights must add up to 1.",
    }),
  /** The lower bound at which quality starts to count (the first unlock bar). */
  qualityFloor: z.number().min(0).lt(1),
  experienceYearsCap: z.number().positive(),
  hoursCap: z.number().positive(),
});
export type RateProjectionParams = z.infer<typeof rateProjectionParamsSchema>;

export const DEFAULT_RATE_PROJECTION_PARAMS: RateProjectionParams =
  rateProjectionParamsSchema.parse({
    weights: { quality: 0.6, experience: 0.25, hours: 0.15 },
    qualityFloor: 0.7,
    experienceYearsCap: 10,
    hoursCap: 200,
  });

export interface RateEvidence {
  /** Lower confidence bound of the worker's quality in the category; null without evidence. */
  qualityLower: number | null;
  /** Years of relevant professional experience, from the worker's profile. */
  experienceYears: number;
  /** Hours of work logged in the category. */
  hoursLogged: number;
}

export interface RateProjection {
  rateUsdPerHour: number;
  /** Where the rate sits in the band, 0 at its minimum and 1 at its maximum. */
  position: number;
  /** Each factor's share of the position (already weighted), for explaining the rate. */
  parts: { quality: number; experience: number; hours: number };
  band: { minUsdPerHour: number; maxUsdPerHour: number };
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

function assertEvidence(evidence: RateEvidence): void {
  const { qualityLower, experienceYears, hoursLogged } = evidence;
  if (qualityLower !== null && !(qualityLower >= 0 && qualityLower <= 1)) {
    throw new RangeError(`A quality bound lies in [0, 1], got ${qualityLower}.`);
  }
  if (!(experienceYears >= 0 && Number.isFinite(experienceYears))) {
    throw new RangeError(`Years of experience must be ≥ 0, got ${experienceYears}.`);
  }
  if (!(hoursLogged >= 0 && Number.isFinite(hoursLogged))) {
    throw new RangeError(`Hours logged must be ≥ 0, got ${hoursLogged}.`);
  }
}

/** The projected rate with the share each factor contributes. */
export function explainRate(
  band: PayBand,
  evidence: RateEvidence,
  params: RateProjectionParams = DEFAULT_RATE_PROJECTION_PARAMS,
): RateProjection {
  assertEvidence(evidence);
  const w = params.weights;
  const quality =
    evidence.qualityLower === null
      ? 0
      : clamp01((evidence.qualityLower - params.qualityFloor) / (1 - params.qualityFloor));
  const parts = {
    quality: w.quality * quality,
    experience: w.experience * Math.min(evidence.experienceYears / params.experienceYearsCap, 1),
    hours: w.hours * Math.min(evidence.hoursLogged / params.hoursCap, 1),
  };
  const position = clamp01(parts.quality + parts.experience + parts.hours);
  const { minUsdPerHour: min, maxUsdPerHour: max } = band;
  // Bands are whole cents, so rounding inside the band stays inside it; the clamp only
  // guards against a band given in fractions of a cent.
  const rate = Math.min(max, Math.max(min, Math.round((min + position * (max - min)) * 100) / 100));
  return {
    rateUsdPerHour: rate,
    position,
    parts,
    band: { minUsdPerHour: min, maxUsdPerHour: max },
  };
}

/** The projected hourly rate in USD, inside the band; see `rateProjectionParamsSchema`. */
export function projectRate(
  band: PayBand,
  evidence: RateEvidence,
  params: RateProjectionParams = DEFAULT_RATE_PROJECTION_PARAMS,
): number {
  return explainRate(band, evidence, params).rateUsdPerHour;
}

function assertAmounts(minutes: number, rateUsdPerHour: number): void {
  if (!(minutes >= 0 && Number.isFinite(minutes))) {
    throw new RangeError(`Minutes must be ≥ 0, got ${minutes}.`);
  }
  if (!(rateUsdPerHour >= 0 && Number.isFinite(rateUsdPerHour))) {
    throw new RangeError(`A rate must be ≥ 0, got ${rateUsdPerHour}.`);
  }
}

/** Earnings in whole cents for `minutes` of work at an hourly rate, rounded to the cent. */
export function projectEarningsCents(minutes: number, rateUsdPerHour: number): number {
  assertAmounts(minutes, rateUsdPerHour);
  // Work in cents so that 0.1 + 0.2 style drift never reaches a displayed amount.
  return Math.round((Math.round(rateUsdPerHour * 100) * minutes) / 60);
}

/** Projected earnings in USD (to the cent) for work expected to take `expectedMinutes`. */
export function projectEarnings(expectedMinutes: number, rateUsdPerHour: number): number {
  return projectEarningsCents(expectedMinutes, rateUsdPerHour) / 100;
}

const usd = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" });

/** "$1,234.50". */
export function formatUsd(amount: number): string {
  return usd.format(amount);
}

/** One line of a projected-earnings ledger: what, how long, at what rate, for how much. */
export interface LedgerLine {
  description: string;
  minutes: number;
  rateUsdPerHour: number;
  amountCents: number;
  amountUsd: number;
  /** "Pairwise comparison × 12: 30 min at $24.00/h = $12.00". */
  text: string;
}

export function ledgerLine(entry: {
  description: string;
  minutes: number;
  rateUsdPerHour: number;
}): LedgerLine {
  const amountCents = projectEarningsCents(entry.minutes, entry.rateUsdPerHour);
  const minutes = Number.isInteger(entry.minutes) ? `${entry.minutes}` : entry.minutes.toFixed(1);
  return {
    ...entry,
    amountCents,
    amountUsd: amountCents / 100,
    text: `${entry.description}: ${minutes} min at ${formatUsd(entry.rateUsdPerHour)}/h = ${formatUsd(amountCents / 100)}`,
  };
}

/** The total of ledger lines in USD, summed in cents. */
export function ledgerTotal(lines: readonly LedgerLine[]): number {
  return lines.reduce((sum, line) => sum + line.amountCents, 0) / 100;
}
