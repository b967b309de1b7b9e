import { Alert, Badge, Button } from "@rubric/ui";
import { A, useParams } from "@solidjs/router";
import { createResource, createSignal, onCleanup, onMount, Show } from "solid-js";
import { HouseStyleReminder } from "../../components/drills/HouseStyleReminder.tsx";
import { DrillPage, IssuedDrill } from "../../components/drills/IssuedDrill.tsx";
import { ShortcutHelp } from "../../components/drills/ShortcutHelp.tsx";
import {
  createAudioPlayer,
  TranscriptionPlayer,
} from "../../components/drills/TranscriptionPlayer.tsx";
import { drillsApi, type StartedDrill } from "../../lib/drills/api.ts";
import { classifyKey, KeyLog } from "../../lib/drills/keylog.ts";
import { durationLabel } from "../../lib/drills/labels.ts";
import {
  PLAYER_SHORTCUTS,
  type PlayerCommand,
  playerCommandFor,
  timestampEdit,
} from "../../lib/drills/player-keys.ts";
import { useDrillCatalog, useSubmitDrill } from "../../lib/drills/use-drill.ts";

export function TranscriptionDrill() {
  const params = useParams<{ clipId: string }>();
  const catalog = useDrillCatalog();
  const [drill, { refetch }] = createResource(
    () => params.clipId,
    (clipId) => drillsApi.start({ kind: "transcription", clipId }),
  );
  const title = () =>
    catalog.data?.transcription.clips.find((c) => c.id === params.clipId)?.title ?? "Transcription";

  return (
    <DrillPage
      eyebrow="Transcription drill"
      title={title()}
      badges={
        <Show when={drill()?.clip}>
          {(clip) => (
            <>
              <Badge tone="primary">
                {clip().style === "clean" ? "Clean verbatim" : "Full verbatim"}
              </Badge>
              <Badge>
                {clip().speakerCount === 1 ? "1 speaker" : `${clip().speakerCount} speakers`}
              </Badge>
              <Badge>{durationLabel(clip().durationSec)}</Badge>
            </>
          )}
        </Show>
      }
    >
      <IssuedDrill
        drill={drill}
        retry={() => refetch()}
        failure="The clip could not be loaded"
        loading="Loading the clip…"
      >
        {(started) => <TranscriptionWorkspace drill={started} />}
      </IssuedDrill>
    </DrillPage>
  );
}

function TranscriptionWorkspace(props: { drill: StartedDrill }) {
  const clip = () => props.drill.clip!;
  const player = createAudioPlayer(() => clip().durationSec);
  const [text, setText] = createSignal("");
  const [help, setHelp] = createSignal(false);
  const sending = useSubmitDrill();
  const log = new KeyLog();
  let editor!: HTMLTextAreaElement;

  const insertTimestamp = () => {
    const edit = timestampEdit(
      editor.value,
      editor.selectionStart,
      editor.selectionEnd,
      player.currentTime(),
    );
    editor.setRangeText(edit.insert, edit.start, edit.end, "end");
    setText(editor.value);
  };

  const runCommand = (command: PlayerCommand) => {
    if (command.kind === "help") setHelp(true);
    else if (command.kind === "timestamp") insertTimestamp();
    else player.run(command);
  };

  const onEditorKeyDown = (event: KeyboardEvent) => {
    const command = playerCommandFor(event, true);
    if (command) {
      event.preventDefault();
      runCommand(command);
      return;
    }
    // The log records what was typed and when; the submitted text is the textarea's.
    if (event.key === "Enter" || classifyKey(event, false).kind === "input") {
      log.record(event.key, event.timeStamp, { ctrl: event.ctrlKey, alt: event.altKey });
    }
  };

  // Shortcuts work from anywhere on the page too, once the focus has left the transcript.
  const onPageKeyDown = (event: KeyboardEvent) => {
    if (event.target === editor || help()) return;
    const target = event.target as HTMLElement | null;
    if (target?.closest("input, textarea, select, [contenteditable]")) return;
    const command = playerCommandFor(event, false);
    if (!command) return;
    event.preventDefault();
    if (command.kind === "timestamp") editor.focus();
    runCommand(command);
  };
  onMount(() => {
    document.addEventListener("keydown", onPageKeyDown);
    editor.focus();
  });
  onCleanup(() => document.removeEventListener("keydown", onPageKeyDown));

  const submit = () =>
    sending.submit({
      drillId: props.drill.drillId,
      transcription:
        log.events.length > 0 ? { text: text(), events: log.events } : { text: text() },
    });

  return (
    <div class="transcribe">
      <div class="transcribe__main">
        <TranscriptionPlayer player={player} src={clip().audioUrl} onHelp={() => setHelp(true)} />
        <label class="ui-field__label" for="transcript">
          Transcript
        </label>
        <textarea
          id="transcript"
          ref={editor}
          class="ui-input ui-input--multiline transcribe__editor"
          value={text()}
          onInput={(event) => setText(event.currentTarget.value)}
          onKeyDown={onEditorKeyDown}
          placeholder={
            "[00:00] Speaker 1: …\nCtrl+Space plays and pauses; Ctrl+J inserts the time."
          }
          spellcheck={false}
          aria-describedby="transcript-hint"
          maxLength={20000}
        />
        <p id="transcript-hint" class="muted transcribe__hint">
          <kbd>Ctrl</kbd> <kbd>Space</kbd> or <kbd>Esc</kbd> play/pause · <kbd>Ctrl</kbd>{" "}
          <kbd>←</kbd>/<kbd>→</kbd> 5 s back/ahead · <kbd>Ctrl</kbd> <kbd>↑</kbd>/<kbd>↓</kbd> speed
          · <kbd>Ctrl</kbd> <kbd>J</kbd> timestamp · <kbd>Ctrl</kbd> <kbd>/</kbd> all shortcuts
        </p>
        <Show when={sending.error()}>
          {(message) => (
            <Alert tone="danger" title="Your transcript was not saved">
              {message()}
            </Alert>
          )}
        </Show>
        <div class="form__actions">
          <A href="/app/drills" class="ui-button ui-button--ghost ui-button--md">
            Leave
          </A>
          <Button onClick={submit} loading={sending.pending()} disabled={text().trim() === ""}>
            Submit transcript
          </Button>
        </div>
      </div>
      <HouseStyleReminder style={clip().style} />
      <ShortcutHelp
        open={help()}
        onOpenChange={(open) => {
          setHelp(open);
          // Back to the transcript, wherever the help was opened from.
          if (!open) requestAnimationFrame(() => editor.focus());
        }}
        title="Player shortcuts"
        shortcuts={PLAYER_SHORTCUTS}
      />
    </div>
  );
}
