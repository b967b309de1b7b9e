import {
  type Accessor,
  createSignal,
  Index,
  onCleanup,
  onMount,
  type Setter,
  Show,
} from "solid-js";
import type { KeyEvent } from "../../lib/drills/api.ts";
import { classifyKey, insertedChars, KeyLog } from "../../lib/drills/keylog.ts";
import { CharState, type TypingInput, TypingModel } from "../../lib/drills/typing-model.ts";

export interface TypingOutcome {
  events: KeyEvent[];
  finalText: string;
}

export interface TypingSurfaceProps {
  text: string;
  precision: boolean;
  /** Timed mode: the drill ends this many seconds after the first key. */
  durationSec?: number | undefined;
  onFinish: (outcome: TypingOutcome) => void;
  onRestart: () => void;
}

const STATE_CLASS: Record<number, string> = {
  [CharState.Pending]: "typing__char",
  [CharState.Correct]: "typing__char typing__char--correct",
  [CharState.Incorrect]: "typing__char typing__char--incorrect",
  [CharState.Corrected]: "typing__char typing__char--corrected",
};

function charClass(state: number, space: boolean): string {
  return space ? `${STATE_CLASS[state]} typing__char--space` : STATE_CLASS[state]!;
}

/** Live figures refresh a few times a second; a per-key refresh would only flicker. */
const TICK_MS = 200;

/**
 * The typing surface. One signal per character: a key press writes the one or two
 * characters it changed and moves the caret, so the cost of a key does not grow with the
 * passage. The focused input is invisible; the passage is what the typist looks at.
 */
