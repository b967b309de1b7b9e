import { countWords, MAX_WRITTEN_TEXT_CHARS } from "@rubric/core";
import { z } from "zod";
import { unwrapParagraphs } from "../../lib/practice/unwrap.ts";
import { Markdown } from "./Markdown.tsx";
import { WrittenField } from "./WrittenField.tsx";
import type { WorkspaceDefinition, WorkspaceProps } from "./workspace.ts";

const workSchema = z.object({ text: z.string() });
export type RewriteWork = z.infer<typeof workSchema>;

function RewriteWorkspace(props: WorkspaceProps<"rewrite", RewriteWork>) {
  return (
    <div class="workspace" data-workspace>
      <section class="task-block task-block--brief" aria-labelledby="rw-instructions">
        <h2 id="rw-instructions" class="task-block__title">
          Instructions
        </h2>
        <Markdown text={props.view.prompt.instructions} />
      </section>
      <section class="task-block" aria-labelledby="rw-prompt">
        <h2 id="rw-prompt" class="task-block__title">
          User prompt
        </h2>
        <Markdown text={props.view.prompt.userPrompt} />
      </section>
      <div class="pair pair--editor">
        <article class="response" aria-labelledby="rw-original">
          <h2 id="rw-original" class="response__title">
            Original response
            <span class="response__meta">{countWords(props.view.prompt.response)} words</span>
          </h2>
          <Markdown text={props.view.prompt.response} />
        </article>
        <div class="editor">
          <WrittenField
            label="Your rewrite"
            description="Edit the original in place; Markdown is kept as written."
            value={props.work.text}
            onInput={(text) => props.setWork("text", text)}
            max={MAX_WRITTEN_TEXT_CHARS}
            rows={22}
            words
          />
          <button
            type="button"
            class="ui-button ui-button--ghost ui-button--sm"
            onClick={() => props.setWork("text", unwrapParagraphs(props.view.prompt.response))}
          >
            Start again from the original
          </button>
        </div>
      </div>
    </div>
  );
}

export const rewriteWorkspace: WorkspaceDefinition<"rewrite", RewriteWork> = {
  workSchema,
  initial: (view) => ({ text: unwrapParagraphs(view.prompt.response) }),
  toAnswer: (work, view) => {
    if (work.text.trim() === "") return { ok: false, missing: ["Write the rewrite."] };
    if (work.text === unwrapParagraphs(view.prompt.response)) {
      return {
        ok: false,
        missing: ["The rewrite is still the original: make the changes asked for."],
      };
    }
    return { ok: true, answer: { text: work.text } };
  },
  shortcuts: () => [{ keys: ["Ctrl", "Enter"], action: "Submit from inside the editor" }],
  component: RewriteWorkspace,
};
