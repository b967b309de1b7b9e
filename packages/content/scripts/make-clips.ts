/**
 * Renders transcription clips from their scripts (drills/transcription/tr-NNN.yaml):
 * espeak-ng speaks each part, sox trims, resamples and places the parts on a timeline
 * (pauses between turns, noise over masked stretches, overlapping speech for crosstalk),
 * normalises the mix, and opusenc compresses it to mono Ogg Opus. The measured timeline
 * goes to audio/tr-NNN.json and the reference transcript, rendered from the same timings,
 * is written back into the clip's YAML, so the audio, the timing file and the reference
 * always come from one run.
 *
 * Usage: make-clips.ts [--check] [tr-001 tr-002 ...]
 *   --check   measure every rendered clip and report; render nothing
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  type ClipEvent,
  type ClipSpeaker,
  type ClipTiming,
  clipAudioPath,
  clipScriptHash,
  clipTimingPath,
  DEFAULT_TURN_PAUSE,
  oggOpusDuration,
  readClipFile,
  renderReference,
  TRANSCRIPTION_DIR,
  turnParts,
} from "../src/drills.ts";

const SAMPLE_RATE = 16_000;
const BITRATE_KBPS = 14;
const LEAD_IN = 0.35;
const TAIL = 0.7;
const PART_GAP = 0.1;
/** The interrupting speaker comes in this long after the crosstalk tail starts. */
const OVERLAP_DELAY = 0.25;
/** Speech under a noise mask is attenuated so it cannot be made out. */
const MASKED_SPEECH_GAIN_DB = -24;
const CROSSTALK_TAIL_GAIN_DB = -3;

