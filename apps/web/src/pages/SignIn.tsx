import { signInSchema } from "@rubric/core";
import { TextField } from "@rubric/ui";
import { A, useNavigate, useSearchParams } from "@solidjs/router";
import { Show } from "solid-js";
import { FormFrame } from "../components/FormFrame.tsx";
import { authApi, orFail } from "../lib/auth-api.ts";
import { bindText, createForm } from "../lib/form.ts";
import { safeNext } from "../lib/navigation.ts";
import { useRefreshSession } from "../lib/session.ts";

export function SignIn() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const refresh = useRefreshSession();
  const form = createForm(signInSchema, { email: "", password: "" });

  return (
    <div class="auth-page">
      <div class="auth-card">
        <h1 class="auth-card__title">Sign in</h1>
        <Show when={params.next}>
          <p class="auth-card__lead">Sign in to continue where you left off.</p>
        </Show>
        <FormFrame
          form={form}
          submitLabel="Sign in"
          onValid={async (credentials) => {
            orFail(await authApi.signIn(credentials), {
              401: "That email and password don't match an account.",
            });
            await refresh();
            navigate(safeNext(params.next), { replace: true });
          }}
        >
          <TextField label="Email" type="email" autocomplete="email" {...bindText(form, "email")} />
          <TextField
            label="Password"
            type="password"
            autocomplete="current-password"
            {...bindText(form, "password")}
          />
        </FormFrame>
        <p class="auth-card__switch">
          New to Rubric? <A href="/sign-up">Create an account</A>
        </p>
      </div>
    </div>
  );
}
