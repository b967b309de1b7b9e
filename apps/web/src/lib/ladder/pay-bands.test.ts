import { describe, expect, it } from "vitest";
import { z } from "zod";
import { bandFormSchema } from "./pay-bands.ts";

const errorsOf = (input: z.input<typeof bandFormSchema>) => {
  const result = bandFormSchema.safeParse(input);
  return result.success ? {} : z.flattenError(result.error).fieldErrors;
};

describe("the pay-band edit form", () => {
  const base = {
    category: "rewriting" as const,
    minUsdPerHour: "20",
    maxUsdPerHour: "40",
    premiumNote: "",
  };

  it("turns its text into the band the API takes, without an empty note", () => {
    expect(bandFormSchema.parse({ ...base, premiumNote: "  " })).toEqual({
      category: "rewriting",
      minUsdPerHour: 20,
      maxUsdPerHour: 40,
    });
    expect(
      bandFormSchema.parse({ ...base, premiumNote: " Senior work above $60. " }),
    ).toMatchObject({
      premiumNote: "Senior work above $60.",
    });
  });

  it("puts a top below the bottom on the maximum field, with the shared schema's message", () => {
    expect(errorsOf({ ...base, maxUsdPerHour: "15" })).toEqual({
      maxUsdPerHour: ["The top of a band cannot be below its bottom."],
    });
  });

  it("asks for an amount where a field is left empty", () => {
    expect(errorsOf({ ...base, minUsdPerHour: " " })).toEqual({
      minUsdPerHour: ["Enter an amount in USD."],
    });
  });

  it("refuses a zero or negative minimum on that field", () => {
    expect(Object.keys(errorsOf({ ...base, minUsdPerHour: "0" }))).toEqual(["minUsdPerHour"]);
  });
});
