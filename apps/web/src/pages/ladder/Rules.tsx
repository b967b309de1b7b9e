import {
  CATEGORY_LABELS,
  type CategoryRule,
  CORE_ASSESSMENT_BLUEPRINT,
  DOMAIN_LABELS,
  explainRate,
  formatPercent,
  formatUsd,
  wilsonInterval,
} from "@rubric/core";
import { useQuery } from "@tanstack/solid-query";
import { For, Show } from "solid-js";
import { FormulaLines, RateWorkings } from "../../components/ladder/RateFormula.tsx";
import { QueryState } from "../../components/QueryState.tsx";
import { inLadderOrder } from "../../lib/ladder/format.ts";
import { ladderKeys } from "../../lib/ladder/queries.ts";
import type { LadderRulesView } from "../../lib/ladder/types.ts";
import { trpc } from "../../lib/trpc.ts";

/** The published ladder: every rule that decides an unlock, the pay bands and the rate formula. */
export function Rules() {
  const rules = useQuery(() => ({
    queryKey: ladderKeys.rules,
    queryFn: () => trpc.ladder.rules.query(),
    staleTime: 300_000,
  }));
  return (
    <div class="rules-page">
      <header class="rules-page__header">
        <p class="eyebrow">Published rules</p>
        <h1 class="rules-page__title">How the ladder unlocks, and what it pays</h1>
        <p class="section__lead">
          These are the rules the platform applies, read from the same data the server decides with.
          Nothing that gates your work is left out.
        </p>
      </header>
      <QueryState
        query={rules}
        failure="The rules could not be loaded"
        loading="Loading the rules…"
      >
        {(data) => <RulesBody data={data()} />}
      </QueryState>
    </div>
  );
}

const pct = (n: number) => formatPercent(n);
const hours = (n: number) => (n === 1 ? "1 hour" : `${n} hours`);

