import { createMemo } from "solid-js";
import { renderMarkdown } from "../../lib/practice/markdown.ts";

/** Prompt or response text rendered as Markdown, sanitised in the browser before insertion. */
export function Markdown(props: { text: string; class?: string }) {
  const html = createMemo(() => renderMarkdown(props.text));
  return <div class={`prose ${props.class ?? ""}`} innerHTML={html()} />;
}
