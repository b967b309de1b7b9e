import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  clipAudioPath,
  clipScriptHash,
  formatTimestamp,
  LONG_PAUSE,
  loadProofreadingItems,
  loadTranscriptionClips,
  loadTypingSets,
  oggOpusDuration,
  PROOFREADING_DIR,
  parseReferenceLines,
  REFERENCE_LINE,
  readClipFile,
  renderReference,
  TRANSCRIPTION_DIR,
  TYPING_DIR,
  TYPING_MAX_CHARS,
  TYPING_MIN_CHARS,
  TYPING_SETS,
  transcriptionClipFileSchema,
  turnParts,
} from "./drills.ts";

const yamlIds = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith(".yaml"))
    .map((f) => f.replace(/\.yaml$/, ""))
    .sort();

const codePoints = (s: string) => Array.from(s).length;
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

describe("typing passages", () => {
  const sets = loadTypingSets();
  const passages = sets.flatMap((set) => set.passages.map((p) => ({ set: set.set, ...p })));

  it("has every set, one file each, named after the set", () => {
    expect(sets.map((s) => s.set).sort()).toEqual([...TYPING_SETS].sort());
    expect(yamlIds(TYPING_DIR)).toEqual([...TYPING_SETS].sort());
  });

  it("has at least 70 passages, at least 14 per set", () => {
    expect(passages.length).toBeGreaterThanOrEqual(70);
    for (const set of sets) expect(set.passages.length, set.set).toBeGreaterThanOrEqual(14);
  });

  it("numbers passage ids <set>-NN without gaps or duplicates", () => {
    for (const set of sets) {
      set.passages.forEach((p, i) => {
        expect(p.id).toBe(`${set.set}-${String(i + 1).padStart(2, "0")}`);
      });
    }
    expect(new Set(passages.map((p) => p.id)).size).toBe(passages.length);
  });

  it(`keeps every passage between ${TYPING_MIN_CHARS} and ${TYPING_MAX_CHARS} characters`, () => {
    for (const p of passages) {
      const n = codePoints(p.text);
      expect(n, `${p.id} has ${n}`).toBeGreaterThanOrEqual(TYPING_MIN_CHARS);
      expect(n, `${p.id} has ${n}`).toBeLessThanOrEqual(TYPING_MAX_CHARS);
    }
  });

  it("uses only characters a US keyboard types, except marked typographic passages and a few diacritics", () => {
    const typographic = /[\u2018\u2019\u201C\u201D\u2013\u2014\u2026\u00A0]/u;
    const diacritic = /[À-ÖØ-öø-ÿ]/u;
    for (const p of passages) {
      for (const ch of p.text) {
        const ascii = ch === "\n" || (ch >= " " && ch <= "~");
        if (ascii) continue;
        if (typographic.test(ch)) {
          expect(p.typographic, `${p.id} uses ${ch} but is not marked typographic`).toBe(true);
        } else {
          expect(diacritic.test(ch), `${p.id} uses ${JSON.stringify(ch)}`).toBe(true);
          expect(
            ["prose", "domain"],
            `${p.id} uses a diacritic outside prose and domain`,
          ).toContain(p.set);
        }
      }
    }
    expect(passages.filter((p) => p.typographic).length).toBeGreaterThanOrEqual(1);
    expect(passages.filter((p) => p.typographic).length).toBeLessThanOrEqual(3);
  });

  it("has no tabs, trailing spaces or filler text", () => {
    for (const p of passages) {
      expect(p.text, p.id).not.toMatch(/\t/);
      expect(p.text, p.id).not.toMatch(/ +$/m);
      expect(p.text.toLowerCase(), p.id).not.toContain("lorem");
    }
  });
});

describe("proofreading texts", () => {
  const items = loadProofreadingItems();

  it("has at least 20 items whose ids equal their file names", () => {
    expect(items.length).toBeGreaterThanOrEqual(20);
    expect(items.map((i) => i.id)).toEqual(yamlIds(PROOFREADING_DIR));
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
  });

  it("seeds 3 to 7 errors in 80 to 250 words", () => {
    for (const item of items) {
      expect(item.errors.length, item.id).toBeGreaterThanOrEqual(3);
      expect(item.errors.length, item.id).toBeLessThanOrEqual(7);
      const n = words(item.text);
      expect(n, `${item.id} has ${n} words`).toBeGreaterThanOrEqual(80);
      expect(n, `${item.id} has ${n} words`).toBeLessThanOrEqual(250);
    }
  });

  it("locates every error at its shown text, with no markup left over", () => {
    for (const item of items) {
      const chars = Array.from(item.text);
      expect(item.text, item.id).not.toMatch(/\[\[|\]\]|\|\|/);
      for (const error of item.errors) {
        expect(chars.slice(error.start, error.end).join(""), item.id).toBe(error.shown);
        expect(error.shown.trim().length, item.id).toBeGreaterThan(0);
      }
    }
  });

  it("mixes kinds of error across the set", () => {
    const kinds = new Set(items.flatMap((i) => i.errors.map((e) => e.kind)));
    expect([...kinds].sort()).toEqual(["factual", "grammar", "number", "punctuation", "spelling"]);
    const genres = new Set(items.map((i) => i.genre));
    expect(genres.size).toBeGreaterThanOrEqual(6);
  });
});

