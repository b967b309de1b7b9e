import {
  ISSUE_TAGS,
  type IssueTag,
  issueTagSchema,
  MAX_JUSTIFICATION_CHARS,
  RATING_DIMENSIONS,
} from "@rubric/core";
import { For } from "solid-js";
import { z } from "zod";
import { DIMENSION_LABELS, ISSUE_LABELS } from "../../lib/practice/labels.ts";
import { ChoiceGroup } from "./ChoiceGroup.tsx";
import { LIKERT_CHOICES } from "./likert.ts";
import { Markdown } from "./Markdown.tsx";
import { TagPicker } from "./TagPicker.tsx";
import { WrittenField } from "./WrittenField.tsx";
import { onDigitKey, type WorkspaceDefinition, type WorkspaceProps } from "./workspace.ts";

const workSchema = z.object({
  ratings: z.partialRecord(z.enum(RATING_DIMENSIONS), z.int().min(1).max(5).nullable()),
  issues: z.array(issueTagSchema),
  justification: z.string(),
});
export type RatingWork = z.infer<typeof workSchema>;

function RatingWorkspace(props: WorkspaceProps<"rating", RatingWork>) {
  // Number keys outside a scale rate the first unrated criterion, so the criteria can be
  // entered in one pass without reaching for Tab; a rating is changed on its own scale.
  onDigitKey((digit) => {
    const open = props.view.prompt.criteria.find((c) => props.work.ratings[c] == null);
    if (open && digit >= 1 && digit <= 5) props.setWork("ratings", open, digit);
  });
  return (
    <div class="workspace" data-workspace>
      <section class="task-block" aria-labelledby="rt-prompt">
        <h2 id="rt-prompt" class="task-block__title">
          User prompt
        </h2>
        <Markdown text={props.view.prompt.userPrompt} />
      </section>
      <article class="response" aria-labelledby="rt-response">
        <h2 id="rt-response" class="response__title">
          Response
        </h2>
        <Markdown text={props.view.prompt.response} />
      </article>
      <section class="task-block">
        <h2 class="task-block__title">Rate each criterion</h2>
        <p class="muted small">1 very poor · 3 acceptable · 5 excellent</p>
        <div class="rating-rows">
          <For each={props.view.prompt.criteria}>
            {(criterion) => (
              <div class="rating-row">
                <span class="rating-row__name">{DIMENSION_LABELS[criterion]}</span>
                <ChoiceGroup
                  label={DIMENSION_LABELS[criterion]}
                  hideLabel
                  choices={LIKERT_CHOICES}
                  value={props.work.ratings[criterion] ?? null}
                  onChange={(value) => props.setWork("ratings", criterion, value)}
                  advance
                />
              </div>
            )}
          </For>
        </div>
        <TagPicker<IssueTag>
          label="Issues"
          tags={ISSUE_TAGS}
          labels={ISSUE_LABELS}
          value={props.work.issues}
          onChange={(tags) => props.setWork("issues", tags)}
        />
      </section>
      <WrittenField
        label="Justification"
        description="Point to the evidence behind your lowest ratings."
        value={props.work.justification}
        onInput={(text) => props.setWork("justification", text)}
        max={MAX_JUSTIFICATION_CHARS}
      />
    </div>
  );
}

export const ratingWorkspace: WorkspaceDefinition<"rating", RatingWork> = {
  workSchema,
  initial: (view) => ({
    ratings: Object.fromEntries(view.prompt.criteria.map((c) => [c, null])),
    issues: [],
    justification: "",
  }),
  toAnswer: (work, view) => {
    const missing: string[] = [];
    const unrated = view.prompt.criteria.filter((c) => work.ratings[c] == null);
    if (unrated.length > 0) {
      missing.push(`Rate ${unrated.map((c) => DIMENSION_LABELS[c].toLowerCase()).join(", ")}.`);
    }
    if (work.justification.trim() === "") missing.push("Write a justification.");
    if (missing.length > 0) return { ok: false, missing };
    return {
      ok: true,
      answer: {
        ratings: Object.fromEntries(view.prompt.criteria.map((c) => [c, work.ratings[c]])),
        issues: work.issues,
        justification: work.justification,
      },
    };
  },
  shortcuts: () => [
    { keys: ["1–5"], action: "Rate the next unrated criterion" },
    { keys: ["Tab", "1–5"], action: "Tab to a rating, then a number: focus moves to the next one" },
    { keys: ["Space"], action: "Toggle the focused issue tag" },
  ],
  component: RatingWorkspace,
};
