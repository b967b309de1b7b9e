import { describe, expect, it } from "vitest";
import { referenceBandFor } from "../pay/reference-bands.ts";
import { payForMinutes } from "./pay.ts";

describe("payForMinutes", () => {
  it("prices budgeted minutes at the bottom, top and middle of the band", () => {
    // 30 minutes of general evaluation at $18–30 an hour.
    expect(payForMinutes(30, referenceBandFor("general_evaluation"))).toEqual({
      minUsd: 9,
      maxUsd: 15,
      midUsd: 12,
    });
  });

  it("rounds to cents and treats no minutes as no pay", () => {
    expect(payForMinutes(7, { minUsdPerHour: 25, maxUsdPerHour: 50 })).toEqual({
      minUsd: 2.92,
      maxUsd: 5.83,
      midUsd: 4.38,
    });
    expect(payForMinutes(0, referenceBandFor("code_evaluation"))).toEqual({
      minUsd: 0,
      maxUsd: 0,
      midUsd: 0,
    });
  });
});
