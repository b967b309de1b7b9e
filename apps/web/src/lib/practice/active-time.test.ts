import { createRoot } from "solid-js";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ActiveClock, createActiveTimer } from "./active-time.ts";

const IDLE = 60_000;

describe("ActiveClock", () => {
  it("counts from the seconds already spent on the item", () => {
    const clock = new ActiveClock(42, 0, true, IDLE);
    expect(clock.seconds(0)).toBe(42);
    expect(clock.seconds(5_000)).toBe(47);
  });

  it("stops counting while the tab is hidden and resumes when it is shown", () => {
    const clock = new ActiveClock(0, 0, true, IDLE);
    clock.setVisible(false, 10_000);
    expect(clock.seconds(50_000)).toBe(10);
    clock.setVisible(true, 50_000);
    expect(clock.seconds(55_000)).toBe(15);
  });

  it("counts a silent stretch only up to the idle limit", () => {
    const clock = new ActiveClock(0, 0, true, IDLE);
    expect(clock.seconds(10 * 60_000)).toBe(60);
    clock.activity(10 * 60_000);
    expect(clock.seconds(10 * 60_000 + 5_000)).toBe(65);
  });

  it("keeps counting while activity keeps arriving", () => {
    const clock = new ActiveClock(0, 0, true, IDLE);
    for (let t = 30_000; t <= 300_000; t += 30_000) clock.activity(t);
    expect(clock.seconds(300_000)).toBe(300);
  });

  it("does not count a hidden tab even when events arrive", () => {
    const clock = new ActiveClock(0, 0, false, IDLE);
    clock.activity(20_000);
    expect(clock.seconds(30_000)).toBe(0);
  });
});

describe("createActiveTimer", () => {
  afterEach(() => {
    vi.useRealTimers();
    Object.defineProperty(document, "visibilityState", { value: "visible", configurable: true });
  });

  function setHidden(hidden: boolean) {
    Object.defineProperty(document, "visibilityState", {
      value: hidden ? "hidden" : "visible",
      configurable: true,
    });
    document.dispatchEvent(new Event("visibilitychange"));
  }

  it("pauses while the document is hidden", () => {
    vi.useFakeTimers({ now: 0 });
    createRoot((dispose) => {
      const timer = createActiveTimer(0, IDLE);
      vi.advanceTimersByTime(5_000);
      expect(timer.seconds()).toBe(5);
      setHidden(true);
      vi.advanceTimersByTime(30_000);
      expect(timer.now()).toBe(5);
      setHidden(false);
      vi.advanceTimersByTime(3_000);
      expect(timer.seconds()).toBe(8);
      dispose();
    });
  });

  it("stops at the idle limit and restarts on a key press", () => {
    vi.useFakeTimers({ now: 0 });
    createRoot((dispose) => {
      const timer = createActiveTimer(10, IDLE);
      vi.advanceTimersByTime(5 * 60_000);
      expect(timer.now()).toBe(70);
      document.dispatchEvent(new KeyboardEvent("keydown", { key: "a" }));
      vi.advanceTimersByTime(2_000);
      expect(timer.now()).toBe(72);
      dispose();
    });
  });
});
