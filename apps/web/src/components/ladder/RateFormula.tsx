import { formatUsd, type RateProjection, type RateProjectionParams } from "@rubric/core";
import { For } from "solid-js";

const FACTORS = [
  { key: "quality", label: "Quality" },
  { key: "experience", label: "Experience" },
  { key: "hours", label: "Hours logged" },
] as const;

const two = (n: number) => n.toFixed(2);

/** How each factor is read, in the published formula's own numbers. */
export function FormulaLines(props: { params: RateProjectionParams }) {
  const p = () => props.params;
  return (
    <ol class="formula">
      <li>
        <span class="formula__name">quality</span> = clamp((lower bound − {two(p().qualityFloor)}) ÷{" "}
        {two(1 - p().qualityFloor)}, 0, 1)
      </li>
      <li>
        <span class="formula__name">experience</span> = min(years ÷ {p().experienceYearsCap}, 1)
      </li>
      <li>
        <span class="formula__name">hours</span> = min(hours logged ÷ {p().hoursCap}, 1)
      </li>
      <li>
        <span class="formula__name">position</span> = {two(p().weights.quality)} · quality +{" "}
        {two(p().weights.experience)} · experience + {two(p().weights.hours)} · hours
      </li>
      <li>
        <span class="formula__name">rate</span> = band minimum + position × (band maximum − band
        minimum)
      </li>
    </ol>
  );
}

/** One projected rate worked through with its figures: each factor, its weight, its share. */
export function RateWorkings(props: {
  params: RateProjectionParams;
  projection: Pick<RateProjection, "rateUsdPerHour" | "position" | "parts" | "band">;
  caption: string;
}) {
  const factor = (key: (typeof FACTORS)[number]["key"]) => {
    const weight = props.params.weights[key];
    return weight === 0 ? 0 : props.projection.parts[key] / weight;
  };
  const band = () => props.projection.band;
  return (
    <table class="table rate-workings">
      <caption class="rate-workings__caption">{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">Factor</th>
          <th scope="col" class="num">
            Value (0–1)
          </th>
          <th scope="col" class="num">
            Weight
          </th>
          <th scope="col" class="num">
            Share
          </th>
        </tr>
      </thead>
      <tbody>
        <For each={FACTORS}>
          {(f) => (
            <tr>
              <th scope="row">{f.label}</th>
              <td class="num">{two(factor(f.key))}</td>
              <td class="num">{two(props.params.weights[f.key])}</td>
              <td class="num">{two(props.projection.parts[f.key])}</td>
            </tr>
          )}
        </For>
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Position in band</th>
          <td />
          <td />
          <td class="num">{two(props.projection.position)}</td>
        </tr>
        <tr>
          <th scope="row">Rate</th>
          <td colSpan={3} class="num">
            {formatUsd(band().minUsdPerHour)} + {two(props.projection.position)} × (
            {formatUsd(band().maxUsdPerHour)} − {formatUsd(band().minUsdPerHour)}) ={" "}
            <strong>{formatUsd(props.projection.rateUsdPerHour)}/h</strong>
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
