import type { JSX } from "solid-js";

/** One judgement with the worker's value beside the expert's, marked when they differ. */
export function VersusRow(props: {
  label: JSX.Element;
  yours: JSX.Element;
  expert: JSX.Element;
  /** "match", "near" (partial credit) or "miss". */
  agreement: "match" | "near" | "miss";
}) {
  return (
    <tr class={`versus__row versus__row--${props.agreement}`}>
      <th scope="row">{props.label}</th>
      <td>{props.yours}</td>
      <td>{props.expert}</td>
    </tr>
  );
}

export function VersusTable(props: { caption: string; children: JSX.Element; first?: string }) {
  return (
    <table class="table versus">
      <caption class="versus__caption">{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{props.first ?? ""}</th>
          <th scope="col">You</th>
          <th scope="col">Expert</th>
        </tr>
      </thead>
      <tbody>{props.children}</tbody>
    </table>
  );
}

/** Agreement of two values on a numeric scale: exact, one step off, or further. */
export function scaleAgreement(
  yours: number | null | undefined,
  expert: number,
): "match" | "near" | "miss" {
  if (yours === null || yours === undefined) return "miss";
  const distance = Math.abs(yours - expert);
  return distance === 0 ? "match" : distance === 1 ? "near" : "miss";
}

/** The one-row table of a task's overall verdict, the worker's beside the expert's. */
export function VerdictCompare(props: {
  yours: string;
  expert: string;
  agreement: "match" | "near" | "miss";
}) {
  return (
    <VersusTable caption="Verdict" first="">
      <VersusRow
        label="Verdict"
        yours={props.yours}
        expert={props.expert}
        agreement={props.agreement}
      />
    </VersusTable>
  );
}
