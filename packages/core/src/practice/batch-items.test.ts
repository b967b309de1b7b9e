import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pickBatchItems } from "./batch-items.ts";

const none = { attempted: new Set<string>(), served: new Set<string>() };

/** A deterministic source for tests: a linear congruential generator. */
function seeded(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

describe("pickBatchItems", () => {
  it("never repeats an item within a batch, even when candidates repeat", () => {
    const picked = pickBatchItems(["a", "b", "a", "c", "b"], none, 5, seeded(1));
    expect(picked.sort()).toEqual(["a", "b", "c"]);
  });

  it("serves unseen items before abandoned ones, and those before attempted ones", () => {
    const history = { attempted: new Set(["a", "b"]), served: new Set(["a", "b", "c", "d"]) };
    const picked = pickBatchItems(["a", "b", "c", "d", "e", "f"], history, 4, seeded(7));
    expect(picked.slice(0, 2).sort()).toEqual(["e", "f"]);
    expect(picked.slice(2).sort()).toEqual(["c", "d"]);
  });

  it("falls back to attempted items when the fresh ones run out", () => {
    const history = { attempted: new Set(["a", "b", "c"]), served: new Set(["a", "b", "c"]) };
    const picked = pickBatchItems(["a", "b", "c", "d"], history, 3, seeded(3));
    expect(picked[0]).toBe("d");
    expect(picked).toHaveLength(3);
  });

  it("orders items by the random source, so different draws give different batches", () => {
    const ids = Array.from({ length: 30 }, (_, i) => `pw-${String(i).padStart(3, "0")}`);
    const first = pickBatchItems(ids, none, 5, seeded(11));
    const second = pickBatchItems(ids, none, 5, seeded(12));
    expect(first).not.toEqual(second);
    expect(pickBatchItems(ids, none, 5, seeded(11))).toEqual(first);
  });

  it("returns min(size, distinct candidates) distinct candidates, whatever the draw", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("a", "b", "c", "d", "e", "f", "g"), { maxLength: 12 }),
        fc.subarray(["a", "b", "c", "d"]),
        fc.integer({ min: 0, max: 10 }),
        fc.infiniteStream(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true })),
        (candidates, attempted, size, stream) => {
          const random = () => stream.next().value as number;
          const history = { attempted: new Set(attempted), served: new Set(attempted) };
          const picked = pickBatchItems(candidates, history, size, random);
          const distinct = new Set<string>(candidates);
          expect(picked).toHaveLength(Math.min(size, distinct.size));
          expect(new Set(picked).size).toBe(picked.length);
          for (const id of picked) expect(distinct.has(id)).toBe(true);
        },
      ),
    );
  });
});
