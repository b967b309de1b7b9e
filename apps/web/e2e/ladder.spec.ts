import { expect, type Page, test } from "@playwright/test";
import { loadProofreadingItems, loadTaskItems, loadTranscriptionClips } from "@rubric/content";
import { goldAnswer } from "@rubric/core";
import { DEMO_PASSWORD } from "../playwright.config.ts";
import { signUpWorker, snap } from "./support.ts";

/**
 * The ladder end to end: a newcomer's core assessment (one section left to time out, one
 * failed attempt, a cooldown passed on the server's test clock, a passing retake), drills
 * that build basic-annotation quality, the general-evaluation test, and the unlock.
 *
 * Answers the browser would type are sent through the API with the session cookie where a
 * journey would take hundreds of keystrokes; they come from the content package's answer
 * keys, which the browser never sees.
 */

const tasks = new Map(loadTaskItems().map((item) => [item.id, item]));
const proofreading = new Map(loadProofreadingItems().map((item) => [item.id, item]));
const clips = new Map(loadTranscriptionClips().map((clip) => [clip.id, clip]));

/** Keys this far apart read as a steady typist (80 WPM), not a script. */
const KEY_INTERVAL_MS = 150;

function typedEvents(text: string) {
  return Array.from(text).map((char, i) => ({
    t: i * KEY_INTERVAL_MS,
    key: char === "\n" ? "Enter" : char,
  }));
}

/** The answer key's own answer for an assessment item, by its ref ("pairwise:pw-004"). */
function goldFor(ref: string, view: { text?: string }): unknown {
  const at = ref.indexOf(":");
  const kind = ref.slice(0, at);
  const id = ref.slice(at + 1);
  switch (kind) {
    case "proofreading": {
      const item = proofreading.get(id);
      if (!item) throw new Error(`no proofreading text ${id}`);
      return { marks: item.errors.map((e) => ({ start: e.start, end: e.end })) };
    }
    case "typing":
      return { events: typedEvents(view.text ?? ""), finalText: view.text ?? "" };
    case "transcription": {
      const clip = clips.get(id);
      if (!clip) throw new Error(`no clip ${id}`);
      return { text: clip.reference };
    }
    default: {
      const item = tasks.get(id);
      if (!item) throw new Error(`no task item ${id}`);
      return goldAnswer(item);
    }
  }
}

async function trpc<T>(page: Page, kind: "query" | "mutation", path: string, input: unknown) {
  const response =
    kind === "query"
      ? await page.request.get(`/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`)
      : await page.request.post(`/trpc/${path}`, { data: input });
  const body = await response.json();
  if (!response.ok()) throw new Error(`${path}: ${JSON.stringify(body.error ?? body)}`);
  return body.result.data as T;
}

async function moveClock(page: Page, change: { advanceHours?: number; advanceMinutes?: number }) {
  const response = await page.request.post("/api/test-clock", { data: change });
  expect(response.ok()).toBe(true);
}

interface AttemptView {
  currentSectionId: string | null;
  sections: {
    id: string;
    label: string;
    items: { ref: string; kind: string; view: { text?: string } }[];
  }[];
}

/** Saves the answer key's answer to every item of the current section. */
async function answerSectionWithGold(
  page: Page,
  attemptId: string,
  skip: (ref: string) => boolean,
) {
  const attempt = await trpc<AttemptView>(page, "query", "assessment.attempt", { attemptId });
  const section = attempt.sections.find((s) => s.id === attempt.currentSectionId);
  if (!section) throw new Error("no current section");
  for (const item of section.items) {
    if (skip(item.ref)) continue;
    await trpc(page, "mutation", "assessment.saveAnswer", {
      attemptId,
      sectionId: section.id,
      itemRef: item.ref,
      answer: goldFor(item.ref, item.view),
    });
  }
  return section;
}

async function finishSection(page: Page, last: boolean) {
  const label = last ? "Submit assessment" : "Finish section";
  await page.getByRole("button", { name: label, exact: true }).click();
  await page.getByRole("dialog").getByRole("button", { name: label }).click();
}

