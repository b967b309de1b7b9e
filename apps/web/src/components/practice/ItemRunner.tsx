import { Alert, Badge, Button, Dialog, ProgressBar, showToast } from "@rubric/ui";
import { useQueryClient } from "@tanstack/solid-query";
import { createEffect, createSignal, For, on, onCleanup, onMount, Show } from "solid-js";
import { createStore, type SetStoreFunction, unwrap } from "solid-js/store";
import { Dynamic } from "solid-js/web";
import { createActiveTimer } from "../../lib/practice/active-time.ts";
import {
  createAutosave,
  type DraftEnvelope,
  localDrafts,
  newerDraft,
  readEnvelope,
  type StoredDraft,
} from "../../lib/practice/drafts.ts";
import { formatDuration, formatMinutes } from "../../lib/practice/format.ts";
import { DIFFICULTY_LABELS } from "../../lib/practice/labels.ts";
import { createMediaQuery } from "../../lib/practice/media.ts";
import type { AttemptFeedback, Batch, BatchItem } from "../../lib/practice/types.ts";
import { errorCodeOf, fieldErrorsOf, messageOf, trpc } from "../../lib/trpc.ts";
import { ShortcutHelp } from "../drills/ShortcutHelp.tsx";
import { GuidelinePanel } from "./GuidelinePanel.tsx";
import { workspaceFor } from "./registry.ts";
import { RUNNER_SHORTCUTS, useRunnerKeys } from "./runner-keys.ts";

export interface ItemRunnerProps {
  batch: Batch;
  item: BatchItem;
  onSubmitted: (feedback: AttemptFeedback) => void;
}

/** Where the item's work starts: the newer of the server's and this browser's draft. */
function restore(props: ItemRunnerProps) {
  const definition = workspaceFor(props.item.view.taskType);
  const stored = newerDraft(props.item.draft, localDrafts.read(props.batch.id, props.item.itemId));
  const envelope = readEnvelope(stored?.answer);
  const parsed = definition.workSchema.safeParse(envelope?.work);
  return {
    work: parsed.success ? parsed.data : definition.initial(props.item.view),
    submissionId: envelope?.submissionId ?? crypto.randomUUID(),
    activeSeconds: stored?.activeSeconds ?? 0,
    restored: parsed.success,
  };
}

/**
 * One item of a batch: its workspace, the active-time clock, drafts saved as the worker goes,
 * and the submit. Mounted afresh for each item, so every piece of state belongs to one item.
 */
