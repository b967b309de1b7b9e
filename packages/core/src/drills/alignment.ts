import { codePoints } from "./characters.ts";

/**
 * Minimal Levenshtein alignment of two symbol sequences (code points, or word ids).
 *
 * Scoring needs more than the distance: it needs one minimal alignment to say where each
 * error is, and a full n×m table is out of the question at 10,000 characters. This uses
 * Myers' bit-parallel recurrence in Hyyrö's block form (as edlib does for global
 * alignment): the reference runs down the rows in blocks of 32, one machine word holding
 * a block's vertical differences, and the typed text runs across the columns.
 *
 * Only a diagonal band of rows is computed for each column (Ukkonen's cut-off). A path
 * that leaves a band of half-width w around the main diagonals costs at least
 * |n − m| + 2w + 2, so a result no larger than |n − m| + 2w + 1 is exact. The first band
 * is guessed from symbol counts (every edit changes them by at most one, which bounds the
 * distance from below); on typed text it usually proves its own result. When it does
 * not, its result is still an upper bound on the distance, and the band that bound
 * implies is certainly wide enough: at most two passes run.
 *
 * The aligning pass keeps each column's band (two bit vectors and a score per block,
 * about 3 · (distance / 32 + 2) words per column) and traces back through it. When that
 * would exceed {@link STORED_WORDS_LIMIT}, the piece is cut in two at its middle column
 * with Hirschberg's method (forward and backward passes meet in the middle; the cheapest
 * row is on an optimal path) and each half is aligned the same way. Memory is therefore
 * O(n + m) plus a fixed cap, never a table of n × m.
 */

export const OP_MATCH = 0;
export const OP_SUBSTITUTE = 1;
/** A symbol of the second sequence (the typed text) with no counterpart in the first. */
export const OP_INSERT = 2;
/** A symbol of the first sequence (the reference) missing from the second. */
export const OP_DELETE = 3;
export type EditOpCode =
  | typeof OP_MATCH
  | typeof OP_SUBSTITUTE
  | typeof OP_INSERT
  | typeof OP_DELETE;

export interface Alignment {
  distance: number;
  /** One code per step, from the start of both sequences. */
  ops: Uint8Array;
  matches: number;
  substitutions: number;
  insertions: number;
  deletions: number;
}

/** Words of band history one aligning pass may keep (8 MB); above it the piece is halved. */
export const STORED_WORDS_LIMIT = 1 << 21;

/** The first band is never narrower: a block either side costs little and covers most typing. */
const PROBE_HALF_WIDTH = 32;

/** One piece to align: x[xo, xo + n) down the rows, y[yo, yo + m) across the columns. */
interface Piece {
  x: Int32Array;
  xo: number;
  n: number;
  y: Int32Array;
  yo: number;
  m: number;
  blocks: number;
  /** peq[s * blocks + t]: bit r set where row 32t + r + 1 holds symbol s. */
  peq: Int32Array;
  /** Symbol index of each column's character, −1 when it never occurs in the rows. */
  ySym: Int32Array;
  /**
   * A lower bound on the distance from symbol counts: one edit adds at most one symbol
   * and removes at most one, so neither the surplus nor the shortfall can exceed it.
   */
  countBound: number;
}

const DENSE_SYMBOLS = 1 << 16;