describe("transcription clips", () => {
  const clips = loadTranscriptionClips();

  it("has at least 12 clips, at least 6 with two or more speakers, in both styles", () => {
    expect(clips.length).toBeGreaterThanOrEqual(12);
    expect(clips.filter((c) => c.speakers.length >= 2).length).toBeGreaterThanOrEqual(6);
    expect(new Set(clips.map((c) => c.style))).toEqual(new Set(["clean", "full"]));
    expect(clips.map((c) => c.id)).toEqual(yamlIds(TRANSCRIPTION_DIR));
  });

  it("was rendered from the current script (re-run scripts/make-clips.sh after editing a clip)", () => {
    for (const clip of clips) {
      const { raw } = readClipFile(join(TRANSCRIPTION_DIR, `${clip.id}.yaml`));
      expect(clip.timing.scriptHash, clip.id).toBe(clipScriptHash(raw));
      expect(clip.scriptHashMatches, clip.id).toBe(true);
    }
  });

  it("has an audio file whose real duration matches the timing file", () => {
    for (const clip of clips) {
      const path = clipAudioPath(clip.id);
      expect(existsSync(path), path).toBe(true);
      expect(clip.audio.path).toBe(`drills/transcription/audio/${clip.id}.opus`);
      const measured = oggOpusDuration(readFileSync(path));
      expect(Math.abs(measured - clip.timing.duration), clip.id).toBeLessThan(0.01);
      expect(clip.audio.durationSeconds).toBe(clip.timing.duration);
      expect(measured, clip.id).toBeGreaterThanOrEqual(20);
      expect(measured, clip.id).toBeLessThanOrEqual(60);
      expect(statSync(path).size, `${clip.id} is too large`).toBeLessThan(150 * 1024);
    }
  });

  it("writes every reference line in house style", () => {
    for (const clip of clips) {
      for (const line of clip.reference.split("\n")) {
        expect(line, clip.id).toMatch(REFERENCE_LINE);
        expect(line, clip.id).not.toMatch(/ {2}|\s$/);
      }
    }
  });

  it("stamps each line with its turn's start from the timing file, rounded down", () => {
    for (const clip of clips) {
      const lines = parseReferenceLines(clip.reference);
      expect(lines.length, clip.id).toBe(clip.timing.turns.length);
      lines.forEach((line, i) => {
        const turn = clip.timing.turns[i];
        expect(turn, clip.id).toBeDefined();
        if (turn === undefined) return;
        expect(line.start, `${clip.id} line ${i + 1}`).toBe(Math.floor(turn.start));
        expect(formatTimestamp(turn.start)).toBe(
          `[${String(Math.floor(line.start / 60)).padStart(2, "0")}:${String(line.start % 60).padStart(2, "0")}]`,
        );
        expect(turn.end, clip.id).toBeLessThanOrEqual(clip.timing.duration);
      });
      expect(clip.reference, clip.id).toBe(renderReference(clip, clip.timing));
    }
  });

  it("labels speakers by name or as Speaker N in order of first speech", () => {
    for (const clip of clips) {
      const order: string[] = [];
      for (const turn of clip.turns) if (!order.includes(turn.speaker)) order.push(turn.speaker);
      expect(order.length, `${clip.id}: every speaker speaks`).toBe(clip.speakers.length);
      const unnamed = order
        .map((id) => clip.speakers.find((s) => s.id === id)?.label ?? "")
        .filter((label) => /^Speaker \d+$/.test(label));
      expect(unnamed, clip.id).toEqual(unnamed.map((_, i) => `Speaker ${i + 1}`));
      const voices = new Set(clip.speakers.map((s) => `${s.voice}/${s.pitch}`));
      expect(voices.size, `${clip.id}: speakers sound distinct`).toBe(clip.speakers.length);
    }
  });

  it("tags masked, overlapped and noisy stretches and times them inside the clip", () => {
    let masked = 0;
    let crosstalk = 0;
    for (const clip of clips) {
      const parts = clip.turns.flatMap(turnParts);
      const count = (tag: string) => clip.reference.split(tag).length - 1;
      const events = (kind: string) => clip.timing.events.filter((e) => e.kind === kind).length;
      expect(count("[inaudible]"), clip.id).toBe(parts.filter((p) => "mask" in p).length);
      expect(count("[inaudible]"), clip.id).toBe(events("inaudible"));
      expect(count("[crosstalk]"), clip.id).toBe(events("crosstalk"));
      expect(count("[noise]"), clip.id).toBe(events("noise"));
      for (const e of clip.timing.events) {
        expect(e.end, clip.id).toBeGreaterThan(e.start);
        expect(e.end, clip.id).toBeLessThanOrEqual(clip.timing.duration);
      }
      masked += events("inaudible");
      crosstalk += events("crosstalk");
      if (clip.style === "clean") {
        const lines = parseReferenceLines(clip.reference);
        for (const line of lines) expect(line.text, clip.id).not.toMatch(/\b(um|uh|er)\b/i);
      }
    }
    expect(masked).toBeGreaterThanOrEqual(2);
    expect(crosstalk).toBeGreaterThanOrEqual(3);
  });

  it("starts a new line for the same speaker only after a long pause", () => {
    for (const clip of clips) {
      clip.timing.turns.forEach((turn, i) => {
        const previous = clip.timing.turns[i - 1];
        if (previous !== undefined && previous.speaker === turn.speaker) {
          expect(turn.start - previous.end, clip.id).toBeGreaterThanOrEqual(LONG_PAUSE);
        }
      });
    }
  });
});

