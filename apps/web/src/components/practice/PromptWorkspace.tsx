import { MAX_WRITTEN_TEXT_CHARS } from "@rubric/core";
import { For } from "solid-js";
import { z } from "zod";
import { Checklist } from "./Checklist.tsx";
import { Markdown } from "./Markdown.tsx";
import { WrittenField } from "./WrittenField.tsx";
import type { WorkspaceDefinition, WorkspaceProps } from "./workspace.ts";

const workSchema = z.object({ text: z.string(), checked: z.array(z.int().min(0)) });
export type PromptWork = z.infer<typeof workSchema>;

function PromptWorkspace(props: WorkspaceProps<"prompt", PromptWork>) {
  const brief = () => props.view.prompt.brief;
  return (
    <div class="workspace" data-workspace>
      <div class="pair pair--editor">
        <div class="stack">
          <section class="task-block task-block--brief" aria-labelledby="pc-brief">
            <h2 id="pc-brief" class="task-block__title">
              Brief
            </h2>
            <dl class="facts">
              <div>
                <dt>Capability to test</dt>
                <dd>{brief().capability}</dd>
              </div>
              <div>
                <dt>Difficulty</dt>
                <dd class="capitalize">{brief().difficulty}</dd>
              </div>
            </dl>
            <Checklist
              label="Constraints your prompt must meet"
              items={brief().constraints}
              checked={props.work.checked}
              onChange={(checked) => props.setWork("checked", checked)}
            />
          </section>
          <section class="task-block" aria-labelledby="pc-examples">
            <h2 id="pc-examples" class="task-block__title">
              Examples from other briefs
            </h2>
            <p class="muted small">
              For the shape of a good prompt only: yours must not copy them.
            </p>
            <For each={props.view.prompt.examples}>
              {(example) => <Markdown text={example} class="example" />}
            </For>
          </section>
        </div>
        <WrittenField
          label="Your prompt"
          description="Write it as the user would send it. No real names, emails or phone numbers."
          value={props.work.text}
          onInput={(text) => props.setWork("text", text)}
          max={MAX_WRITTEN_TEXT_CHARS}
          rows={20}
          words
        />
      </div>
    </div>
  );
}

export const promptWorkspace: WorkspaceDefinition<"prompt", PromptWork> = {
  workSchema,
  initial: () => ({ text: "", checked: [] }),
  toAnswer: (work) =>
    work.text.trim() === ""
      ? { ok: false, missing: ["Write the prompt."] }
      : { ok: true, answer: { text: work.text } },
  shortcuts: () => [
    { keys: ["Tab", "Space"], action: "Tab to a constraint, Space to tick it" },
    { keys: ["Ctrl", "Enter"], action: "Submit from inside the editor" },
  ],
  component: PromptWorkspace,
};
