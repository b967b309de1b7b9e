/**
 * A word-level diff of a rewrite against the text it rewrites, so a worker (and a reviewer)
 * sees exactly what changed. Myers' O(ND) algorithm in its linear-space form: find the middle
 * of an optimal edit path by searching from both ends, split there, recurse. Memory stays
 * proportional to the text even for a rewrite that changes almost everything.
 */

export type DiffOp = "equal" | "insert" | "delete";

export interface RewriteDiffSegment {
  op: DiffOp;
  text: string;
}

/**
 * Words, runs of whitespace and single punctuation marks: whitespace is kept as tokens so the
 * segments put back together reproduce both texts exactly.
 */
export function diffTokens(text: string): string[] {
  return text.match(/[\p{L}\p{M}\p{N}_]+|\s+|[^\s\p{L}\p{M}\p{N}_]/gu) ?? [];
}

/** A shortest edit script turning a into b (token ids), as runs over a (equal, delete) and b (insert). */
export function diffSequences(
  a: readonly number[],
  b: readonly number[],
): { op: DiffOp; index: number }[] {
  const out: { op: DiffOp; index: number }[] = [];
  diffRange(a, 0, a.length, b, 0, b.length, out);
  return out;
}

function diffRange(
  a: readonly number[],
  aStart: number,
  aEnd: number,
  b: readonly number[],
  bStart: number,
  bEnd: number,
  out: { op: DiffOp; index: number }[],
): void {
  // Common prefix and suffix are equal runs; trimming them also guarantees the bisection below
  // starts and ends on a difference, so every recursion makes progress.
  let prefix = 0;
  while (
    aStart + prefix < aEnd &&
    bStart + prefix < bEnd &&
    a[aStart + prefix] === b[bStart + prefix]
  )
    prefix += 1;
  let suffix = 0;
  while (
    aEnd - suffix > aStart + prefix &&
    bEnd - suffix > bStart + prefix &&
    a[aEnd - suffix - 1] === b[bEnd - suffix - 1]
  ) {
    suffix += 1;
  }
  for (let i = 0; i < prefix; i += 1) out.push({ op: "equal", index: aStart + i });
  const innerAStart = aStart + prefix;
  const innerAEnd = aEnd - suffix;
  const innerBStart = bStart + prefix;
  const innerBEnd = bEnd - suffix;

  if (innerAStart === innerAEnd) {
    for (let j = innerBStart; j < innerBEnd; j += 1) out.push({ op: "insert", index: j });
  } else if (innerBStart === innerBEnd) {
    for (let i = innerAStart; i < innerAEnd; i += 1) out.push({ op: "delete", index: i });
  } else {
    const split = middleSnake(a, innerAStart, innerAEnd, b, innerBStart, innerBEnd);
    if (split === null) {
      for (let i = innerAStart; i < innerAEnd; i += 1) out.push({ op: "delete", index: i });
      for (let j = innerBStart; j < innerBEnd; j += 1) out.push({ op: "insert", index: j });
    } else {
      diffRange(a, innerAStart, split.x, b, innerBStart, split.y, out);
      diffRange(a, split.x, innerAEnd, b, split.y, innerBEnd, out);
    }
  }
  for (let i = suffix; i > 0; i -= 1) out.push({ op: "equal", index: aEnd - i });
}

/**
 * The point (x, y) where a forward and a reverse furthest-reaching D-path meet; both halves of
 * the problem on either side of it have optimal scripts that join into an optimal whole.
 */
function middleSnake(
  a: readonly number[],
  aStart: number,
  aEnd: number,
  b: readonly number[],
  bStart: number,
  bEnd: number,
): { x: number; y: number } | null {
  const n = aEnd - aStart;
  const m = bEnd - bStart;
  const maxD = Math.ceil((n + m) / 2);
  const offset = maxD;
  const size = 2 * maxD + 2;
  const forward = new Int32Array(size).fill(-1);
  const reverse = new Int32Array(size).fill(-1);
  forward[offset + 1] = 0;
  reverse[offset + 1] = 0;
  const delta = n - m;
  // When delta is odd the paths meet while extending forward, otherwise while extending back.
  const checkForward = delta % 2 !== 0;
  let kForwardStart = 0;
  let kForwardEnd = 0;
  let kReverseStart = 0;
  let kReverseEnd = 0;
  const at = (array: Int32Array, index: number) => array[index] ?? -1;

  for (let d = 0; d < maxD; d += 1) {
    for (let k = -d + kForwardStart; k <= d - kForwardEnd; k += 2) {
      const index = offset + k;
      let x =
        k === -d || (k !== d && at(forward, index - 1) < at(forward, index + 1))
          ? at(forward, index + 1)
          : at(forward, index - 1) + 1;
      let y = x - k;
      while (x < n && y < m && a[aStart + x] === b[bStart + y]) {
        x += 1;
        y += 1;
      }
      forward[index] = x;
      if (x > n) kForwardEnd += 2;
      else if (y > m) kForwardStart += 2;
      else if (checkForward) {
        const reverseIndex = offset + delta - k;
        if (reverseIndex >= 0 && reverseIndex < size && at(reverse, reverseIndex) !== -1) {
          if (x >= n - at(reverse, reverseIndex)) return { x: aStart + x, y: bStart + y };
        }
      }
    }
    for (let k = -d + kReverseStart; k <= d - kReverseEnd; k += 2) {
      const index = offset + k;
      let x =
        k === -d || (k !== d && at(reverse, index - 1) < at(reverse, index + 1))
          ? at(reverse, index + 1)
          : at(reverse, index - 1) + 1;
      let y = x - k;
      while (x < n && y < m && a[aEnd - x - 1] === b[bEnd - y - 1]) {
        x += 1;
        y += 1;
      }
      reverse[index] = x;
      if (x > n) kReverseEnd += 2;
      else if (y > m) kReverseStart += 2;
      else if (!checkForward) {
        const forwardIndex = offset + delta - k;
        if (forwardIndex >= 0 && forwardIndex < size && at(forward, forwardIndex) !== -1) {
          const forwardX = at(forward, forwardIndex);
          const forwardY = offset + forwardX - forwardIndex;
          if (forwardX >= n - x) return { x: aStart + forwardX, y: bStart + forwardY };
        }
      }
    }
  }
  return null;
}

/** The rewrite's changes against the original, as equal / delete / insert runs of text. */
export function diffRewrite(original: string, rewrite: string): RewriteDiffSegment[] {
  const a = diffTokens(original);
  const b = diffTokens(rewrite);
  const ids = new Map<string, number>();
  const idOf = (token: string) => {
    let id = ids.get(token);
    if (id === undefined) {
      id = ids.size;
      ids.set(token, id);
    }
    return id;
  };
  const script = diffSequences(a.map(idOf), b.map(idOf));
  const segments: RewriteDiffSegment[] = [];
  for (const { op, index } of script) {
    const token = (op === "insert" ? b[index] : a[index]) ?? "";
    const last = segments.at(-1);
    if (last && last.op === op) last.text += token;
    else segments.push({ op, text: token });
  }
  return segments;
}
