import { Alert } from "@rubric/ui";
import { A, useParams } from "@solidjs/router";
import { useQuery } from "@tanstack/solid-query";
import { Match, Switch } from "solid-js";
import { DrillResultView } from "../../components/drills/DrillResultView.tsx";
import { drillKeys, drillsApi } from "../../lib/drills/api.ts";
import { DRILL_KIND_LABELS } from "../../lib/drills/labels.ts";
import { messageOf } from "../../lib/trpc.ts";

export function DrillResultPage() {
  const params = useParams<{ drillId: string }>();
  const result = useQuery(() => ({
    queryKey: drillKeys.result(params.drillId),
    queryFn: () => drillsApi.result(params.drillId),
    staleTime: Number.POSITIVE_INFINITY,
  }));
  const submitted = () => {
    const at = result.data?.submittedAt;
    return at
      ? new Date(at).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" })
      : "";
  };
  return (
    <div class="page">
      <header class="page__header">
        <p class="eyebrow">
          <A href="/app/drills">Drills</A> · {submitted()}
        </p>
        <h1>{result.data ? `${DRILL_KIND_LABELS[result.data.kind]} result` : "Drill result"}</h1>
      </header>
      <Switch>
        <Match when={result.isPending}>
          <p class="muted" aria-live="polite">
            Loading the result…
          </p>
        </Match>
        <Match when={result.isError}>
          <Alert tone="danger" title="This result could not be shown">
            {messageOf(result.error)}
          </Alert>
        </Match>
        <Match when={result.data}>{(data) => <DrillResultView result={data()} />}</Match>
      </Switch>
    </div>
  );
}
