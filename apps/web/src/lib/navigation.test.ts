import { describe, expect, it } from "vitest";
import { safeNext } from "./navigation.ts";

describe("safeNext", () => {
  it("follows a same-site path with its query", () => {
    expect(safeNext("/app/settings?tab=password")).toBe("/app/settings?tab=password");
  });
  it("refuses other origins, protocol-relative and backslash tricks", () => {
    expect(safeNext("https://evil.example/")).toBe("/app");
    expect(safeNext("//evil.example/")).toBe("/app");
    expect(safeNext("/\\evil.example")).toBe("/app");
  });
  it("falls back to the app home when absent", () => {
    expect(safeNext(undefined)).toBe("/app");
  });
});
