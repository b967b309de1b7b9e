import { describe, expect, it } from "vitest";
import { explainRate } from "./projection.ts";
import { rateExplanation, rateFormulaDescription } from "./explanation.ts";
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
