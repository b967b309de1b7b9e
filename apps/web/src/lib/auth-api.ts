import { FormFailure } from "./form.ts";
import type { FieldErrors } from "./trpc.ts";

export interface AuthFailure {
  ok: false;
  status: number;
  message: string;
  fieldErrors: FieldErrors;
}
export type AuthResult = { ok: true } | AuthFailure;

/**
 * Calls one better-auth endpoint. Our own validation and better-auth's errors share a
 * body shape ({ code, message, fieldErrors? }), so both read the same here.
 */
async function post(path: string, body: unknown): Promise<AuthResult> {
  let response: Response;
  try {
    response = await fetch(`/api/auth${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      credentials: "same-origin",
      body: JSON.stringify(body),
    });
  } catch {
    return {
      ok: false,
      status: 0,
      message: "Can't reach Rubric. Check your connection.",
      fieldErrors: {},
    };
  }
  if (response.ok) return { ok: true };
  const json = (await response.json().catch(() => ({}))) as {
    message?: string;
    fieldErrors?: FieldErrors;
  };
  const message =
    response.status === 429
      ? "Too many attempts from this address. Wait a minute and try again."
      : (json.message ?? "That didn't work. Try again.");
  return { ok: false, status: response.status, message, fieldErrors: json.fieldErrors ?? {} };
}

export const authApi = {
  signUp: (body: {
    name: string;
    email: string;
    password: string;
    role: string;
    organizationName?: string;
  }) => post("/sign-up/email", body),
  signIn: (body: { email: string; password: string }) => post("/sign-in/email", body),
  signOut: () => post("/sign-out", {}),
  changePassword: (body: { currentPassword: string; newPassword: string }) =>
    post("/change-password", { ...body, revokeOtherSessions: true }),
  deleteAccount: (body: { password: string }) => post("/delete-user", body),
};

/**
 * Turns a failed auth call into a FormFailure; `explain` rewrites the message for the
 * statuses a form understands better than the server's generic text.
 */
export function orFail(result: AuthResult, explain: Partial<Record<number, string>> = {}) {
  if (result.ok) return;
  throw new FormFailure(explain[result.status] ?? result.message, result.fieldErrors);
}
