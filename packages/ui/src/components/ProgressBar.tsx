import { Progress } from "@kobalte/core/progress";

export interface ProgressBarProps {
  label: string;
  value: number;
  min?: number;
  max?: number;
  /** How the value reads aloud and on screen, e.g. "3 of 6 sections". */
  valueLabel?: string;
  tone?: "primary" | "success" | "warning";
}

export function ProgressBar(props: ProgressBarProps) {
  return (
    <Progress
      class={`ui-progress ui-progress--${props.tone ?? "primary"}`}
      value={props.value}
      minValue={props.min ?? 0}
      maxValue={props.max ?? 100}
      getValueLabel={({ value, max }) => props.valueLabel ?? `${Math.round((value / max) * 100)}%`}
    >
      <div class="ui-progress__header">
        <Progress.Label class="ui-progress__label">{props.label}</Progress.Label>
        <Progress.ValueLabel class="ui-progress__value" />
      </div>
      <Progress.Track class="ui-progress__track">
        <Progress.Fill class="ui-progress__fill" />
      </Progress.Track>
    </Progress>
  );
}