function piece(x: Int32Array, xo: number, n: number, y: Int32Array, yo: number, m: number): Piece {
  const blocks = (n + 31) >> 5;
  // Symbols are numbered 0, 1, … in order of first appearance. Below DENSE_SYMBOLS (all
  // Latin text, word ids of a drill) an array does it; above, a map.
  let top = 0;
  let bottom = 0;
  for (let r = 0; r < n; r++) {
    const symbol = x[xo + r]!;
    if (symbol > top) top = symbol;
    if (symbol < bottom) bottom = symbol;
  }
  const dense = top < DENSE_SYMBOLS && bottom >= 0 ? new Int32Array(top + 1).fill(-1) : null;
  const sparse = new Map<number, number>();
  let symbols = 0;
  const xSym = new Int32Array(n);
  for (let r = 0; r < n; r++) {
    const symbol = x[xo + r]!;
    let s = dense !== null ? dense[symbol]! : (sparse.get(symbol) ?? -1);
    if (s < 0) {
      s = symbols++;
      if (dense !== null) dense[symbol] = s;
      else sparse.set(symbol, s);
    }
    xSym[r] = s;
  }
  const peq = new Int32Array(symbols * blocks);
  for (let r = 0; r < n; r++) peq[xSym[r]! * blocks + (r >> 5)]! |= 1 << (r & 31);
  const ySym = new Int32Array(m);
  const balance = new Int32Array(symbols);
  for (let r = 0; r < n; r++) balance[xSym[r]!]!++;
  let surplus = 0;
  for (let c = 0; c < m; c++) {
    const symbol = y[yo + c]!;
    let sym = -1;
    if (dense === null) sym = sparse.get(symbol) ?? -1;
    else if (symbol >= 0 && symbol <= top) sym = dense[symbol]!;
    ySym[c] = sym;
    if (sym < 0) surplus++;
    else balance[sym]!--;
  }
  let shortfall = 0;
  for (let t = 0; t < symbols; t++) {
    const left = balance[t]!;
    if (left > 0) shortfall += left;
    else surplus -= left;
  }
  return { x, xo, n, y, yo, m, blocks, peq, ySym, countBound: Math.max(surplus, shortfall) };
}

/**
 * The band of half-width w: rows i of column j with lo ≤ i − j ≤ hi. It contains both
 * the start diagonal (0) and the end diagonal (n − m).
 */
interface Band {
  lo: number;
  hi: number;
}

function band(p: Piece, w: number): Band {
  const end = p.n - p.m;
  return { lo: Math.min(0, end) - w, hi: Math.max(0, end) + w };
}

function firstBlock(b: Band, j: number): number {
  const top = j + b.lo;
  return top <= 1 ? 0 : (top - 1) >> 5;
}

function lastBlock(p: Piece, b: Band, j: number): number {
  const bottom = Math.min(p.n, j + b.hi);
  return (bottom - 1) >> 5;
}

/** Block vectors and bottom-row scores of the current column. */
interface Column {
  pv: Int32Array;
  mv: Int32Array;
  score: Int32Array;
  /** Blocks activated so far; blocks enter at the bottom as the band moves down. */
  active: number;
}

function newColumn(p: Piece): Column {
  return {
    pv: new Int32Array(p.blocks),
    mv: new Int32Array(p.blocks),
    score: new Int32Array(p.blocks),
    active: -1,
  };
}

/**
 * Advances `col` through columns 1..last of the band. Rows just above the band are taken
 * to be one more than their left neighbour, and a block entering at the bottom starts
 * from a column of +1 steps: both are costs of real paths, so every value computed is
 * an upper bound that is exact for cells whose best path stays in the band.
 *
 * With `store`, each column's blocks (pv, mv, score) are appended from `colStart[j]`.
 */
