import fs from "node:fs";
import path from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { signUpWorker, snap } from "./support.ts";

/** Keys this far apart read as a fast human typist (about 170 WPM), not a script. */
const HUMAN_KEY_DELAY_MS = 70;

const CLIP_DIR = path.resolve("../../packages/content/drills/transcription");

/** The reference transcript of a clip, from the content package (the browser never gets it). */
function clipReference(id: string): string {
  const yaml = fs.readFileSync(path.join(CLIP_DIR, `${id}.yaml`), "utf8");
  const block = yaml.split(/^reference: \|\n/m)[1] ?? "";
  return block
    .split("\n")
    .filter((line) => line.startsWith("  "))
    .map((line) => line.slice(2))
    .join("\n");
}

/** Selects `text` inside the proofreading text, by its first occurrence. */
async function placeCaretBefore(page: Page, text: string) {
  await page.evaluate((needle) => {
    const root = document.querySelector(".proof__text")!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(needle);
      if (at < 0) continue;
      (root as HTMLElement).focus();
      window.getSelection()!.collapse(node, at);
      return;
    }
    throw new Error(`"${needle}" is not in the text`);
  }, text);
}

/** Marks a word the way a keyboard user does: caret before it, Shift+→ over it, then M. */
async function markWithKeyboard(page: Page, word: string) {
  await placeCaretBefore(page, word);
  for (let i = 0; i < Array.from(word).length; i++) await page.keyboard.press("Shift+ArrowRight");
  await page.keyboard.press("m");
}

