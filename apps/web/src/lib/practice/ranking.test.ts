import { describe, expect, it } from "vitest";
import {
  flatOrder,
  fromRankMap,
  initialGroups,
  isTiedWithPrevious,
  moveDown,
  moveTo,
  moveUp,
  toggleTie,
  toRankMap,
} from "./ranking.ts";

const start = initialGroups(["A", "B", "C", "D"]);

describe("ranking groups", () => {
  it("starts with every response alone in the listed order", () => {
    expect(start).toEqual([["A"], ["B"], ["C"], ["D"]]);
    expect(toRankMap(start)).toEqual({ A: 1, B: 2, C: 3, D: 4 });
  });

  it("moves an untied response one place up or down and stops at the ends", () => {
    expect(flatOrder(moveUp(start, "C"))).toEqual(["A", "C", "B", "D"]);
    expect(flatOrder(moveDown(start, "A"))).toEqual(["B", "A", "C", "D"]);
    expect(moveUp(start, "A")).toEqual(start);
    expect(moveDown(start, "D")).toEqual(start);
  });

  it("ties a response with the one above and ranks tied responses equally", () => {
    const tied = toggleTie(start, "C");
    expect(tied).toEqual([["A"], ["B", "C"], ["D"]]);
    expect(isTiedWithPrevious(tied, "C")).toBe(true);
    expect(isTiedWithPrevious(tied, "B")).toBe(false);
    expect(toRankMap(tied)).toEqual({ A: 1, B: 2, C: 2, D: 4 });
  });

  it("cannot tie the top response with anything above it", () => {
    expect(toggleTie(start, "A")).toEqual(start);
  });

  it("unties by splitting the group where the tie was", () => {
    const three = toggleTie(toggleTie(start, "B"), "C");
    expect(three).toEqual([["A", "B", "C"], ["D"]]);
    expect(toggleTie(three, "B")).toEqual([["A"], ["B", "C"], ["D"]]);
  });

  it("merges whole groups when the head of a tie is tied upward", () => {
    const groups = [["A"], ["B", "C"], ["D"]];
    expect(toggleTie(groups, "B")).toEqual([["A", "B", "C"], ["D"]]);
  });

  it("moving a tied response up takes it out of the tie, just above its partners", () => {
    const groups = [["A"], ["B", "C", "D"]];
    expect(moveUp(groups, "D")).toEqual([["A"], ["D"], ["B", "C"]]);
    expect(moveDown(groups, "B")).toEqual([["A"], ["C", "D"], ["B"]]);
  });

  it("an untied response jumps a whole tie without breaking it", () => {
    const groups = [["A", "B"], ["C"], ["D"]];
    expect(moveUp(groups, "C")).toEqual([["C"], ["A", "B"], ["D"]]);
  });

  it("dropping between tied responses joins their tie; at a boundary it stands alone", () => {
    const groups = [["A"], ["B", "C"], ["D"]];
    expect(moveTo(groups, "D", 2)).toEqual([["A"], ["B", "D", "C"]]);
    expect(moveTo(groups, "D", 1)).toEqual([["A"], ["D"], ["B", "C"]]);
    expect(moveTo(groups, "A", 3)).toEqual([["B", "C"], ["D"], ["A"]]);
    expect(moveTo(groups, "A", 99)).toEqual([["B", "C"], ["D"], ["A"]]);
    expect(moveTo(groups, "Z", 0)).toEqual(groups);
  });

  it("round-trips through a rank map, ties included", () => {
    const ids = ["A", "B", "C", "D", "E"];
    const groups = [["B"], ["A", "D"], ["E"], ["C"]];
    expect(fromRankMap(toRankMap(groups), ids)).toEqual(groups);
    expect(fromRankMap({ A: 2, B: 1, C: 2, D: 4 }, ["A", "B", "C", "D"])).toEqual([
      ["B"],
      ["A", "C"],
      ["D"],
    ]);
  });

  it("puts responses missing from a rank map last", () => {
    expect(fromRankMap({ B: 1 }, ["A", "B", "C"])).toEqual([["B"], ["A", "C"]]);
  });
});
