import { cleanup, fireEvent, render, screen } from "@solidjs/testing-library";
import { createSignal } from "solid-js";
import { afterEach, describe, expect, it } from "vitest";
import { ChoiceGroup } from "./ChoiceGroup.tsx";
import { LIKERT_CHOICES } from "./likert.ts";

afterEach(cleanup);

function twoScales() {
  const [first, setFirst] = createSignal<number | null>(null);
  const [second, setSecond] = createSignal<number | null>(null);
  render(() => (
    <div data-workspace>
      <ChoiceGroup
        label="Accuracy"
        choices={LIKERT_CHOICES}
        value={first()}
        onChange={setFirst}
        advance
      />
      <ChoiceGroup
        label="Clarity"
        choices={LIKERT_CHOICES}
        value={second()}
        onChange={setSecond}
        advance
      />
    </div>
  ));
  return { first, second };
}

describe("ChoiceGroup", () => {
  it("chooses by number key and moves focus on to the next scale", () => {
    const { first, second } = twoScales();
    const accuracy = screen.getByRole("group", { name: "Accuracy" });
    fireEvent.keyDown(accuracy, { key: "4", code: "Digit4" });
    expect(first()).toBe(4);
    const clarity = screen.getByRole("group", { name: "Clarity" });
    expect(clarity.contains(document.activeElement)).toBe(true);
    fireEvent.keyDown(clarity, { key: "2", code: "Numpad2" });
    expect(second()).toBe(2);
  });

  it("moves the choice with the arrow keys, as a radio group does, and marks it checked", () => {
    const { first } = twoScales();
    const accuracy = screen.getByRole("group", { name: "Accuracy" });
    fireEvent.keyDown(accuracy, { key: "ArrowRight" });
    expect(first()).toBe(2);
    fireEvent.keyDown(accuracy, { key: "ArrowLeft" });
    fireEvent.keyDown(accuracy, { key: "ArrowLeft" });
    expect(first()).toBe(5);
    expect(screen.getAllByRole("radio", { checked: true })).toHaveLength(1);
    expect(screen.getAllByRole("radio", { name: "5" })[0]).toBeChecked();
  });

  it("leaves Shift + number and numbers without a choice to the surrounding keys", () => {
    const { first } = twoScales();
    const accuracy = screen.getByRole("group", { name: "Accuracy" });
    fireEvent.keyDown(accuracy, { key: "!", code: "Digit1", shiftKey: true });
    fireEvent.keyDown(accuracy, { key: "9", code: "Digit9" });
    expect(first()).toBeNull();
  });

  it("uses a choice's own key when it has one (a 0–4 severity scale)", () => {
    const [value, setValue] = createSignal<number | null>(null);
    render(() => (
      <ChoiceGroup
        label="Severity"
        layout="compact"
        choices={[0, 1, 2].map((n) => ({ value: n, label: `Level ${n}`, key: n }))}
        value={value()}
        onChange={setValue}
      />
    ));
    fireEvent.keyDown(screen.getByRole("group", { name: "Severity" }), {
      key: "0",
      code: "Digit0",
    });
    expect(value()).toBe(0);
  });
});
