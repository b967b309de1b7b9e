import type { PayBand } from "../pay/reference-bands.ts";

export interface PayEstimate {
  minUsd: number;
  maxUsd: number;
  midUsd: number;
}

function cents(usd: number): number {
  return Math.round(usd * 100) / 100;
}

/**
 * What work would have paid at a category's band. Paid work is billed on the time a task is
 * budgeted for, not the time a worker took, so the estimate uses the items' expected minutes.
 */
export function payForMinutes(
  expectedMinutes: number,
  band: Pick<PayBand, "minUsdPerHour" | "maxUsdPerHour">,
): PayEstimate {
  const hours = Math.max(0, expectedMinutes) / 60;
  return {
    minUsd: cents(hours * band.minUsdPerHour),
    maxUsd: cents(hours * band.maxUsdPerHour),
    midUsd: cents((hours * (band.minUsdPerHour + band.maxUsdPerHour)) / 2),
  };
}
