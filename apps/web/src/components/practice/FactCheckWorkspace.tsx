import { CLAIM_VERDICTS, claimVerdictSchema } from "@rubric/core";
import { For } from "solid-js";
import { z } from "zod";
import { digitOf, letterOf } from "../../lib/practice/keys.ts";
import { CLAIM_VERDICT_LABELS } from "../../lib/practice/labels.ts";
import { ChoiceGroup } from "./ChoiceGroup.tsx";
import { Markdown } from "./Markdown.tsx";
import { onDigitKey, type WorkspaceDefinition, type WorkspaceProps } from "./workspace.ts";

const workSchema = z.object({
  claims: z.record(
    z.string(),
    z.object({ verdict: claimVerdictSchema.nullable(), sources: z.array(z.string()) }),
  ),
});
export type FactCheckWork = z.infer<typeof workSchema>;

const VERDICT_CHOICES = CLAIM_VERDICTS.map((verdict) => ({
  value: verdict,
  label: CLAIM_VERDICT_LABELS[verdict],
}));

function FactCheckWorkspace(props: WorkspaceProps<"fact_check", FactCheckWork>) {
  const sources = () => props.view.prompt.sources;
  const toggleSource = (claimId: string, sourceId: string) => {
    const current = props.work.claims[claimId]?.sources ?? [];
    const next = current.includes(sourceId)
      ? current.filter((s) => s !== sourceId)
      : sources()
          .map((s) => s.id)
          .filter((id) => id === sourceId || current.includes(id));
    props.setWork("claims", claimId, "sources", next);
  };
  let list: HTMLOListElement | undefined;
  const focusClaim = (index: number) => {
    const claim = props.view.prompt.claims[index];
    if (!claim) return;
    list
      ?.querySelector<HTMLElement>(`[data-claim='${claim.id}'] input[type='radio'][tabindex='0']`)
      ?.focus();
  };
  onDigitKey((digit) => {
    const verdict = CLAIM_VERDICTS[digit - 1];
    const claims = props.view.prompt.claims;
    const index = claims.findIndex((c) => !props.work.claims[c.id]?.verdict);
    const claim = claims[index];
    if (!verdict || !claim) return;
    props.setWork("claims", claim.id, "verdict", verdict);
    queueMicrotask(() => focusClaim(index));
  });
  const onRowKey = (event: KeyboardEvent, index: number) => {
    const claimId = props.view.prompt.claims[index]?.id;
    if (!claimId || event.defaultPrevented) return;
    const letter = letterOf(event);
    if (letter === "j" || letter === "k") {
      event.preventDefault();
      focusClaim(index + (letter === "j" ? 1 : -1));
      return;
    }
    const digit = digitOf(event);
    if (digit === null) return;
    if (!event.shiftKey) {
      const verdict = CLAIM_VERDICTS[digit - 1];
      if (!verdict) return;
      event.preventDefault();
      props.setWork("claims", claimId, "verdict", verdict);
      return;
    }
    const source = sources()[digit - 1];
    if (!source) return;
    event.preventDefault();
    toggleSource(claimId, source.id);
  };
  return (
    <div class="workspace" data-workspace>
      <section class="task-block" aria-labelledby="fc-prompt">
        <h2 id="fc-prompt" class="task-block__title">
          User prompt
        </h2>
        <Markdown text={props.view.prompt.userPrompt} />
      </section>
      <div class="fact-check">
        <div class="stack">
          <details class="response response--collapsible">
            <summary class="response__toggle">Show the full response the claims come from</summary>
            <Markdown text={props.view.prompt.response} />
          </details>
          <section class="task-block" aria-labelledby="fc-claims">
            <h2 id="fc-claims" class="task-block__title">
              Claims
            </h2>
            <p class="muted small">
              Judge each claim against the sources only. Cite the source that settles it.
            </p>
            <ol class="claims" ref={list}>
              <For each={props.view.prompt.claims}>
                {(claim, index) => (
                  <li
                    class="claim"
                    data-claim={claim.id}
                    onKeyDown={(event) => onRowKey(event, index())}
                  >
                    <p class="claim__text">
                      <span class="claim__id">{claim.id}</span> {claim.text}
                    </p>
                    <div class="claim__controls">
                      <ChoiceGroup
                        label={`Verdict for ${claim.id}`}
                        hideLabel
                        layout="compact"
                        choices={VERDICT_CHOICES}
                        value={props.work.claims[claim.id]?.verdict ?? null}
                        onChange={(verdict) =>
                          props.setWork("claims", claim.id, "verdict", verdict)
                        }
                      />
                      <fieldset class="claim__sources">
                        <legend class="muted small">
                          Cites<span class="ui-visually-hidden"> for {claim.id}</span>
                        </legend>
                        <For each={sources()}>
                          {(source) => (
                            <button
                              type="button"
                              class="tag tag--source"
                              aria-pressed={
                                props.work.claims[claim.id]?.sources.includes(source.id) ?? false
                              }
                              title={source.title}
                              onClick={() => toggleSource(claim.id, source.id)}
                            >
                              {source.id}
                            </button>
                          )}
                        </For>
                      </fieldset>
                    </div>
                  </li>
                )}
              </For>
            </ol>
          </section>
        </div>
        <aside class="sources" aria-labelledby="fc-sources">
          <h2 id="fc-sources" class="task-block__title">
            Sources
          </h2>
          <For each={sources()}>
            {(source) => (
              <article class="source">
                <h3 class="source__title">
                  <span class="claim__id">{source.id}</span> {source.title}
                </h3>
                <p class="source__snippet">{source.snippet}</p>
              </article>
            )}
          </For>
        </aside>
      </div>
    </div>
  );
}

export const factCheckWorkspace: WorkspaceDefinition<"fact_check", FactCheckWork> = {
  workSchema,
  initial: (view) => ({
    claims: Object.fromEntries(
      view.prompt.claims.map((c) => [c.id, { verdict: null, sources: [] }]),
    ),
  }),
  toAnswer: (work, view) => {
    const open = view.prompt.claims.filter((c) => !work.claims[c.id]?.verdict).map((c) => c.id);
    if (open.length > 0) return { ok: false, missing: [`Give a verdict for ${open.join(", ")}.`] };
    return {
      ok: true,
      answer: {
        claims: Object.fromEntries(
          view.prompt.claims.map((c) => [
            c.id,
            { verdict: work.claims[c.id]?.verdict, sources: work.claims[c.id]?.sources ?? [] },
          ]),
        ),
      },
    };
  },
  shortcuts: (view) => [
    {
      keys: ["1–3"],
      action: "Supported, unsupported, contradicted: the next claim without a verdict",
    },
    { keys: ["J", "K"], action: "Next or previous claim" },
    {
      keys: ["Shift", `1–${view.prompt.sources.length}`],
      action: "Cite or uncite that source for the focused claim",
    },
  ],
  component: FactCheckWorkspace,
};
