import { cleanup, fireEvent, render, screen } from "@solidjs/testing-library";
import { createStore } from "solid-js/store";
import { afterEach, describe, expect, it } from "vitest";
import { type FactCheckWork, factCheckWorkspace } from "./FactCheckWorkspace.tsx";
import { factCheckView } from "./test-views.ts";

afterEach(cleanup);

function renderFactCheck() {
  const [work, setWork] = createStore<FactCheckWork>(factCheckWorkspace.initial(factCheckView));
  const Workspace = factCheckWorkspace.component;
  render(() => <Workspace view={factCheckView} work={work} setWork={setWork} />);
  const claim = (id: string) => document.querySelector(`[data-claim='${id}']`) as HTMLElement;
  return { work, claim };
}

describe("FactCheckWorkspace", () => {
  it("judges the first open claim with a number key pressed anywhere, and focuses it", async () => {
    const { work, claim } = renderFactCheck();
    fireEvent.keyDown(document.body, { key: "3", code: "Digit3" });
    expect(work.claims.c1?.verdict).toBe("contradicted");
    await Promise.resolve();
    expect(claim("c1").contains(document.activeElement)).toBe(true);
    fireEvent.keyDown(document.body, { key: "1", code: "Digit1" });
    expect(work.claims.c2?.verdict).toBe("supported");
  });

  it("cites and uncites a source for the claim the keys are pressed in", () => {
    const { work, claim } = renderFactCheck();
    fireEvent.keyDown(claim("c2"), { key: "@", code: "Digit2", shiftKey: true });
    expect(work.claims.c2?.sources).toEqual(["s2"]);
    fireEvent.keyDown(claim("c2"), { key: "!", code: "Digit1", shiftKey: true });
    expect(work.claims.c2?.sources).toEqual(["s1", "s2"]);
    fireEvent.keyDown(claim("c2"), { key: "@", code: "Digit2", shiftKey: true });
    expect(work.claims.c2?.sources).toEqual(["s1"]);
    expect(work.claims.c1?.sources).toEqual([]);
  });

  it("asks for every verdict, then sends every claim with its sources", () => {
    const { work } = renderFactCheck();
    expect(factCheckWorkspace.toAnswer(work, factCheckView)).toEqual({
      ok: false,
      missing: ["Give a verdict for c1, c2."],
    });
    const [c1] = screen.getAllByRole("radio", { name: "Contradicted" });
    fireEvent.click(c1 as HTMLElement);
    fireEvent.click(screen.getAllByRole("button", { name: "s1" })[0] as HTMLElement);
    fireEvent.click(screen.getAllByRole("radio", { name: "Supported" })[1] as HTMLElement);
    expect(factCheckWorkspace.toAnswer(work, factCheckView)).toEqual({
      ok: true,
      answer: {
        claims: {
          c1: { verdict: "contradicted", sources: ["s1"] },
          c2: { verdict: "supported", sources: [] },
        },
      },
    });
  });
});
