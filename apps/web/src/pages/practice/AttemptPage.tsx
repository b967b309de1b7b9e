import { Alert } from "@rubric/ui";
import { A, useParams } from "@solidjs/router";
import { useQuery } from "@tanstack/solid-query";
import { Match, Switch } from "solid-js";
import { FeedbackView } from "../../components/practice/feedback/FeedbackView.tsx";
import { errorCodeOf, messageOf, trpc } from "../../lib/trpc.ts";

/** One stored attempt's feedback, reachable again from the batch summary. */
export function AttemptPage() {
  const params = useParams<{ id: string }>();
  const attempt = useQuery(() => ({
    queryKey: ["practice", "attempt", params.id],
    queryFn: () => trpc.practice.attempt.query({ attemptId: params.id }),
  }));
  return (
    <Switch>
      <Match when={attempt.isError}>
        <div class="page page--narrow">
          <Alert tone="danger" title="This feedback isn't available">
            {errorCodeOf(attempt.error) === "NOT_FOUND"
              ? "It may belong to another account, or the link is wrong."
              : messageOf(attempt.error)}
          </Alert>
          <A href="/app/practice">Back to practice</A>
        </div>
      </Match>
      <Match when={attempt.data}>
        {(data) => (
          <div class="page">
            <FeedbackView
              feedback={data()}
              actions={
                <A
                  href={`/app/practice/batch/${data().batchId}`}
                  class="ui-button ui-button--secondary ui-button--md"
                >
                  Back to the batch
                </A>
              }
            />
          </div>
        )}
      </Match>
      <Match when={true}>
        <p class="page-loading">Loading feedback…</p>
      </Match>
    </Switch>
  );
}
