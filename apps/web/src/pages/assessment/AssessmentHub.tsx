import { CORE_ASSESSMENT_BLUEPRINT, formatPercent, stepTitle } from "@rubric/core";
import { Alert, Badge, Button, Card, Dialog } from "@rubric/ui";
import { A, useNavigate } from "@solidjs/router";
import { useQuery, useQueryClient } from "@tanstack/solid-query";
import { createSignal, For, Show } from "solid-js";
import { Icon, StateBadge } from "../../components/ladder/StateBadge.tsx";
import { QueryState } from "../../components/QueryState.tsx";
import { formatAt } from "../../lib/ladder/countdown.ts";
import { ladderKeys } from "../../lib/ladder/queries.ts";
import type { AssessmentStatus, QualificationTestLine } from "../../lib/ladder/types.ts";
import { formatDate } from "../../lib/practice/format.ts";
import { messageOf, trpc } from "../../lib/trpc.ts";

type StartInput = Parameters<typeof trpc.assessment.start.mutate>[0];

interface Pending {
  input: StartInput;
  title: string;
  facts: string;
}

/** The core assessment and every qualification test: what can be taken now, and why not. */
export function AssessmentHub() {
  const status = useQuery(() => ({
    queryKey: ladderKeys.status,
    queryFn: () => trpc.assessment.status.query(),
  }));
  const [pending, setPending] = createSignal<Pending | null>(null);
  return (
    <div class="page">
      <header class="page__header">
        <h1>Assessments</h1>
        <p class="muted">
          The core assessment opens the ladder; each category above basic annotation has its own
          qualification test. Every test is timed by the server and graded against answer keys you
          see only afterwards. <A href="/rules">The published rules</A>
        </p>
      </header>
      <QueryState
        query={status}
        failure="Assessments could not be loaded"
        loading="Loading assessments…"
      >
        {(data) => (
          <>
            <Show when={data().inProgress}>
              {(open) => (
                <Alert tone="info" title="You have an assessment in progress">
                  Its timer keeps running while you are away.{" "}
                  <A href={`/app/assessment/${open().attemptId}`}>Resume it</A>
                </Alert>
              )}
            </Show>
            <CoreCard status={data()} onStart={setPending} />
            <TestsCard status={data()} onStart={setPending} />
            <AttemptsCard status={data()} />
          </>
        )}
      </QueryState>
      <StartDialog pending={pending()} onClose={() => setPending(null)} />
    </div>
  );
}

function CoreCard(props: { status: AssessmentStatus; onStart: (p: Pending) => void }) {
  const blueprint = CORE_ASSESSMENT_BLUEPRINT;
  const core = () => props.status.core;
  const passed = () => props.status.attempts.some((a) => a.kind === "core" && a.passed);
  return (
    <Card
      title="Core assessment"
      description={`${blueprint.sections.length} timed sections, ${blueprint.timeLimitMinutes} minutes in all. Pass mark ${formatPercent(blueprint.passMark)} overall, and each section's own minimum.`}
      actions={
        <Show when={passed()}>
          <StateBadge state="qualified" />
        </Show>
      }
    >
      <ol class="section-facts">
        <For each={blueprint.sections}>
          {(s) => (
            <li>
              <span>{s.label}</span>
              <span class="muted small num">
                {s.itemCount} items · {s.timeLimitMinutes} min · min {formatPercent(s.minScore)}
              </span>
            </li>
          )}
        </For>
      </ol>
      <div class="start-row">
        <Show when={core().canStart} fallback={<Refusal state={core()} />}>
          <Button
            size="lg"
            onClick={() =>
              props.onStart({
                input: { kind: "core" },
                title: "Start the core assessment?",
                facts: `${blueprint.sections.length} sections, ${blueprint.timeLimitMinutes} minutes in all. The clock starts now and keeps running if you leave.`,
              })
            }
          >
            Start the core assessment
          </Button>
        </Show>
      </div>
    </Card>
  );
}

/** Why an assessment cannot be started now, in the server's words, and when a retake opens. */
function Refusal(props: { state: AssessmentStatus["core"] | QualificationTestLine }) {
  const why = () => ("message" in props.state ? props.state : null);
  return (
    <Show when={why()}>
      {(refusal) => (
        <p class="refusal">
          <Icon name={refusal().retakeAvailableAt ? "clock" : "lock"} />
          <span>
            {refusal().message}
            <Show when={refusal().retakeAvailableAt}>
              {(at) => <span class="refusal__at"> Retake opens {formatAt(at())}.</span>}
            </Show>
          </span>
        </p>
      )}
    </Show>
  );
}