function attemptIdOf(page: Page): string {
  const match = /\/app\/assessment\/([0-9a-f-]{36})/.exec(page.url());
  if (!match?.[1]) throw new Error(`not on an attempt: ${page.url()}`);
  return match[1];
}

/** Runs every section: the answer key through the API, then "Finish section" in the page. */
async function passAttempt(
  page: Page,
  shotPrefix: string,
  byHand?: (page: Page) => Promise<string | null>,
) {
  const attemptId = attemptIdOf(page);
  for (let n = 0; ; n++) {
    const attempt = await trpc<AttemptView>(page, "query", "assessment.attempt", { attemptId });
    if (attempt.currentSectionId === null) break;
    const index = attempt.sections.findIndex((s) => s.id === attempt.currentSectionId);
    const typedRef = byHand ? await byHand(page) : null;
    const section = await answerSectionWithGold(page, attemptId, (ref) => ref === typedRef);
    await page.reload();
    await expect(
      page.getByRole("heading", {
        name: `Section ${index + 1} of ${attempt.sections.length}: ${section.label}`,
      }),
    ).toBeVisible();
    await expect(page.getByText(/items saved/)).toContainText(
      `${section.items.length} of ${section.items.length} items saved`,
    );
    if (n === 0) await snap(page, `${shotPrefix}-all-saved`);
    await finishSection(page, index === attempt.sections.length - 1);
    if (index === attempt.sections.length - 1) break;
    await expect(
      page.getByRole("heading", {
        name: `Section ${index + 2} of ${attempt.sections.length}:`,
        exact: false,
      }),
    ).toBeVisible();
  }
  await page.waitForURL(/\/report$/);
}