function RulesBody(props: { data: LadderRulesView }) {
  const rules = () => props.data.rules;
  const confidence = () => Math.round(rules().confidence * 100);
  const example = (correct: number, of: number) =>
    wilsonInterval(correct, of, rules().confidence).lower.toFixed(2);
  const bandsInLadderOrder = () => inLadderOrder(props.data.payBands);
  const exampleBand = () =>
    props.data.payBands.find((b) => b.category === "general_evaluation") ?? props.data.payBands[0];
  return (
    <>
      <section class="rules-section" aria-labelledby="ladder-title">
        <h2 id="ladder-title" class="section__title">
          The ladder
        </h2>
        <p class="rules-section__lead">
          Everyone starts with the core assessment. Each category then opens when the categories
          below it are held, the work below it shows enough steady quality, and its qualification
          test is passed. A held category is kept while recent quality stays above a lower bar;
          under it, the category is suspended until quality recovers.
        </p>
        <div class="table-scroll">
          <table class="table rules-table">
            <thead>
              <tr>
                <th scope="col">Step</th>
                <th scope="col">Opens after</th>
                <th scope="col">Quality to unlock</th>
                <th scope="col">Qualification test</th>
                <th scope="col">To keep it</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">Core assessment</th>
                <td>Sign-up</td>
                <td>—</td>
                <td>
                  {pct(CORE_ASSESSMENT_BLUEPRINT.passMark)} overall and each section's minimum;{" "}
                  {CORE_ASSESSMENT_BLUEPRINT.timeLimitMinutes} min; retake after{" "}
                  {hours(rules().coreAssessment.retakeCooldownHours)}
                </td>
                <td>Passed once, kept</td>
              </tr>
              <For each={rules().categories}>
                {(rule) => <RuleRow rule={rule} domains={rules().domains} />}
              </For>
            </tbody>
          </table>
        </div>
      </section>

      <section class="rules-section" aria-labelledby="quality-title">
        <h2 id="quality-title" class="section__title">
          How quality is measured
        </h2>
        <p class="rules-section__lead">
          Quality is your accuracy on gold items (known-answer items mixed into drills and
          practice), given as a {confidence()}% confidence interval. Every gate reads its lower end,
          so the evidence has to be both good and plentiful: 10 correct out of 10 gives a lower
          bound of {example(10, 10)}; 90 out of 100 gives {example(90, 100)}; 180 out of 200 gives{" "}
          {example(180, 200)}.
        </p>
      </section>

      <section class="rules-section" aria-labelledby="bands-title">
        <h2 id="bands-title" class="section__title">
          Pay bands
        </h2>
        <p class="rules-section__lead">
          Hourly bands in USD for each category. Your projected rate sits inside the band of the
          category you work in.
        </p>
        <table class="table bands-table">
          <thead>
            <tr>
              <th scope="col">Category</th>
              <th scope="col" class="num">
                USD per hour
              </th>
              <th scope="col">Note</th>
            </tr>
          </thead>
          <tbody>
            <For each={bandsInLadderOrder()}>
              {(band) => (
                <tr>
                  <th scope="row">{CATEGORY_LABELS[band.category]}</th>
                  <td class="num">
                    {formatUsd(band.minUsdPerHour)} – {formatUsd(band.maxUsdPerHour)}
                  </td>
                  <td class="muted">{band.premiumNote}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </section>

      <section class="rules-section" aria-labelledby="rate-title">
        <h2 id="rate-title" class="section__title">
          The rate formula
        </h2>
        <p class="rules-section__lead">{props.data.rateFormula.description}</p>
        <FormulaLines params={props.data.rateFormula.params} />
        <Show when={exampleBand()}>
          {(band) => (
            <RateWorkings
              params={props.data.rateFormula.params}
              projection={explainRate(
                {
                  category: band().category,
                  minUsdPerHour: band().minUsdPerHour,
                  maxUsdPerHour: band().maxUsdPerHour,
                },
                { qualityLower: 0.85, experienceYears: 3, hoursLogged: 40 },
                props.data.rateFormula.params,
              )}
              caption={`Worked example: ${CATEGORY_LABELS[band().category].toLowerCase()}, lower bound 0.85, 3 years of experience, 40 hours logged`}
            />
          )}
        </Show>
      </section>
    </>
  );
}

function RuleRow(props: { rule: CategoryRule; domains: readonly string[] }) {
  const r = () => props.rule;
  const label = (c: string) => CATEGORY_LABELS[c as keyof typeof CATEGORY_LABELS];
  return (
    <tr>
      <th scope="row">
        {label(r().category)}
        <Show when={r().category === "domain_expert"}>
          <span class="rules-table__note">
            Per domain:{" "}
            {props.domains.map((d) => DOMAIN_LABELS[d as keyof typeof DOMAIN_LABELS]).join(", ")}
          </span>
        </Show>
      </th>
      <td>
        {[
          ...(r().requiresCoreAssessment ? ["The core assessment"] : []),
          ...r().prerequisites.map(label),
        ].join(", ")}
      </td>
      <td>
        <Show when={r().quality} fallback="—">
          {(q) => (
            <>
              {q().minGoldItems} gold items in {label(q().evidenceFrom).toLowerCase()}, lower bound
              ≥ {q().minLowerBound.toFixed(2)}
              <Show when={q().lastItems}>{(n) => <> over the latest {n()}</>}</Show>
            </>
          )}
        </Show>
      </td>
      <td>
        <Show when={r().qualificationTest} fallback="None: opens on the steps before it">
          {(t) => (
            <>
              Pass mark {pct(t().passMark)}; retake after {hours(t().retakeCooldownHours)}
            </>
          )}
        </Show>
      </td>
      <td>
        <Show when={r().maintenance} fallback="Kept">
          {(m) => (
            <>
              Lower bound ≥ {m().minLowerBound.toFixed(2)} over your latest {m().lastItems} gold
              items in it
            </>
          )}
        </Show>
      </td>
    </tr>
  );
}
