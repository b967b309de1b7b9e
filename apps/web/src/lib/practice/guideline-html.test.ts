import { describe, expect, it } from "vitest";
import { sectionHtml } from "./guideline-html.ts";

const HTML = `<p>Intro</p>
<h2 id="dimensions">Dimensions</h2><p>Six of them.</p><h3 id="note">Note</h3><p>Detail.</p>
<h2 id="accuracy">Accuracy</h2><p>Check numbers.</p>`;

describe("sectionHtml", () => {
  it("cuts a section from its heading to the next section, sub-headings included", () => {
    const section = sectionHtml(HTML, "dimensions") ?? "";
    expect(section).toContain("Six of them.");
    expect(section).toContain("Detail.");
    expect(section).not.toContain("Check numbers.");
    expect(section).not.toContain("Intro");
  });

  it("takes the last section to the end", () => {
    expect(sectionHtml(HTML, "accuracy")).toContain("Check numbers.");
  });

  it("returns null for a slug with no section heading", () => {
    expect(sectionHtml(HTML, "note")).toBeNull();
    expect(sectionHtml(HTML, "missing")).toBeNull();
  });
});
