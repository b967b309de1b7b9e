import type { TaskPublicView } from "@rubric/core";
import { Alert, Button, Card } from "@rubric/ui";
import { createEffect, createSignal, For, Match, on, onCleanup, Show, Switch } from "solid-js";
import { createStore, type SetStoreFunction, unwrap } from "solid-js/store";
import { Dynamic } from "solid-js/web";
import type { Mark } from "../../lib/drills/api.ts";
import { PLAYER_SHORTCUTS, playerCommandFor, timestampEdit } from "../../lib/drills/player-keys.ts";
import type { AttemptItem } from "../../lib/ladder/types.ts";
import { createAutosave, localDrafts, readEnvelope } from "../../lib/practice/drafts.ts";
import { errorCodeOf, fieldErrorsOf, messageOf, trpc } from "../../lib/trpc.ts";
import { HouseStyleReminder } from "../drills/HouseStyleReminder.tsx";
import { createMarking, MarkList, ProofreadingMarker } from "../drills/ProofreadingMarker.tsx";
import { ShortcutHelp } from "../drills/ShortcutHelp.tsx";
import { createAudioPlayer, TranscriptionPlayer } from "../drills/TranscriptionPlayer.tsx";
import { TypingSurface } from "../drills/TypingSurface.tsx";
import { workspaceFor } from "../practice/registry.ts";
import { workFromAnswer } from "../practice/workspace.ts";

/** Where an item stands: a complete answer on the server, work kept only here, or nothing. */
export type ItemProgress = "saved" | "draft" | "empty";

export interface AssessmentItemProps {
  attemptId: string;
  sectionId: string;
  item: AttemptItem;
  onProgress: (ref: string, progress: ItemProgress) => void;
  /** The server refused a save because the time is up. */
  onTimeUp: () => void;
  helpOpen: boolean;
  onHelpOpenChange: (open: boolean) => void;
}

/** The browser's copy of an item's work, one key per attempt and item. */
const draftKey = (attemptId: string) => `assessment-${attemptId}`;

export function isTimeUp(error: unknown): boolean {
  return errorCodeOf(error) === "PRECONDITION_FAILED" || /time is up/i.test(messageOf(error));
}

/**
 * Saves complete answers to the server, debounced, and reports how that is going. Only a
 * complete answer can be stored (the server checks it against the item's schema); anything
 * less stays in this browser until it is complete.
 */
function createAnswerSaver(props: AssessmentItemProps) {
  const [problems, setProblems] = createSignal<string[]>([]);
  const autosave = createAutosave<unknown>(async (answer) => {
    try {
      await trpc.assessment.saveAnswer.mutate({
        attemptId: props.attemptId,
        sectionId: props.sectionId,
        itemRef: props.item.ref,
        answer,
      });
      setProblems([]);
      props.onProgress(props.item.ref, "saved");
    } catch (error) {
      if (isTimeUp(error)) props.onTimeUp();
      const fields = fieldErrorsOf(error);
      setProblems(
        fields ? Object.values(fields).flatMap((messages) => messages ?? []) : [messageOf(error)],
      );
      throw error;
    }
  }, 800);
  onCleanup(() => void autosave.flush());
  return { autosave, problems };
}

/** The browser's copy of an item's work in progress, written on every change. */
function readLocalWork(props: AssessmentItemProps): unknown {
  return readEnvelope(localDrafts.read(draftKey(props.attemptId), props.item.ref)?.answer)?.work;
}

function writeLocalWork(props: AssessmentItemProps, work: unknown): void {
  localDrafts.write(draftKey(props.attemptId), props.item.ref, {
    answer: { work, submissionId: props.item.ref, editedAt: new Date().toISOString() },
    activeSeconds: 0,
  });
}

/** One item of an assessment, in the same workspace or drill surface that practice uses. */
export function AssessmentItem(props: AssessmentItemProps) {
  return (
    <Switch fallback={<TaskItem {...props} />}>
      <Match when={props.item.kind === "typing"}>
        <TypingItem {...props} />
      </Match>
      <Match when={props.item.kind === "proofreading"}>
        <ProofreadingItem {...props} />
      </Match>
      <Match when={props.item.kind === "transcription"}>
        <TranscriptionItem {...props} />
      </Match>
    </Switch>
  );
}

