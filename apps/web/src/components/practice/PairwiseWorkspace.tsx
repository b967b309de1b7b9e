import {
  ISSUE_TAGS,
  type IssueTag,
  issueTagSchema,
  MAX_JUSTIFICATION_CHARS,
  RATING_DIMENSIONS,
  type RatingDimension,
} from "@rubric/core";
import { For } from "solid-js";
import { z } from "zod";
import { DIMENSION_LABELS, ISSUE_LABELS, PREFERENCE_SCALE } from "../../lib/practice/labels.ts";
import { ChoiceGroup } from "./ChoiceGroup.tsx";
import { LIKERT_CHOICES } from "./likert.ts";
import { Markdown } from "./Markdown.tsx";
import { TagPicker } from "./TagPicker.tsx";
import { WrittenField } from "./WrittenField.tsx";
import { onDigitKey, type WorkspaceDefinition, type WorkspaceProps } from "./workspace.ts";

type Side = "a" | "b";
const SIDES: readonly Side[] = ["a", "b"];

const ratingsSchema = z.record(z.enum(RATING_DIMENSIONS), z.int().min(1).max(5).nullable());
const workSchema = z.object({
  preference: z.int().min(-3).max(3).nullable(),
  ratings: z.object({ a: ratingsSchema, b: ratingsSchema }),
  issues: z.object({ a: z.array(issueTagSchema), b: z.array(issueTagSchema) }),
  justification: z.string(),
});
export type PairwiseWork = z.infer<typeof workSchema>;

const emptyRatings = () =>
  Object.fromEntries(RATING_DIMENSIONS.map((d) => [d, null])) as Record<RatingDimension, null>;

function PairwiseWorkspace(props: WorkspaceProps<"pairwise", PairwiseWork>) {
  onDigitKey((digit) => {
    const step = PREFERENCE_SCALE[digit - 1];
    if (step) props.setWork("preference", step.value);
  });
  return (
    <div class="workspace" data-workspace>
      <section class="task-block" aria-labelledby="pw-prompt">
        <h2 id="pw-prompt" class="task-block__title">
          User prompt
        </h2>
        <Markdown text={props.view.prompt.userPrompt} />
      </section>
      <div class="pair">
        <For each={SIDES}>
          {(side) => (
            <article class="response" aria-labelledby={`pw-response-${side}`}>
              <h2 id={`pw-response-${side}`} class="response__title">
                Response {side.toUpperCase()}
              </h2>
              <Markdown
                text={side === "a" ? props.view.prompt.responseA : props.view.prompt.responseB}
              />
            </article>
          )}
        </For>
      </div>
      <div class="pair">
        <For each={SIDES}>
          {(side) => (
            <section
              class="task-block"
              aria-label={`Ratings and issues for response ${side.toUpperCase()}`}
            >
              <h3 class="task-block__title">Rate response {side.toUpperCase()}</h3>
              <p class="muted small">1 very poor · 3 acceptable · 5 excellent</p>
              <div class="rating-rows">
                <For each={RATING_DIMENSIONS}>
                  {(dimension) => (
                    <div class="rating-row">
                      <span class="rating-row__name">{DIMENSION_LABELS[dimension]}</span>
                      <ChoiceGroup
                        label={`${DIMENSION_LABELS[dimension]}, response ${side.toUpperCase()}`}
                        hideLabel
                        choices={LIKERT_CHOICES}
                        value={props.work.ratings[side][dimension] ?? null}
                        onChange={(value) => props.setWork("ratings", side, dimension, value)}
                        advance
                      />
                    </div>
                  )}
                </For>
              </div>
              <TagPicker<IssueTag>
                label={`Issues in response ${side.toUpperCase()}`}
                tags={ISSUE_TAGS}
                labels={ISSUE_LABELS}
                value={props.work.issues[side]}
                onChange={(tags) => props.setWork("issues", side, tags)}
              />
            </section>
          )}
        </For>
      </div>
      <section class="task-block">
        <ChoiceGroup
          label="Which response is better? Decide after rating both."
          layout="compact"
          choices={PREFERENCE_SCALE.map((step) => ({ value: step.value, label: step.label }))}
          value={props.work.preference}
          onChange={(value) => props.setWork("preference", value)}
        />
      </section>
      <WrittenField
        label="Justification"
        description="Name the decisive difference and what it means for the user."
        value={props.work.justification}
        onInput={(text) => props.setWork("justification", text)}
        max={MAX_JUSTIFICATION_CHARS}
        rows={5}
      />
    </div>
  );
}

export const pairwiseWorkspace: WorkspaceDefinition<"pairwise", PairwiseWork> = {
  workSchema,
  initial: () => ({
    preference: null,
    ratings: { a: emptyRatings(), b: emptyRatings() },
    issues: { a: [], b: [] },
    justification: "",
  }),
  toAnswer: (work) => {
    const missing: string[] = [];
    if (work.preference === null) missing.push("Choose which response is better.");
    for (const side of SIDES) {
      const unrated = RATING_DIMENSIONS.filter((d) => work.ratings[side][d] == null);
      if (unrated.length > 0) {
        missing.push(
          `Rate ${unrated.map((d) => DIMENSION_LABELS[d].toLowerCase()).join(", ")} for response ${side.toUpperCase()}.`,
        );
      }
    }
    if (work.justification.trim() === "") missing.push("Write a justification.");
    if (missing.length > 0) return { ok: false, missing };
    return {
      ok: true,
      answer: {
        preference: work.preference,
        ratings: work.ratings,
        issues: work.issues,
        justification: work.justification,
      },
    };
  },
  shortcuts: () => [
    { keys: ["1–7"], action: "Preference, from A much better to B much better" },
    { keys: ["Tab", "1–5"], action: "Tab to a rating, then a number: focus moves to the next one" },
    { keys: ["←", "→"], action: "Change the focused rating or choice" },
    { keys: ["Space"], action: "Toggle the focused issue tag" },
  ],
  component: PairwiseWorkspace,
};
