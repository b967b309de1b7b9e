import { describe, expect, it } from "vitest";
import { projectWorkerRate, rateExplanation, rateFormulaDescription } from "./explanation.ts";
import { explainRate } from "./projection.ts";
import { referenceBandFor } from "./reference-bands.ts";

describe("rateExplanation", () => {
  it("puts each factor in dollars per hour, adding up to the rate", () => {
    const band = referenceBandFor("general_evaluation");
    const evidence = { qualityLower: 0.85, experienceYears: 4, hoursLogged: 20 };
    const projection = explainRate(band, evidence);
    expect(projection.rateUsdPerHour).toBe(22.98);
    expect(rateExplanation(projection, evidence)).toBe(
      "$22.98/h in the $18.00–$30.00 band: quality (lower bound 0.85) adds $3.60, 4 years of experience add $1.20, 20 hours logged add $0.18.",
    );
  });

  it("says when there is no quality evidence yet", () => {
    const band = referenceBandFor("rewriting");
    const evidence = { qualityLower: null, experienceYears: 1, hoursLogged: 1 };
    expect(rateExplanation(explainRate(band, evidence), evidence)).toMatch(
      /^\$20\.\d\d\/h in the \$20\.00–\$40\.00 band: no quality evidence yet adds nothing, 1 year of experience adds \$0\.50, 1 hour logged adds \$0\.02\.$/,
    );
  });
});

describe("rateFormulaDescription", () => {
  it("publishes the weights and caps", () => {
    const text = rateFormulaDescription();
    expect(text).toContain("Quality counts for 60%");
    expect(text).toContain("at 10 years");
    expect(text).toContain("at 200 hours");
  });
});

describe("projectWorkerRate", () => {
  it("reads quality from the lower bound of the latest gold results", () => {
    const band = referenceBandFor("general_evaluation");
    const at = new Date("2026-03-02T09:00:00Z");
    const gold = Array.from({ length: 200 }, (_, i) => ({
      score: i >= 100,
      at: new Date(at.getTime() + i),
    }));
    const rate = projectWorkerRate(band, { gold, experienceYears: 0, hoursLogged: 0 });
    expect(rate.evidence.qualityLower).toBeGreaterThan(0.95);
    expect(rate.projection.rateUsdPerHour).toBeGreaterThan(24);
  });

  it("projects the band's minimum without any evidence", () => {
    const band = referenceBandFor("code_evaluation");
    const rate = projectWorkerRate(band, { gold: [], experienceYears: 0, hoursLogged: 0 });
    expect(rate.projection.rateUsdPerHour).toBe(25);
    expect(rate.explanation).toContain("no quality evidence yet");
  });
});
