import { recentLowerBound } from "../ladder/dashboard.ts";
import { formatBound } from "../ladder/messages.ts";
import type { GoldResult } from "../quality/estimate.ts";
import {
  DEFAULT_RATE_PROJECTION_PARAMS,
  explainRate,
  formatUsd,
  type RateEvidence,
  type RateProjection,
  type RateProjectionParams,
} from "./projection.ts";
import type { PayBand } from "./reference-bands.ts";

/**
 * The projection formula in words, for the page that publishes the rules; it says what
 * `explainRate` computes with these parameters.
 */
export function rateFormulaDescription(
  params: RateProjectionParams = DEFAULT_RATE_PROJECTION_PARAMS,
): string {
  const pct = (w: number) => `${Math.round(w * 100)}%`;
  const floor = params.qualityFloor.toFixed(2);
  return [
    "A projected rate sits inside its category's band: the band's minimum plus a share of its width.",
    `Quality counts for ${pct(params.weights.quality)} of the width, scaled from a lower confidence bound of ${floor} (nothing) to 1.00 (all of it).`,
    `Experience counts for ${pct(params.weights.experience)}, reaching its full share at ${params.experienceYearsCap} years.`,
    `Hours of work logged in the category count for ${pct(params.weights.hours)}, reaching their full share at ${params.hoursCap} hours.`,
    "Without any evidence a rate is the band's minimum.",
  ].join(" ");
}

const money = (amount: number) => formatUsd(Math.round(amount * 100) / 100);

/**
 * One sentence saying where a projected rate comes from, each factor in dollars per hour:
 * "$21.06/h in the $18.00–$30.00 band: quality (lower bound 0.78) adds $1.92, 6 years of
 * experience add $1.80, 12 hours logged add $0.11."
 */
export function rateExplanation(projection: RateProjection, evidence: RateEvidence): string {
  const { minUsdPerHour: min, maxUsdPerHour: max } = projection.band;
  const width = max - min;
  const parts: string[] = [];
  parts.push(
    evidence.qualityLower === null
      ? "no quality evidence yet adds nothing"
      : `quality (lower bound ${formatBound(evidence.qualityLower)}) adds ${money(projection.parts.quality * width)}`,
  );
  const years = evidence.experienceYears;
  parts.push(
    `${years} ${years === 1 ? "year" : "years"} of experience ${years === 1 ? "adds" : "add"} ${money(projection.parts.experience * width)}`,
  );
  const hours = Math.round(evidence.hoursLogged * 10) / 10;
  parts.push(
    `${hours} ${hours === 1 ? "hour" : "hours"} logged ${hours === 1 ? "adds" : "add"} ${money(projection.parts.hours * width)}`,
  );
  return `${money(projection.rateUsdPerHour)}/h in the ${money(min)}–${money(max)} band: ${parts.join(", ")}.`;
}

export interface ProjectedRate {
  projection: RateProjection;
  evidence: RateEvidence;
  explanation: string;
}

/**
 * A worker's projected rate in a band: quality is the lower bound over their latest gold
 * results in the work the band pays for (none yet: no quality evidence).
 */
export function projectWorkerRate(
  band: PayBand,
  worker: {
    gold: readonly GoldResult[];
    experienceYears: number;
    hoursLogged: number;
    confidence?: number;
  },
  params: RateProjectionParams = DEFAULT_RATE_PROJECTION_PARAMS,
): ProjectedRate {
  const evidence: RateEvidence = {
    qualityLower: recentLowerBound(worker.gold, { confidence: worker.confidence }),
    experienceYears: worker.experienceYears,
    hoursLogged: worker.hoursLogged,
  };
  const projection = explainRate(band, evidence, params);
  return { projection, evidence, explanation: rateExplanation(projection, evidence) };
}
