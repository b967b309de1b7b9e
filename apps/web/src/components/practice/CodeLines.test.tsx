import { cleanup, fireEvent, render, screen } from "@solidjs/testing-library";
import { createSignal } from "solid-js";
import { afterEach, describe, expect, it } from "vitest";
import { CodeLines } from "./CodeLines.tsx";

afterEach(cleanup);

function renderLines() {
  const [marked, setMarked] = createSignal<number[]>([]);
  const toggle = (line: number) =>
    setMarked((lines) =>
      lines.includes(line) ? lines.filter((l) => l !== line) : [...lines, line],
    );
  render(() => (
    <CodeLines
      label="Code"
      lines={["a = 1", "", "b = a / 0"]}
      marked={marked()}
      onToggle={toggle}
    />
  ));
  return {
    marked,
    line: (n: number) => screen.getByRole("checkbox", { name: new RegExp(`^Line ${n}:`) }),
  };
}

describe("CodeLines", () => {
  it("moves between lines with the arrows and marks with a click or X", () => {
    const { marked, line } = renderLines();
    line(1).focus();
    fireEvent.keyDown(line(1), { key: "ArrowDown" });
    expect(document.activeElement).toBe(line(2));
    fireEvent.keyDown(line(2), { key: "End" });
    expect(document.activeElement).toBe(line(3));
    fireEvent.click(line(3));
    expect(marked()).toEqual([3]);
    expect(line(3)).toBeChecked();
    fireEvent.keyDown(line(3), { key: "x" });
    expect(marked()).toEqual([]);
  });

  it("names a blank line as blank and keeps one line in the Tab order", () => {
    const { line } = renderLines();
    expect(line(2)).toHaveAccessibleName("Line 2: blank");
    fireEvent.click(line(2));
    expect(line(2)).toHaveAttribute("tabindex", "0");
    expect(line(1)).toHaveAttribute("tabindex", "-1");
  });
});
