/**
 * Scoring speed against a distance-only baseline.
 *
 * For each case it builds deterministic reference/typed pairs, then times
 * `scoreTranscription` (alignment, word alignment and error categories) and
 * fastest-levenshtein's `distance` (the number only) on the same pairs in the same run.
 * The goal: scoring within 3× of the baseline at 1,000 and 10,000 characters, 3% and 15%
 * edit rates. Run with `pnpm --filter @rubric/core bench`.
 */
import { distance } from "fastest-levenshtein";
import { editDistance } from "../src/drills/alignment.ts";
import { codePoints } from "../src/drills/characters.ts";
import { scoreTranscription } from "../src/drills/transcription.ts";
import { englishText, seededRandom, typedCopy } from "./pairs.ts";

interface Case {
  name: string;
  length: number;
  rate: number;
  pairs: number;
  /** Part of the 3× goal, or shown only to be honest about the worst case. */
  goal: boolean;
  unrelated?: boolean;
}

const GOAL_RATIO = 3;
const ROUNDS = 15;

const CASES: Case[] = [
  { name: "1,000 chars, 3%", length: 1_000, rate: 0.03, pairs: 20, goal: true },
  { name: "1,000 chars, 15%", length: 1_000, rate: 0.15, pairs: 20, goal: true },
  { name: "10,000 chars, 3%", length: 10_000, rate: 0.03, pairs: 4, goal: true },
  { name: "10,000 chars, 15%", length: 10_000, rate: 0.15, pairs: 4, goal: true },
  {
    name: "1,000 chars, unrelated",
    length: 1_000,
    rate: 1,
    pairs: 10,
    goal: false,
    unrelated: true,
  },
  {
    name: "10,000 chars, unrelated",
    length: 10_000,
    rate: 1,
    pairs: 2,
    goal: false,
    unrelated: true,
  },
];

function makePairs(c: Case, seed: number): Array<[string, string]> {
  const random = seededRandom(seed);
  const pairs: Array<[string, string]> = [];
  for (let p = 0; p < c.pairs; p++) {
    const reference = englishText(random, c.length);
    const typed = c.unrelated
      ? englishText(random, c.length)
      : typedCopy(random, reference, c.rate);
    pairs.push([reference, typed]);
  }
  return pairs;
}

function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** How many times to repeat `run` so one timed round lasts about 20 ms. */
function repetitionsFor(run: () => void): number {
  const start = performance.now();
  run();
  const elapsed = performance.now() - start;
  return Math.max(1, Math.ceil(20 / Math.max(elapsed, 0.001)));
}

function timeRound(run: () => void, repetitions: number, calls: number): number {
  const start = performance.now();
  for (let r = 0; r < repetitions; r++) run();
  return (performance.now() - start) / (repetitions * calls);
}

let sink = 0;

const rows: string[][] = [];
let allMet = true;
for (const [index, c] of CASES.entries()) {
  const pairs = makePairs(c, 1000 + index);
  const cpPairs = pairs.map(([r, t]) => [codePoints(r), codePoints(t)] as const);
  for (const [r, t] of pairs) {
    const ours = scoreTranscription(r, t);
    const theirs = distance(r, t);
    const total =
      ours.charEdits.substitutions + ours.charEdits.insertions + ours.charEdits.deletions;
    if (total !== theirs) throw new Error(`distance disagrees on ${c.name}: ${total} vs ${theirs}`);
  }
  const meanDistance = pairs.reduce((sum, [r, t]) => sum + distance(r, t), 0) / pairs.length;

  const baseline = () => {
    for (const [r, t] of pairs) sink += distance(r, t);
  };
  const ownDistance = () => {
    for (const [r, t] of cpPairs) sink += editDistance(r, t);
  };
  const scoring = () => {
    for (const [r, t] of pairs) sink += scoreTranscription(r, t).errors.length;
  };
  // Warm-up: let the JIT settle on every path before anything is timed.
  for (let w = 0; w < 5; w++) {
    baseline();
    ownDistance();
    scoring();
  }
  const reps = [baseline, ownDistance, scoring].map((run) => repetitionsFor(run));
  const samples: number[][] = [[], [], []];
  // Interleaved rounds, so a noisy moment on the machine hits all three alike.
  for (let round = 0; round < ROUNDS; round++) {
    [baseline, ownDistance, scoring].forEach((run, k) => {
      samples[k]!.push(timeRound(run, reps[k]!, pairs.length));
    });
  }
  const [base, own, score] = samples.map(median) as [number, number, number];
  const ratio = score / base;
  const met = ratio <= GOAL_RATIO;
  if (c.goal && !met) allMet = false;
  rows.push([
    c.name,
    meanDistance.toFixed(0),
    base.toFixed(3),
    own.toFixed(3),
    score.toFixed(3),
    `${ratio.toFixed(2)}×`,
    c.goal ? (met ? "yes" : "NO") : "(not a goal)",
  ]);
}

const header = [
  "case",
  "edit distance",
  "fastest-levenshtein ms",
  "editDistance ms",
  "scoreTranscription ms",
  "ratio",
  `≤ ${GOAL_RATIO}×`,
];
const widths = header.map((h, k) => Math.max(h.length, ...rows.map((r) => r[k]!.length)));
const line = (cells: string[]) =>
  `| ${cells.map((cell, k) => cell.padEnd(widths[k]!)).join(" | ")} |`;
console.log(
  `Node ${process.version}, ${process.arch}; median of ${ROUNDS} interleaved rounds, ms per call`,
);
console.log(line(header));
console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
for (const row of rows) console.log(line(row));
console.log(allMet ? "Goal met in every case." : "Goal NOT met in every case.");
if (sink === 0.5) console.log(sink);
