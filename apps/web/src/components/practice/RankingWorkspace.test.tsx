import { cleanup, fireEvent, render, screen } from "@solidjs/testing-library";
import { createStore } from "solid-js/store";
import { afterEach, describe, expect, it } from "vitest";
import { type RankingWork, rankingWorkspace } from "./RankingWorkspace.tsx";
import { rankingView } from "./test-views.ts";

afterEach(cleanup);

function renderRanking() {
  const [work, setWork] = createStore<RankingWork>(rankingWorkspace.initial(rankingView));
  const Workspace = rankingWorkspace.component;
  render(() => <Workspace view={rankingView} work={work} setWork={setWork} />);
  const card = (id: string) => document.querySelector(`[data-response='${id}']`) as HTMLElement;
  const order = () =>
    Array.from(document.querySelectorAll("[data-response]")).map((el) =>
      el.getAttribute("data-response"),
    );
  return { work, card, order };
}

describe("RankingWorkspace", () => {
  it("refuses the untouched starting order until the worker keeps it on purpose", () => {
    const { work } = renderRanking();
    expect(rankingWorkspace.toAnswer(work, rankingView)).toMatchObject({ ok: false });
    fireEvent.click(screen.getByRole("button", { name: "Keep this order" }));
    expect(rankingWorkspace.toAnswer(work, rankingView)).toEqual({
      ok: true,
      answer: { ranking: { A: 1, B: 2, C: 3, D: 4 } },
    });
  });

  it("moves the focused response with a number key and Alt+arrows, and ties it with T", () => {
    const { work, card, order } = renderRanking();
    fireEvent.keyDown(card("D"), { key: "1", code: "Digit1" });
    expect(order()).toEqual(["D", "A", "B", "C"]);
    fireEvent.keyDown(card("C"), { key: "ArrowUp", altKey: true });
    expect(order()).toEqual(["D", "A", "C", "B"]);
    fireEvent.keyDown(card("A"), { key: "t" });
    expect(card("A").getAttribute("aria-label")).toBe(
      "Response A, rank 1, tied with the response above",
    );
    expect(rankingWorkspace.toAnswer(work, rankingView)).toEqual({
      ok: true,
      answer: { ranking: { D: 1, A: 1, C: 3, B: 4 } },
    });
  });

  it("offers the same moves as buttons for a pointer", () => {
    const { order } = renderRanking();
    fireEvent.click(screen.getByRole("button", { name: "Move response B up" }));
    expect(order()).toEqual(["B", "A", "C", "D"]);
    fireEvent.click(screen.getByRole("button", { name: "Move response B down" }));
    expect(order()).toEqual(["A", "B", "C", "D"]);
  });

  it("sends a written justification and leaves out an empty one", () => {
    const { work } = renderRanking();
    fireEvent.click(screen.getByRole("button", { name: "Keep this order" }));
    fireEvent.input(screen.getByLabelText("Justification (optional)"), {
      target: { value: "A is right." },
    });
    expect(rankingWorkspace.toAnswer(work, rankingView)).toMatchObject({
      ok: true,
      answer: { justification: "A is right." },
    });
  });
});
