import {
  DOMAIN_LABELS,
  DOMAIN_VERDICTS,
  domainVerdictSchema,
  MAX_MARKS,
  sliceCodePoints,
} from "@rubric/core";
import { createSignal, For, Show } from "solid-js";
import { z } from "zod";
import { addMark, removeMark } from "../../lib/drills/marks.ts";
import { markAtDomSelection, markFromDomSelection } from "../../lib/drills/selection.ts";
import { DOMAIN_VERDICT_LABELS } from "../../lib/practice/labels.ts";
import { ProofreadingText } from "../drills/ProofreadingText.tsx";
import { Markdown } from "./Markdown.tsx";
import { missingJudgement, VerdictAndExplanation } from "./VerdictAndExplanation.tsx";
import { onDigitKey, type WorkspaceDefinition, type WorkspaceProps } from "./workspace.ts";

const spanSchema = z.object({ start: z.int().min(0), end: z.int().min(1) });
const workSchema = z.object({
  verdict: domainVerdictSchema.nullable(),
  spans: z.array(spanSchema),
  explanation: z.string(),
});
export type DomainReviewWork = z.infer<typeof workSchema>;

const VERDICT_CHOICES = DOMAIN_VERDICTS.map((verdict) => ({
  value: verdict,
  label: DOMAIN_VERDICT_LABELS[verdict],
}));

function DomainReviewWorkspace(props: WorkspaceProps<"domain_review", DomainReviewWork>) {
  onDigitKey((digit) => {
    const verdict = DOMAIN_VERDICTS[digit - 1];
    if (verdict) props.setWork("verdict", verdict);
  });
  let container: HTMLDivElement | undefined;
  const [notice, setNotice] = createSignal("");
  const quote = (span: { start: number; end: number }) =>
    sliceCodePoints(props.view.prompt.response, span.start, span.end);
  const markSelection = () => {
    const selection = window.getSelection();
    const span = container
      ? markFromDomSelection(container, props.view.prompt.response, selection)
      : null;
    if (!span) {
      setNotice("Select the wrong words first, then press M.");
      return;
    }
    props.setWork("spans", addMark(props.work.spans, span));
    selection?.collapseToEnd();
    setNotice(`Marked “${quote(span)}”.`);
  };
  const remove = (span: { start: number; end: number }) => {
    props.setWork("spans", removeMark(props.work.spans, span));
    setNotice(`Removed the mark on “${quote(span)}”.`);
  };
  const removeAtSelection = () => {
    const hit = container
      ? markAtDomSelection(
          container,
          props.view.prompt.response,
          props.work.spans,
          window.getSelection(),
        )
      : null;
    if (hit) remove(hit);
  };
  return (
    <div class="workspace" data-workspace>
      <section class="task-block" aria-labelledby="dm-prompt">
        <h2 id="dm-prompt" class="task-block__title">
          User prompt
          <Show when={props.view.domain}>
            {(domain) => <span class="response__meta">{DOMAIN_LABELS[domain()]}</span>}
          </Show>
        </h2>
        <Markdown text={props.view.prompt.userPrompt} />
      </section>
      <section class="task-block" aria-labelledby="dm-response">
        <h2 id="dm-response" class="task-block__title">
          Response: mark each error
        </h2>
        <p class="muted small" id="dm-how">
          Select the wrong words with the mouse, or inside the text with <kbd>Shift</kbd> + arrows,
          then press <kbd>M</kbd>. <kbd>Backspace</kbd> in a mark removes it. The response is shown
          exactly as written, Markdown marks included, so each mark covers the exact words.
        </p>
        <div class="markable__bar">
          <button
            type="button"
            class="ui-button ui-button--secondary ui-button--sm"
            onMouseDown={(event) => event.preventDefault()}
            onClick={markSelection}
          >
            Mark selection <kbd>M</kbd>
          </button>
          <span class="muted small" aria-live="polite">
            {notice()}
          </span>
        </div>
        <div class="span-text">
          <ProofreadingText
            ref={(element) => {
              container = element;
            }}
            label="Response: select the words that are wrong"
            text={props.view.prompt.response}
            marks={props.work.spans}
            describedBy="dm-how"
            onMark={markSelection}
            onUnmarkAtSelection={removeAtSelection}
          />
        </div>
        <h3 class="choice__label">
          Your marks ({props.work.spans.length}
          {props.work.spans.length >= MAX_MARKS ? `, the most allowed` : ""})
        </h3>
        <Show
          when={props.work.spans.length > 0}
          fallback={<p class="muted small">No errors marked yet.</p>}
        >
          <ol class="marks">
            <For each={props.work.spans}>
              {(span) => (
                <li class="marks__item">
                  <q>{quote(span)}</q>
                  <button
                    type="button"
                    class="ui-button ui-button--ghost ui-button--sm"
                    aria-label={`Remove the mark on ${quote(span)}`}
                    onClick={() => remove(span)}
                  >
                    Remove
                  </button>
                </li>
              )}
            </For>
          </ol>
        </Show>
      </section>
      <VerdictAndExplanation
        choices={VERDICT_CHOICES}
        verdict={props.work.verdict}
        onVerdict={(value) => props.setWork("verdict", value)}
        explanation={props.work.explanation}
        onExplanation={(text) => props.setWork("explanation", text)}
        guidance="For each error: what is wrong, what is right, and why it matters to this user."
      />
    </div>
  );
}

export const domainReviewWorkspace: WorkspaceDefinition<"domain_review", DomainReviewWork> = {
  workSchema,
  initial: () => ({ verdict: null, spans: [], explanation: "" }),
  toAnswer: (work) => {
    const missing = missingJudgement(work.verdict, work.explanation);
    if (work.spans.length > MAX_MARKS) missing.push(`Mark at most ${MAX_MARKS} spans.`);
    if (missing.length > 0) return { ok: false, missing };
    return {
      ok: true,
      answer: { verdict: work.verdict, spans: work.spans, explanation: work.explanation },
    };
  },
  shortcuts: () => [
    { keys: ["1–3"], action: "Verdict: correct, minor issues, major issues" },
    { keys: ["Shift", "←/→"], action: "In the response: select text, as in an editor" },
    { keys: ["M"], action: "Mark the selection as an error" },
    { keys: ["Backspace"], action: "Remove the mark the caret is in" },
  ],
  component: DomainReviewWorkspace,
};