function TestsCard(props: { status: AssessmentStatus; onStart: (p: Pending) => void }) {
  const start = (test: QualificationTestLine) =>
    props.onStart({
      input: {
        kind: "qualification",
        category: test.category,
        ...(test.domain ? { domain: test.domain } : {}),
      } as StartInput,
      title: `Start the ${test.label} test?`,
      facts: "The clock starts now and keeps running if you leave.",
    });
  return (
    <Card
      title="Qualification tests"
      description="A test opens once the categories below it are held. Passing it, with enough steady quality on the work below, unlocks the category."
    >
      <table class="table tests-table">
        <thead>
          <tr>
            <th scope="col">Category</th>
            <th scope="col">State</th>
            <th scope="col">Test</th>
          </tr>
        </thead>
        <tbody>
          <For each={props.status.qualificationTests}>
            {(test) => (
              <tr>
                <th scope="row">{stepTitle(test)}</th>
                <td>
                  <StateBadge state={test.state} />
                </td>
                <td>
                  <Show when={test.canStart} fallback={<Refusal state={test} />}>
                    <Button size="sm" variant="secondary" onClick={() => start(test)}>
                      Take the test
                    </Button>
                  </Show>
                </td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </Card>
  );
}

function AttemptsCard(props: { status: AssessmentStatus }) {
  return (
    <Show when={props.status.attempts.length > 0}>
      <Card title="Your attempts">
        <table class="table">
          <thead>
            <tr>
              <th scope="col">Assessment</th>
              <th scope="col">Started</th>
              <th scope="col" class="num">
                Score
              </th>
              <th scope="col">Result</th>
              <th scope="col">
                <span class="ui-visually-hidden">Report</span>
              </th>
            </tr>
          </thead>
          <tbody>
            <For each={props.status.attempts}>
              {(a) => (
                <tr>
                  <td>{a.title}</td>
                  <td>{formatDate(a.startedAt)}</td>
                  <td class="num">{a.score === null ? "—" : formatPercent(a.score)}</td>
                  <td>
                    <Show when={a.submittedAt} fallback={<Badge tone="primary">In progress</Badge>}>
                      <Show when={a.passed} fallback={<Badge tone="danger">Not passed</Badge>}>
                        <Badge tone="success">Passed</Badge>
                      </Show>
                    </Show>
                  </td>
                  <td>
                    <Show
                      when={a.submittedAt}
                      fallback={<A href={`/app/assessment/${a.id}`}>Resume</A>}
                    >
                      <A href={`/app/assessment/${a.id}/report`}>Report</A>
                    </Show>
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </Card>
    </Show>
  );
}

function StartDialog(props: { pending: Pending | null; onClose: () => void }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [starting, setStarting] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);
  const start = async (input: StartInput) => {
    setStarting(true);
    setError(null);
    try {
      const { attemptId } = await trpc.assessment.start.mutate(input);
      await queryClient.invalidateQueries({ queryKey: ladderKeys.status });
      navigate(`/app/assessment/${attemptId}`);
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setStarting(false);
    }
  };
  return (
    <Dialog
      open={props.pending !== null}
      onOpenChange={(open) => {
        if (!open) {
          setError(null);
          props.onClose();
        }
      }}
      title={props.pending?.title ?? ""}
    >
      <p>{props.pending?.facts}</p>
      <p class="muted">
        Answers save as you go. Each section has its own timer; a warning shows five minutes before
        it ends, and when it ends the server accepts no more answers for it.
      </p>
      <Show when={error()}>
        {(message) => (
          <Alert tone="danger" title="The assessment did not start">
            {message()}
          </Alert>
        )}
      </Show>
      <div class="form__actions">
        <Button variant="ghost" onClick={props.onClose}>
          Not now
        </Button>
        <Button
          loading={starting()}
          onClick={() => {
            const p = props.pending;
            if (p) void start(p.input);
          }}
        >
          Start now
        </Button>
      </div>
    </Dialog>
  );
}