export function ItemRunner(props: ItemRunnerProps) {
  const queryClient = useQueryClient();
  const definition = workspaceFor(props.item.view.taskType);
  const start = restore(props);
  const [work, setWork] = createStore<object>(start.work);
  const timer = createActiveTimer(start.activeSeconds);
  const [missing, setMissing] = createSignal<string[]>([]);
  const [serverProblems, setServerProblems] = createSignal<string[]>([]);
  const [submitting, setSubmitting] = createSignal(false);
  const [helpOpen, setHelpOpen] = createSignal(false);
  const [guidelineOpen, setGuidelineOpen] = createSignal(false);
  const wide = createMediaQuery("(min-width: 1180px)");

  const autosave = createAutosave<StoredDraft>((draft) =>
    trpc.practice.saveDraft.mutate({
      batchId: props.batch.id,
      itemId: props.item.itemId,
      answer: draft.answer,
      activeSeconds: draft.activeSeconds,
    }),
  );
  let editedAt = new Date().toISOString();
  const snapshot = (): StoredDraft => ({
    answer: {
      work: unwrap(work),
      submissionId: start.submissionId,
      editedAt,
    } satisfies DraftEnvelope<object>,
    activeSeconds: timer.now(),
  });
  const persist = (now: boolean) => {
    const draft = snapshot();
    localDrafts.write(props.batch.id, props.item.itemId, draft);
    autosave.schedule(draft);
    if (now) void autosave.flush();
  };

  createEffect(
    on(
      () => JSON.stringify(work),
      () => {
        editedAt = new Date().toISOString();
        setMissing([]);
        persist(false);
      },
      { defer: true },
    ),
  );
  // Leaving the tab is the moment work is most often lost; save what is there, time included.
  const onVisibility = () => {
    if (document.visibilityState === "hidden") persist(true);
  };
  const onPageHide = () => localDrafts.write(props.batch.id, props.item.itemId, snapshot());
  document.addEventListener("visibilitychange", onVisibility);
  window.addEventListener("pagehide", onPageHide);
  onCleanup(() => {
    document.removeEventListener("visibilitychange", onVisibility);
    window.removeEventListener("pagehide", onPageHide);
    void autosave.flush();
  });

  const submit = async () => {
    if (submitting()) return;
    const result = definition.toAnswer(unwrap(work), props.item.view);
    if (!result.ok) {
      setMissing(result.missing);
      return;
    }
    setMissing([]);
    setServerProblems([]);
    setSubmitting(true);
    try {
      const feedback = await trpc.practice.submit.mutate({
        batchId: props.batch.id,
        itemId: props.item.itemId,
        answer: result.answer,
        activeSeconds: timer.now(),
        submissionId: start.submissionId,
      });
      autosave.stop();
      localDrafts.clear(props.batch.id, props.item.itemId);
      props.onSubmitted(feedback);
      void queryClient.invalidateQueries({ queryKey: ["practice"] });
    } catch (error) {
      const fields = fieldErrorsOf(error);
      if (fields) {
        setServerProblems(
          Object.entries(fields).flatMap(([path, messages]) =>
            (messages ?? []).map((message) => `${path}: ${message}`),
          ),
        );
      } else if (errorCodeOf(error) === "CONFLICT") {
        showToast(
          "This item was already submitted from another tab; showing the batch as it is.",
          "info",
        );
        await queryClient.invalidateQueries({ queryKey: ["practice"] });
      } else {
        // The draft keeps the submission id, so trying again cannot store the answer twice.
        showToast(`${messageOf(error)} Your work is kept; submit again.`, "danger");
      }
    } finally {
      setSubmitting(false);
    }
  };

  useRunnerKeys({
    onHelp: () => setHelpOpen((open) => !open),
    onGuideline: () => setGuidelineOpen((open) => !open),
    onSubmit: () => void submit(),
  });

  // Each item starts with focus at the top of the task, so Tab leads straight into the work.
  let root: HTMLDivElement | undefined;
  onMount(() => root?.focus({ preventScroll: true }));

  const submittedCount = () => props.batch.items.filter((i) => i.status === "submitted").length;
  const overTime = () => timer.seconds() > props.item.expectedMinutes * 60;

  return (
    <div class="runner" ref={root} tabindex="-1">
      <header class="runner__bar">
        <div class="runner__heading">
          <p class="eyebrow">
            Item {props.batch.items.findIndex((i) => i.itemId === props.item.itemId) + 1} of{" "}
            {props.batch.items.length}
          </p>
          <h1 class="runner__title">{props.item.title}</h1>
          <div class="chips">
            <Badge>{DIFFICULTY_LABELS[props.item.difficulty]}</Badge>
            <Show when={start.restored}>
              <Badge tone="primary">Draft restored</Badge>
            </Show>
          </div>
        </div>
        <div class="runner__meta">
          <p class="runner__timer" classList={{ "runner__timer--over": overTime() }}>
            <span class="runner__clock" role="timer" aria-label="Active time on this item">
              {formatDuration(timer.seconds())}
            </span>
            <span class="muted small">
              active · expected {formatMinutes(props.item.expectedMinutes)}
            </span>
          </p>
          <div class="runner__tools">
            <Button
              variant="secondary"
              size="sm"
              aria-pressed={guidelineOpen()}
              onClick={() => setGuidelineOpen((o) => !o)}
            >
              Guideline <kbd>G</kbd>
            </Button>
            <Button variant="ghost" size="sm" onClick={() => setHelpOpen(true)}>
              Shortcuts <kbd>?</kbd>
            </Button>
          </div>
        </div>
        <div class="runner__progress">
          <ProgressBar
            label="Batch progress"
            value={submittedCount()}
            max={props.batch.items.length}
            valueLabel={`${submittedCount()} of ${props.batch.items.length} submitted`}
          />
        </div>
      </header>

      <div class="runner__body" classList={{ "runner__body--panel": guidelineOpen() && wide() }}>
        <div class="runner__task">
          <Dynamic
            component={definition.component}
            view={props.item.view}
            work={work}
            setWork={setWork as SetStoreFunction<object>}
          />
        </div>
        <Show when={guidelineOpen() && wide()}>
          <aside class="runner__panel" aria-label="Guideline">
            <div class="runner__panel-head">
              <h2 class="task-block__title">Guideline</h2>
              <Button variant="ghost" size="sm" onClick={() => setGuidelineOpen(false)}>
                Close
              </Button>
            </div>
            <GuidelinePanel refs={props.item.guidelineRefs} />
          </aside>
        </Show>
      </div>
      <Dialog open={guidelineOpen() && !wide()} onOpenChange={setGuidelineOpen} title="Guideline">
        <div class="dialog-scroll">
          <GuidelinePanel refs={props.item.guidelineRefs} />
        </div>
      </Dialog>

      <footer class="runner__actions">
        <div class="runner__status" aria-live="polite">
          <Show
            when={missing().length > 0 || serverProblems().length > 0}
            fallback={<SaveStatus autosave={autosave} />}
          >
            <Alert tone="warning" title="Before you submit">
              <ul class="plain-list">
                <For each={[...missing(), ...serverProblems()]}>{(line) => <li>{line}</li>}</For>
              </ul>
            </Alert>
          </Show>
        </div>
        <Button onClick={() => void submit()} loading={submitting()} size="lg">
          Submit <kbd>Ctrl+Enter</kbd>
        </Button>
      </footer>

      <ShortcutHelp
        open={helpOpen()}
        onOpenChange={setHelpOpen}
        title="Keyboard shortcuts"
        shortcuts={[...definition.shortcuts(props.item.view), ...RUNNER_SHORTCUTS]}
      />
    </div>
  );
}

function SaveStatus(props: { autosave: ReturnType<typeof createAutosave> }) {
  const label = () => {
    switch (props.autosave.status()) {
      case "pending":
      case "saving":
        return "Saving draft…";
      case "saved":
        return `Draft saved ${props.autosave.savedAt()?.toLocaleTimeString(undefined, { hour: "2-digit", minute: "2-digit" }) ?? ""}`;
      case "error":
        return "Draft not saved to the server (kept in this browser); retrying on your next change.";
      default:
        return "Your work is saved as you go.";
    }
  };
  return (
    <p
      class="muted small"
      classList={{ "runner__save--error": props.autosave.status() === "error" }}
    >
      {label()}
    </p>
  );
}
