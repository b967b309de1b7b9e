import { TRPCError } from "@trpc/server";
import type { TRPC_ERROR_CODE_KEY } from "@trpc/server/rpc";

/**
 * Field problems found after input parsing (an answer checked against its item, YAML checked
 * against the item schema). The error formatter sends them as `fieldErrors`, the same shape
 * zod input errors take, so a form shows both kinds the same way.
 */
export class FieldProblems extends Error {
  constructor(readonly fieldErrors: Record<string, string[]>) {
    super("Some fields need attention.");
    this.name = "FieldProblems";
  }
}

/** Groups `[field, message]` pairs into fieldErrors. */
export function fieldErrorsOf(
  entries: Iterable<readonly [string, string]>,
): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [field, message] of entries) out[field] = [...(out[field] ?? []), message];
  return out;
}

export function badInput(fieldErrors: Record<string, string[]>): TRPCError {
  return new TRPCError({ code: "BAD_REQUEST", cause: new FieldProblems(fieldErrors) });
}

export function notFound(message: string): TRPCError {
  return new TRPCError({ code: "NOT_FOUND", message });
}

export function conflict(message: string): TRPCError {
  return new TRPCError({ code: "CONFLICT", message });
}

/**
 * A refusal the client can act on besides reading its message (time is up, a cooldown, a
 * locked step): the error formatter sends `reason` next to the code.
 */
export class Refusal extends Error {
  constructor(
    readonly reason: string,
    message: string,
  ) {
    super(message);
    this.name = "Refusal";
  }
}

export function refused(code: TRPC_ERROR_CODE_KEY, reason: string, message: string): TRPCError {
  return new TRPCError({ code, message, cause: new Refusal(reason, message) });
}