test("a newcomer takes the core assessment, retakes it after the cooldown, drills, and unlocks general evaluation", async ({
  page,
}) => {
  test.setTimeout(300_000);
  await page.request.post("/api/test-clock", { data: { reset: true } });
  await signUpWorker(page, "Noor Haddad");

  // The dashboard is the worker's home, and its one primary action is the core assessment.
  await expect(page.getByRole("heading", { name: "Welcome back, Noor Haddad" })).toBeVisible();
  await expect(page.getByText("Take the core assessment.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Start the core assessment" })).toBeVisible();
  await expect(page.getByText("Locked").first()).toBeVisible();
  await snap(page, "ladder-01-dashboard-newcomer");

  await page.getByRole("link", { name: "How the ladder works" }).click();
  await expect(
    page.getByRole("heading", { name: "How the ladder unlocks, and what it pays" }),
  ).toBeVisible();
  await expect(page.getByRole("row", { name: /General evaluation/ }).first()).toContainText(
    "20 gold items",
  );
  await snap(page, "ladder-02-rules");

  await page.goto("/app");
  await page.getByRole("link", { name: "Assessments" }).click();
  await expect(page.getByRole("heading", { name: "Assessments", level: 1 })).toBeVisible();
  await snap(page, "ladder-03-assessments");
  await page.getByRole("button", { name: "Start the core assessment" }).click();
  await expect(page.getByRole("dialog")).toContainText("90 minutes in all");
  await page.getByRole("dialog").getByRole("button", { name: "Start now" }).click();
  await page.waitForURL(/\/app\/assessment\/[0-9a-f-]{36}$/);
  await expect(
    page.getByRole("heading", { name: "Section 1 of 6: Guideline application" }),
  ).toBeVisible();
  await expect(page.getByRole("timer", { name: /This section/ })).toBeVisible();
  await snap(page, "ladder-04-runner-first-section");

  // The first section is left to run out on the server's clock; the page moves on by itself.
  await moveClock(page, { advanceMinutes: 13 });
  await page.reload();
  await expect(
    page.getByRole("heading", { name: "Section 2 of 6: Attention to detail (proofreading)" }),
  ).toBeVisible();
  await expect(
    page.getByText("Guideline application closed at its deadline. Answers saved before it count."),
  ).toBeVisible();

  // One error marked by hand in the proofreading text is saved as it is made.
  const text = page.locator(".proof__text");
  await text.focus();
  await page.evaluate(() => {
    const root = document.querySelector(".proof__text");
    const node = root?.firstChild;
    if (!root || !node) throw new Error("no text to proofread");
    window.getSelection()?.collapse(node, 0);
  });
  for (let i = 0; i < 4; i++) await page.keyboard.press("Shift+ArrowRight");
  await page.keyboard.press("m");
  await expect(page.getByText(/^Saved \d/)).toBeVisible();
  await expect(page.locator("button.item-strip__item--saved")).toHaveCount(1);
  await snap(page, "ladder-05-runner-timed-out-section-and-saved-mark");

  await page.getByRole("button", { name: "Finish section", exact: true }).click();
  await expect(page.getByRole("dialog")).toContainText("1 of 6 items in this section are saved");
  await page.evaluate(() => window.scrollTo(0, 0));
  await snap(page, "ladder-06-finish-section-confirm");
  await page.getByRole("dialog").getByRole("button", { name: "Finish section" }).click();
  await expect(
    page.getByRole("heading", { name: "Section 3 of 6: Pairwise judgment" }),
  ).toBeVisible();

  // Five minutes before a section closes, its timer turns to a warning.
  await moveClock(page, { advanceMinutes: 11 });
  await page.reload();
  await expect(page.getByText("under 5 min")).toBeVisible();
  await expect(page.getByRole("timer", { name: /This section: 4 minutes/ })).toBeVisible();
  await snap(page, "ladder-06b-runner-five-minute-warning");

  // Then the whole attempt runs out: the server grades what was saved before the deadline.
  await moveClock(page, { advanceMinutes: 90 });
  await page.reload();
  await page.waitForURL(/\/report\?ended=time$/);
  await expect(page.getByRole("heading", { name: "Not passed this time" })).toBeVisible();
  await expect(page.getByText("The time ran out")).toBeVisible();
  await expect(page.getByText(/You can retake it from/)).toBeVisible();
  await snap(page, "ladder-07-report-failed");

  await page.goto("/app/assessment");
  await expect(page.getByText(/You can retake the core assessment in 2\d h/)).toBeVisible();
  await snap(page, "ladder-08-assessments-cooldown");
  await page.goto("/app");
  await expect(page.getByText(/Retake the core assessment in 2\d h/)).toBeVisible();
  await expect(page.getByText(/^Available in 2\d h/)).toBeVisible();
  await snap(page, "ladder-09-dashboard-cooldown");

  // A day later the retake opens; this time every section is answered and passes.
  await moveClock(page, { advanceHours: 25 });
  await page.goto("/app/assessment");
  await page.getByRole("button", { name: "Start the core assessment" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Start now" }).click();
  await page.waitForURL(/\/app\/assessment\/[0-9a-f-]{36}$/);
  await passAttempt(page, "ladder-10-core-retake", async (p) => {
    // The short rewrite is written in the page, through the practice workspace.
    const rewrite = p.getByLabel("Your rewrite");
    if (!(await p.getByText(/: Short rewrite$/).isVisible())) return null;
    const attempt = await trpc<AttemptView>(p, "query", "assessment.attempt", {
      attemptId: attemptIdOf(p),
    });
    const first = attempt.sections.find((s) => s.id === "short_rewrite")?.items[0];
    if (!first) return null;
    await rewrite.fill((goldFor(first.ref, first.view) as { text: string }).text);
    await expect(p.getByText(/^Saved \d/)).toBeVisible();
    return first.ref;
  });
  await expect(page.getByRole("heading", { name: "Passed" })).toBeVisible();
  await snap(page, "ladder-11-report-passed");

  await page.getByRole("link", { name: "Back to your dashboard" }).click();
  await expect(page.getByRole("link", { name: "Do precision drills" })).toBeVisible();
  await expect(page.getByText(/more gold items in basic annotation/).first()).toBeVisible();
  await snap(page, "ladder-12-dashboard-core-passed");

  // Drills build basic-annotation quality: a dozen clean typing passages.
  for (let i = 0; i < 12; i++) {
    const drill = await trpc<{ drillId: string; target: { text: string } }>(
      page,
      "mutation",
      "drills.start",
      { kind: "typing", set: "prose", mode: "passage", precision: false },
    );
    await moveClock(page, { advanceMinutes: 3 });
    await trpc(page, "mutation", "drills.submit", {
      drillId: drill.drillId,
      typing: { events: typedEvents(drill.target.text), finalText: drill.target.text },
    });
  }
  await page.reload();
  await expect(page.getByText("Take the General evaluation qualification test.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Take the general evaluation test" })).toBeVisible();
  await expect(page.getByText("20 of 20")).toBeVisible();
  await snap(page, "ladder-13-dashboard-drills-done");

  // The general-evaluation test, then the unlock.
  await page.getByRole("link", { name: "Take the general evaluation test" }).click();
  await page
    .getByRole("row", { name: /General evaluation/ })
    .getByRole("button", { name: "Take the test" })
    .click();
  await page.getByRole("dialog").getByRole("button", { name: "Start now" }).click();
  await page.waitForURL(/\/app\/assessment\/[0-9a-f-]{36}$/);
  await passAttempt(page, "ladder-14-general-evaluation-test");
  await expect(page.getByRole("heading", { name: "Passed" })).toBeVisible();
  await snap(page, "ladder-15-test-report");

  await page.goto("/app");
  const general = page.getByRole("article", { name: "General evaluation" });
  await expect(general.getByText("Qualified")).toBeVisible();
  await expect(
    page.getByRole("article", { name: "Response rewriting" }).getByText("Available"),
  ).toBeVisible();
  await snap(page, "ladder-16-dashboard-unlocked");

  // A practice batch in the new category adds lines to the simulated earnings.
  const { batchId } = await trpc<{ batchId: string }>(page, "mutation", "practice.startBatch", {
    taskType: "pairwise",
    size: 2,
  });
  const batch = await trpc<{ items: { itemId: string }[] }>(page, "query", "practice.batch", {
    batchId,
  });
  for (const item of batch.items) {
    const key = tasks.get(item.itemId);
    if (!key) throw new Error(`no task item ${item.itemId}`);
    await trpc(page, "mutation", "practice.submit", {
      batchId,
      itemId: item.itemId,
      answer: goldAnswer(key),
      activeSeconds: 150,
      submissionId: crypto.randomUUID(),
    });
  }
  await page.reload();
  await expect(page.getByText("Recent feedback")).toBeVisible();
  await snap(page, "ladder-17-dashboard-with-practice");
  await page.getByRole("link", { name: "Full ledger" }).click();
  await expect(page.getByRole("heading", { name: "Simulated earnings" })).toBeVisible();
  await expect(page.getByRole("row")).not.toHaveCount(1);
  await snap(page, "ladder-18-earnings");
  await page.request.post("/api/test-clock", { data: { reset: true } });
});

