import { CATEGORY_LABELS, DOMAIN_LABELS, formatBound } from "@rubric/core";
import { For, Show } from "solid-js";
import { qualityBar } from "../../lib/ladder/format.ts";
import type { DashboardEntry, QualitySeries } from "../../lib/ladder/types.ts";
import { TimeChart } from "../drills/TimeChart.tsx";

const pct = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 10);

function title(series: QualitySeries): string {
  const category = CATEGORY_LABELS[series.category];
  return series.domain ? `${category}: ${DOMAIN_LABELS[series.domain]}` : category;
}

/**
 * Quality per category over time: the gold accuracy with its confidence band, and the bar
 * the lower bound has to clear. One small chart per category, so the bands never overlap.
 */
export function QualityCharts(props: {
  series: readonly QualitySeries[];
  entries: readonly DashboardEntry[];
}) {
  const withData = () => props.series.filter((s) => s.series.length > 0);
  return (
    <Show
      when={withData().length > 0}
      fallback={
        <p class="muted small">
          No gold results yet. Drills and practice items are scored against answer keys; your
          accuracy and its confidence band appear here after the first one.
        </p>
      }
    >
      <div class="quality-charts">
        <For each={withData()}>
          {(series) => <QualityChart series={series} entries={props.entries} />}
        </For>
      </div>
    </Show>
  );
}

function QualityChart(props: { series: QualitySeries; entries: readonly DashboardEntry[] }) {
  const points = () => props.series.series;
  const last = () => points()[points().length - 1];
  const bar = () => qualityBar(props.series, props.entries);
  const summary = () => {
    const p = last();
    if (!p) return "";
    const base = `${title(props.series)}: accuracy ${Math.round((p.estimate ?? 0) * 100)}%, lower bound ${formatBound(p.lower)} over ${p.count} gold items`;
    const b = bar();
    return b ? `${base}; the ${b.label} is ${b.value.toFixed(2)}.` : `${base}.`;
  };
  return (
    <div class="quality-chart">
      <TimeChart
        title={title(props.series)}
        unit="%"
        range={[0, 100]}
        times={points().map((p) => Date.parse(p.at) / 1000)}
        series={[
          {
            label: "Accuracy with 95% band",
            tone: 2,
            values: points().map((p) => pct(p.estimate)),
            band: {
              lower: points().map((p) => pct(p.lower)),
              upper: points().map((p) => pct(p.upper)),
            },
          },
          // A bar needs two days to draw as a line; with one it is given in the figures.
          ...(bar() && points().length > 1
            ? [
                {
                  label: `${bar()?.label} (${bar()?.value.toFixed(2)})`,
                  tone: 1,
                  dashed: true,
                  values: points().map(() => pct(bar()?.value ?? null)),
                },
              ]
            : []),
        ]}
        summary={summary()}
      />
      <Show when={last()}>
        {(p) => (
          <p class="quality-chart__figures small">
            <span>
              Lower bound <strong class="num">{formatBound(p().lower)}</strong>
            </span>
            <span>
              Estimate <strong class="num">{Math.round((p().estimate ?? 0) * 100)}%</strong>
            </span>
            <span>
              <strong class="num">{p().count}</strong>{" "}
              {p().count === 1 ? "gold item" : "gold items"}
            </span>
            <Show when={bar()}>
              {(b) => (
                <span class="capitalize-first">
                  {b().label} <strong class="num">{b().value.toFixed(2)}</strong>
                </span>
              )}
            </Show>
          </p>
        )}
      </Show>
    </div>
  );
}
