import { useQuery, useQueryClient } from "@tanstack/solid-query";
import { errorCodeOf, trpc } from "./trpc.ts";

export const ME_KEY = ["account", "me"] as const;

/** The signed-in person, or null when there is no session. */
export function useMe() {
  return useQuery(() => ({
    queryKey: ME_KEY,
    queryFn: async () => {
      try {
        return await trpc.account.me.query();
      } catch (error) {
        if (errorCodeOf(error) === "UNAUTHORIZED") return null;
        throw error;
      }
    },
    staleTime: 30_000,
  }));
}

export function useRefreshSession() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ME_KEY });
}
