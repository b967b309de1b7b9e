import { describe, expect, it } from "vitest";
import { findPersonalData } from "./personal-data.ts";

const kinds = (text: string) => findPersonalData(text).map((finding) => finding.kind);

describe("findPersonalData", () => {
  it("finds email addresses", () => {
    expect(kinds("Write to jane.doe@example.com today")).toContain("email");
  });

  it("finds phone numbers in international, North American and national formats", () => {
    expect(kinds("Call +44 20 7946 0958")).toContain("phone");
    expect(kinds("Call (555) 123-4567")).toContain("phone");
    expect(kinds("Call 555-123-4567")).toContain("phone");
    expect(kinds("Ring 020 7946 0958")).toContain("phone");
  });

  it("finds street addresses", () => {
    expect(kinds("She lives at 221B Baker Street in London")).toContain("street_address");
    expect(kinds("Send it to 42 Maple Ave.")).toContain("street_address");
  });

  it("finds national-id-like numbers", () => {
    expect(kinds("SSN 123-45-6789")).toContain("national_id");
    expect(kinds("NI number QQ 12 34 56 C")).toContain("national_id");
  });

  it("finds card numbers only when they pass the Luhn checksum", () => {
    expect(kinds("Card 4111 1111 1111 1111")).toContain("payment_card");
    expect(kinds("Card 4111 1111 1111 1112")).not.toContain("payment_card");
  });

  it("leaves ordinary numbers, dates, quantities and code alone", () => {
    const text =
      "On 2024-03-15, convert 1,250,000 grams at 3.14159 per unit; 2^40 = 1099511627776; version 10.2.3; call f(x) at 12:30.";
    expect(findPersonalData(text)).toEqual([]);
  });
});
