import { signUpSchema } from "@rubric/core";
import { Alert, Button, RadioCards, TextField } from "@rubric/ui";
import { A, useNavigate, useSearchParams } from "@solidjs/router";
import { createSignal, Show } from "solid-js";
import { authApi } from "../lib/auth-api.ts";
import { createForm } from "../lib/form.ts";
import { useRefreshSession } from "../lib/session.ts";

export function SignUp() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const refresh = useRefreshSession();
  const form = createForm(signUpSchema, {
    name: "",
    email: "",
    password: "",
    role: params.role === "recruiter" ? "recruiter" : "worker",
    organizationName: "",
  });
  const [failure, setFailure] = createSignal<string | null>(null);

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    setFailure(null);
    const data = form.validate();
    if (!data) return;
    void form.run(async () => {
      const result = await authApi.signUp({
        ...data,
        ...(data.role === "recruiter" ? { organizationName: data.organizationName ?? "" } : {}),
      });
      if (!result.ok) {
        form.showServerErrors(result.fieldErrors);
        setFailure(
          result.status === 422
            ? "An account with this email already exists. Sign in instead."
            : result.message,
        );
        return;
      }
      await refresh();
      navigate("/onboarding", { replace: true });
    });
  };

  return (
    <div class="auth-page">
      <div class="auth-card">
        <h1 class="auth-card__title">Create your Rubric account</h1>
        <p class="auth-card__lead">
          Free to practise. Your answers are scored on our server against expert keys.
        </p>
        <form class="form" onSubmit={submit} noValidate>
          <RadioCards
            label="I am joining as"
            name="role"
            value={form.values.role ?? "worker"}
            onChange={(v) => form.set("role", v as "worker" | "recruiter")}
            options={[
              {
                value: "worker",
                label: "A worker",
                description: "Train, qualify and get paid work",
              },
              {
                value: "recruiter",
                label: "A recruiter",
                description: "Staff projects with qualified experts",
              },
            ]}
            errors={form.error("role")}
          />
          <TextField
            label="Full name"
            name="name"
            autocomplete="name"
            value={form.values.name}
            onInput={(v) => form.set("name", v)}
            errors={form.error("name")}
          />
          <Show when={form.values.role === "recruiter"}>
            <TextField
              label="Organization name"
              name="organizationName"
              autocomplete="organization"
              value={form.values.organizationName ?? ""}
              onInput={(v) => form.set("organizationName", v)}
              errors={form.error("organizationName")}
            />
          </Show>
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
            autocomplete="new-password"
            description="At least 12 characters. A few unrelated words make a strong, memorable password."
            value={form.values.password}
            onInput={(v) => form.set("password", v)}
            errors={form.error("password")}
          />
          <Show when={failure()}>
            <Alert tone="danger">{failure()}</Alert>
          </Show>
          <Button type="submit" size="lg" loading={form.submitting()}>
            Create account
          </Button>
        </form>
        <p class="auth-card__switch">
          Already have an account? <A href="/sign-in">Sign in</A>
        </p>
      </div>
    </div>
  );
}
