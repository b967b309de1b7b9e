import { describe, expect, it } from "vitest";
import { EXAMPLE_ITEMS } from "./example-items.ts";
import { publicView } from "./public-view.ts";
import type { TaskItem } from "./schemas/item.ts";

/** Every key and every string or number anywhere inside a value. */
function leaves(value: unknown, keys: Set<string>, strings: Set<string>): void {
  if (typeof value === "string") strings.add(value);
  else if (Array.isArray(value)) for (const entry of value) leaves(entry, keys, strings);
  else if (typeof value === "object" && value !== null) {
    for (const [key, entry] of Object.entries(value)) {
      keys.add(key);
      leaves(entry, keys, strings);
    }
  }
}

/**
 * The gold keys and strings a worker is not already shown by the rest of the item. A domain
 * error's quote is by definition a piece of the response and a writing brief names its tactic,
 * so those are public; any other gold key or text found in the view is a leak.
 */
function secrets(item: TaskItem): { keys: string[]; strings: string[] } {
  const { gold, rationale, ...shown } = item;
  const goldKeys = new Set<string>();
  const goldStrings = new Set<string>([rationale]);
  leaves(gold, goldKeys, goldStrings);
  const shownKeys = new Set<string>();
  const shownStrings = new Set<string>();
  leaves(shown, shownKeys, shownStrings);
  const shownText = [...shownStrings];
  return {
    keys: [...goldKeys].filter((key) => !shownKeys.has(key)),
    strings: [...goldStrings].filter(
      (text) => !shownText.some((public_) => public_.includes(text)),
    ),
  };
}

/** Gold keys and texts found in a serialised view. */
function leaks(item: TaskItem, view: unknown): string[] {
  const parsed = JSON.parse(JSON.stringify(view)) as unknown;
  const viewKeys = new Set<string>();
  const viewStrings = new Set<string>();
  leaves(parsed, viewKeys, viewStrings);
  const { keys, strings } = secrets(item);
  // The check must have something to look for, or it would pass vacuously.
  expect(keys.length).toBeGreaterThan(0);
  expect(strings.length).toBeGreaterThan(0);
  return [
    ...keys.filter((key) => viewKeys.has(key)).map((key) => `key ${key}`),
    ...strings.filter((text) => [...viewStrings].some((shown) => shown.includes(text))),
  ];
}

describe("publicView", () => {
  it.each(EXAMPLE_ITEMS.map((item) => [item.id, item] as const))(
    "%s: serialised, it contains no gold key or value and no rationale",
    (_, item) => {
      const view = publicView(item);
      expect(view).not.toHaveProperty("gold");
      expect(view).not.toHaveProperty("rationale");
      expect(leaks(item, view)).toEqual([]);
    },
  );

  it.each(EXAMPLE_ITEMS.map((item) => [item.id, item] as const))(
    "%s: the leak check itself catches gold placed anywhere in a view",
    (_, item) => {
      expect(leaks(item, { ...publicView(item), extra: { nested: [item.gold] } })).not.toEqual([]);
      expect(leaks(item, { ...publicView(item), note: item.rationale })).not.toEqual([]);
    },
  );
  it("keeps the prompt and the fields a batch list shows", () => {
    const item = EXAMPLE_ITEMS[0] as TaskItem;
    expect(publicView(item)).toMatchObject({
      id: item.id,
      taskType: item.taskType,
      category: item.category,
      title: item.title,
      difficulty: item.difficulty,
      expectedMinutes: item.expectedMinutes,
      prompt: item.prompt,
    });
  });

  it("adds the code block's lines for a code review and the response length for a domain review", () => {
    const code = EXAMPLE_ITEMS.find((item) => item.taskType === "code_review") as TaskItem;
    const view = publicView(code);
    expect(view.taskType === "code_review" && view.codeLines[3]).toBe(
      "    start = len(items) - n - 1",
    );
    const domain = EXAMPLE_ITEMS.find((item) => item.taskType === "domain_review") as TaskItem;
    const domainView = publicView(domain);
    expect(domainView.taskType === "domain_review" && domainView.responseLength).toBe(
      Array.from(domain.taskType === "domain_review" ? domain.prompt.response : "").length,
    );
  });

  it("copies the prompt, so editing the view cannot change the item", () => {
    const item = EXAMPLE_ITEMS[0] as TaskItem;
    const view = publicView(item);
    (view.prompt as { userPrompt: string }).userPrompt = "changed";
    expect((item.prompt as { userPrompt: string }).userPrompt).not.toBe("changed");
  });
});
