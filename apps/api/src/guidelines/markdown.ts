import { guidelineSections, guidelineSlug } from "@rubric/content";
import { Marked, type Token, type Tokens } from "marked";
import sanitizeHtml from "sanitize-html";

/**
 * Markdown from the library and from admins, rendered on the server. The output is sanitised
 * whatever its source: an admin's account can be taken over, and the browser inserts this HTML.
 */

const HEADINGS = ["h1", "h2", "h3", "h4", "h5", "h6"] as const;

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [...sanitizeHtml.defaults.allowedTags],
  allowedAttributes: {
    a: ["href", "title"],
    ol: ["start"],
    th: ["align"],
    td: ["align"],
    ...Object.fromEntries(HEADINGS.map((tag) => [tag, ["id"]])),
  },
  allowedSchemes: ["http", "https", "mailto"],
};

/**
 * HTML for Markdown, with headings carrying their slug as id so `<category>#<slug>` links land
 * on them. A `##` section owns its slug; another heading gets one only if it is still free,
 * so ids stay unique within the page.
 */
export function renderMarkdown(markdown: string): string {
  const sectionSlugs = new Set(guidelineSections(markdown).map((section) => section.slug));
  const used = new Set<string>();
  const marked = new Marked({
    gfm: true,
    renderer: {
      heading(token: Tokens.Heading) {
        const slug = guidelineSlug(token.text);
        const owns = token.depth === 2 || !sectionSlugs.has(slug);
        const id = owns && slug !== "" && !used.has(slug) ? slug : null;
        if (id) used.add(id);
        const inner = this.parser.parseInline(token.tokens);
        return `<h${token.depth}${id ? ` id="${id}"` : ""}>${inner}</h${token.depth}>\n`;
      },
    },
  });
  return sanitizeHtml(marked.parse(markdown, { async: false }), SANITIZE);
}

/** A `##` section as readable text, for search. */
export interface SectionText {
  slug: string;
  title: string;
  /** The heading and the section's text with Markdown markers removed and spaces collapsed. */
  text: string;
}

function plainText(tokens: readonly Token[]): string {
  return tokens
    .map((token): string => {
      switch (token.type) {
        case "list":
          return (token as Tokens.List).items.map((item) => plainText(item.tokens)).join(" ");
        case "table": {
          const table = token as Tokens.Table;
          const cells = [table.header, ...table.rows].flat();
          return cells.map((cell) => plainText(cell.tokens)).join(" ");
        }
        default:
          if ("tokens" in token && token.tokens) return plainText(token.tokens);
          return "text" in token && typeof token.text === "string" ? token.text : " ";
      }
    })
    .join(" ");
}

/** The guideline's `##` sections with their text; what comes before the first one is an introduction, not a section. */
export function sectionTexts(markdown: string): SectionText[] {
  const sections: SectionText[] = [];
  let current: { slug: string; title: string; tokens: Token[] } | null = null;
  const close = () => {
    if (!current) return;
    const text = `${current.title} ${plainText(current.tokens)}`.replace(/\s+/g, " ").trim();
    sections.push({ slug: current.slug, title: current.title, text });
  };
  for (const token of new Marked({ gfm: true }).lexer(markdown)) {
    if (token.type === "heading" && token.depth === 2) {
      close();
      current = { slug: guidelineSlug(token.text), title: token.text, tokens: [] };
    } else {
      current?.tokens.push(token);
    }
  }
  close();
  return sections;
}
