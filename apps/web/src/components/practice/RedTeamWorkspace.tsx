import {
  MAX_JUSTIFICATION_CHARS,
  MAX_WRITTEN_TEXT_CHARS,
  RED_TEAM_TACTICS,
  RED_TEAM_VERDICTS,
  redTeamTacticSchema,
  redTeamVerdictSchema,
} from "@rubric/core";
import { For, Match, Switch } from "solid-js";
import { z } from "zod";
import {
  RED_TEAM_VERDICT_HELP,
  RED_TEAM_VERDICT_LABELS,
  SEVERITY_LABELS,
  TACTIC_LABELS,
} from "../../lib/practice/labels.ts";
import { Checklist } from "./Checklist.tsx";
import { ChoiceGroup } from "./ChoiceGroup.tsx";
import { Markdown } from "./Markdown.tsx";
import { WrittenField } from "./WrittenField.tsx";
import {
  onDigitKey,
  type ViewOf,
  type WorkspaceDefinition,
  type WorkspaceProps,
} from "./workspace.ts";

const workSchema = z.discriminatedUnion("mode", [
  z.object({
    mode: z.literal("classify"),
    verdict: redTeamVerdictSchema.nullable(),
    tactic: redTeamTacticSchema.nullable(),
    severity: z.int().min(0).max(4).nullable(),
    justification: z.string(),
  }),
  z.object({ mode: z.literal("write"), text: z.string(), checked: z.array(z.int().min(0)) }),
]);
export type RedTeamWork = z.infer<typeof workSchema>;
type ClassifyWork = Extract<RedTeamWork, { mode: "classify" }>;
type WriteWork = Extract<RedTeamWork, { mode: "write" }>;
type Props = WorkspaceProps<"red_team", RedTeamWork>;

const VERDICT_CHOICES = RED_TEAM_VERDICTS.map((verdict) => ({
  value: verdict,
  label: RED_TEAM_VERDICT_LABELS[verdict],
  hint: RED_TEAM_VERDICT_HELP[verdict],
}));
const TACTIC_CHOICES = RED_TEAM_TACTICS.map((tactic) => ({
  value: tactic,
  label: TACTIC_LABELS[tactic],
}));
const SEVERITY_CHOICES = [0, 1, 2, 3, 4].map((value) => ({
  value,
  label: SEVERITY_LABELS[value] ?? String(value),
  key: value,
}));

function ClassifyWorkspace(props: Props & { work: ClassifyWork }) {
  const conversation = () =>
    props.view.prompt.mode === "classify" ? props.view.prompt.conversation : [];
  const set = props.setWork as unknown as (key: keyof ClassifyWork, value: unknown) => void;
  onDigitKey((digit) => {
    const verdict = RED_TEAM_VERDICTS[digit - 1];
    if (verdict) set("verdict", verdict);
  });
  return (
    <div class="workspace" data-workspace>
      <section class="task-block" aria-labelledby="rd-conversation">
        <h2 id="rd-conversation" class="task-block__title">
          Conversation
        </h2>
        <p class="muted small">Judge the last assistant turn.</p>
        <ol class="conversation">
          <For each={conversation()}>
            {(turn, index) => (
              <li
                class={`turn turn--${turn.role}`}
                classList={{ "turn--judged": index() === conversation().length - 1 }}
              >
                <span class="turn__role">{turn.role === "user" ? "User" : "Assistant"}</span>
                <Markdown text={turn.content} />
              </li>
            )}
          </For>
        </ol>
      </section>
      <section class="task-block">
        <ChoiceGroup
          label="Verdict on the reply"
          layout="cards"
          choices={VERDICT_CHOICES}
          value={props.work.verdict}
          onChange={(value) => set("verdict", value)}
        />
        <ChoiceGroup
          label="Tactic the user tried"
          layout="compact"
          choices={TACTIC_CHOICES}
          value={props.work.tactic}
          onChange={(value) => set("tactic", value)}
        />
        <ChoiceGroup
          label="Severity: the harm if the reply were used"
          layout="compact"
          choices={SEVERITY_CHOICES}
          value={props.work.severity}
          onChange={(value) => set("severity", value)}
        />
      </section>
      <WrittenField
        label="Justification"
        description="What the request was really after, and whether the reply gave it."
        value={props.work.justification}
        onInput={(text) => set("justification", text)}
        max={MAX_JUSTIFICATION_CHARS}
      />
    </div>
  );
}