function TaskItem(props: AssessmentItemProps) {
  const view = props.item.view as TaskPublicView;
  const definition = workspaceFor(view.taskType);
  const restoredLocal = definition.workSchema.safeParse(readLocalWork(props));
  const start = restoredLocal.success
    ? restoredLocal.data
    : (workFromAnswer(definition, view, props.item.savedAnswer) ?? definition.initial(view));
  const [work, setWork] = createStore<object>(start);
  const [missing, setMissing] = createSignal<string[]>([]);
  const { autosave, problems } = createAnswerSaver(props);

  createEffect(
    on(
      () => JSON.stringify(work),
      () => {
        writeLocalWork(props, unwrap(work));
        const result = definition.toAnswer(unwrap(work), view);
        if (result.ok) {
          setMissing([]);
          autosave.schedule(result.answer);
        } else {
          setMissing(result.missing);
          props.onProgress(props.item.ref, "draft");
        }
      },
      { defer: true },
    ),
  );

  return (
    <div class="assess-item">
      <div class="assess-item__tools">
        <Button variant="ghost" size="sm" onClick={() => props.onHelpOpenChange(true)}>
          Shortcuts <kbd>?</kbd>
        </Button>
      </div>
      <Dynamic
        component={definition.component}
        view={view}
        work={work}
        setWork={setWork as SetStoreFunction<object>}
      />
      <SaveLine
        status={autosave.status()}
        savedAt={autosave.savedAt()}
        wasSaved={props.item.savedAnswer !== null}
        missing={missing()}
        problems={problems()}
      />
      <ShortcutHelp
        open={props.helpOpen}
        onOpenChange={props.onHelpOpenChange}
        title="Keyboard shortcuts"
        shortcuts={[...definition.shortcuts(view), ...ASSESSMENT_SHORTCUTS]}
      />
    </div>
  );
}

export const ASSESSMENT_SHORTCUTS = [
  { keys: ["N"], action: "Next item in this section" },
  { keys: ["?"], action: "This list" },
];

function TypingItem(props: AssessmentItemProps) {
  const text = () => (props.item.view as { text: string }).text;
  const [round, setRound] = createSignal(0);
  const [finished, setFinished] = createSignal(props.item.savedAnswer !== null);
  const { autosave, problems } = createAnswerSaver(props);
  return (
    <div class="assess-item">
      <Show
        when={!finished()}
        fallback={
          <div class="assess-item__done">
            <p>Your typing is recorded for this item.</p>
            <Button variant="secondary" size="sm" onClick={() => setFinished(false)}>
              Type it again
            </Button>
          </div>
        }
      >
        <Show when={round() + 1} keyed>
          <TypingSurface
            text={text()}
            precision={false}
            onRestart={() => setRound((n) => n + 1)}
            onFinish={(outcome) => {
              setFinished(true);
              autosave.schedule(outcome);
              void autosave.flush();
            }}
          />
        </Show>
      </Show>
      <SaveLine
        status={autosave.status()}
        savedAt={autosave.savedAt()}
        wasSaved={props.item.savedAnswer !== null}
        missing={finished() ? [] : ["Type the passage to the end."]}
        problems={problems()}
      />
    </div>
  );
}

function ProofreadingItem(props: AssessmentItemProps) {
  const text = () => (props.item.view as { text: string }).text;
  const stored = (readLocalWork(props) ?? props.item.savedAnswer) as { marks?: Mark[] } | null;
  const { autosave, problems } = createAnswerSaver(props);
  const marking = createMarking(text, stored?.marks ?? [], (marks) => {
    writeLocalWork(props, { marks });
    autosave.schedule({ marks });
  });
  return (
    <div class="assess-item">
      <div class="proof">
        <ProofreadingMarker
          text={text()}
          marking={marking}
          id={`proof-instructions-${props.item.ref}`}
        />
        <Card
          title="Your marks"
          description="Each mark is one error you found; each change is saved."
          class="proof__side"
        >
          <MarkList marking={marking} />
        </Card>
      </div>
      <SaveLine
        status={autosave.status()}
        savedAt={autosave.savedAt()}
        wasSaved={props.item.savedAnswer !== null}
        missing={marking.marks().length === 0 ? ["Mark the errors you find."] : []}
        problems={problems()}
      />
    </div>
  );
}