function run(cmd: string, args: string[]): string {
  return execFileSync(cmd, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

function sox(args: string[]): void {
  run("sox", ["-R", "-V1", ...args]);
}

function soxDuration(path: string): number {
  return Number(run("soxi", ["-D", path]).trim());
}

/** RMS amplitude of a stretch of a wav file, from sox's `stat` effect (which reports on stderr). */
function statRms(path: string, start: number, length: number): number {
  const report = execFileSync(
    "sh",
    [
      "-c",
      'sox "$0" -n trim "$1" "$2" stat 2>&1',
      path,
      start.toFixed(3),
      Math.max(0.05, length).toFixed(3),
    ],
    { encoding: "utf8" },
  );
  const match = /RMS\s+amplitude:\s+([0-9.]+)/.exec(report);
  return match ? Number(match[1]) : Number.NaN;
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

/**
 * A turn start that lands within a fifth of a second of a whole second is ambiguous
 * for a listener reading a player clock; move it just past the next whole second.
 */
function clearOfSecondBoundary(t: number): number {
  const frac = t - Math.floor(t);
  if (frac < 0.2) return Math.floor(t) + 0.2;
  if (frac > 0.8) return Math.ceil(t) + 0.2;
  return t;
}

interface Placement {
  file: string;
  start: number;
}

function speak(speaker: ClipSpeaker, text: string, out: string, work: string): number {
  const raw = join(work, "espeak.wav");
  run("espeak-ng", [
    "-v",
    speaker.voice,
    "-p",
    String(speaker.pitch),
    "-s",
    String(speaker.speed),
    "-w",
    raw,
    text,
  ]);
  const effects = [
    "silence",
    "1",
    "0.02",
    "0.2%",
    "reverse",
    "silence",
    "1",
    "0.02",
    "0.2%",
    "reverse",
    ...(speaker.phone ? ["sinc", "300-3400"] : []),
    "rate",
    String(SAMPLE_RATE),
  ];
  sox([raw, "-c", "1", "-b", "16", out, ...effects]);
  return soxDuration(out);
}

function noise(kind: "mask" | "bump", length: number, out: string): void {
  if (kind === "mask") {
    // Broadband hiss and rumble, like wind on a phone microphone.
    sox([
      "-n",
      "-r",
      String(SAMPLE_RATE),
      "-c",
      "1",
      "-b",
      "16",
      out,
      "synth",
      length.toFixed(3),
      "pinknoise",
      "vol",
      "0.55",
      "fade",
      "q",
      "0.06",
      length.toFixed(3),
      "0.06",
    ]);
  } else {
    // A knock or a dropped object: a sharp attack and a fast decay.
    sox([
      "-n",
      "-r",
      String(SAMPLE_RATE),
      "-c",
      "1",
      "-b",
      "16",
      out,
      "synth",
      length.toFixed(3),
      "brownnoise",
      "vol",
      "0.9",
      "fade",
      "p",
      "0.005",
      length.toFixed(3),
      (length * 0.85).toFixed(3),
    ]);
  }
}

function renderClip(path: string): void {
  const { raw, clip } = readClipFile(path);
  const work = mkdtempSync(join(tmpdir(), `${clip.id}-`));
  try {
    const speakers = new Map(clip.speakers.map((s) => [s.id, s]));
    const placements: Placement[] = [];
    const events: ClipEvent[] = [];
    const turns: ClipTiming["turns"] = [];
    let cursor = 0;
    let crosstalkTail: { start: number; end: number } | undefined;
    let n = 0;
    const maskReport: string[] = [];
    const next = (stem: string) => join(work, `${String(n++).padStart(3, "0")}-${stem}.wav`);

    clip.turns.forEach((turn, index) => {
      const speaker = speakers.get(turn.speaker);
      if (speaker === undefined) throw new Error(`${clip.id}: unknown speaker ${turn.speaker}`);
      let start: number;
      if (turn.overlap && crosstalkTail !== undefined) {
        start = clearOfSecondBoundary(crosstalkTail.start + OVERLAP_DELAY);
        if (start > crosstalkTail.end - 0.3) start = crosstalkTail.start + OVERLAP_DELAY;
      } else {
        start = clearOfSecondBoundary(
          cursor + (index === 0 ? LEAD_IN : (turn.pause ?? DEFAULT_TURN_PAUSE)),
        );
      }
      crosstalkTail = undefined;

      let t = start;
      for (const part of turnParts(turn)) {
        if ("noise" in part) {
          const file = next("noise");
          noise("bump", part.noise, file);
          placements.push({ file, start: t + 0.05 });
          events.push({
            kind: "noise",
            start: round3(t + 0.05),
            end: round3(t + 0.05 + part.noise),
          });
          t += part.noise + 0.1 + PART_GAP;
          continue;
        }
        const spoken = next("speech");
        const length = speak(speaker, part.say, spoken, work);
        if ("mask" in part) {
          const quiet = next("masked");
          sox([spoken, quiet, "gain", String(MASKED_SPEECH_GAIN_DB)]);
          const cover = next("mask");
          const coverStart = Math.max(0, t - 0.15);
          noise("mask", length + 0.3, cover);
          placements.push({ file: quiet, start: t }, { file: cover, start: coverStart });
          const noiseOverSpeech =
            20 * Math.log10(statRms(cover, 0.15, length) / statRms(quiet, 0, length));
          maskReport.push(`noise ${noiseOverSpeech.toFixed(0)} dB over speech`);
          events.push({
            kind: "inaudible",
            start: round3(coverStart),
            end: round3(coverStart + length + 0.3),
          });
          t += length + 0.2 + PART_GAP;
        } else if ("crosstalk" in part) {
          const tail = next("tail");
          sox([spoken, tail, "gain", String(CROSSTALK_TAIL_GAIN_DB)]);
          placements.push({ file: tail, start: t });
          crosstalkTail = { start: t, end: t + length };
          t += length + PART_GAP;
        } else {
          placements.push({ file: spoken, start: t });
          t += length + PART_GAP;
        }
      }
      const end = t - PART_GAP;
      turns.push({ speaker: turn.speaker, start: round3(start), end: round3(end) });
      const previousEnd = cursor;
      cursor = Math.max(previousEnd, end);
      if (turn.overlap) {
        const previous = turns[turns.length - 2];
        if (previous !== undefined) {
          events.push({
            kind: "crosstalk",
            start: round3(start),
            end: round3(Math.min(end, previous.end)),
          });
        }
      }
    });

    const total = cursor + TAIL;
    const padded = placements.map((p, i) => {
      const file = join(work, `pad-${String(i).padStart(3, "0")}.wav`);
      sox([p.file, file, "pad", p.start.toFixed(4), "0"]);
      return file;
    });
    const mixed = join(work, "mix.wav");
    sox([
      "-m",
      ...padded.flatMap((f) => ["-v", "1", f]),
      mixed,
      "pad",
      "0",
      total.toFixed(3),
      "trim",
      "0",
      total.toFixed(3),
    ]);
    const final = join(work, "final.wav");
    sox([mixed, "-b", "16", final, "gain", "-n", "-2"]);

    const audioPath = clipAudioPath(clip.id);
    run("opusenc", [
      "--quiet",
      "--bitrate",
      String(BITRATE_KBPS),
      "--speech",
      "--serial",
      String(Number.parseInt(clip.id.slice(3), 10)),
      "--title",
      clip.title,
      "--comment",
      `DESCRIPTION=${clip.scenario}`,
      final,
      audioPath,
    ]);
    const duration = round3(oggOpusDuration(readFileSync(audioPath)));

    const timing: ClipTiming = {
      id: clip.id,
      audio: `${clip.id}.opus`,
      duration,
      sampleRate: SAMPLE_RATE,
      scriptHash: clipScriptHash(raw),
      turns,
      events,
    };
    writeFileSync(clipTimingPath(clip.id), `${JSON.stringify(timing, null, 2)}\n`);
    writeReference(path, renderReference(clip, timing));

    const masked = events.filter((e) => e.kind === "inaudible");
    const speechRms = statRms(
      final,
      turns[0]?.start ?? 0,
      Math.min(2, (turns[0]?.end ?? 1) - (turns[0]?.start ?? 0)),
    );
    const maskRms = masked.map(
      (e, i) =>
        `${statRms(final, e.start + 0.1, e.end - e.start - 0.2).toFixed(3)} (${maskReport[i]})`,
    );
    console.log(
      `${clip.id}  ${duration.toFixed(2)} s  ${(readFileSync(audioPath).length / 1024).toFixed(1)} KB  ` +
        `${turns.length} turns  speech RMS ${speechRms.toFixed(3)}  masked RMS ${maskRms.join(", ") || "-"}`,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Replaces (or appends) the generated `reference: |` block, which always ends the file. */
function writeReference(path: string, reference: string): void {
  const source = readFileSync(path, "utf8");
  const cut = [/^# Generated by scripts\/make-clips\.sh/m, /^reference: \|/m]
    .map((pattern) => source.search(pattern))
    .filter((at) => at >= 0);
  const head = (cut.length > 0 ? source.slice(0, Math.min(...cut)) : source).replace(/\s*$/, "\n");
  const block = reference
    .split("\n")
    .map((line) => `  ${line}`)
    .join("\n");
  writeFileSync(
    path,
    `${head}\n# Generated by scripts/make-clips.sh from the turns above and the measured timings; do not edit.\n` +
      `reference: |\n${block}\n`,
  );
}

function check(id: string): void {
  const audio = clipAudioPath(id);
  const timing = JSON.parse(readFileSync(clipTimingPath(id), "utf8")) as ClipTiming;
  const duration = oggOpusDuration(readFileSync(audio));
  const work = mkdtempSync(join(tmpdir(), `${id}-check-`));
  try {
    const wav = join(work, "decoded.wav");
    run("opusdec", ["--quiet", "--rate", String(SAMPLE_RATE), audio, wav]);
    const decoded = soxDuration(wav);
    const firstTurn = timing.turns[0];
    const speech = firstTurn
      ? statRms(wav, firstTurn.start, Math.min(2, firstTurn.end - firstTurn.start))
      : Number.NaN;
    const silence = statRms(wav, 0, 0.2);
    const masked = timing.events
      .filter((e) => e.kind === "inaudible")
      .map((e) => statRms(wav, e.start + 0.1, e.end - e.start - 0.2));
    console.log(
      `${id}  ogg ${duration.toFixed(3)} s  decoded ${decoded.toFixed(3)} s  timing ${timing.duration.toFixed(3)} s  ` +
        `lead-in RMS ${silence.toFixed(4)}  speech RMS ${speech.toFixed(3)}  masked RMS ${masked.map((m) => m.toFixed(3)).join(", ") || "-"}`,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const args = process.argv.slice(2);
const checkOnly = args.includes("--check");
const wanted = args.filter((a) => !a.startsWith("--"));
const files = readdirSync(TRANSCRIPTION_DIR)
  .filter((f) => f.endsWith(".yaml"))
  .sort()
  .filter((f) => wanted.length === 0 || wanted.includes(f.replace(/\.yaml$/, "")));

for (const file of files) {
  const id = file.replace(/\.yaml$/, "");
  if (checkOnly) check(id);
  else renderClip(join(TRANSCRIPTION_DIR, file));
}
