import { CODE_VERDICTS, codeVerdictSchema, splitAtCodeBlock } from "@rubric/core";
import { Show } from "solid-js";
import { z } from "zod";
import { CODE_VERDICT_LABELS } from "../../lib/practice/labels.ts";
import { CodeLines } from "./CodeLines.tsx";
import { Markdown } from "./Markdown.tsx";
import { missingJudgement, VerdictAndExplanation } from "./VerdictAndExplanation.tsx";
import { onDigitKey, type WorkspaceDefinition, type WorkspaceProps } from "./workspace.ts";

const workSchema = z.object({
  verdict: codeVerdictSchema.nullable(),
  lines: z.array(z.int().min(1)),
  explanation: z.string(),
});
export type CodeReviewWork = z.infer<typeof workSchema>;

const VERDICT_CHOICES = CODE_VERDICTS.map((verdict) => ({
  value: verdict,
  label: CODE_VERDICT_LABELS[verdict],
}));

function CodeReviewWorkspace(props: WorkspaceProps<"code_review", CodeReviewWork>) {
  onDigitKey((digit) => {
    const verdict = CODE_VERDICTS[digit - 1];
    if (verdict) props.setWork("verdict", verdict);
  });
  const markedList = () => (props.work.lines.length > 0 ? props.work.lines.join(", ") : "none");
  const prose = () => splitAtCodeBlock(props.view.prompt.response);
  const toggle = (line: number) =>
    props.setWork(
      "lines",
      props.work.lines.includes(line)
        ? props.work.lines.filter((l) => l !== line)
        : [...props.work.lines, line].sort((a, b) => a - b),
    );
  return (
    <div class="workspace" data-workspace>
      <section class="task-block" aria-labelledby="cd-prompt">
        <h2 id="cd-prompt" class="task-block__title">
          User prompt
          <span class="response__meta">{props.view.prompt.language}</span>
        </h2>
        <Markdown text={props.view.prompt.userPrompt} />
      </section>
      <article class="response" aria-labelledby="cd-response">
        <h2 id="cd-response" class="response__title">
          Response
        </h2>
        <Show when={prose()?.before.trim()}>
          <Markdown text={prose()?.before ?? ""} />
        </Show>
        <p class="muted small">Click a line, or use ↑/↓ and Space, to mark it buggy.</p>
        <CodeLines
          label="Code: select the buggy lines"
          lines={props.view.codeLines}
          marked={props.work.lines}
          onToggle={toggle}
        />
        <p class="small" aria-live="polite">
          Marked lines: <strong>{markedList()}</strong>
        </p>
        <Show when={prose()?.after.trim()}>
          <Markdown text={prose()?.after ?? ""} />
        </Show>
      </article>
      <VerdictAndExplanation
        choices={VERDICT_CHOICES}
        verdict={props.work.verdict}
        onVerdict={(value) => props.setWork("verdict", value)}
        explanation={props.work.explanation}
        onExplanation={(text) => props.setWork("explanation", text)}
        guidance="For each bug: the input that breaks it, what happens, and the fix."
      />
    </div>
  );
}

export const codeReviewWorkspace: WorkspaceDefinition<"code_review", CodeReviewWork> = {
  workSchema,
  initial: () => ({ verdict: null, lines: [], explanation: "" }),
  toAnswer: (work) => {
    const missing = missingJudgement(work.verdict, work.explanation);
    if (work.verdict === "incorrect" && work.lines.length === 0) {
      missing.push("Mark the buggy lines of incorrect code.");
    }
    if (missing.length > 0) return { ok: false, missing };
    return {
      ok: true,
      answer: { verdict: work.verdict, lines: work.lines, explanation: work.explanation },
    };
  },
  shortcuts: () => [
    { keys: ["1", "2"], action: "Verdict: correct, incorrect" },
    { keys: ["↑", "↓"], action: "In the code: move between lines" },
    { keys: ["Space"], action: "Mark or unmark the focused line (X works too)" },
  ],
  component: CodeReviewWorkspace,
};
