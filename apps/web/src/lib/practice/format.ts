/** Numbers as the practice screens print them. */

export function formatDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.round(totalSeconds));
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = seconds % 60;
  if (hours > 0)
    return `${hours}:${String(minutes).padStart(2, "0")}:${String(rest).padStart(2, "0")}`;
  return `${minutes}:${String(rest).padStart(2, "0")}`;
}

export function formatMinutes(minutes: number): string {
  const rounded = Math.round(minutes * 10) / 10;
  return `${rounded} min`;
}

export function formatPercent(fraction: number | null | undefined): string {
  if (fraction === null || fraction === undefined) return "—";
  return `${Math.round(fraction * 100)}%`;
}

export function formatUsd(amount: number): string {
  return amount.toLocaleString("en-US", {
    style: "currency",
    currency: "USD",
    minimumFractionDigits: amount < 100 ? 2 : 0,
    maximumFractionDigits: amount < 100 ? 2 : 0,
  });
}

export function formatBand(band: { minUsdPerHour: number; maxUsdPerHour: number }): string {
  return `$${band.minUsdPerHour}–${band.maxUsdPerHour}/h`;
}

/** How a time compares with what an experienced worker needs, in words. */
export function paceLabel(activeSeconds: number, expectedMinutes: number): string {
  const ratio = activeSeconds / (expectedMinutes * 60);
  if (ratio < 0.35) return "much faster than expected: check you read everything";
  if (ratio < 0.85) return "faster than expected";
  if (ratio <= 1.25) return "on pace";
  return "slower than expected";
}

export function scoreTone(
  score: number | null | undefined,
): "success" | "warning" | "danger" | "neutral" {
  if (score === null || score === undefined) return "neutral";
  if (score >= 0.8) return "success";
  if (score >= 0.5) return "warning";
  return "danger";
}

export function formatDate(iso: string): string {
  return new Date(iso).toLocaleDateString(undefined, {
    day: "numeric",
    month: "short",
    year: "numeric",
  });
}
