import type { AppRouter } from "@rubric/api/router";
import { createTRPCClient, httpBatchLink, TRPCClientError } from "@trpc/client";

export const trpc = createTRPCClient<AppRouter>({
  links: [httpBatchLink({ url: "/trpc", maxItems: 10 })],
});

export type FieldErrors = Record<string, string[] | undefined>;

/** The per-field messages the API attached to a validation error, if any. */
export function fieldErrorsOf(error: unknown): FieldErrors | null {
  if (error instanceof TRPCClientError) {
    const data = error.data as { fieldErrors?: FieldErrors } | undefined;
    return data?.fieldErrors ?? null;
  }
  return null;
}

export function errorCodeOf(error: unknown): string | null {
  if (error instanceof TRPCClientError)
    return (error.data as { code?: string } | undefined)?.code ?? null;
  return null;
}

export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  return "Something went wrong. Try again.";
}
