import { Alert, Button, showToast } from "@rubric/ui";
import { A, useNavigate, useParams } from "@solidjs/router";
import { useQuery } from "@tanstack/solid-query";
import { createSignal, For, Match, onMount, Show, Switch } from "solid-js";
import { ShortcutHelp } from "../../components/drills/ShortcutHelp.tsx";
import { BatchSummaryView } from "../../components/practice/BatchSummaryView.tsx";
import { FeedbackView } from "../../components/practice/feedback/FeedbackView.tsx";
import { ItemRunner } from "../../components/practice/ItemRunner.tsx";
import { RUNNER_SHORTCUTS, useRunnerKeys } from "../../components/practice/runner-keys.ts";
import type { AttemptFeedback, Batch } from "../../lib/practice/types.ts";
import { errorCodeOf, messageOf, trpc } from "../../lib/trpc.ts";

/** A batch, one item at a time: work, submit, read the feedback, next; a summary at the end. */
export function BatchRunner() {
  const params = useParams<{ id: string }>();
  const batch = useQuery(() => ({
    queryKey: ["practice", "batch", params.id],
    queryFn: () => trpc.practice.batch.query({ batchId: params.id }),
    // Drafts live in the workspace once it opens; a refetch must not reset them underneath.
    refetchOnWindowFocus: false,
  }));
  const [feedback, setFeedback] = createSignal<AttemptFeedback | null>(null);
  const current = () => batch.data?.items.find((item) => item.status === "pending") ?? null;

  return (
    <Switch>
      <Match when={batch.isError}>
        <BatchError
          notFound={errorCodeOf(batch.error) === "NOT_FOUND"}
          message={messageOf(batch.error)}
        />
      </Match>
      <Match when={!batch.data}>
        <p class="page-loading">Loading the batch…</p>
      </Match>
      <Match when={feedback()}>
        {(shown) => (
          <FeedbackStep
            feedback={shown()}
            last={current() === null}
            onNext={() => {
              setFeedback(null);
              window.scrollTo({ top: 0 });
            }}
          />
        )}
      </Match>
      <Match when={current()}>
        {(item) => (
          // Keyed by item, so each item gets a fresh workspace, clock and draft.
          <For each={[item().itemId]}>
            {() => (
              <ItemRunner
                batch={batch.data as Batch}
                item={item()}
                onSubmitted={(result) => {
                  setFeedback(result);
                  window.scrollTo({ top: 0 });
                }}
              />
            )}
          </For>
        )}
      </Match>
      <Match when={batch.data}>
        <Summary batchId={params.id} />
      </Match>
    </Switch>
  );
}

function FeedbackStep(props: { feedback: AttemptFeedback; last: boolean; onNext: () => void }) {
  const [helpOpen, setHelpOpen] = createSignal(false);
  useRunnerKeys({ onHelp: () => setHelpOpen((open) => !open), onNext: props.onNext });
  let next: HTMLButtonElement | undefined;
  onMount(() => next?.focus({ preventScroll: true }));
  return (
    <div class="page">
      <FeedbackView
        feedback={props.feedback}
        actions={
          <Button ref={next} onClick={props.onNext} size="lg">
            {props.last ? "See the batch summary" : "Next item"} <kbd>N</kbd>
          </Button>
        }
      />
      <ShortcutHelp
        open={helpOpen()}
        onOpenChange={setHelpOpen}
        title="Keyboard shortcuts"
        shortcuts={RUNNER_SHORTCUTS}
      />
    </div>
  );
}

function Summary(props: { batchId: string }) {
  const navigate = useNavigate();
  const summary = useQuery(() => ({
    queryKey: ["practice", "summary", props.batchId],
    queryFn: () => trpc.practice.batchSummary.query({ batchId: props.batchId }),
  }));
  return (
    <Show when={summary.data} fallback={<p class="page-loading">Adding up the batch…</p>}>
      {(data) => (
        <BatchSummaryView
          summary={data()}
          actions={
            <>
              <A href="/app/practice" class="ui-button ui-button--secondary ui-button--md">
                Back to practice
              </A>
              <Button
                onClick={async () => {
                  try {
                    const next = await trpc.practice.startBatch.mutate({
                      taskType: data().taskType,
                      size: data().size,
                    });
                    navigate(`/app/practice/batch/${next.batchId}`);
                  } catch (error) {
                    showToast(messageOf(error), "danger");
                  }
                }}
              >
                Another batch like this
              </Button>
            </>
          }
        />
      )}
    </Show>
  );
}

function BatchError(props: { notFound: boolean; message: string }) {
  return (
    <div class="page page--narrow">
      <Alert
        tone="danger"
        title={props.notFound ? "This batch isn't available" : "The batch could not be loaded"}
      >
        {props.notFound ? "It may belong to another account, or the link is wrong." : props.message}
      </Alert>
      <p>
        <A href="/app/practice">Back to practice</A>
      </p>
    </div>
  );
}