describe("clip script rules", () => {
  const base = {
    id: "tr-999",
    title: "Test",
    scenario: "A test clip.",
    style: "clean",
    difficulty: 1,
    speakers: [
      { id: "a", label: "Speaker 1", voice: "en-us", pitch: 50, speed: 160 },
      { id: "b", label: "Speaker 2", voice: "en-gb+m3", pitch: 40, speed: 150 },
    ],
  };
  const issues = (turns: unknown[]) => {
    const result = transcriptionClipFileSchema.safeParse({ ...base, turns });
    return result.success ? [] : result.error.issues.map((i) => i.message);
  };

  it("accepts turns with parts, masks, noise and crosstalk", () => {
    expect(
      issues([
        {
          speaker: "a",
          parts: [
            { say: "hello" },
            { noise: 0.5 },
            { say: "there", mask: true },
            { say: "and", crosstalk: true },
          ],
        },
        { speaker: "b", overlap: true, say: "hi" },
        { speaker: "b", pause: 2.5, say: "again" },
      ]),
    ).toEqual([]);
  });

  it("rejects an overlap without a crosstalk tail, and a tail without an overlap", () => {
    expect(
      issues([
        { speaker: "a", say: "one" },
        { speaker: "b", overlap: true, say: "two" },
      ]).join(),
    ).toMatch(/crosstalk part/);
    expect(
      issues([
        { speaker: "a", parts: [{ say: "one", crosstalk: true }] },
        { speaker: "b", say: "two" },
      ]).join(),
    ).toMatch(/overlap: true/);
  });

  it("rejects a new line for the same speaker without a long pause", () => {
    expect(
      issues([
        { speaker: "a", say: "one" },
        { speaker: "a", say: "two" },
      ]).join(),
    ).toMatch(/pause/);
  });

  it("rejects unknown speakers and unknown part fields", () => {
    expect(issues([{ speaker: "c", say: "one" }]).join()).toMatch(/unknown speaker/);
    expect(issues([{ speaker: "a", parts: [{ say: "one", muffled: true }] }])).not.toEqual([]);
  });

  it("rejects reference lines outside house style and files that are not Ogg Opus", () => {
    expect(() => parseReferenceLines("[0:05] Speaker 1: hello")).toThrow(/mm:ss/);
    expect(() => parseReferenceLines("[00:05] Speaker 1 hello")).toThrow();
    expect(parseReferenceLines("[01:05] Dr. Okafor: Hello.")).toEqual([
      { start: 65, label: "Dr. Okafor", text: "Hello." },
    ]);
    expect(() => oggOpusDuration(new Uint8Array(64))).toThrow(/Ogg/);
  });
});
