import { describe, expect, it } from "vitest";
import { keyTypedTranscript } from "./transcript-keystrokes.ts";

describe("keyTypedTranscript", () => {
  it("leaves out the timestamp that starts each line and nothing else", () => {
    expect(keyTypedTranscript("[00:00] Dana: Hi.\n[00:06] Speaker 1: At [00:07] it broke.")).toBe(
      "Dana: Hi.\nSpeaker 1: At [00:07] it broke.",
    );
  });
});