test("an admin edits a pay band, with field errors from the shared schema", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill("admin@demo.rubric.example");
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/app$/);
  await page.getByRole("link", { name: "Pay bands" }).click();
  await expect(page.getByRole("heading", { name: "Pay bands" })).toBeVisible();
  await snap(page, "ladder-20-admin-pay-bands");

  await page.getByRole("button", { name: "Edit the response rewriting band" }).click();
  await page.getByLabel("Maximum, USD per hour").fill("15");
  await page.getByRole("button", { name: "Save response rewriting" }).click();
  await expect(page.getByText("The top of a band cannot be below its bottom.")).toBeVisible();
  await snap(page, "ladder-21-admin-pay-band-error");
  await page.getByLabel("Maximum, USD per hour").fill("44");
  await page
    .getByLabel("Premium note (optional)")
    .fill("Long-form rewriting is advertised above $40.");
  await page.getByRole("button", { name: "Save response rewriting" }).click();
  await expect(page.getByRole("row", { name: /Response rewriting/ })).toContainText("$44.00");

  // The published rules read the same band at once.
  await page.goto("/rules");
  await expect(page.getByRole("row", { name: /Response rewriting/ }).last()).toContainText(
    "$44.00",
  );
  await snap(page, "ladder-22-rules-after-edit");
});
