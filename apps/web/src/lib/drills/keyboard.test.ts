import { describe, expect, it } from "vitest";
import { keyFor, statsByKey, US_KEYBOARD } from "./keyboard.ts";

describe("US keyboard", () => {
  it("puts shifted characters on the key that types them", () => {
    expect(keyFor("E")).toBe("e");
    expect(keyFor("!")).toBe("1");
    expect(keyFor('"')).toBe("'");
    expect(keyFor(" ")).toBe(" ");
    expect(keyFor("é")).toBeNull();
  });

  it("gathers per-character counts onto keys and drops characters without a key", () => {
    const byKey = statsByKey([
      { key: "a", hits: 10, misses: 1 },
      { key: "A", hits: 2, misses: 1 },
      { key: "é", hits: 3, misses: 3 },
    ]);
    expect(byKey.get("a")).toEqual({ hits: 12, misses: 2 });
    expect(byKey.has("é")).toBe(false);
  });

  it("has the 47 character keys and the space bar", () => {
    expect(US_KEYBOARD.flatMap((row) => row.keys).length).toBe(48);
  });
});
