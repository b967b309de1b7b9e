import { signInSchema } from "@rubric/core";
import { Alert, Button, TextField } from "@rubric/ui";
import { A, useNavigate, useSearchParams } from "@solidjs/router";
import { createSignal, Show } from "solid-js";
import { authApi } from "../lib/auth-api.ts";
import { createForm } from "../lib/form.ts";
import { safeNext } from "../lib/navigation.ts";
import { useRefreshSession } from "../lib/session.ts";

export function SignIn() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const refresh = useRefreshSession();
  const form = createForm(signInSchema, { email: "", password: "" });
  const [failure, setFailure] = createSignal<string | null>(null);

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    setFailure(null);
    const data = form.validate();
    if (!data) return;
    void form.run(async () => {
      const result = await authApi.signIn(data);
      if (!result.ok) {
        form.showServerErrors(result.fieldErrors);
        setFailure(
          result.status === 401
            ? "That email and password don't match an account."
            : result.message,
        );
        return;
      }
      await refresh();
      navigate(safeNext(params.next), { replace: true });
    });
  };

  return (
    <div class="auth-page">
      <div class="auth-card">
        <h1 class="auth-card__title">Sign in</h1>
        <Show when={params.next}>
          <p class="auth-card__lead">Sign in to continue where you left off.</p>
        </Show>
        <form class="form" onSubmit={submit} noValidate>
          <TextField
            label="Email"
            name="email"
            type="email"
            autocomplete="email"
            value={form.values.email}
            onInput={(v) => form.set("email", v)}
            errors={form.error("email")}
          />
          <TextField
            label="Password"
            name="password"
            type="password"
            autocomplete="current-password"
            value={form.values.password}
            onInput={(v) => form.set("password", v)}
            errors={form.error("password")}
          />
          <Show when={failure()}>
            <Alert tone="danger">{failure()}</Alert>
          </Show>
          <Button type="submit" size="lg" loading={form.submitting()}>
            Sign in
          </Button>
        </form>
        <p class="auth-card__switch">
          New to Rubric? <A href="/sign-up">Create an account</A>
        </p>
      </div>
    </div>
  );
}
