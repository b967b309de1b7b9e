import type { TaskPublicView } from "@rubric/core";
import { describe, expect, it } from "vitest";
import { workspaceFor } from "./registry.ts";
import { type ViewOf, workFromAnswer } from "./workspace.ts";

const rankingView = {
  taskType: "ranking",
  prompt: {
    userPrompt: "Which answer explains it best?",
    responses: [
      { id: "r1", text: "One" },
      { id: "r2", text: "Two" },
      { id: "r3", text: "Three" },
    ],
  },
} as unknown as ViewOf<"ranking">;

const rewriteView = {
  taskType: "rewrite",
  prompt: { instructions: "Shorten it.", userPrompt: "Explain tides.", response: "Long text." },
} as unknown as TaskPublicView;

describe("rebuilding a workspace from a stored answer", () => {
  it("lays an answer's fields over the initial work", () => {
    const definition = workspaceFor("rewrite");
    expect(workFromAnswer(definition, rewriteView as never, { text: "Short text." })).toEqual({
      text: "Short text.",
    });
  });

  it("uses a workspace's own reading where the answer is shaped differently", () => {
    const definition = workspaceFor("ranking");
    const work = workFromAnswer(definition, rankingView, {
      ranking: { r1: 2, r2: 1, r3: 2 },
      justification: "Two is exact.",
    });
    expect(work).toEqual({
      groups: [["r2"], ["r1", "r3"]],
      touched: true,
      justification: "Two is exact.",
    });
  });

  it("gives up on an answer that does not fit, so the item starts over", () => {
    const definition = workspaceFor("rewrite");
    expect(workFromAnswer(definition, rewriteView as never, { text: 42 })).toBeNull();
    expect(workFromAnswer(definition, rewriteView as never, null)).toBeNull();
  });
});