function runColumns(
  p: Piece,
  b: Band,
  col: Column,
  last: number,
  store: Int32Array | null,
  colStart: Int32Array | null,
): void {
  const { peq, ySym, blocks } = p;
  const { pv, mv, score } = col;
  let active = col.active;
  let o = 0;
  for (let j = 1; j <= last; j++) {
    const fb = firstBlock(b, j);
    const lb = lastBlock(p, b, j);
    while (active < lb) {
      active++;
      pv[active] = -1;
      mv[active] = 0;
      score[active] = (active === 0 ? 0 : score[active - 1]!) + 32;
    }
    const sym = ySym[j - 1]!;
    const eqBase = sym * blocks;
    if (colStart !== null) colStart[j] = o;
    let hin = 1;
    for (let t = fb; t <= lb; t++) {
      let eq = sym >= 0 ? peq[eqBase + t]! : 0;
      const pvIn = pv[t]!;
      const mvIn = mv[t]!;
      const hinNeg = hin < 0 ? 1 : 0;
      const xv = eq | mvIn;
      eq |= hinNeg;
      const xh = (((eq & pvIn) + pvIn) ^ pvIn) | eq;
      let ph = mvIn | ~(xh | pvIn);
      let mh = pvIn & xh;
      const hout = (ph >>> 31) - (mh >>> 31);
      ph = (ph << 1) | (hin > 0 ? 1 : 0);
      mh = (mh << 1) | hinNeg;
      const pvOut = mh | ~(xv | ph);
      const mvOut = ph & xv;
      pv[t] = pvOut;
      mv[t] = mvOut;
      const s = score[t]! + hout;
      score[t] = s;
      hin = hout;
      if (store !== null) {
        store[o] = pvOut;
        store[o + 1] = mvOut;
        store[o + 2] = s;
        o += 3;
      }
    }
  }
  col.active = active;
}

