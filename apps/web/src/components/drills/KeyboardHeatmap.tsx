import { createMemo, For, Show } from "solid-js";
import { statsByKey, US_KEYBOARD } from "../../lib/drills/keyboard.ts";

/** Accuracy at or below this is drawn fully in the danger colour; most typists sit above 90%. */
const FLOOR = 0.8;

/**
 * The key's colour: danger at the floor, warning halfway, success at 100%, mixed from the
 * design tokens so the scale follows the theme.
 */
export function heat(accuracy: number | null): string | undefined {
  if (accuracy === null) return undefined;
  const score = Math.min(1, Math.max(0, (accuracy - FLOOR) / (1 - FLOOR)));
  return score >= 0.5
    ? `color-mix(in oklab, var(--color-success) ${Math.round((score - 0.5) * 200)}%, var(--color-warning))`
    : `color-mix(in oklab, var(--color-warning) ${Math.round(score * 200)}%, var(--color-danger))`;
}

export interface KeyboardHeatmapProps {
  stats: ReadonlyArray<{ key: string; hits: number; misses: number }>;
}

/** Per-key accuracy on a US keyboard, each key coloured from danger (≤ 80%) to success (100%). */
export function KeyboardHeatmap(props: KeyboardHeatmapProps) {
  const byKey = createMemo(() => statsByKey(props.stats));
  return (
    <div class="heatmap">
      <figure class="heatmap__board">
        <figcaption class="ui-visually-hidden">Accuracy per key</figcaption>
        <For each={US_KEYBOARD}>
          {(row) => (
            <ul class="heatmap__row" style={{ "--indent": row.indent }}>
              <For each={row.keys}>
                {(cap) => {
                  const stats = () => byKey().get(cap.id);
                  const presses = () => (stats()?.hits ?? 0) + (stats()?.misses ?? 0);
                  const accuracy = () => (presses() > 0 ? stats()!.hits / presses() : null);
                  const label = () =>
                    accuracy() === null
                      ? `${cap.label}: not typed yet`
                      : `${cap.label}: ${Math.round(accuracy()! * 100)}% right over ${presses()} presses`;
                  return (
                    <li
                      class="heatmap__key"
                      classList={{ "heatmap__key--empty": accuracy() === null }}
                      style={{ "--width": cap.width, "--heat": heat(accuracy()) }}
                      title={label()}
                      aria-label={label()}
                    >
                      <span class="heatmap__cap">{cap.label}</span>
                      <Show when={accuracy() !== null}>
                        <span class="heatmap__value">{Math.round(accuracy()! * 100)}</span>
                      </Show>
                    </li>
                  );
                }}
              </For>
            </ul>
          )}
        </For>
      </figure>
      <div class="heatmap__legend" aria-hidden="true">
        <span>≤ {FLOOR * 100}%</span>
        <span class="heatmap__scale" />
        <span>100% right</span>
        <span class="heatmap__key heatmap__key--empty heatmap__key--swatch" />
        <span>not typed yet</span>
      </div>
    </div>
  );
}
