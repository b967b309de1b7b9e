import { describe, expect, it } from "vitest";
import {
  type TypingConfig,
  typingConfigFrom,
  typingDrillHref,
  typingStartInput,
} from "./routes.ts";

function roundTrip(config: TypingConfig): TypingConfig {
  const url = new URL(typingDrillHref(config), "http://localhost");
  return typingConfigFrom(Object.fromEntries(url.searchParams));
}

describe("typing drill URLs", () => {
  it("carry a timed, a passage and a weak-spots drill through the address bar", () => {
    const timed: TypingConfig = { set: "numbers", mode: "timed", durationSec: 60, precision: true };
    expect(roundTrip(timed)).toEqual(timed);
    const passage: TypingConfig = {
      set: "prose",
      mode: "passage",
      durationSec: 30,
      precision: false,
    };
    expect(roundTrip(passage)).toEqual(passage);
    const weak: TypingConfig = { set: null, mode: "timed", durationSec: 15, precision: false };
    expect(roundTrip(weak)).toEqual(weak);
  });

  it("falls back to defaults for a hand-edited address", () => {
    expect(typingConfigFrom({ set: "prose", duration: "45", mode: "sprint" })).toEqual({
      set: "prose",
      mode: "timed",
      durationSec: 30,
      precision: false,
    });
  });

  it("asks the server for the drill the URL describes", () => {
    expect(
      typingStartInput({ set: "prose", mode: "passage", durationSec: 30, precision: true }),
    ).toEqual({
      kind: "typing",
      set: "prose",
      mode: "passage",
      precision: true,
    });
    expect(
      typingStartInput({ set: null, mode: "timed", durationSec: 120, precision: false }),
    ).toEqual({
      kind: "typing_weak_spots",
      durationSec: 120,
    });
  });
});
