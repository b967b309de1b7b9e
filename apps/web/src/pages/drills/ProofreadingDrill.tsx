import { Alert, Badge, Button, Card } from "@rubric/ui";
import { A, useParams } from "@solidjs/router";
import { createResource, Show } from "solid-js";
import { DrillPage, IssuedDrill } from "../../components/drills/IssuedDrill.tsx";
import {
  createMarking,
  MarkList,
  ProofreadingMarker,
} from "../../components/drills/ProofreadingMarker.tsx";
import { drillsApi, type StartedDrill } from "../../lib/drills/api.ts";
import { DIFFICULTY_LABELS } from "../../lib/drills/labels.ts";
import { useDrillCatalog, useSubmitDrill } from "../../lib/drills/use-drill.ts";

export function ProofreadingDrill() {
  const params = useParams<{ itemId: string }>();
  const catalog = useDrillCatalog();
  const [drill, { refetch }] = createResource(
    () => params.itemId,
    (itemId) => drillsApi.start({ kind: "proofreading", itemId }),
  );
  const item = () => catalog.data?.proofreading.items.find((i) => i.id === params.itemId);

  return (
    <DrillPage
      eyebrow="Proofreading drill"
      title={item()?.title ?? "Proofreading"}
      badges={
        <Show when={item()}>
          {(i) => (
            <>
              <Badge tone="primary">{i().genre}</Badge>
              <Badge>{DIFFICULTY_LABELS[i().difficulty] ?? `Level ${i().difficulty}`}</Badge>
            </>
          )}
        </Show>
      }
    >
      <IssuedDrill
        drill={drill}
        retry={() => refetch()}
        failure="The text could not be loaded"
        loading="Loading the text…"
      >
        {(started) => <ProofreadingWorkspace drill={started} />}
      </IssuedDrill>
    </DrillPage>
  );
}

function ProofreadingWorkspace(props: { drill: StartedDrill }) {
  const text = () => props.drill.proofreading?.text ?? "";
  const marking = createMarking(text);
  const marks = marking.marks;
  const sending = useSubmitDrill();

  return (
    <div class="proof">
      <ProofreadingMarker text={text()} marking={marking} id="proof-instructions" />
      <Card
        title="Your marks"
        description="Each mark is one error you found. Submit when you have read it all."
        class="proof__side"
      >
        <MarkList marking={marking} />
        <Show when={sending.error()}>
          {(message) => (
            <Alert tone="danger" title="Your marks were not saved">
              {message()}
            </Alert>
          )}
        </Show>
        <div class="form__actions">
          <A href="/app/drills" class="ui-button ui-button--ghost ui-button--md">
            Leave
          </A>
          <Button
            loading={sending.pending()}
            onClick={() =>
              sending.submit({ drillId: props.drill.drillId, proofreading: { marks: marks() } })
            }
          >
            Submit {marks().length === 1 ? "1 mark" : `${marks().length} marks`}
          </Button>
        </div>
      </Card>
    </div>
  );
}
