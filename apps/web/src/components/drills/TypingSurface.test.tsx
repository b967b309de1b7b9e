import { keyEventLogSchema } from "@rubric/core";
import { cleanup, fireEvent, render, screen } from "@solidjs/testing-library";
import { afterEach, describe, expect, it, vi } from "vitest";
import { type TypingOutcome, TypingSurface } from "./TypingSurface.tsx";

function setup(text: string, precision = false) {
  const onFinish = vi.fn<(outcome: TypingOutcome) => void>();
  const onRestart = vi.fn();
  const { container } = render(() => (
    <TypingSurface text={text} precision={precision} onFinish={onFinish} onRestart={onRestart} />
  ));
  const input = screen.getByLabelText("Type the passage");
  const press = (key: string, init: KeyboardEventInit = {}) =>
    fireEvent.keyDown(input, { key, ...init });
  const states = () =>
    [...container.querySelectorAll(".typing__text .typing__char")]
      .slice(0, Array.from(text).length)
      .map(
        (span) =>
          span.className.replace("typing__char", "").replace("--space", "").trim() || "pending",
      );
  return { onFinish, onRestart, press, states };
}

describe("TypingSurface", () => {
  afterEach(cleanup);

  it("shows each character right, wrong or corrected as keys arrive", () => {
    const { press, states } = setup("cat");
    press("c");
    press("x");
    expect(states()).toEqual(["typing__char--correct", "typing__char--incorrect", "pending"]);
    press("Backspace");
    press("a");
    expect(states()).toEqual(["typing__char--correct", "typing__char--corrected", "pending"]);
  });

  it("hands over a key log the server's schema accepts and the text it typed", () => {
    const { press, onFinish } = setup("ab c");
    for (const key of ["a", "x", "Shift"]) press(key);
    press("Backspace");
    for (const key of ["b", " ", "c"]) press(key);
    expect(onFinish).toHaveBeenCalledTimes(1);
    const outcome = onFinish.mock.calls[0]![0];
    expect(outcome.finalText).toBe("ab c");
    expect(outcome.events.map((e) => e.key)).toEqual(["a", "x", "Backspace", "b", " ", "c"]);
    expect(outcome.events[0]!.t).toBe(0);
    expect(() => keyEventLogSchema.parse(outcome.events)).not.toThrow();
  });

  it("logs a word-deleting Backspace with its modifier", () => {
    const { press, onFinish } = setup("one two");
    for (const key of Array.from("one tw")) press(key);
    press("Backspace", { ctrlKey: true });
    for (const key of Array.from("two")) press(key);
    expect(onFinish.mock.calls[0]![0].events).toContainEqual(
      expect.objectContaining({ key: "Backspace", ctrl: true }),
    );
    expect(onFinish.mock.calls[0]![0].finalText).toBe("one two");
  });

  it("restarts on Escape and on Tab then Enter, without logging them", () => {
    const { press, onRestart } = setup("abc");
    press("a");
    press("Escape");
    press("Tab");
    press("Enter");
    expect(onRestart).toHaveBeenCalledTimes(2);
  });

  it("holds the caret on a wrong key in precision mode", () => {
    const { press, states, onFinish } = setup("ab", true);
    press("a");
    press("x");
    expect(states()).toEqual(["typing__char--correct", "typing__char--incorrect"]);
    press("b");
    expect(onFinish.mock.calls[0]![0].finalText).toBe("ab");
    expect(onFinish.mock.calls[0]![0].events.map((e) => e.key)).toEqual(["a", "x", "b"]);
  });
});