function popcount(v: number): number {
  let x = v - ((v >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** D[i] of a column from the block holding row i: its bottom score minus the steps below i. */
function cellValue(pvWord: number, mvWord: number, score: number, i: number): number {
  const r = (i - 1) & 31;
  const below = r === 31 ? 0 : -1 << (r + 1);
  return score - popcount(pvWord & below) + popcount(mvWord & below);
}

function storedWords(p: Piece, b: Band): number {
  let words = 0;
  for (let j = 1; j <= p.m; j++) words += lastBlock(p, b, j) - firstBlock(b, j) + 1;
  return 3 * words;
}

/** Distance within the band of half-width w (an upper bound; exact when proven). */
function bandedDistance(p: Piece, w: number): number {
  const b = band(p, w);
  const col = newColumn(p);
  runColumns(p, b, col, p.m, null, null);
  const t = (p.n - 1) >> 5;
  return cellValue(col.pv[t]!, col.mv[t]!, col.score[t]!, p.n);
}

/** The smallest half-width that makes a result of `distance` provably exact. */
function sufficientHalfWidth(p: Piece, distance: number): number {
  return Math.max(0, Math.ceil((distance - Math.abs(p.n - p.m) - 1) / 2));
}

interface Output {
  ops: Uint8Array;
  length: number;
  trace: Uint8Array;
  storedWordsLimit: number;
}

function emit(out: Output, op: number, count: number): void {
  out.ops.fill(op, out.length, out.length + count);
  out.length += count;
}

interface KeptBand {
  p: Piece;
  b: Band;
  store: Int32Array;
  colStart: Int32Array;
}

/** D(i, j) as the pass computed it, including its conventions outside the band. */
function keptValue(kept: KeptBand, i: number, j: number): number {
  const { p, b, store, colStart } = kept;
  let extra = 0;
  for (;;) {
    if (i === 0) return extra + j;
    if (j === 0) return extra + i;
    const fb = firstBlock(b, j);
    if (i <= fb * 32) {
      extra += 1;
      j -= 1;
      continue;
    }
    const lastRow = lastBlock(p, b, j) * 32 + 32;
    if (i > lastRow) {
      extra += i - lastRow;
      i = lastRow;
      continue;
    }
    const at = colStart[j]! + 3 * (((i - 1) >> 5) - fb);
    return extra + cellValue(store[at]!, store[at + 1]!, store[at + 2]!, i);
  }
}

/** Runs the band of half-width w, keeping every column for a traceback. */
function keepBand(p: Piece, w: number): KeptBand {
  const b = band(p, w);
  const store = new Int32Array(storedWords(p, b));
  const colStart = new Int32Array(p.m + 1);
  runColumns(p, b, newColumn(p), p.m, store, colStart);
  return { p, b, store, colStart };
}

/** Emits a minimal alignment traced back through a kept band that is wide enough. */
function traceBack(kept: KeptBand, out: Output): void {
  const { p } = kept;
  const { x, xo, y, yo } = p;
  const trace = out.trace;
  let steps = 0;
  let i = p.n;
  let j = p.m;
  let v = keptValue(kept, i, j);
  while (i > 0 || j > 0) {
    // Prefer the diagonal: a wrong letter reads as one substitution in place, and "teh"
    // for "the" as two, the first shape the transposition check looks for.
    if (i > 0 && j > 0) {
      const diag = keptValue(kept, i - 1, j - 1);
      const same = x[xo + i - 1] === y[yo + j - 1];
      if (diag + (same ? 0 : 1) === v) {
        trace[steps++] = same ? OP_MATCH : OP_SUBSTITUTE;
        i--;
        j--;
        v = diag;
        continue;
      }
    }
    if (i > 0) {
      const up = keptValue(kept, i - 1, j);
      if (up + 1 === v) {
        trace[steps++] = OP_DELETE;
        i--;
        v = up;
        continue;
      }
    }
    const left = keptValue(kept, i, j - 1);
    if (j === 0 || left + 1 !== v) throw new Error("alignment traceback lost its path");
    trace[steps++] = OP_INSERT;
    j--;
    v = left;
  }
  const ops = out.ops;
  let at = out.length;
  for (let s = steps - 1; s >= 0; s--) ops[at++] = trace[s]!;
  out.length = at;
}

/** Scores D(i, jm) for the rows of column jm inside the band, as an array indexed by row. */
function middleColumn(p: Piece, w: number, jm: number): Int32Array {
  const b = band(p, w);
  const col = newColumn(p);
  runColumns(p, b, col, jm, null, null);
  const scores = new Int32Array(p.n + 1).fill(0x3fffffff);
  const top = Math.max(0, jm + b.lo);
  const bottom = Math.min(p.n, jm + b.hi);
  for (let i = top; i <= bottom; i++) {
    if (i === 0) {
      scores[0] = jm;
      continue;
    }
    const t = (i - 1) >> 5;
    scores[i] = cellValue(col.pv[t]!, col.mv[t]!, col.score[t]!, i);
  }
  return scores;
}

interface Sequences {
  a: Int32Array;
  b: Int32Array;
  /** The sequences reversed, so the backward pass runs the same forward code; made on first use. */
  ra: Int32Array | null;
  rb: Int32Array | null;
}

function reversed(x: Int32Array): Int32Array {
  const out = new Int32Array(x.length);
  for (let i = 0, j = x.length - 1; j >= 0; i++, j--) out[i] = x[j]!;
  return out;
}

/** Aligns a[a0, a0+n) with b[b0, b0+m); `cost` is the piece's distance when known. */
function alignPiece(
  s: Sequences,
  a0: number,
  n: number,
  b0: number,
  m: number,
  cost: number,
  out: Output,
): void {
  if (n === 0 || m === 0 || cost === 0) {
    emit(out, n === 0 ? OP_INSERT : m === 0 ? OP_DELETE : OP_MATCH, Math.max(n, m));
    return;
  }
  const p = piece(s.a, a0, n, s.b, b0, m);
  const fits = (w: number) => m < 2 || storedWords(p, band(p, w)) <= out.storedWordsLimit;
  let w: number;
  if (Number.isFinite(cost)) {
    w = sufficientHalfWidth(p, cost);
  } else {
    // A first guess at the band: on typed text the distance is rarely more than twice the
    // count bound, and this band is then wide enough to prove its own result, so it is
    // kept and traced back straight away. Otherwise its result bounds the distance.
    const guess = Math.max(PROBE_HALF_WIDTH, p.countBound);
    if (fits(guess)) {
      const probe = keepBand(p, guess);
      w = sufficientHalfWidth(p, keptValue(probe, n, m));
      if (w <= guess) {
        traceBack(probe, out);
        return;
      }
    } else {
      w = sufficientHalfWidth(p, bandedDistance(p, guess));
    }
  }
  if (fits(w)) {
    traceBack(keepBand(p, w), out);
    return;
  }

  // Hirschberg: the row of the middle column where forward and backward costs add up
  // to the least is on an optimal path, and those two costs are the halves' distances.
  const jm = m >> 1;
  const forward = middleColumn(p, w, jm);
  s.ra ??= reversed(s.a);
  s.rb ??= reversed(s.b);
  const back = piece(s.ra, s.a.length - a0 - n, n, s.rb, s.b.length - b0 - m, m);
  const backward = middleColumn(back, w, m - jm);
  let bestRow = 0;
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i <= n; i++) {
    const total = forward[i]! + backward[n - i]!;
    if (total < best) {
      best = total;
      bestRow = i;
    }
  }
  alignPiece(s, a0, bestRow, b0, jm, forward[bestRow]!, out);
  alignPiece(s, a0 + bestRow, n - bestRow, b0 + jm, m - jm, backward[n - bestRow]!, out);
}

function commonPrefix(a: Int32Array, b: Int32Array): number {
  const limit = Math.min(a.length, b.length);
  let p = 0;
  while (p < limit && a[p] === b[p]) p++;
  return p;
}

function commonSuffix(a: Int32Array, b: Int32Array, prefix: number): number {
  const limit = Math.min(a.length, b.length) - prefix;
  let s = 0;
  while (s < limit && a[a.length - 1 - s] === b[b.length - 1 - s]) s++;
  return s;
}

/** Levenshtein distance (unit costs) between two symbol sequences. */
export function editDistance(a: Int32Array, b: Int32Array): number {
  const p = commonPrefix(a, b);
  const s = commonSuffix(a, b, p);
  const n = a.length - p - s;
  const m = b.length - p - s;
  if (n === 0 || m === 0) return n + m;
  const pc = piece(a, p, n, b, p, m);
  const guess = Math.max(PROBE_HALF_WIDTH, pc.countBound);
  const bound = bandedDistance(pc, guess);
  const w = sufficientHalfWidth(pc, bound);
  return w <= guess ? bound : bandedDistance(pc, w);
}

/**
 * One minimal alignment of `a` (the reference) to `b` (the typed text). `storedWordsLimit`
 * caps the band history kept at once; lower it to trade time for memory.
 */
export function alignSequences(
  a: Int32Array,
  b: Int32Array,
  storedWordsLimit: number = STORED_WORDS_LIMIT,
): Alignment {
  const p = commonPrefix(a, b);
  const s = commonSuffix(a, b, p);
  const n = a.length - p - s;
  const m = b.length - p - s;
  const out: Output = {
    ops: new Uint8Array(a.length + b.length),
    length: 0,
    trace: new Uint8Array(n + m),
    storedWordsLimit,
  };
  emit(out, OP_MATCH, p);
  if (n > 0 && m > 0) {
    alignPiece({ a, b, ra: null, rb: null }, p, n, p, m, Number.POSITIVE_INFINITY, out);
  } else {
    emit(out, n > 0 ? OP_DELETE : OP_INSERT, n + m);
  }
  emit(out, OP_MATCH, s);
  const ops = out.ops.slice(0, out.length);
  const counts = [0, 0, 0, 0];
  for (let t = 0; t < ops.length; t++) counts[ops[t]!]!++;
  const [matches = 0, substitutions = 0, insertions = 0, deletions = 0] = counts;
  return {
    distance: substitutions + insertions + deletions,
    ops,
    matches,
    substitutions,
    insertions,
    deletions,
  };
}

/** Levenshtein distance between two strings, counted in code points. */
export function stringDistance(a: string, b: string): number {
  return editDistance(codePoints(a), codePoints(b));
}
