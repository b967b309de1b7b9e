import { CATEGORY_LABELS, REFERENCE_PAY_BANDS } from "@rubric/core";
import { A } from "@solidjs/router";
import { For } from "solid-js";

const PATH = [
  {
    step: "1",
    title: "Core assessment",
    body: "A timed check of the skills every project screens for: applying a guideline, spotting errors, judging two answers, verifying claims, and a short rewrite. You get a section-by-section report, not a silent rejection.",
  },
  {
    step: "2",
    title: "Precision drills",
    body: "Typing, transcription and proofreading scored by alignment, so one dropped letter counts once. Every error is named — case, punctuation, transposition, missing word — and you learn which kind you make.",
  },
  {
    step: "3",
    title: "Practice tasks",
    body: "Pairwise comparisons, rankings, rewrites, red-teaming, fact-checks, and domain and code reviews. After each one you see the expert answer, the rationale, and the guideline section that decides it.",
  },
  {
    step: "4",
    title: "Tiers and pay bands",
    body: "Each category unlocks on published rules: a passed qualification test and a quality score whose lower confidence bound clears the bar. You always see exactly what is missing and the rate band it leads to.",
  },
  {
    step: "5",
    title: "Recruiters find you",
    body: "Opt in and recruiters staffing medical, legal, scientific, financial and code projects see your verified qualifications — with the evidence behind every score — and invite you.",
  },
];

const PROMISES = [
  {
    title: "Scores you can check",
    body: "Gold answers and rubrics stay on our server until you submit; every score is computed there and shown with its breakdown.",
  },
  {
    title: "Rules in the open",
    body: "Thresholds, minimum evidence and pay formulas are published. Ten lucky answers never unlock what a hundred steady ones do.",
  },
  {
    title: "Feedback that teaches",
    body: "Every mistake links to the guideline paragraph that explains it, written by people who have done this work.",
  },
];

export function Landing() {
  const money = (n: number) => `$${n}`;
  return (
    <div class="landing">
      <section class="hero">
        <p class="eyebrow">For people who evaluate, rank, rewrite and red-team AI</p>
        <h1 class="hero__title">Prepare for AI-training work on rules you can see.</h1>
        <p class="hero__lead">
          Real platforms start you with an opaque assessment and unlock better-paid work on criteria
          nobody publishes. Rubric trains you on the same task types, scores you against expert
          answers, shows you exactly what stands between you and the next tier — and lets recruiters
          find you when you are ready.
        </p>
        <div class="hero__actions">
          <A href="/sign-up" class="ui-button ui-button--primary ui-button--lg">
            Start as a worker
          </A>
          <A href="/sign-up?role=recruiter" class="ui-button ui-button--secondary ui-button--lg">
            I'm hiring experts
          </A>
        </div>
      </section>

      <section class="section" aria-labelledby="path-title">
        <h2 id="path-title" class="section__title">
          The path
        </h2>
        <ol class="path">
          <For each={PATH}>
            {(item) => (
              <li class="path__step">
                <span class="path__number" aria-hidden="true">
                  {item.step}
                </span>
                <h3 class="path__title">{item.title}</h3>
                <p class="path__body">{item.body}</p>
              </li>
            )}
          </For>
        </ol>
      </section>

      <section class="section section--split" aria-labelledby="bands-title">
        <div>
          <h2 id="bands-title" class="section__title">
            What the work pays
          </h2>
          <p class="section__lead">
            Reference hourly bands advertised across the industry. Your projected rate inside a band
            follows from your measured quality and experience, by a formula we publish.
          </p>
          <p>
            <A href="/rules">Read every unlock rule and the rate formula</A>
          </p>
        </div>
        <table class="bands">
          <thead>
            <tr>
              <th scope="col">Category</th>
              <th scope="col">USD per hour</th>
            </tr>
          </thead>
          <tbody>
            <For each={REFERENCE_PAY_BANDS}>
              {(band) => (
                <tr>
                  <th scope="row">{CATEGORY_LABELS[band.category]}</th>
                  <td>
                    {money(band.minUsdPerHour)} – {money(band.maxUsdPerHour)}
                    {band.premiumNote ? "+" : ""}
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </section>

      <section class="section" aria-labelledby="trust-title">
        <h2 id="trust-title" class="section__title">
          Why trust our scores
        </h2>
        <div class="promises">
          <For each={PROMISES}>
            {(p) => (
              <article class="promise">
                <h3>{p.title}</h3>
                <p>{p.body}</p>
              </article>
            )}
          </For>
        </div>
      </section>
    </div>
  );
}
