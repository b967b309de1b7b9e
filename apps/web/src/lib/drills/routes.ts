import type { StartInput, TypingDuration, TypingMode } from "./api.ts";

/** A typing drill as the hub sets it up and the drill page reads it back from the URL. */
export interface TypingConfig {
  /** The content set, or null for a drill built from the typist's weak spots. */
  set: string | null;
  mode: TypingMode;
  durationSec: TypingDuration;
  precision: boolean;
}

export const TYPING_DURATIONS: readonly TypingDuration[] = [15, 30, 60, 120];
export const DEFAULT_TYPING: TypingConfig = {
  set: "prose",
  mode: "timed",
  durationSec: 30,
  precision: false,
};

export function typingDrillHref(config: TypingConfig): string {
  const params = new URLSearchParams();
  if (config.set === null) params.set("weak", "1");
  else params.set("set", config.set);
  params.set("mode", config.set === null ? "timed" : config.mode);
  if (config.mode === "timed" || config.set === null)
    params.set("duration", String(config.durationSec));
  if (config.precision && config.set !== null) params.set("precision", "1");
  return `/app/drills/typing?${params}`;
}

type Params = Partial<Record<string, string | string[] | undefined>>;

function one(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Reads a typing drill back from its URL; anything missing or unknown falls back to the default. */
export function typingConfigFrom(params: Params): TypingConfig {
  const weak = one(params.weak) === "1";
  const duration = Number(one(params.duration));
  const durationSec = TYPING_DURATIONS.find((d) => d === duration) ?? DEFAULT_TYPING.durationSec;
  const mode: TypingMode = weak || one(params.mode) !== "passage" ? "timed" : "passage";
  return {
    set: weak ? null : (one(params.set) ?? DEFAULT_TYPING.set),
    mode,
    durationSec,
    precision: !weak && one(params.precision) === "1",
  };
}

export function typingStartInput(config: TypingConfig): StartInput {
  if (config.set === null) return { kind: "typing_weak_spots", durationSec: config.durationSec };
  return config.mode === "timed"
    ? {
        kind: "typing",
        set: config.set,
        mode: "timed",
        durationSec: config.durationSec,
        precision: config.precision,
      }
    : { kind: "typing", set: config.set, mode: "passage", precision: config.precision };
}

export const resultHref = (drillId: string) => `/app/drills/results/${drillId}`;