export function TypingSurface(props: TypingSurfaceProps) {
  const model = new TypingModel(props.text, props.precision);
  const log = new KeyLog();
  const cells: Array<[Accessor<number>, Setter<number>]> = model.target.map(() =>
    createSignal<number>(CharState.Pending),
  );
  const spans: HTMLSpanElement[] = [];
  const [accuracy, setAccuracy] = createSignal(1);
  const [elapsedMs, setElapsedMs] = createSignal(0);
  const [focused, setFocused] = createSignal(false);
  const [done, setDone] = createSignal(false);
  const [started, setStarted] = createSignal(false);
  let input!: HTMLTextAreaElement;
  let scroller!: HTMLDivElement;
  let caretEl!: HTMLSpanElement;
  let armed = false;
  const enterTypesNewline = props.text.includes("\n");
  let lineTop = 0;
  let ticker: ReturnType<typeof setInterval> | undefined;

  const limitMs = () => (props.durationSec ? props.durationSec * 1000 : Number.POSITIVE_INFINITY);

  const finish = () => {
    if (done()) return;
    setDone(true);
    clearInterval(ticker);
    setElapsedMs(Math.min(log.elapsed(performance.now()), limitMs()));
    props.onFinish({ events: log.events, finalText: model.text });
  };

  const tick = () => {
    const elapsed = log.elapsed(performance.now());
    if (elapsed >= limitMs()) finish();
    else setElapsedMs(elapsed);
  };

  /**
   * Moves the caret over character `at` and keeps its line second from the top once the
   * passage runs past three lines. The caret is its own element, moved with a transform:
   * marking the character itself (a border, a shadow, a background image) makes the
   * browser lay out the whole passage again on every key. Reading the position is cheap,
   * because colour changes leave the layout clean.
   */
  const placeCaret = (at: number) => {
    const span = spans[Math.min(at, spans.length - 1)];
    if (!span) return;
    caretEl.style.transform = `translate(${span.offsetLeft}px, ${span.offsetTop}px)`;
    caretEl.style.height = `${span.offsetHeight}px`;
    if (span.offsetTop === lineTop) return;
    lineTop = span.offsetTop;
    scroller.scrollTop = Math.max(0, lineTop - span.offsetHeight);
  };

  const apply = (typed: TypingInput, key: string, at: number, ctrl: boolean, alt: boolean) => {
    if (done()) return;
    if (log.elapsed(at) >= limitMs()) {
      finish();
      return;
    }
    log.record(key, at, { ctrl, alt });
    if (ticker === undefined) {
      ticker = setInterval(tick, TICK_MS);
      setStarted(true);
    }
    const change = model.apply(typed);
    if (change) {
      for (let i = change.from; i < change.to; i++) cells[i]![1](model.states[i]!);
      placeCaret(change.caret);
    }
    setAccuracy(model.accuracy);
    if (model.finished) finish();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    // Keys still flying when the drill ends must not scroll or type into the page.
    if (done()) {
      event.preventDefault();
      return;
    }
    const action = classifyKey(event, armed, enterTypesNewline);
    armed = action.kind === "arm-restart";
    switch (action.kind) {
      case "pass":
        return;
      case "restart":
        event.preventDefault();
        props.onRestart();
        return;
      case "arm-restart":
      case "ignore":
        event.preventDefault();
        return;
      case "log-only":
        event.preventDefault();
        if (log.started && !done()) log.record(event.key, event.timeStamp);
        return;
      case "input": {
        event.preventDefault();
        apply(action.input, event.key, event.timeStamp, action.ctrl, action.alt);
      }
    }
  };

  // Text that arrives without a keydown we handled: dead keys, input methods, on-screen
  // keyboards. Each code point is logged as the key that typed it.
  const onInput = (event: InputEvent) => {
    if (event.isComposing) return;
    for (const char of insertedChars(event.data))
      apply({ kind: "char", char }, char, event.timeStamp, false, false);
    input.value = "";
  };

  const onCompositionEnd = (event: CompositionEvent) => {
    for (const char of insertedChars(event.data))
      apply({ kind: "char", char }, char, event.timeStamp, false, false);
    input.value = "";
  };

  // A key pressed anywhere on the page brings the focus back to the drill.
  const refocus = (event: KeyboardEvent) => {
    if (document.activeElement === input || done()) return;
    const target = event.target as HTMLElement | null;
    if (target?.closest("input, textarea, select, button, a, [role=dialog]")) return;
    if (event.key.length === 1) input.focus();
  };

  onMount(() => {
    input.focus();
    placeCaret(0);
    // A new width rewraps the lines; the caret follows its character.
    const observer = new ResizeObserver(() => {
      lineTop = -1;
      placeCaret(model.caret);
    });
    observer.observe(scroller);
    onCleanup(() => observer.disconnect());
    document.addEventListener("keydown", refocus, true);
  });
  onCleanup(() => {
    clearInterval(ticker);
    document.removeEventListener("keydown", refocus, true);
  });

  const seconds = () => elapsedMs() / 1000;
  const wpm = () => (seconds() >= 1 ? Math.round(model.correctChars / 5 / (seconds() / 60)) : 0);
  const remaining = () => Math.max(0, Math.ceil((limitMs() - elapsedMs()) / 1000));

  return (
    <div
      class="typing"
      classList={{ "typing--idle": !started() || !focused(), "typing--done": done() }}
    >
      <div class="typing__stats" aria-live="off">
        <Show
          when={props.durationSec}
          fallback={
            <span class="typing__stat">
              <span class="typing__stat-value">{Math.floor(seconds())}</span> s
            </span>
          }
        >
          <span class="typing__stat typing__stat--timer">
            <span class="typing__stat-value">{remaining()}</span> s left
          </span>
        </Show>
        <span class="typing__stat">
          <span class="typing__stat-value">{wpm()}</span> wpm
        </span>
        <span class="typing__stat">
          <span class="typing__stat-value">{Math.round(accuracy() * 100)}</span>% accuracy
        </span>
        <Show when={props.precision}>
          <span class="typing__stat typing__stat--mode">
            Precision: the caret waits on a wrong key
          </span>
        </Show>
      </div>
      <div class="typing__frame" classList={{ "typing__frame--away": !focused() && !done() }}>
        <p id="typing-passage" class="ui-visually-hidden">
          {props.text}
        </p>
        <textarea
          id="typing-input"
          ref={input}
          class="typing__input"
          aria-label="Type the passage"
          aria-describedby="typing-passage"
          autocomplete="off"
          autocapitalize="off"
          spellcheck={false}
          onKeyDown={onKeyDown}
          onInput={onInput}
          onCompositionEnd={onCompositionEnd}
          onPaste={(event) => event.preventDefault()}
          onDrop={(event) => event.preventDefault()}
          onFocus={() => setFocused(true)}
          onBlur={() => setFocused(false)}
          readOnly={done()}
        />
        <div class="typing__text" ref={scroller} aria-hidden="true">
          <Index each={model.target}>
            {(char, i) => (
              <span
                ref={(el) => {
                  spans[i] = el;
                }}
                class={charClass(cells[i]![0](), char() === " ")}
              >
                {char()}
              </span>
            )}
          </Index>
          <span
            ref={(el) => {
              spans[model.target.length] = el;
            }}
            class="typing__char"
          />
          <span ref={caretEl} class="typing__caret" />
        </div>
        <label for="typing-input" class="typing__cover">
          <span class="typing__focus-hint">Click here or press any letter to type</span>
        </label>
      </div>
      <p class="typing__hint muted">
        <kbd>Esc</kbd> or <kbd>Tab</kbd> <kbd>Enter</kbd> restarts with a new text ·{" "}
        <Show when={props.durationSec} fallback="the drill ends at the last character">
          the drill ends when the time is up
        </Show>
      </p>
    </div>
  );
}