test("a worker does a typing, a transcription and a proofreading drill and sees them in progress", async ({
  page,
}) => {
  test.setTimeout(240_000);
  await signUpWorker(page, "Ana Lima");

  await page.getByRole("link", { name: "Drills", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Precision drills" })).toBeVisible();
  await page.goto("/app/drills/progress");
  await expect(page.getByRole("heading", { name: "No drills yet" })).toBeVisible();
  await snap(page, "drills-01-progress-empty");
  await page.getByRole("link", { name: "See all drills" }).click();
  await expect(page.getByRole("heading", { name: "Transcription" })).toBeVisible();
  await snap(page, "drills-02-hub");

  // Typing: a 15-second timed drill, ended by the timer.
  await page.getByText("15 s", { exact: true }).click();
  await page.getByRole("link", { name: "Start typing" }).click();
  await expect(page).toHaveURL(/\/app\/drills\/typing\?set=prose&mode=timed&duration=15$/);
  const surface = page.getByRole("textbox", { name: "Type the passage" });
  await expect(surface).toBeFocused();
  await page.keyboard.type("Xyz");
  await expect(page.locator(".typing__char--incorrect").first()).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.locator(".typing__char--incorrect")).toHaveCount(0);
  const passage = (await page.locator("#typing-passage").textContent()) ?? "";
  expect(passage.length).toBeGreaterThan(200);
  // A slip put right, then one left in, then steady typing until time runs out.
  await page.keyboard.type(passage.slice(0, 12), { delay: HUMAN_KEY_DELAY_MS });
  await page.keyboard.type("q", { delay: HUMAN_KEY_DELAY_MS });
  await page.keyboard.press("Backspace");
  await page.keyboard.type(passage.slice(12, 30), { delay: HUMAN_KEY_DELAY_MS });
  await page.keyboard.type(passage[30] === "z" ? "x" : "z", { delay: HUMAN_KEY_DELAY_MS });
  await page.keyboard.type(passage.slice(31, 60), { delay: HUMAN_KEY_DELAY_MS });
  await snap(page, "drills-03-typing");
  // Steady typing until the timer ends the drill; not a key more.
  const typing = async () =>
    page.url().includes("/drills/typing") && (await page.locator(".typing--done").count()) === 0;
  for (let at = 60; at < passage.length && (await typing()); at++) {
    await page.keyboard.type(passage[at]!, { delay: HUMAN_KEY_DELAY_MS });
  }
  await expect(page).toHaveURL(/\/app\/drills\/results\//);
  await expect(page.getByRole("heading", { name: "Typing result" })).toBeVisible();
  await expect(page.getByText("net WPM")).toBeVisible();
  await expect(page.getByText("corrected as you typed")).toBeVisible();
  await expect(page.locator(".error-text__error").first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "Practise next" })).toBeVisible();
  await expect(page.getByText("doesn't count")).toHaveCount(0);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await snap(page, "drills-04-typing-result");

  // Transcription: the player on the keyboard, the transcript typed with a few mistakes.
  await page.goto("/app/drills");
  await page.getByRole("link", { name: "Transcribe Charged twice for one order" }).click();
  const editor = page.getByLabel("Transcript");
  await expect(editor).toBeFocused();
  await expect(page.getByText("House style")).toBeVisible();
  await page.keyboard.press("Control+ArrowUp");
  await expect(page.getByText("1.1×")).toBeVisible();
  await page.keyboard.press("Control+ArrowRight");
  await expect(page.locator(".player__time")).toContainText("00:05");
  await page.keyboard.press("Control+ArrowLeft");
  await expect(page.locator(".player__time")).toContainText("00:00 /");
  await page.keyboard.press("Control+Space");
  await expect(page.getByRole("button", { name: "Pause" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("button", { name: "Play" })).toBeVisible();
  await page.keyboard.press("Control+/");
  await expect(page.getByRole("dialog", { name: "Player shortcuts" })).toBeVisible();
  await snap(page, "drills-05-transcription-shortcuts");
  await page.keyboard.press("Escape");
  await expect(editor).toBeFocused();
  await page.keyboard.press("Control+j");
  await expect(editor).toHaveValue("[00:00] ");
  const reference = clipReference("tr-001")
    .replace("[00:00] ", "")
    .replace("charged for it twice", "charged for it twise")
    .replace("[00:26] Dana: Okay, I can", "[00:26] Agent: I can");
  await page.keyboard.type(reference, { delay: 50 });
  await snap(page, "drills-06-transcription");
  await page.getByRole("button", { name: "Submit transcript" }).click();
  await expect(page.getByRole("heading", { name: "Transcription result" })).toBeVisible();
  await expect(
    page.getByRole("heading", { name: "Your transcript against the reference" }),
  ).toBeVisible();
  await expect(page.locator(".format-errors__item").first()).toBeVisible();
  await expect(page.getByText("doesn't count")).toHaveCount(0);
  await snap(page, "drills-07-transcription-result");

  // Proofreading: marks made with the keyboard, one removed again.
  await page.goto("/app/drills");
  await page.getByRole("link", { name: "Proofread Hard-boiled eggs" }).click();
  await expect(page.locator(".proof__text")).toContainText("hard-boil eggs");
  await markWithKeyboard(page, "has");
  await markWithKeyboard(page, "Their");
  await markWithKeyboard(page, "saucepan");
  await markWithKeyboard(page, "reliable");
  await expect(page.locator(".proof__mark")).toHaveCount(4);
  await page.getByRole("button", { name: "Remove the mark on saucepan" }).click();
  await expect(page.locator(".proof__mark")).toHaveCount(3);
  await snap(page, "drills-08-proofreading");
  await page.getByRole("button", { name: "Submit 3 marks" }).click();
  await expect(page.getByRole("heading", { name: "Proofreading result" })).toBeVisible();
  await expect(page.getByText("2 of 4")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Missed" })).toBeVisible();
  await expect(page.getByText("“212°C” should read “100°C”")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Marked, but not errors" })).toBeVisible();
  await snap(page, "drills-09-proofreading-result");

  // Progress: all three stored, bests set, keys and words tallied.
  await page.getByRole("link", { name: "See progress" }).click();
  await expect(page.getByRole("heading", { name: "Your progress" })).toBeVisible();
  await expect(
    page.getByRole("rowheader", { name: "Typing · Everyday prose · 15 s" }),
  ).toBeVisible();
  await expect(
    page.getByRole("rowheader", { name: "Transcription · Charged twice for one order" }),
  ).toBeVisible();
  await expect(
    page.getByRole("rowheader", { name: "Proofreading · Hard-boiled eggs" }),
  ).toBeVisible();
  await expect(page.locator(".chart__plot canvas").first()).toBeVisible();
  await expect(page.getByRole("listitem", { name: /^T: \d+% right/ })).toBeVisible();
  await snap(page, "drills-10-progress");

  // A weak-spot drill typed faster than fingers can: kept, flagged, and it says why.
  await page.getByRole("link", { name: "Practise my weak spots" }).click();
  await expect(page.getByRole("heading", { name: "Your weak spots", level: 1 })).toBeVisible();
  const weakSpots = (await page.locator("#typing-passage").textContent()) ?? "";
  await page.keyboard.type(weakSpots);
  await expect(page.getByRole("heading", { name: "Typing (weak spots) result" })).toBeVisible();
  await expect(page.getByText("This result doesn't count toward your bests")).toBeVisible();
  await snap(page, "drills-11-flagged-result");
  await page.getByRole("link", { name: "See progress" }).click();
  await expect(
    page.getByText("One flagged result is left out of the charts and bests."),
  ).toBeVisible();
});
