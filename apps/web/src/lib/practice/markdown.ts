import DOMPurify from "dompurify";
import { marked } from "marked";

/**
 * Markdown from task content (prompts, responses, briefs) as safe HTML. Content is written by
 * admins, but responses imitate model output and may quote HTML, so everything passes through
 * DOMPurify before it reaches innerHTML.
 */
export function renderMarkdown(markdown: string): string {
  const html = marked.parse(markdown, { async: false, gfm: true, breaks: false });
  return DOMPurify.sanitize(html, { USE_PROFILES: { html: true } });
}
