import { formatUsd } from "@rubric/core";
import { Alert, Button, Card } from "@rubric/ui";
import { A } from "@solidjs/router";
import { useInfiniteQuery } from "@tanstack/solid-query";
import { For, Show } from "solid-js";
import { ladderKeys } from "../../lib/ladder/queries.ts";
import { formatDate } from "../../lib/practice/format.ts";
import { messageOf, trpc } from "../../lib/trpc.ts";

const PAGE = 25;

/** The full simulated earnings ledger: one line per paid unit of practice, newest first. */
export function Earnings() {
  const ledger = useInfiniteQuery(() => ({
    queryKey: ladderKeys.ledger,
    queryFn: ({ pageParam }) =>
      trpc.ladder.ledger.query(pageParam ? { after: pageParam, limit: PAGE } : { limit: PAGE }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next,
  }));
  const lines = () => ledger.data?.pages.flatMap((p) => p.lines) ?? [];
  const total = () => ledger.data?.pages[0]?.totalUsd ?? 0;
  return (
    <div class="page">
      <header class="page__header">
        <h1>Simulated earnings</h1>
        <p class="muted">
          What your practice would have paid on a real project: each submitted item's expected
          minutes at your projected rate for its category. No money changes hands.{" "}
          <A href="/rules">How rates are projected</A>
        </p>
      </header>
      <Show when={ledger.isError}>
        <Alert tone="danger" title="The ledger could not be loaded">
          {messageOf(ledger.error)}
        </Alert>
      </Show>
      <Show
        when={ledger.data}
        fallback={
          <Show when={!ledger.isError}>
            <p class="page-loading">Loading your ledger…</p>
          </Show>
        }
      >
        <Card>
          <p class="figure-label">Total so far</p>
          <p class="stat__value">{formatUsd(total())}</p>
          <Show
            when={lines().length > 0}
            fallback={
              <p class="muted">
                No lines yet. <A href="/app/practice">Start a practice batch</A>: each submitted
                item adds one.
              </p>
            }
          >
            <table class="table">
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col">Work</th>
                  <th scope="col" class="num">
                    Minutes
                  </th>
                  <th scope="col" class="num">
                    Rate
                  </th>
                  <th scope="col" class="num">
                    Amount
                  </th>
                </tr>
              </thead>
              <tbody>
                <For each={lines()}>
                  {(line) => (
                    <tr>
                      <td>{formatDate(line.at)}</td>
                      <td>
                        <Show when={line.href} fallback={line.description}>
                          {(href) => <A href={href()}>{line.description}</A>}
                        </Show>
                      </td>
                      <td class="num">{line.minutes}</td>
                      <td class="num">{formatUsd(line.rateUsdPerHour)}/h</td>
                      <td class="num">{formatUsd(line.amountUsd)}</td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </Show>
          <Show when={ledger.hasNextPage}>
            <Button
              variant="secondary"
              loading={ledger.isFetchingNextPage}
              onClick={() => void ledger.fetchNextPage()}
            >
              Show older lines
            </Button>
          </Show>
        </Card>
      </Show>
    </div>
  );
}
