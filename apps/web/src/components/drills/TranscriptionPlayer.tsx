import { createSignal, onCleanup, Show } from "solid-js";
import {
  clockTime,
  MAX_RATE,
  MIN_RATE,
  type PlayerCommand,
  RATE_STEP,
  SEEK_STEP_SEC,
  seekedTime,
  steppedRate,
} from "../../lib/drills/player-keys.ts";

export interface AudioPlayer {
  bind: (audio: HTMLAudioElement) => void;
  playing: () => boolean;
  currentTime: () => number;
  duration: () => number;
  rate: () => number;
  toggle: () => void;
  seekBy: (seconds: number) => void;
  seekTo: (seconds: number) => void;
  rateBy: (step: number) => void;
  /** Runs a keyboard command; the timestamp and help commands belong to the page. */
  run: (command: PlayerCommand) => void;
}

/** Audio state as signals, driven by the element's own events so it never drifts. */
export function createAudioPlayer(knownDuration: () => number): AudioPlayer {
  let audio: HTMLAudioElement | undefined;
  const [playing, setPlaying] = createSignal(false);
  const [currentTime, setCurrentTime] = createSignal(0);
  const [duration, setDuration] = createSignal(0);
  const [rate, setRate] = createSignal(1);
  let frame = 0;

  // timeupdate fires only about four times a second; the clock reads smoother per frame.
  const follow = () => {
    if (!audio) return;
    setCurrentTime(audio.currentTime);
    if (!audio.paused) frame = requestAnimationFrame(follow);
  };
  onCleanup(() => cancelAnimationFrame(frame));

  const seekTo = (seconds: number) => {
    if (!audio) return;
    audio.currentTime = seekedTime(seconds, 0, duration() || knownDuration());
    setCurrentTime(audio.currentTime);
  };

  const player: AudioPlayer = {
    bind: (element) => {
      audio = element;
      element.addEventListener("play", () => {
        setPlaying(true);
        frame = requestAnimationFrame(follow);
      });
      element.addEventListener("pause", () => setPlaying(false));
      element.addEventListener("ended", () => setPlaying(false));
      element.addEventListener("timeupdate", () => setCurrentTime(element.currentTime));
      element.addEventListener("loadedmetadata", () => {
        if (Number.isFinite(element.duration)) setDuration(element.duration);
      });
      element.addEventListener("ratechange", () => setRate(element.playbackRate));
    },
    playing,
    currentTime,
    duration: () => duration() || knownDuration(),
    rate,
    toggle: () => {
      if (!audio) return;
      if (audio.paused) void audio.play();
      else audio.pause();
    },
    seekBy: (seconds) => seekTo(currentTime() + seconds),
    seekTo,
    rateBy: (step) => {
      if (audio) audio.playbackRate = steppedRate(audio.playbackRate, step);
    },
    run: (command) => {
      if (command.kind === "toggle") player.toggle();
      else if (command.kind === "seek") player.seekBy(command.by);
      else if (command.kind === "rate") player.rateBy(command.by);
    },
  };
  return player;
}

export interface TranscriptionPlayerProps {
  player: AudioPlayer;
  src: string;
  onHelp: () => void;
}

/** Transport controls for transcription; the same actions are on the keyboard. */
export function TranscriptionPlayer(props: TranscriptionPlayerProps) {
  return (
    <section class="player" aria-label="Audio player">
      {/* biome-ignore lint/a11y/useMediaCaption: captions would hand over the transcript this drill asks for */}
      <audio ref={(el) => props.player.bind(el)} src={props.src} preload="auto" />
      <div class="player__controls">
        <button
          type="button"
          class="player__button"
          onClick={() => props.player.seekBy(-SEEK_STEP_SEC)}
          aria-label={`Rewind ${SEEK_STEP_SEC} seconds`}
          title="Rewind 5 s (Ctrl+←)"
        >
          −{SEEK_STEP_SEC}s
        </button>
        <button
          type="button"
          class="player__button player__button--main"
          onClick={() => props.player.toggle()}
          aria-label={props.player.playing() ? "Pause" : "Play"}
          title="Play or pause (Ctrl+Space or Esc)"
        >
          <Show when={props.player.playing()} fallback={<PlayIcon />}>
            <PauseIcon />
          </Show>
        </button>
        <button
          type="button"
          class="player__button"
          onClick={() => props.player.seekBy(SEEK_STEP_SEC)}
          aria-label={`Skip ${SEEK_STEP_SEC} seconds`}
          title="Skip 5 s (Ctrl+→)"
        >
          +{SEEK_STEP_SEC}s
        </button>
        <span class="player__time">
          <span>{clockTime(props.player.currentTime())}</span>
          <span class="muted"> / {clockTime(props.player.duration())}</span>
        </span>
        <fieldset class="player__rate">
          <legend class="ui-visually-hidden">Playback speed</legend>
          <button
            type="button"
            class="player__button player__button--small"
            onClick={() => props.player.rateBy(-RATE_STEP)}
            disabled={props.player.rate() <= MIN_RATE}
            aria-label="Slower"
            title="Slower (Ctrl+↓)"
          >
            −
          </button>
          <span class="player__rate-value" aria-live="polite">
            {props.player.rate().toFixed(1)}×
          </span>
          <button
            type="button"
            class="player__button player__button--small"
            onClick={() => props.player.rateBy(RATE_STEP)}
            disabled={props.player.rate() >= MAX_RATE}
            aria-label="Faster"
            title="Faster (Ctrl+↑)"
          >
            +
          </button>
        </fieldset>
        <button type="button" class="player__help" onClick={() => props.onHelp()}>
          Shortcuts <kbd>?</kbd>
        </button>
      </div>
      <input
        class="player__seek"
        type="range"
        min="0"
        max={props.player.duration() || 0}
        step="0.1"
        value={props.player.currentTime()}
        aria-label="Seek"
        aria-valuetext={clockTime(props.player.currentTime())}
        onInput={(event) => props.player.seekTo(Number(event.currentTarget.value))}
      />
    </section>
  );
}

function PlayIcon() {
  return (
    <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
      <path d="M8 5v14l11-7z" fill="currentColor" />
    </svg>
  );
}

function PauseIcon() {
  return (
    <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
      <path d="M7 5h4v14H7zM13 5h4v14h-4z" fill="currentColor" />
    </svg>
  );
}
