import { CATEGORY_LABELS, formatUsd } from "@rubric/core";
import { Button, showToast, TextField } from "@rubric/ui";
import { A } from "@solidjs/router";
import { useQuery, useQueryClient } from "@tanstack/solid-query";
import { createSignal, For, Show } from "solid-js";
import { FormFrame } from "../../components/FormFrame.tsx";
import { QueryState } from "../../components/QueryState.tsx";
import { bindText, createForm } from "../../lib/form.ts";
import { inLadderOrder } from "../../lib/ladder/format.ts";
import { bandFormSchema } from "../../lib/ladder/pay-bands.ts";
import { ladderKeys } from "../../lib/ladder/queries.ts";
import type { PayBandRow } from "../../lib/ladder/types.ts";
import { formatDate } from "../../lib/practice/format.ts";
import { trpc } from "../../lib/trpc.ts";

export function AdminPayBands() {
  const bands = useQuery(() => ({
    queryKey: ladderKeys.payBands,
    queryFn: () => trpc.payBands.list.query(),
  }));
  const [editing, setEditing] = createSignal<string | null>(null);
  return (
    <div class="page">
      <header class="page__header">
        <h1>Pay bands</h1>
        <p class="muted">
          Hourly ranges per category. Workers' projected rates and the published{" "}
          <A href="/rules">rules page</A> read these at once.
        </p>
      </header>
      <QueryState
        query={bands}
        failure="Pay bands could not be loaded"
        loading="Loading pay bands…"
      >
        {(rows) => (
          <table class="table pay-bands">
            <thead>
              <tr>
                <th scope="col">Category</th>
                <th scope="col" class="num">
                  Minimum
                </th>
                <th scope="col" class="num">
                  Maximum
                </th>
                <th scope="col">Premium note</th>
                <th scope="col">Updated</th>
                <th scope="col">
                  <span class="ui-visually-hidden">Edit</span>
                </th>
              </tr>
            </thead>
            <tbody>
              <For each={inLadderOrder(rows())}>
                {(row) => (
                  <Show
                    when={editing() === row.category}
                    fallback={
                      <tr>
                        <th scope="row">{CATEGORY_LABELS[row.category]}</th>
                        <td class="num">{formatUsd(row.minUsdPerHour)}</td>
                        <td class="num">{formatUsd(row.maxUsdPerHour)}</td>
                        <td class="muted">{row.premiumNote ?? "—"}</td>
                        <td class="muted pay-bands__date">{formatDate(row.updatedAt)}</td>
                        <td>
                          <Button
                            size="sm"
                            variant="secondary"
                            aria-label={`Edit the ${CATEGORY_LABELS[row.category].toLowerCase()} band`}
                            onClick={() => setEditing(row.category)}
                          >
                            Edit
                          </Button>
                        </td>
                      </tr>
                    }
                  >
                    <tr class="pay-bands__editing">
                      <td colSpan={6}>
                        <BandEditor row={row} onDone={() => setEditing(null)} />
                      </td>
                    </tr>
                  </Show>
                )}
              </For>
            </tbody>
          </table>
        )}
      </QueryState>
    </div>
  );
}

function BandEditor(props: { row: PayBandRow; onDone: () => void }) {
  const queryClient = useQueryClient();
  const label = CATEGORY_LABELS[props.row.category];
  const form = createForm(bandFormSchema, {
    category: props.row.category,
    minUsdPerHour: String(props.row.minUsdPerHour),
    maxUsdPerHour: String(props.row.maxUsdPerHour),
    premiumNote: props.row.premiumNote ?? "",
  });
  return (
    <FormFrame
      form={form}
      submitLabel={`Save ${label.toLowerCase()}`}
      submitSize="md"
      secondary={
        <Button variant="ghost" onClick={props.onDone}>
          Cancel
        </Button>
      }
      onValid={async (band) => {
        await trpc.payBands.update.mutate(band);
        await queryClient.invalidateQueries({ queryKey: ladderKeys.payBands });
        await queryClient.invalidateQueries({ queryKey: ["ladder"] });
        showToast(`${label} band saved.`, "success");
        props.onDone();
      }}
    >
      <fieldset class="band-editor">
        <legend class="band-editor__legend">{label}</legend>
        <TextField
          label="Minimum, USD per hour"
          type="number"
          inputMode="decimal"
          {...bindText(form, "minUsdPerHour")}
        />
        <TextField
          label="Maximum, USD per hour"
          type="number"
          inputMode="decimal"
          {...bindText(form, "maxUsdPerHour")}
        />
        <TextField
          label="Premium note (optional)"
          class="band-editor__note"
          description="Shown beside the band, e.g. specialised work advertised above it."
          {...bindText(form, "premiumNote")}
        />
      </fieldset>
    </FormFrame>
  );
}
