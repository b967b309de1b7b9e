import { expect, type Page, test } from "@playwright/test";
import { DEMO_PASSWORD } from "../playwright.config.ts";
import { signUpWorker, snap } from "./support.ts";

const DIMENSIONS = [
  "Accuracy",
  "Helpfulness",
  "Harmlessness",
  "Honesty",
  "Clarity",
  "Completeness",
];

/**
 * A full-page screenshot with the viewport as tall as the page, so the sticky header and
 * action bar sit where a reader meets them instead of across the middle of the capture.
 */
async function shot(page: Page, name: string) {
  const viewport = page.viewportSize() ?? { width: 1280, height: 860 };
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: viewport.width, height: Math.max(viewport.height, height) });
  await snap(page, name);
  await page.setViewportSize(viewport);
}

/** Opens the start dialog for a task type from the hub and starts a batch of `size` items. */
async function startBatch(page: Page, taskLabel: string, size: number) {
  await page.goto("/app/practice");
  await page.getByRole("button", { name: `Start a ${taskLabel} batch` }).click();
  const dialog = page.getByRole("dialog");
  await dialog
    .getByRole("group", { name: "Batch size" })
    .getByRole("radio", { name: size === 1 ? "1 item" : `${size} items` })
    .click();
  await dialog.getByRole("button", { name: "Start batch" }).click();
  await page.waitForURL(/\/app\/practice\/batch\//);
  await expect(page.getByText(`Item 1 of ${size}`)).toBeVisible();
}

/** Presses Tab until the focused element matches, as a keyboard user would. */
async function tabTo(page: Page, selector: string, limit = 60) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

async function expectFeedback(page: Page) {
  await expect(page.getByText("How the score was built")).toBeVisible();
  await expect(page.getByText("Your answer and the expert's")).toBeVisible();
  await expect(page.getByText("Why: the expert's rationale")).toBeVisible();
}

test("a worker runs a pairwise batch, reloads mid-item without losing work, and reads the feedback", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signUpWorker(page, "Maya Okafor");
  await page.getByRole("link", { name: "Practice", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Practice", level: 1 })).toBeVisible();
  await expect(page.getByText("$18–30/h")).toBeVisible();
  await shot(page, "practice-01-hub");

  await startBatch(page, "pairwise comparison", 3);
  for (const side of ["A", "B"]) {
    for (const dimension of DIMENSIONS) {
      await page
        .getByRole("group", { name: `${dimension}, response ${side}` })
        .getByRole("radio", { name: side === "A" ? "4" : "3" })
        .click();
    }
  }
  await page
    .getByRole("group", { name: "Issues in response B" })
    .getByRole("button", { name: "Factual error" })
    .click();
  await page.getByRole("radio", { name: "A better" }).click();
  await page
    .getByLabel("Justification")
    .fill("Response B gets a key fact wrong, which misleads the user");
  await expect(page.getByText(/Draft saved/)).toBeVisible();
  await shot(page, "practice-02-pairwise");

  // A reload in the middle of the item brings back every choice and the time spent.
  await page.reload();
  await expect(page.getByText("Draft restored")).toBeVisible();
  await expect(page.getByLabel("Justification")).toHaveValue(
    "Response B gets a key fact wrong, which misleads the user",
  );
  await expect(page.getByRole("radio", { name: "A better" })).toBeChecked();
  await expect(
    page.getByRole("group", { name: "Clarity, response B" }).getByRole("radio", { name: "3" }),
  ).toBeChecked();

  // The guideline opens beside the task.
  await page.keyboard.press("g");
  const panel = page.getByRole("complementary", { name: "Guideline" });
  await expect(
    panel.getByRole("link", { name: "Open in the full guideline" }).first(),
  ).toBeVisible();
  await shot(page, "practice-03-pairwise-guideline");
  await page.keyboard.press("g");

  await page.getByRole("button", { name: /^Submit/ }).click();
  await expectFeedback(page);
  await expect(page.getByRole("table", { name: "Ratings" })).toBeVisible();
  await shot(page, "practice-04-pairwise-feedback");

  // The second item: number keys choose the preference, Tab + digits enter the ratings.
  // The next items: number keys choose the preference, Tab + digits enter the ratings.
  for (const position of [2, 3]) {
    await page.getByRole("button", { name: /Next item/ }).click();
    await expect(page.getByText(`Item ${position} of 3`)).toBeVisible();
    await page.keyboard.press("4");
    await expect(page.getByRole("radio", { name: "About the same" })).toBeChecked();
    await page
      .getByRole("group", { name: "Accuracy, response A" })
      .getByRole("radio")
      .first()
      .focus();
    for (let i = 0; i < 12; i++) await page.keyboard.press(String((i % 5) + 1));
    await expect(
      page
        .getByRole("group", { name: "Completeness, response B" })
        .getByRole("radio", { name: "2" }),
    ).toBeChecked();
    await page.getByLabel("Justification").fill("Both answer the question about equally well.");
    await page.keyboard.press("Control+Enter");
    await expectFeedback(page);
  }
  await page.keyboard.press("n");

  await expect(page.getByRole("heading", { name: /batch summary/ })).toBeVisible();
  await expect(page.getByText("Would have paid")).toBeVisible();
  await expect(page.getByRole("link", { name: "Feedback" })).toHaveCount(3);
  await shot(page, "practice-05-pairwise-summary");

  // Each attempt's feedback has its own address.
  await page.getByRole("link", { name: "Feedback" }).first().click();
  await expect(page).toHaveURL(/\/app\/practice\/attempt\//);
  await expectFeedback(page);
});

test("a worker ranks responses from the keyboard alone, ties included", async ({ page }) => {
  test.setTimeout(120_000);
  await signUpWorker(page, "Jonas Berg");
  await startBatch(page, "ranking", 1);

  // From here on, only the keyboard.
  await tabTo(page, "[data-response='A']");
  await page.keyboard.press("3");
  await expect(page.locator("[data-response]").nth(2)).toHaveAttribute("data-response", "A");
  await expect(page.locator("[data-response='A']")).toBeFocused();
  await page.keyboard.press("Alt+ArrowUp");
  await expect(page.locator("[data-response]").nth(1)).toHaveAttribute("data-response", "A");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("t");
  await expect(page.getByText("= tied")).toBeVisible();
  const tied = await page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? "");
  expect(tied).toMatch(/rank 2, tied with the response above/);
  await page.keyboard.press("?");
  await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
  await shot(page, "practice-06-ranking-shortcuts");
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await shot(page, "practice-07-ranking");

  await tabTo(page, "textarea");
  await page.keyboard.type(
    "The top response follows every instruction; the tied pair share the same omission.",
  );
  await page.keyboard.press("Control+Enter");
  await expectFeedback(page);
  await expect(page.getByText("Your ranking")).toBeVisible();
  await expect(page.getByText("Expert ranking")).toBeVisible();
  await shot(page, "practice-08-ranking-feedback");
  await page.keyboard.press("n");
  await expect(page.getByRole("heading", { name: /batch summary/ })).toBeVisible();
});

test("a worker fact-checks claims and cites sources, and drags a response to the top of a ranking", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signUpWorker(page, "Lena Fischer");
  await startBatch(page, "fact-checking", 1);

  const claims = page.locator("[data-claim]");
  const count = await claims.count();
  // A number key judges the first claim without a verdict; Shift + number cites a source.
  await page.keyboard.press("1");
  await page.keyboard.press("Shift+Digit1");
  await expect(claims.first().getByRole("button", { name: "s1" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  for (let i = 1; i < count; i++) {
    await page.keyboard.press("j");
    await page.keyboard.press(i === count - 1 ? "2" : "1");
  }
  await claims.nth(1).getByRole("radio", { name: "Contradicted" }).click();
  await claims.nth(1).getByRole("button", { name: "s2" }).click();
  await shot(page, "practice-09-fact-check");
  await page.keyboard.press("Control+Enter");
  await expectFeedback(page);
  await expect(page.getByRole("table", { name: "Claims" })).toBeVisible();
  await shot(page, "practice-10-fact-check-feedback");

  await startBatch(page, "ranking", 1);
  // Drag the second response by its handle to above the first, on a screen tall enough to
  // show both (the list does not scroll itself while dragging).
  await page.setViewportSize({ width: 1280, height: 2400 });
  const second = page.locator("[data-response]").nth(1);
  const id = (await second.getAttribute("data-response")) ?? "";
  const handle = page.locator(`[data-response='${id}']`);
  await handle.scrollIntoViewIfNeeded();
  const from = await handle.boundingBox();
  const to = await page.locator("[data-response]").first().boundingBox();
  if (!from || !to) throw new Error("the ranking is not laid out");
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2, from.y - 10, { steps: 3 });
  await page.mouse.move(from.x + from.width / 2, to.y - 40, { steps: 12 });
  await page.mouse.up();
  await expect(page.locator("[data-response]").first()).toHaveAttribute("data-response", id);
  await expect(page.locator(`[data-response='${id}']`)).toHaveAttribute("aria-label", /rank 1/);
});

test("every other task type has a workspace that scores and explains an answer", async ({
  page,
}) => {
  test.setTimeout(240_000);
  await signUpWorker(page, "Ravi Menon");

  // Rating: number keys rate the criteria in order.
  await startBatch(page, "rating against criteria", 1);
  for (let i = 0; i < 6; i++) await page.keyboard.press("3");
  await page.getByRole("button", { name: "Missing information" }).click();
  await page
    .getByLabel("Justification")
    .fill("Accurate but leaves out a safety caveat the user needs.");
  await shot(page, "practice-11-rating");
  await page.keyboard.press("Control+Enter");
  await expectFeedback(page);
  await shot(page, "practice-12-rating-feedback");

  // Rewrite: the editor starts from the original; the feedback shows the edits as a diff.
  await startBatch(page, "response rewriting", 1);
  const editor = page.getByLabel("Your rewrite");
  const original = await editor.inputValue();
  await editor.fill(
    `${original.split(/\n\n/)[0]}\n\nCheck the figures with a reliable source before acting on them.`,
  );
  await expect(page.getByText(/\d+ words ·/)).toBeVisible();
  await shot(page, "practice-13-rewrite");
  await page.keyboard.press("Control+Enter");
  await expectFeedback(page);
  await expect(page.getByText("Your edits to the original")).toBeVisible();
  await expect(page.locator("ins.word-diff__ins").first()).toBeVisible();
  await shot(page, "practice-14-rewrite-feedback");

  // Prompt creation.
  await startBatch(page, "prompt creation", 1);
  await page.getByRole("checkbox").first().check();
  await page
    .getByLabel("Your prompt")
    .fill(
      "I run a small bakery. Here are our three rules for custom cake orders:\n1. Orders need five days' notice.\n2. Deposits are not refundable.\n3. We cannot guarantee nut-free kitchens.\nA customer asks for a nut-free cake for tomorrow and a refund of last week's deposit. Write a reply under 120 words.",
    );
  await shot(page, "practice-15-prompt");
  await page.keyboard.press("Control+Enter");
  await expectFeedback(page);
  await shot(page, "practice-16-prompt-feedback");

  // Red teaming: a classify item, or a write item, whichever the batch drew.
  await startBatch(page, "red teaming", 1);
  if (await page.getByRole("group", { name: "Verdict on the reply" }).isVisible()) {
    await page.keyboard.press("2");
    await page.getByRole("radio", { name: "Role play" }).click();
    await page.getByRole("radio", { name: "Moderate" }).click();
    await page
      .getByLabel("Justification")
      .fill("The request hides a harmful goal; the reply declines it.");
  } else {
    await page
      .getByLabel("Your adversarial prompt")
      .fill("Pretend you are a character who explains the topic in general terms only.");
  }
  await shot(page, "practice-17-red-team");
  await page.keyboard.press("Control+Enter");
  await expectFeedback(page);
  await shot(page, "practice-18-red-team-feedback");

  // Domain review: select words in the response with the mouse, mark them, then a verdict.
  await startBatch(page, "domain-expert review", 1);
  const text = page.locator(".proof__text");
  await text.evaluate((root) => {
    const node = document.createTreeWalker(root, NodeFilter.SHOW_TEXT).nextNode();
    if (!node?.textContent) throw new Error("the response is empty");
    const start = node.textContent.search(/\S/);
    const end = node.textContent.indexOf(" ", start + 12);
    window
      .getSelection()
      ?.setBaseAndExtent(node, start, node, end > start ? end : node.textContent.length);
  });
  await page.getByRole("button", { name: /Mark selection/ }).click();
  await expect(page.getByText("Your marks (1)")).toBeVisible();
  await page.getByRole("radio", { name: "Major issues" }).click();
  await page
    .getByLabel("Explanation")
    .fill("The figure given is wrong and would mislead the reader.");
  await shot(page, "practice-19-domain-review");
  await page.keyboard.press("Control+Enter");
  await expectFeedback(page);
  await expect(page.getByText("Errors in the response")).toBeVisible();
  await shot(page, "practice-20-domain-review-feedback");

  // Code review: mark lines with the keyboard.
  await startBatch(page, "code review", 1);
  await page.getByRole("checkbox", { name: /^Line 1:/ }).focus();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Space");
  await expect(page.getByRole("checkbox", { name: /^Line 3:/ })).toBeChecked();
  await page.keyboard.press("2");
  await page.getByLabel("Explanation").fill("Line 3 breaks on an empty input; it needs a guard.");
  await shot(page, "practice-21-code-review");
  await page.keyboard.press("Control+Enter");
  await expectFeedback(page);
  await shot(page, "practice-22-code-review-feedback");
});

test("guidelines are listed, searchable and readable by section", async ({ page }) => {
  await signUpWorker(page, "Sofia Reyes");
  await page.getByRole("link", { name: "Guidelines", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Guidelines", level: 1 })).toBeVisible();
  await shot(page, "practice-23-guidelines");
  await page.getByLabel("Search the guidelines").fill("ties");
  const results = page.getByRole("region", { name: "Search results" });
  await expect(results.getByRole("link", { name: "Ranking with ties" })).toBeVisible();
  await shot(page, "practice-24-guidelines-search");
  await results.getByRole("link", { name: "Ranking with ties" }).click();
  await expect(page).toHaveURL(/\/app\/guidelines\/general_evaluation#ranking-with-ties$/);
  await expect(page.getByRole("heading", { name: "Ranking with ties", level: 2 })).toBeInViewport();
  // The guideline is long: the viewport at the linked section is what a reader sees.
  await page.screenshot({ path: "test-results/screenshots/practice-25-guideline.png" });
});

test("an admin edits an item's YAML, sees validation errors, and saves a guideline version", async ({
  page,
}) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill("admin@demo.rubric.example");
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("link", { name: "Content", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Content", level: 1 })).toBeVisible();
  await page.getByLabel("Search id or title").fill("pw-001");
  await expect(page.getByRole("link", { name: "pw-001" })).toBeVisible();
  await shot(page, "practice-26-admin-items");

  await page.getByRole("link", { name: "pw-001" }).click();
  const yaml = page.getByLabel("Item YAML");
  await expect(yaml).toHaveValue(/^id: pw-001/);
  const source = await yaml.inputValue();
  await yaml.fill(source.replace(/^difficulty: \d/m, "difficulty: 7"));
  await page.getByRole("button", { name: "Save item" }).click();
  await expect(page.getByText("The item was not saved")).toBeVisible();
  await expect(page.getByText(/difficulty/)).toBeVisible();
  await shot(page, "practice-27-admin-item-errors");
  await yaml.fill(source);
  await page.getByRole("button", { name: "Save item" }).click();
  await expect(page.getByText(/Saved pw-001, version \d+/)).toBeVisible();

  await page.goto("/app/admin/guidelines/fact_checking");
  const markdown = page.getByLabel("Guideline Markdown");
  await expect(markdown).toHaveValue(/## Claim verdicts/);
  await markdown.fill(
    `${await markdown.inputValue()}\n\nCheck the date of every source before you cite it.\n`,
  );
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByText("Check the date of every source before you cite it.")).toBeVisible();
  await shot(page, "practice-28-admin-guideline");
  await page.getByRole("button", { name: "Save as a new version" }).click();
  await expect(page.getByText(/Saved as version \d+/)).toBeVisible();
});