interface ClipView {
  audioUrl: string;
  durationSec: number;
  style: string;
  speakerCount: number;
}

function TranscriptionItem(props: AssessmentItemProps) {
  const clip = props.item.view as ClipView;
  const stored = (readLocalWork(props) ?? props.item.savedAnswer) as { text?: string } | null;
  const player = createAudioPlayer(() => clip.durationSec);
  const [text, setText] = createSignal(stored?.text ?? "");
  const [help, setHelp] = createSignal(false);
  const { autosave, problems } = createAnswerSaver(props);
  const id = `transcript-${props.item.ref}`;
  let editor!: HTMLTextAreaElement;

  const change = (value: string) => {
    setText(value);
    writeLocalWork(props, { text: value });
    if (value.trim() !== "") autosave.schedule({ text: value });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const command = playerCommandFor(event, true);
    if (!command) return;
    event.preventDefault();
    if (command.kind === "help") setHelp(true);
    else if (command.kind === "timestamp") {
      const edit = timestampEdit(
        editor.value,
        editor.selectionStart,
        editor.selectionEnd,
        player.currentTime(),
      );
      editor.setRangeText(edit.insert, edit.start, edit.end, "end");
      change(editor.value);
    } else player.run(command);
  };

  return (
    <div class="assess-item">
      <div class="transcribe">
        <div class="transcribe__main">
          <TranscriptionPlayer player={player} src={clip.audioUrl} onHelp={() => setHelp(true)} />
          <label class="ui-field__label" for={id}>
            Transcript ({clip.speakerCount === 1 ? "1 speaker" : `${clip.speakerCount} speakers`},{" "}
            {clip.style === "clean" ? "clean verbatim" : "full verbatim"})
          </label>
          <textarea
            id={id}
            ref={editor}
            class="ui-input ui-input--multiline transcribe__editor"
            value={text()}
            onInput={(event) => change(event.currentTarget.value)}
            onKeyDown={onKeyDown}
            placeholder="[00:00] Speaker 1: …"
            spellcheck={false}
            maxLength={20000}
          />
          <p class="muted transcribe__hint">
            <kbd>Ctrl</kbd> <kbd>Space</kbd> play/pause · <kbd>Ctrl</kbd> <kbd>J</kbd> timestamp ·{" "}
            <kbd>Ctrl</kbd> <kbd>/</kbd> all shortcuts
          </p>
        </div>
        <HouseStyleReminder style={clip.style} />
      </div>
      <SaveLine
        status={autosave.status()}
        savedAt={autosave.savedAt()}
        wasSaved={props.item.savedAnswer !== null}
        missing={text().trim() === "" ? ["Type the transcript."] : []}
        problems={problems()}
      />
      <ShortcutHelp
        open={help()}
        onOpenChange={setHelp}
        title="Player shortcuts"
        shortcuts={PLAYER_SHORTCUTS}
      />
    </div>
  );
}

function SaveLine(props: {
  status: ReturnType<ReturnType<typeof createAutosave>["status"]>;
  savedAt: Date | null;
  wasSaved: boolean;
  missing: string[];
  problems: string[];
}) {
  const time = () =>
    props.savedAt?.toLocaleTimeString(undefined, {
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
  return (
    <div class="assess-item__save" aria-live="polite">
      <Switch
        fallback={
          <Show
            when={props.missing.length > 0}
            fallback={
              <Show when={props.wasSaved}>
                <p class="save-line save-line--saved">Saved</p>
              </Show>
            }
          >
            <p class="save-line">
              <Show
                when={props.wasSaved || props.savedAt}
                fallback="Not saved yet: an answer is saved once it is complete."
              >
                This change is not saved; your last complete answer is.
              </Show>{" "}
              {props.missing.join(" ")}
            </p>
          </Show>
        }
      >
        <Match when={props.problems.length > 0}>
          <Alert tone="warning" title="This answer was not saved">
            <ul class="plain-list">
              <For each={props.problems}>{(line) => <li>{line}</li>}</For>
            </ul>
          </Alert>
        </Match>
        <Match when={props.status === "pending" || props.status === "saving"}>
          <p class="save-line">Saving…</p>
        </Match>
        <Match when={props.status === "saved"}>
          <p class="save-line save-line--saved">Saved {time()}</p>
        </Match>
      </Switch>
    </div>
  );
}
