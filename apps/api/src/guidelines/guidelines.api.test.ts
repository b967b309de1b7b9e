import { taskItemYaml } from "@rubric/content";
import { GUIDELINE_SECTIONS } from "@rubric/core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { contentLibrary } from "../seed/content.ts";
import type { TestClient } from "../testing/client.ts";
import { describeOnEachDatabase } from "../testing/each-database.ts";
import { countRows, libraryItem, newAdmin, newWorker, outcome } from "../testing/practice.ts";
import { startTestServer, type TestServer } from "../testing/server.ts";

describeOnEachDatabase("guidelines and content editing over HTTP", (kind) => {
  let server: TestServer;
  let worker: TestClient;
  let admin: TestClient;

  beforeAll(async () => {
    server = await startTestServer(kind);
    worker = await newWorker(server);
    admin = await newAdmin(server);
  });
  afterAll(() => server.close());

  it("lists every guideline in ladder order with its sections", async () => {
    const list = await worker.call("guidelines.list");
    const general = list.find((g: { category: string }) => g.category === "general_evaluation");
    expect(general).toMatchObject({
      label: "General evaluation",
      title: "General evaluation",
      version: 1,
    });
    expect(general.sections.map((s: { slug: string }) => s.slug)).toEqual(
      expect.arrayContaining([...GUIDELINE_SECTIONS.general_evaluation]),
    );
    const order = list.map((g: { category: string }) => g.category);
    expect(order.indexOf("general_evaluation")).toBeLessThan(order.indexOf("code_evaluation"));
  });

  it("renders a guideline with an anchor on every section heading", async () => {
    const guideline = await worker.call("guidelines.get", { category: "red_teaming" });
    expect(guideline).toMatchObject({
      category: "red_teaming",
      version: 1,
      versions: [{ version: 1 }],
    });
    for (const slug of GUIDELINE_SECTIONS.red_teaming) {
      expect(guideline.html).toContain(`<h2 id="${slug}">`);
    }
    expect(guideline.markdown).toContain("## Verdicts");
    const missing = await worker.query("guidelines.get", { category: "red_teaming", version: 99 });
    expect(outcome(missing).code).toBe("NOT_FOUND");
  });

  it("finds sections by their text, case-insensitively, with a short snippet", async () => {
    const hits = await worker.call("guidelines.search", { query: "TRIPLE WHAMMY" });
    const anyHits = await worker.call("guidelines.search", { query: "response" });
    expect(anyHits.length).toBeLessThanOrEqual(20);
    for (const hit of [...hits, ...anyHits]) {
      expect(Array.from(hit.snippet as string).length).toBeLessThanOrEqual(200);
    }
    const preference = await worker.call("guidelines.search", { query: "preference strength" });
    expect(preference[0]).toMatchObject({
      category: "general_evaluation",
      slug: expect.any(String),
      sectionTitle: expect.any(String),
    });
    expect(preference[0].snippet.toLowerCase()).toContain("preference strength");
    const short = await worker.query("guidelines.search", { query: "a" });
    expect(Object.keys(outcome(short).fieldErrors)).toEqual(["query"]);
  });

  it("lists and opens items for an admin, gold and YAML included", async () => {
    const page = await admin.call("contentAdmin.items", { taskType: "ranking", limit: 10 });
    expect(page.items).toHaveLength(10);
    expect(page.next).toBe(page.items[9].id);
    const rest = await admin.call("contentAdmin.items", { taskType: "ranking", after: page.next });
    expect(rest.items.length + 10).toBe(22);
    expect(rest.next).toBeNull();
    const found = await admin.call("contentAdmin.items", { search: "LISINOPRIL" });
    expect(found.items.map((i: { id: string }) => i.id)).toContain("dm-001");
    // "_" is a literal underscore, not LIKE's any-character wildcard.
    expect((await admin.call("contentAdmin.items", { search: "pw_0" })).items).toEqual([]);

    const opened = await admin.call("contentAdmin.item", { id: "dm-001" });
    expect(opened).toMatchObject({ item: libraryItem("dm-001"), version: 1 });
    expect(opened.yaml).toContain("id: dm-001");
    expect(outcome(await worker.query("contentAdmin.item", { id: "dm-001" })).code).toBe(
      "FORBIDDEN",
    );
  });

  it("saves a valid item edit as the next version, and refuses an invalid one with its paths", async () => {
    const item = libraryItem("pw-002");
    const edited = { ...item, title: "An edited title" };
    const saved = await admin.call(
      "contentAdmin.saveItem",
      { yaml: taskItemYaml(edited) },
      "mutation",
    );
    expect(saved).toEqual({ id: "pw-002", version: 2 });
    expect((await admin.call("contentAdmin.item", { id: "pw-002" })).item.title).toBe(
      "An edited title",
    );

    const brokenYaml = await admin.mutate("contentAdmin.saveItem", { yaml: "id: [pw-002\n" });
    expect(outcome(brokenYaml).fieldErrors.yaml?.[0]).toMatch(/^YAML: /);
    const badGold = await admin.mutate("contentAdmin.saveItem", {
      yaml: taskItemYaml({
        ...edited,
        title: "Broken",
        gold: { ...item.gold, preference: 9 },
      } as never),
    });
    expect(outcome(badGold).code).toBe("BAD_REQUEST");
    expect(outcome(badGold).fieldErrors.yaml).toEqual([
      expect.stringMatching(/^gold\.preference: /),
    ]);
    const stored = await admin.call("contentAdmin.item", { id: "pw-002" });
    expect(stored).toMatchObject({ version: 2, item: { title: "An edited title" } });
  });

  it("creates a new item from YAML at version 1", async () => {
    const before = await countRows(server, "task_item");
    const item = { ...libraryItem("pc-001"), id: "pc-900", title: "A brand-new brief" };
    const saved = await admin.call(
      "contentAdmin.saveItem",
      { yaml: taskItemYaml(item) },
      "mutation",
    );
    expect(saved).toEqual({ id: "pc-900", version: 1 });
    expect(await countRows(server, "task_item")).toBe(before + 1);
  });

  it("stores a guideline edit as a new version and keeps the old one readable", async () => {
    const current = await admin.call("guidelines.get", { category: "fact_checking" });
    const markdown = `${current.markdown}\n\n## A new section\n\nMore advice.\n`;
    const saved = await admin.call(
      "contentAdmin.saveGuideline",
      { category: "fact_checking", title: "Fact-checking, revised", markdown },
      "mutation",
    );
    expect(saved).toEqual({ version: current.version + 1 });
    const latest = await worker.call("guidelines.get", { category: "fact_checking" });
    expect(latest).toMatchObject({ title: "Fact-checking, revised", version: current.version + 1 });
    expect(latest.html).toContain('<h2 id="a-new-section">');
    expect(latest.versions.map((v: { version: number }) => v.version)).toEqual([
      current.version + 1,
      current.version,
    ]);
    const old = await worker.call("guidelines.get", {
      category: "fact_checking",
      version: current.version,
    });
    expect(old.markdown).toBe(current.markdown);
  });

  it("refuses a guideline edit that would leave items' links dangling, naming the sections", async () => {
    const current = await admin.call("guidelines.get", { category: "code_evaluation" });
    const markdown = current.markdown.replace(/^## Security$/m, "## Safety");
    const res = await admin.mutate("contentAdmin.saveGuideline", {
      category: "code_evaluation",
      title: current.title,
      markdown,
    });
    expect(outcome(res).code).toBe("BAD_REQUEST");
    expect(outcome(res).fieldErrors.markdown).toEqual([
      expect.stringMatching(/^Section "security" is linked from cd-/),
    ]);
    const twice = await admin.mutate("contentAdmin.saveGuideline", {
      category: "code_evaluation",
      title: current.title,
      markdown: `${current.markdown}\n## Security\n`,
    });
    expect(outcome(twice).fieldErrors.markdown).toEqual([
      expect.stringMatching(/share the slug "security"/),
    ]);
    expect((await worker.call("guidelines.get", { category: "code_evaluation" })).version).toBe(
      current.version,
    );
  });

  it("refuses an item whose references name a section the current guideline lacks", async () => {
    // A section no item links may go; an item may then not link it.
    const linked = new Set(contentLibrary().items.flatMap((item) => item.guidelineRefs));
    const [category, slug] = Object.entries(GUIDELINE_SECTIONS)
      .flatMap(([c, slugs]) => slugs.map((s) => [c, s] as const))
      .find(([c, s]) => !linked.has(`${c}#${s}`)) ?? ["", ""];
    const current = await admin.call("guidelines.get", { category });
    const heading = current.sections.find((section: { slug: string }) => section.slug === slug);
    await admin.call(
      "contentAdmin.saveGuideline",
      {
        category,
        title: current.title,
        markdown: current.markdown.replace(`## ${heading.title}`, `### ${heading.title}`),
      },
      "mutation",
    );
    const item = libraryItem("pc-002");
    const ref = `${category}#${slug}`;
    const res = await admin.mutate("contentAdmin.saveItem", {
      yaml: taskItemYaml({ ...item, guidelineRefs: [item.guidelineRefs[0] ?? "", ref] }),
    });
    expect(outcome(res).fieldErrors).toEqual({
      yaml: [`guidelineRefs: ${ref} is not a section of the current guideline`],
    });
    expect((await admin.call("contentAdmin.item", { id: "pc-002" })).version).toBe(1);
  });
});