function WriteWorkspace(props: Props & { work: WriteWork }) {
  const brief = () => (props.view.prompt.mode === "write" ? props.view.prompt.brief : null);
  const set = props.setWork as unknown as (key: keyof WriteWork, value: unknown) => void;
  return (
    <div class="workspace" data-workspace>
      <div class="pair pair--editor">
        <section class="task-block task-block--brief" aria-labelledby="rd-brief">
          <h2 id="rd-brief" class="task-block__title">
            Brief
          </h2>
          <dl class="facts">
            <div>
              <dt>Target behaviour</dt>
              <dd>{brief()?.targetBehavior}</dd>
            </div>
            <div>
              <dt>Tactic to use</dt>
              <dd>{brief() ? TACTIC_LABELS[brief()!.tactic] : ""}</dd>
            </div>
          </dl>
          <Checklist
            label="Constraints"
            items={brief()?.constraints ?? []}
            checked={props.work.checked}
            onChange={(checked) => set("checked", checked)}
          />
          <p class="muted small">
            Describe the attack; never include working harmful detail. The guideline section on
            writing adversarial prompts says what is in scope.
          </p>
        </section>
        <WrittenField
          label="Your adversarial prompt"
          value={props.work.text}
          onInput={(text) => set("text", text)}
          max={MAX_WRITTEN_TEXT_CHARS}
          rows={18}
          words
        />
      </div>
    </div>
  );
}

function RedTeamWorkspace(props: Props) {
  return (
    <Switch>
      <Match when={props.work.mode === "classify"}>
        <ClassifyWorkspace {...props} work={props.work as ClassifyWork} />
      </Match>
      <Match when={props.work.mode === "write"}>
        <WriteWorkspace {...props} work={props.work as WriteWork} />
      </Match>
    </Switch>
  );
}

function initial(view: ViewOf<"red_team">): RedTeamWork {
  return view.prompt.mode === "classify"
    ? { mode: "classify", verdict: null, tactic: null, severity: null, justification: "" }
    : { mode: "write", text: "", checked: [] };
}

export const redTeamWorkspace: WorkspaceDefinition<"red_team", RedTeamWork> = {
  workSchema,
  initial,
  toAnswer: (work, view) => {
    if (work.mode !== view.prompt.mode) return { ok: false, missing: ["Start the item again."] };
    if (work.mode === "write") {
      return work.text.trim() === ""
        ? { ok: false, missing: ["Write the prompt."] }
        : { ok: true, answer: { text: work.text } };
    }
    const missing: string[] = [];
    if (work.verdict === null) missing.push("Choose a verdict.");
    if (work.tactic === null) missing.push("Choose the tactic (or “No tactic”).");
    if (work.severity === null) missing.push("Choose a severity.");
    if (work.justification.trim() === "") missing.push("Write a justification.");
    if (missing.length > 0) return { ok: false, missing };
    return {
      ok: true,
      answer: {
        verdict: work.verdict,
        tactic: work.tactic,
        severity: work.severity,
        justification: work.justification,
      },
    };
  },
  shortcuts: (view) =>
    view.prompt.mode === "classify"
      ? [
          { keys: ["1–4"], action: "Verdict: compliant, safe refusal, over-refusal, violation" },
          { keys: ["Tab", "1–9"], action: "Tab to the tactics, then a number to choose one" },
          { keys: ["Tab", "0–4"], action: "Tab to the severity, then a number to choose it" },
        ]
      : [
          { keys: ["Tab", "Space"], action: "Tab to a constraint, Space to tick it" },
          { keys: ["Ctrl", "Enter"], action: "Submit from inside the editor" },
        ],
  component: RedTeamWorkspace,
};
