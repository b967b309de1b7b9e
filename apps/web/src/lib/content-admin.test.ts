import { describe, expect, it } from "vitest";
import { nextItemId, withItemId } from "./content-admin.ts";

describe("nextItemId", () => {
  it("takes the number after the highest one of the type", () => {
    expect(nextItemId("pairwise", ["pw-001", "pw-042", "pw-007"])).toBe("pw-043");
  });

  it("ignores ids of other types and starts at 001", () => {
    expect(nextItemId("ranking", ["pw-010"])).toBe("rk-001");
  });
});

describe("withItemId", () => {
  it("replaces the top-level id only", () => {
    const yaml = "id: pw-001\ntitle: x\nprompt:\n  responses:\n    - id: A\n";
    expect(withItemId(yaml, "pw-043")).toBe(
      "id: pw-043\ntitle: x\nprompt:\n  responses:\n    - id: A\n",
    );
  });

  it("adds an id to YAML that has none", () => {
    expect(withItemId("title: x\n", "pw-002")).toBe("id: pw-002\ntitle: x\n");
  });
});
