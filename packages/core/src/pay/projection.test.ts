import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_RATE_PROJECTION_PARAMS,
  explainRate,
  formatUsd,
  ledgerLine,
  ledgerTotal,
  projectEarnings,
  projectRate,
  type RateEvidence,
  rateProjectionParamsSchema,
} from "./projection.ts";
import { REFERENCE_PAY_BANDS, referenceBandFor } from "./reference-bands.ts";

const none: RateEvidence = { qualityLower: null, experienceYears: 0, hoursLogged: 0 };
const evidence = fc.record({
  qualityLower: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
  experienceYears: fc.double({ min: 0, max: 40, noNaN: true }),
  hoursLogged: fc.double({ min: 0, max: 2000, noNaN: true }),
});
const band = fc.constantFrom(...REFERENCE_PAY_BANDS);

describe("projectRate", () => {
  it("projects the band's minimum without evidence", () => {
    for (const b of REFERENCE_PAY_BANDS) expect(projectRate(b, none)).toBe(b.minUsdPerHour);
  });

  it("reaches the band's maximum with a perfect bound, ten years and 200 hours", () => {
    const full = { qualityLower: 1, experienceYears: 10, hoursLogged: 200 };
    for (const b of REFERENCE_PAY_BANDS) expect(projectRate(b, full)).toBe(b.maxUsdPerHour);
  });

  it("places a worker by the documented formula: general evaluation, 0.85 bound, 5 years, 100 h", () => {
    // quality (0.85 − 0.70) / 0.30 = 0.5 → 0.30; experience 5/10 → 0.125; hours 100/200 → 0.075
    const projection = explainRate(referenceBandFor("general_evaluation"), {
      qualityLower: 0.85,
      experienceYears: 5,
      hoursLogged: 100,
    });
    expect(projection.position).toBeCloseTo(0.5, 12);
    expect(projection.parts.quality).toBeCloseTo(0.3, 12);
    expect(projection.parts.experience).toBeCloseTo(0.125, 12);
    expect(projection.parts.hours).toBeCloseTo(0.075, 12);
    expect(projection.rateUsdPerHour).toBe(24);
  });

  it("rounds to the cent: code evaluation, 0.90 bound, 3 years, 40 h is $62.88", () => {
    // 0.6 × 2/3 + 0.25 × 0.3 + 0.15 × 0.2 = 0.505 → 25 + 0.505 × 75 = 62.875
    const rate = projectRate(referenceBandFor("code_evaluation"), {
      qualityLower: 0.9,
      experienceYears: 3,
      hoursLogged: 40,
    });
    expect(rate).toBe(62.88);
  });

  it("gives no credit for a bound at or under the quality floor", () => {
    const b = referenceBandFor("rewriting");
    expect(projectRate(b, { ...none, qualityLower: 0.7 })).toBe(b.minUsdPerHour);
    expect(projectRate(b, { ...none, qualityLower: 0.3 })).toBe(b.minUsdPerHour);
  });

  it("stays inside the band, in whole cents", () => {
    fc.assert(
      fc.property(band, evidence, (b, e) => {
        const rate = projectRate(b, e);
        expect(rate).toBeGreaterThanOrEqual(b.minUsdPerHour);
        expect(rate).toBeLessThanOrEqual(b.maxUsdPerHour);
        expect(Math.abs(rate * 100 - Math.round(rate * 100))).toBeLessThan(1e-6);
      }),
    );
  });

  it("never falls as quality, experience or hours grow", () => {
    fc.assert(
      fc.property(
        band,
        evidence,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 20, noNaN: true }),
        fc.double({ min: 0, max: 500, noNaN: true }),
        (b, e, dq, dy, dh) => {
          const base = projectRate(b, e);
          const q = e.qualityLower === null ? dq : Math.min(1, e.qualityLower + dq);
          expect(projectRate(b, { ...e, qualityLower: q })).toBeGreaterThanOrEqual(base);
          expect(
            projectRate(b, { ...e, experienceYears: e.experienceYears + dy }),
          ).toBeGreaterThanOrEqual(base);
          expect(projectRate(b, { ...e, hoursLogged: e.hoursLogged + dh })).toBeGreaterThanOrEqual(
            base,
          );
        },
      ),
    );
  });

  it("refuses impossible evidence", () => {
    const b = referenceBandFor("rewriting");
    expect(() => projectRate(b, { ...none, qualityLower: 1.2 })).toThrow(RangeError);
    expect(() => projectRate(b, { ...none, experienceYears: -1 })).toThrow(RangeError);
    expect(() => projectRate(b, { ...none, hoursLogged: Number.NaN })).toThrow(RangeError);
  });
});

describe("rateProjectionParamsSchema", () => {
  it("accepts the defaults and refuses weights that do not add up to 1", () => {
    expect(rateProjectionParamsSchema.safeParse(DEFAULT_RATE_PROJECTION_PARAMS).success).toBe(true);
    const result = rateProjectionParamsSchema.safeParse({
      ...DEFAULT_RATE_PROJECTION_PARAMS,
      weights: { quality: 0.5, experience: 0.25, hours: 0.15 },
    });
    expect(result.error?.issues[0]?.path).toEqual(["weights"]);
  });
});

describe("projectEarnings", () => {
  it("pays minutes at the hourly rate, to the cent", () => {
    expect(projectEarnings(30, 24)).toBe(12);
    expect(projectEarnings(2.5, 18)).toBe(0.75);
    expect(projectEarnings(7, 24.35)).toBe(2.84);
    expect(projectEarnings(0, 50)).toBe(0);
  });
  it("refuses negative time or rate", () => {
    expect(() => projectEarnings(-1, 20)).toThrow(RangeError);
    expect(() => projectEarnings(10, -20)).toThrow(RangeError);
  });
});

describe("ledger lines", () => {
  it("describe what was done, how long, at what rate and for how much", () => {
    const line = ledgerLine({
      description: "Pairwise comparison × 12",
      minutes: 30,
      rateUsdPerHour: 24,
    });
    expect(line).toMatchObject({ amountCents: 1200, amountUsd: 12 });
    expect(line.text).toBe("Pairwise comparison × 12: 30 min at $24.00/h = $12.00");
  });
  it("total in cents, free of floating-point drift", () => {
    const lines = Array.from({ length: 10 }, () =>
      ledgerLine({ description: "Rating", minutes: 0.25, rateUsdPerHour: 24 }),
    );
    expect(ledgerTotal(lines)).toBe(1);
    expect(formatUsd(1234.5)).toBe("$1,234.50");
  });
});
