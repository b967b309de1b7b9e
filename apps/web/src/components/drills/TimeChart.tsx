import { createEffect, For, onCleanup, onMount } from "solid-js";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";

export interface ChartSeries {
  label: string;
  /** Slot of the categorical palette (--color-cat-N). */
  tone: number;
  /** One value per point, null where this series has none. */
  values: ReadonlyArray<number | null>;
  /** Drawn dashed: a threshold or target rather than a measurement. */
  dashed?: boolean;
  /** A shaded band around the line, such as a confidence interval. */
  band?: { lower: ReadonlyArray<number | null>; upper: ReadonlyArray<number | null> };
}

export interface TimeChartProps {
  title: string;
  series: readonly ChartSeries[];
  unit: string;
  /**
   * Seconds since the epoch, one per point, ascending. Without them the x axis counts
   * points (drill 1, 2, …): practice comes in bursts, and a date axis squeezes a
   * session's drills into one spot.
   */
  times?: readonly number[];
  /** Fixed value range (0–100 for percentages); otherwise it runs from 0 to fit the data. */
  range?: readonly [number, number];
  /** What the figure says in words, for people who do not see the chart. */
  summary: string;
}

const HEIGHT = 220;
const DAY = 86_400;

function token(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim();
}

function translucent(colour: string): string {
  return `color-mix(in srgb, ${colour} 18%, transparent)`;
}

/** A line chart drawn with uPlot in the design system's colours. */
export function TimeChart(props: TimeChartProps) {
  let host!: HTMLDivElement;
  let plot: uPlot | undefined;

  const build = () => {
    plot?.destroy();
    const count = Math.max(0, ...props.series.map((s) => s.values.length));
    const xs = props.times ? [...props.times] : Array.from({ length: count }, (_, i) => i + 1);
    const highest = Math.max(
      0,
      ...props.series.flatMap((s) =>
        [...s.values, ...(s.band?.upper ?? [])].filter((v): v is number => v !== null),
      ),
    );
    const valueRange: [number, number] = props.range
      ? [props.range[0], props.range[1]]
      : [0, Math.max(10, Math.ceil((highest * 1.15) / 10) * 10)];
    const text = token("--color-text-muted");
    const grid = token("--color-border");
    const axis = {
      stroke: text,
      grid: { stroke: grid, width: 1 },
      ticks: { stroke: grid, width: 1 },
    };

    // Band edges are series of their own, hidden, that the band fill runs between.
    const lines: uPlot.Series[] = [];
    const data: Array<Array<number | null>> = [];
    const bands: uPlot.Band[] = [];
    for (const s of props.series) {
      const colour = token(`--color-cat-${s.tone}`);
      lines.push({
        label: s.label,
        stroke: colour,
        width: 2,
        spanGaps: true,
        ...(s.dashed
          ? { dash: [6, 4], points: { show: false } }
          : { points: { show: true, size: 7, fill: colour } }),
      });
      data.push([...s.values]);
      if (s.band) {
        const upper = lines.length + 1;
        lines.push({ stroke: "transparent", points: { show: false }, spanGaps: true });
        lines.push({ stroke: "transparent", points: { show: false }, spanGaps: true });
        data.push([...s.band.upper], [...s.band.lower]);
        bands.push({ series: [upper, upper + 1], fill: translucent(colour) });
      }
    }

    plot = new uPlot(
      {
        width: Math.max(240, host.clientWidth),
        height: HEIGHT,
        legend: { show: false },
        cursor: { y: false },
        bands,
        scales: {
          x: props.times
            ? {
                time: true,
                // A single day's points still get a readable span. The span is taken from
                // the data: uPlot widens a one-point range by itself before asking.
                range: () => {
                  const first = Math.min(...xs);
                  const last = Math.max(...xs);
                  return last - first < DAY ? [first - DAY / 2, last + DAY / 2] : [first, last];
                },
              }
            : { time: false, range: () => [0.5, Math.max(count, 1) + 0.5] },
          y: { range: () => valueRange },
        },
        axes: [
          props.times
            ? axis
            : {
                ...axis,
                label: "Drill",
                incrs: [1, 2, 5, 10, 20, 50, 100],
                values: (_u, ticks) => ticks.map(String),
              },
          { ...axis, values: (_u, ticks) => ticks.map((v) => `${v}${props.unit}`) },
        ],
        series: [{}, ...lines],
      },
      [xs, ...data],
      host,
    );
  };

  onMount(() => {
    const observer = new ResizeObserver(() =>
      plot?.setSize({ width: Math.max(240, host.clientWidth), height: HEIGHT }),
    );
    observer.observe(host);
    onCleanup(() => observer.disconnect());
  });
  createEffect(build);
  onCleanup(() => plot?.destroy());

  return (
    <figure class="chart">
      <figcaption class="chart__caption">
        <span class="chart__title">{props.title}</span>
        <span class="chart__keys">
          <For each={props.series}>
            {(s) => (
              <span class="chart__key">
                <span class={`legend__swatch tone-${s.tone}`} aria-hidden="true" />
                {s.label}
              </span>
            )}
          </For>
        </span>
      </figcaption>
      <div ref={host} class="chart__plot" role="img" aria-label={props.summary} />
    </figure>
  );
}
