import { Alert, Button, Dialog, ProgressBar } from "@rubric/ui";
import { A, Navigate, useNavigate, useParams } from "@solidjs/router";
import { useQuery, useQueryClient } from "@tanstack/solid-query";
import { createEffect, createMemo, createSignal, For, on, Show } from "solid-js";
import { createStore } from "solid-js/store";
import {
  AssessmentItem,
  type ItemProgress,
  isTimeUp,
} from "../../components/ladder/AssessmentItem.tsx";
import { Countdown } from "../../components/ladder/Countdown.tsx";
import { Icon } from "../../components/ladder/StateBadge.tsx";
import { useRunnerKeys } from "../../components/practice/runner-keys.ts";
import { QueryState } from "../../components/QueryState.tsx";
import { clockOffset, createServerClock, remainingMs } from "../../lib/ladder/countdown.ts";
import { itemKindLabel } from "../../lib/ladder/format.ts";
import { ladderKeys } from "../../lib/ladder/queries.ts";
import type { Attempt, AttemptSection } from "../../lib/ladder/types.ts";
import { localDrafts } from "../../lib/practice/drafts.ts";
import { messageOf, trpc } from "../../lib/trpc.ts";

/** The attempt as loaded, with how far the server's clock is from this browser's at that moment. */
interface Loaded {
  attempt: Attempt;
  offsetMs: number;
}

export function AssessmentRunner() {
  const params = useParams<{ attemptId: string }>();
  const loaded = useQuery(() => ({
    queryKey: ladderKeys.attempt(params.attemptId),
    queryFn: async (): Promise<Loaded> => {
      const attempt = await trpc.assessment.attempt.query({ attemptId: params.attemptId });
      return { attempt, offsetMs: clockOffset(attempt.serverNow, Date.now()) };
    },
    // The attempt changes only when the worker moves on; a refetch on focus would reset nothing
    // useful and cost a round trip mid-item.
    refetchOnWindowFocus: false,
    staleTime: Number.POSITIVE_INFINITY,
  }));
  return (
    <div class="page">
      <QueryState
        query={loaded}
        failure="This assessment could not be loaded"
        loading="Loading your assessment…"
        errorAction={
          <>
            {" "}
            <A href="/app/assessment">Back to assessments</A>
          </>
        }
      >
        {(data) => (
          <Show
            when={data().attempt.currentSectionId}
            fallback={<Navigate href={`/app/assessment/${params.attemptId}/report`} />}
          >
            <Runner loaded={data()} />
          </Show>
        )}
      </QueryState>
    </div>
  );
}

