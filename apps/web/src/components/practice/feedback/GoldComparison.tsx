import type { TaskAnswerByType, TaskItemOf, TaskType } from "@rubric/core";
import { type JSX, Match, Switch } from "solid-js";
import type { AttemptFeedback } from "../../../lib/practice/types.ts";
import type { ViewOf } from "../workspace.ts";
import { CodeReviewCompare } from "./CodeReviewCompare.tsx";
import type { CompareProps } from "./compare.ts";
import { DomainReviewCompare } from "./DomainReviewCompare.tsx";
import { FactCheckCompare } from "./FactCheckCompare.tsx";
import { PairwiseCompare } from "./PairwiseCompare.tsx";
import { RankingCompare } from "./RankingCompare.tsx";
import { RatingCompare } from "./RatingCompare.tsx";
import { RedTeamCompare } from "./RedTeamCompare.tsx";
import { WrittenCompare } from "./WrittenCompare.tsx";

/**
 * The stored answer, the gold and the view belong to one task type; the feedback carries them
 * untyped, so they are narrowed together here by the type the feedback names.
 */
function propsFor<T extends TaskType>(feedback: AttemptFeedback, _type: T): CompareProps<T> {
  return {
    view: feedback.view as ViewOf<T>,
    answer: feedback.answer as TaskAnswerByType[T],
    gold: feedback.gold as TaskItemOf<T>["gold"],
  };
}

/** The worker's answer next to the expert's, drawn the way each task type is judged. */
export function GoldComparison(props: { feedback: AttemptFeedback }): JSX.Element {
  const type = () => props.feedback.taskType;
  return (
    <Switch>
      <Match when={type() === "pairwise"}>
        <PairwiseCompare {...propsFor(props.feedback, "pairwise")} />
      </Match>
      <Match when={type() === "ranking"}>
        <RankingCompare {...propsFor(props.feedback, "ranking")} />
      </Match>
      <Match when={type() === "rating"}>
        <RatingCompare {...propsFor(props.feedback, "rating")} />
      </Match>
      <Match when={type() === "rewrite"}>
        <WrittenCompare
          yours={propsFor(props.feedback, "rewrite").answer.text}
          reference={propsFor(props.feedback, "rewrite").gold.referenceRewrite}
          referenceLabel="Expert's reference rewrite"
          diff={props.feedback.diff}
        />
      </Match>
      <Match when={type() === "prompt"}>
        <WrittenCompare
          yours={propsFor(props.feedback, "prompt").answer.text}
          reference={propsFor(props.feedback, "prompt").gold.referencePrompt}
          referenceLabel="Expert's reference prompt"
          diff={null}
        />
      </Match>
      <Match when={type() === "red_team"}>
        <RedTeamCompare {...propsFor(props.feedback, "red_team")} diff={null} />
      </Match>
      <Match when={type() === "fact_check"}>
        <FactCheckCompare {...propsFor(props.feedback, "fact_check")} />
      </Match>
      <Match when={type() === "domain_review"}>
        <DomainReviewCompare {...propsFor(props.feedback, "domain_review")} />
      </Match>
      <Match when={type() === "code_review"}>
        <CodeReviewCompare {...propsFor(props.feedback, "code_review")} />
      </Match>
    </Switch>
  );
}
