import { describe, expect, it } from "vitest";
import { visibleEdits } from "./WrittenCompare.tsx";

describe("visibleEdits", () => {
  it("shows whitespace-only changes as plain text and keeps word edits", () => {
    expect(
      visibleEdits([
        { op: "equal", text: "Use" },
        { op: "delete", text: "\n" },
        { op: "insert", text: " " },
        { op: "delete", text: "2" },
        { op: "insert", text: "½" },
        { op: "equal", text: " teaspoons" },
      ]),
    ).toEqual([
      { op: "equal", text: "Use" },
      { op: "equal", text: " " },
      { op: "delete", text: "2" },
      { op: "insert", text: "½" },
      { op: "equal", text: " teaspoons" },
    ]);
  });
});
