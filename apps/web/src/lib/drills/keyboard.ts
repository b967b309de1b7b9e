/**
 * A US keyboard for the per-key accuracy heatmap. Characters are counted on the key that
 * types them: "E" and "e" on E, "!" and "1" on 1, so a weak finger shows as one key.
 */

export interface KeyCap {
  /** The unshifted character; the key's identity. */
  id: string;
  /** What the cap shows, shifted character first where there is one. */
  label: string;
  /** Width in key units. */
  width: number;
}

const ROWS: ReadonlyArray<ReadonlyArray<[string, string]>> = [
  [
    ["`", "~"],
    ["1", "!"],
    ["2", "@"],
    ["3", "#"],
    ["4", "$"],
    ["5", "%"],
    ["6", "^"],
    ["7", "&"],
    ["8", "*"],
    ["9", "("],
    ["0", ")"],
    ["-", "_"],
    ["=", "+"],
  ],
  [..."qwertyuiop"]
    .map((c): [string, string] => [c, c.toUpperCase()])
    .concat([
      ["[", "{"],
      ["]", "}"],
      ["\\", "|"],
    ]),
  [..."asdfghjkl"]
    .map((c): [string, string] => [c, c.toUpperCase()])
    .concat([
      [";", ":"],
      ["'", '"'],
    ]),
  [..."zxcvbnm"]
    .map((c): [string, string] => [c, c.toUpperCase()])
    .concat([
      [",", "<"],
      [".", ">"],
      ["/", "?"],
    ]),
];

/** Row offsets in key units, as the staggered rows sit on a real board. */
const ROW_INDENT = [0, 1.5, 1.75, 2.25];

export interface KeyboardRow {
  indent: number;
  keys: KeyCap[];
}

export const US_KEYBOARD: readonly KeyboardRow[] = [
  ...ROWS.map((row, r) => ({
    indent: ROW_INDENT[r]!,
    keys: row.map(([plain, shifted]) => ({
      id: plain,
      label: /[a-z]/.test(plain) ? shifted : `${shifted} ${plain}`,
      width: 1,
    })),
  })),
  { indent: 3.75, keys: [{ id: " ", label: "Space", width: 6.25 }] },
];

const KEY_OF = new Map<string, string>();
for (const row of ROWS) {
  for (const [plain, shifted] of row) {
    KEY_OF.set(plain, plain);
    KEY_OF.set(shifted, plain);
  }
}
KEY_OF.set(" ", " ");

/** The key that types `char` on a US layout, or null for characters it has no key for. */
export function keyFor(char: string): string | null {
  return KEY_OF.get(char) ?? null;
}

export interface KeyAccuracy {
  hits: number;
  misses: number;
}

/** Per-character counts gathered onto the keys that type them. */
export function statsByKey(
  stats: ReadonlyArray<{ key: string; hits: number; misses: number }>,
): Map<string, KeyAccuracy> {
  const out = new Map<string, KeyAccuracy>();
  for (const s of stats) {
    const id = keyFor(s.key);
    if (id === null) continue;
    const entry = out.get(id) ?? { hits: 0, misses: 0 };
    entry.hits += s.hits;
    entry.misses += s.misses;
    out.set(id, entry);
  }
  return out;
}
