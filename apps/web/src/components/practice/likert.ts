import { LIKERT_ANCHORS } from "../../lib/practice/labels.ts";
import type { Choice } from "./ChoiceGroup.tsx";

/** The 1–5 rating scale, each point with its anchor as a tooltip. */
export const LIKERT_CHOICES: readonly Choice<number>[] = [1, 2, 3, 4, 5].map((value) => ({
  value,
  label: String(value),
  hint: LIKERT_ANCHORS[value],
}));
