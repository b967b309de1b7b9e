import { Alert, Badge, Button } from "@rubric/ui";
import { A, useSearchParams } from "@solidjs/router";
import { createResource, createSignal, Show } from "solid-js";
import { DrillPage, IssuedDrill } from "../../components/drills/IssuedDrill.tsx";
import { TypingSurface } from "../../components/drills/TypingSurface.tsx";
import { drillsApi } from "../../lib/drills/api.ts";
import { typingConfigFrom, typingStartInput } from "../../lib/drills/routes.ts";
import { useDrillCatalog, useSubmitDrill } from "../../lib/drills/use-drill.ts";

export function TypingDrill() {
  const [params] = useSearchParams();
  const config = () => typingConfigFrom(params);
  const catalog = useDrillCatalog();
  // Each restart asks the server for a new drill, so the server always knows what was
  // issued and when.
  const [round, setRound] = createSignal(0);
  const [drill] = createResource(
    () => ({ input: typingStartInput(config()), round: round() }),
    (source) => drillsApi.start(source.input),
  );
  const sending = useSubmitDrill();

  const setTitle = () => {
    const set = config().set;
    if (set === null) return "Your weak spots";
    return catalog.data?.typing.sets.find((s) => s.id === set)?.title ?? set;
  };

  return (
    <DrillPage
      eyebrow="Typing drill"
      title={setTitle()}
      badges={
        <>
          <Badge tone="primary">
            {config().mode === "timed" ? `${config().durationSec} s timed` : "Whole passage"}
          </Badge>
          <Show when={config().precision}>
            <Badge tone="warning">Precision</Badge>
          </Show>
        </>
      }
    >
      <IssuedDrill
        drill={drill}
        retry={() => setRound((n) => n + 1)}
        failure="The drill could not start"
        loading="Preparing your text…"
      >
        {(started) => (
          <TypingSurface
            text={started.target?.text ?? ""}
            precision={config().precision}
            durationSec={config().mode === "timed" ? config().durationSec : undefined}
            onRestart={() => setRound((n) => n + 1)}
            onFinish={(outcome) => sending.submit({ drillId: started.drillId, typing: outcome })}
          />
        )}
      </IssuedDrill>
      <Show when={sending.pending()}>
        <p class="muted" aria-live="polite">
          Scoring your drill…
        </p>
      </Show>
      <Show when={sending.error()}>
        {(message) => (
          <Alert tone="danger" title="Your drill was not saved">
            {message()}{" "}
            <Button size="sm" variant="secondary" onClick={() => sending.retry()}>
              Send again
            </Button>
          </Alert>
        )}
      </Show>
      <p>
        <A href="/app/drills">Back to drills</A>
      </p>
    </DrillPage>
  );
}