function Runner(props: { loaded: Loaded }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const attempt = () => props.loaded.attempt;
  const now = createServerClock(() => props.loaded.offsetMs);
  const section = createMemo(
    () => attempt().sections.find((s) => s.id === attempt().currentSectionId) as AttemptSection,
  );
  const sectionIndex = () => attempt().sections.findIndex((s) => s.id === section().id);
  const isLast = () => sectionIndex() === attempt().sections.length - 1;
  const overallMs = () => remainingMs(attempt().deadline, now());
  const sectionMs = () => remainingMs(section().deadline ?? attempt().deadline, now());

  const [itemIndex, setItemIndex] = createSignal(0);
  const [progress, setProgress] = createStore<Record<string, ItemProgress>>({});
  const [confirming, setConfirming] = createSignal(false);
  const [moving, setMoving] = createSignal(false);
  const [helpOpen, setHelpOpen] = createSignal(false);
  const [notice, setNotice] = createSignal<string | null>(null);
  // Every notice on this page is about time running out.
  const [failure, setFailure] = createSignal<string | null>(null);

  createEffect(
    on(
      () => section().id,
      () => {
        setItemIndex(0);
        for (const item of section().items) {
          const local = localDrafts.read(`assessment-${attempt().id}`, item.ref);
          setProgress(item.ref, item.savedAnswer !== null ? "saved" : local ? "draft" : "empty");
        }
      },
    ),
  );

  const items = () => section().items;
  const item = () => items()[itemIndex()];
  const answered = () => items().filter((i) => progress[i.ref] === "saved").length;
  const reportHref = (reason?: string) =>
    `/app/assessment/${attempt().id}/report${reason ? `?ended=${reason}` : ""}`;

  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: ladderKeys.attempt(attempt().id) });
  const finished = async (reason?: string) => {
    await queryClient.invalidateQueries({ queryKey: ["ladder"] });
    await queryClient.invalidateQueries({ queryKey: ["assessment"] });
    navigate(reportHref(reason), { replace: true });
  };

  /** Leaves the current section: the server grades it as saved; the last one submits. */
  const advance = async (fromSectionId: string, reason?: string) => {
    if (moving()) return;
    setMoving(true);
    setFailure(null);
    try {
      const next = await trpc.assessment.advance.mutate({
        attemptId: attempt().id,
        fromSectionId,
      });
      setConfirming(false);
      if (next.currentSectionId === null) await finished(reason);
      else await refresh();
    } catch (error) {
      if (isTimeUp(error)) await endOnTime();
      else setFailure(messageOf(error));
    } finally {
      setMoving(false);
    }
  };

  /** The whole attempt's time is over: grade what was saved before the deadline. */
  const endOnTime = async () => {
    setNotice("The assessment's time has run out. Answers saved before the deadline are graded.");
    try {
      await trpc.assessment.submit.mutate({ attemptId: attempt().id });
    } finally {
      await finished("time");
    }
  };

  // Each deadline is acted on once: the section's moves to the next section, the attempt's
  // ends it. The server enforces both whatever this page does.
  let handledSection: string | null = null;
  let handledOverall = false;
  createEffect(() => {
    if (overallMs() === 0 && !handledOverall) {
      handledOverall = true;
      void endOnTime();
      return;
    }
    const id = section().id;
    if (sectionMs() === 0 && handledSection !== id && !handledOverall) {
      handledSection = id;
      setNotice(`${section().label} closed at its deadline. Answers saved before it count.`);
      void advance(id, "time");
    }
  });

  const onTimeUp = () => {
    setNotice("The server no longer accepts answers for this section.");
  };

  useRunnerKeys({
    onHelp: () => setHelpOpen((open) => !open),
    onNext: () => setItemIndex((i) => Math.min(items().length - 1, i + 1)),
  });

  return (
    <div class="assess">
      <header class="assess__bar">
        <div class="assess__heading">
          <p class="eyebrow">{attempt().title}</p>
          <h1 class="assess__title">
            Section {sectionIndex() + 1} of {attempt().sections.length}: {section().label}
          </h1>
        </div>
        <div class="assess__timers">
          <Countdown label="This section" ms={sectionMs()} />
          <Countdown label="Whole assessment" ms={overallMs()} />
        </div>
        <div class="assess__progress">
          <ProgressBar
            label="Progress"
            value={sectionIndex() + (items().length ? answered() / items().length : 0)}
            max={attempt().sections.length}
            valueLabel={`Section ${sectionIndex() + 1} of ${attempt().sections.length} · ${answered()} of ${items().length} items saved`}
          />
        </div>
      </header>

      <Show when={notice()}>
        {(text) => (
          <Alert tone="warning" title="Time is up">
            {text()}
          </Alert>
        )}
      </Show>

      <div class="assess__body">
        <nav class="assess__sections" aria-label="Sections">
          <ol>
            <For each={attempt().sections}>
              {(s, i) => (
                <li
                  class={`assess-section assess-section--${s.state}`}
                  aria-current={s.state === "current" ? "step" : undefined}
                >
                  <span class="assess-section__mark" aria-hidden="true">
                    <Show when={s.state === "done"} fallback={i() + 1}>
                      <Icon name="check" />
                    </Show>
                  </span>
                  <span class="assess-section__label">
                    {s.label}
                    <span class="small muted">
                      {SECTION_STATE_WORDS[s.state]} · {s.timeLimitMinutes} min
                    </span>
                  </span>
                </li>
              )}
            </For>
          </ol>
          <p class="small muted">
            One section at a time. A section you leave cannot be reopened, and unanswered items
            score 0.
          </p>
        </nav>

        <section class="assess__section" aria-label={section().label}>
          <p class="assess__section-about">{section().description}</p>
          <nav class="item-strip" aria-label="Items in this section">
            <For each={items()}>
              {(it, i) => (
                <button
                  type="button"
                  class={`item-strip__item item-strip__item--${progress[it.ref] ?? "empty"}`}
                  aria-current={i() === itemIndex() ? "true" : undefined}
                  aria-label={`Item ${i() + 1}, ${itemKindLabel(it.kind)}, ${STATUS_WORDS[progress[it.ref] ?? "empty"]}`}
                  onClick={() => setItemIndex(i())}
                >
                  {i() + 1}
                </button>
              )}
            </For>
            <span class="item-strip__legend small muted">
              <span class="item-strip__key item-strip__item--saved" aria-hidden="true" /> saved
              <span class="item-strip__key item-strip__item--draft" aria-hidden="true" /> in
              progress
            </span>
          </nav>
          <Show when={item()} keyed>
            {(current) => (
              <article class="assess__item" aria-labelledby="item-title">
                <header class="assess__item-head">
                  <p class="eyebrow">
                    Item {itemIndex() + 1} of {items().length} · {itemKindLabel(current.kind)}
                  </p>
                  <h3 id="item-title" class="assess__item-title">
                    {current.view.title}
                  </h3>
                </header>
                <AssessmentItem
                  attemptId={attempt().id}
                  sectionId={section().id}
                  item={current}
                  onProgress={(ref, state) => setProgress(ref, state)}
                  onTimeUp={onTimeUp}
                  helpOpen={helpOpen()}
                  onHelpOpenChange={setHelpOpen}
                />
              </article>
            )}
          </Show>
          <Show when={failure()}>
            {(message) => (
              <Alert tone="danger" title="Could not move on">
                {message()}
              </Alert>
            )}
          </Show>
          <footer class="assess__actions">
            <div class="assess__nav">
              <Button
                variant="secondary"
                disabled={itemIndex() === 0}
                onClick={() => setItemIndex((i) => i - 1)}
              >
                Previous item
              </Button>
              <Button
                variant="secondary"
                disabled={itemIndex() >= items().length - 1}
                onClick={() => setItemIndex((i) => i + 1)}
              >
                Next item <kbd>N</kbd>
              </Button>
            </div>
            <Button onClick={() => setConfirming(true)}>
              {isLast() ? "Submit assessment" : "Finish section"}
            </Button>
          </footer>
        </section>
      </div>

      <Dialog
        open={confirming()}
        onOpenChange={setConfirming}
        title={isLast() ? "Submit the assessment?" : `Finish ${section().label}?`}
      >
        <p>
          {answered()} of {items().length} items in this section are saved.
          <Show when={answered() < items().length}> Unsaved items score 0.</Show>
        </p>
        <p class="muted">
          <Show
            when={isLast()}
            fallback="You cannot come back to this section once you move on. The next section's timer starts when it opens."
          >
            Your answers are graded as soon as you submit.
          </Show>
        </p>
        <div class="form__actions">
          <Button variant="ghost" onClick={() => setConfirming(false)}>
            Keep working
          </Button>
          <Button loading={moving()} onClick={() => void advance(section().id)}>
            {isLast() ? "Submit assessment" : "Finish section"}
          </Button>
        </div>
      </Dialog>
    </div>
  );
}

const SECTION_STATE_WORDS: Record<AttemptSection["state"], string> = {
  done: "Done",
  current: "Now",
  upcoming: "Next",
};

const STATUS_WORDS: Record<ItemProgress, string> = {
  saved: "saved",
  draft: "in progress, not saved",
  empty: "not started",
};
