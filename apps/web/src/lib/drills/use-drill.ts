import { useNavigate } from "@solidjs/router";
import { useQuery, useQueryClient } from "@tanstack/solid-query";
import { createSignal } from "solid-js";
import { messageOf } from "../trpc.ts";
import { drillKeys, drillsApi, type SubmitInput } from "./api.ts";
import { resultHref } from "./routes.ts";

/**
 * Sends a finished drill and opens its result. The result is put in the query cache as
 * the server returned it, so the result page shows it without asking again.
 */
export function useSubmitDrill() {
  const client = useQueryClient();
  const navigate = useNavigate();
  const [pending, setPending] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);
  let last: SubmitInput | null = null;

  const submit = async (input: SubmitInput) => {
    if (pending()) return;
    last = input;
    setPending(true);
    setError(null);
    try {
      const result = await drillsApi.submit(input);
      client.setQueryData(drillKeys.result(input.drillId), result);
      await client.invalidateQueries({ queryKey: drillKeys.progress });
      navigate(resultHref(input.drillId));
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setPending(false);
    }
  };

  return {
    submit,
    /** Sends the last submission again, after a network failure. */
    retry: () => (last ? submit(last) : Promise.resolve()),
    pending,
    error,
  };
}

/** What can be practised; it changes only with a release, so it is fetched once a session. */
export function useDrillCatalog() {
  return useQuery(() => ({
    queryKey: drillKeys.catalog,
    queryFn: drillsApi.catalog,
    staleTime: Number.POSITIVE_INFINITY,
  }));
}
