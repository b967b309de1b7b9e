import { cleanup, fireEvent, render, screen } from "@solidjs/testing-library";
import { createStore, unwrap } from "solid-js/store";
import { afterEach, describe, expect, it } from "vitest";
import { type DomainReviewWork, domainReviewWorkspace } from "./DomainReviewWorkspace.tsx";
import { domainReviewView } from "./test-views.ts";

afterEach(cleanup);

function renderDomainReview() {
  const [work, setWork] = createStore<DomainReviewWork>(
    domainReviewWorkspace.initial(domainReviewView),
  );
  const Workspace = domainReviewWorkspace.component;
  render(() => <Workspace view={domainReviewView} work={work} setWork={setWork} />);
  const text = screen.getByRole("textbox", { name: /select the words that are wrong/ });
  return { work, text };
}

/** Selects `needle` in the response as a mouse drag would. */
function select(root: HTMLElement, needle: string) {
  const node = root.firstChild as Text;
  const at = node.data.indexOf(needle);
  window.getSelection()?.setBaseAndExtent(node, at, node, at + needle.length);
}

describe("DomainReviewWorkspace", () => {
  it("marks a selection as a span in code points, where an emoji counts once", () => {
    const { work, text } = renderDomainReview();
    select(text, "6 g");
    fireEvent.keyDown(text, { key: "m" });
    // "💊 Take up to " is 13 code points but 14 UTF-16 units.
    expect(unwrap(work.spans).map(({ start, end }) => ({ start, end }))).toEqual([
      { start: 13, end: 16 },
    ]);
    expect(screen.getByText("6 g", { selector: "q" })).toBeInTheDocument();
  });

  it("removes a mark from the list of marks", () => {
    const { work, text } = renderDomainReview();
    select(text, "Take");
    fireEvent.keyDown(text, { key: "m" });
    expect(work.spans).toHaveLength(1);
    fireEvent.click(screen.getByRole("button", { name: "Remove the mark on Take" }));
    expect(work.spans).toEqual([]);
  });

  it("needs a verdict and an explanation, but no marks, to submit", () => {
    const { work } = renderDomainReview();
    expect(domainReviewWorkspace.toAnswer(work, domainReviewView)).toEqual({
      ok: false,
      missing: ["Choose a verdict.", "Write an explanation."],
    });
    fireEvent.keyDown(document.body, { key: "1", code: "Digit1" });
    fireEvent.input(screen.getByLabelText("Explanation"), { target: { value: "All correct." } });
    expect(domainReviewWorkspace.toAnswer(work, domainReviewView)).toEqual({
      ok: true,
      answer: { verdict: "correct", spans: [], explanation: "All correct." },
    });
  });
});
