import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { reachedTarget } from "./reached-target.ts";

const TARGET = "The last ferry left the harbor at eleven, half empty and humming.";

describe("reachedTarget", () => {
  it("is the typed length of the target when nothing went wrong", () => {
    expect(reachedTarget(TARGET, "The last ferr")).toBe("The last ferr");
  });

  it("ends where the typist ended, whatever was dropped or added on the way", () => {
    expect(reachedTarget(TARGET, "Th last ferry")).toBe("The last ferry");
    expect(reachedTarget(TARGET, "The llast ferry")).toBe("The last ferry");
  });

  it("is empty before the first character", () => {
    expect(reachedTarget(TARGET, "")).toBe("");
  });

  it("returns any exact prefix unchanged", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 200 }), fc.nat(), (target, cut) => {
        const chars = Array.from(target.normalize("NFC"));
        const typed = chars.slice(0, cut % (chars.length + 1)).join("");
        expect(reachedTarget(target, typed)).toBe(typed);
      }),
    );
  });
});
