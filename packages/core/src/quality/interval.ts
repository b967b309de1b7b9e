import { betaQuantile, normalQuantile } from "./distributions.ts";

/**
 * A confidence interval for a success rate. `estimate` is the observed rate
 * (successes / trials), or null when there were no trials: with no evidence there is no
 * rate to report, and the interval is then the whole of [0, 1].
 */
export interface ProportionInterval {
  lower: number;
  upper: number;
  estimate: number | null;
}

/** How an interval is computed: Wilson score (the default) or Jeffreys (Bayesian). */
export type IntervalMethod = "wilson" | "jeffreys";

function assertCounts(successes: number, trials: number, confidence: number): void {
  if (!(Number.isFinite(trials) && trials >= 0)) {
    throw new RangeError(`Trials must be a finite number ≥ 0, got ${trials}.`);
  }
  if (!(Number.isFinite(successes) && successes >= 0 && successes <= trials)) {
    throw new RangeError(`Successes must lie in [0, ${trials}], got ${successes}.`);
  }
  if (!(confidence > 0 && confidence < 1)) {
    throw new RangeError(`Confidence must lie strictly between 0 and 1, got ${confidence}.`);
  }
}

const NO_EVIDENCE: ProportionInterval = { lower: 0, upper: 1, estimate: null };

/**
 * Wilson score interval for `successes` out of `trials` at a two-sided `confidence`
 * (0.95 by default): 8 of 10 gives 0.4902 … 0.9433, 80 of 100 gives 0.7112 … 0.8666.
 *
 * Successes may be fractional (partial credit summed over items); the formula is used as is,
 * which is conservative because a score in [0, 1] with mean p varies no more than a
 * success/failure with rate p does.
 *
 * Unlike the textbook "p ± z·se" interval it never leaves [0, 1] and stays sensible at 0
 * and at all successes, which is where gates are decided for newcomers.
 */
export function wilsonInterval(
  successes: number,
  trials: number,
  confidence = 0.95,
): ProportionInterval {
  assertCounts(successes, trials, confidence);
  if (trials === 0) return { ...NO_EVIDENCE };
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const z2 = z * z;
  const p = successes / trials;
  const denominator = 1 + z2 / trials;
  const centre = (p + z2 / (2 * trials)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials));
  // Rounding can push an end a hair past the estimate or out of [0, 1]; clamp so the
  // documented order lower ≤ estimate ≤ upper holds exactly.
  return {
    lower: successes === 0 ? 0 : Math.min(p, Math.max(0, centre - half)),
    upper: successes === trials ? 1 : Math.max(p, Math.min(1, centre + half)),
    estimate: p,
  };
}

/**
 * Jeffreys interval: the equal-tailed quantiles of Beta(s + ½, f + ½), the posterior under
 * the Jeffreys prior, with the conventional ends 0 when s = 0 and 1 when s = trials. Its
 * coverage is closer to nominal than Wilson's for small counts; 8 of 10 gives 0.4972 … 0.9559.
 * `estimate` is the observed rate, as for Wilson.
 */
export function betaInterval(
  successes: number,
  trials: number,
  confidence = 0.95,
): ProportionInterval {
  assertCounts(successes, trials, confidence);
  if (trials === 0) return { ...NO_EVIDENCE };
  const alpha = 1 - confidence;
  const a = successes + 0.5;
  const b = trials - successes + 0.5;
  const p = successes / trials;
  return {
    lower: successes === 0 ? 0 : Math.min(p, betaQuantile(alpha / 2, a, b)),
    upper: successes === trials ? 1 : Math.max(p, betaQuantile(1 - alpha / 2, a, b)),
    estimate: p,
  };
}

/** The interval of the named method. */
export function proportionInterval(
  successes: number,
  trials: number,
  confidence = 0.95,
  method: IntervalMethod = "wilson",
): ProportionInterval {
  return method === "jeffreys"
    ? betaInterval(successes, trials, confidence)
    : wilsonInterval(successes, trials, confidence);
}
