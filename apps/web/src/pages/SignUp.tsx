import { signUpSchema } from "@rubric/core";
import { RadioCards, TextField } from "@rubric/ui";
import { A, useNavigate, useSearchParams } from "@solidjs/router";
import { Show } from "solid-js";
import { FormFrame } from "../components/FormFrame.tsx";
import { authApi, orFail } from "../lib/auth-api.ts";
import { bindText, createForm } from "../lib/form.ts";
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

  return (
    <div class="auth-page">
      <div class="auth-card">
        <h1 class="auth-card__title">Create your Rubric account</h1>
        <p class="auth-card__lead">
          Free to practise. Your answers are scored on our server against expert keys.
        </p>
        <FormFrame
          form={form}
          submitLabel="Create account"
          onValid={async (account) => {
            const { organizationName, ...rest } = account;
            const body = account.role === "recruiter" ? { ...rest, organizationName } : rest;
            orFail(await authApi.signUp(body), {
              422: "An account with this email already exists. Sign in instead.",
            });
            await refresh();
            navigate("/onboarding", { replace: true });
          }}
        >
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
          <TextField label="Full name" autocomplete="name" {...bindText(form, "name")} />
          <Show when={form.values.role === "recruiter"}>
            <TextField
              label="Organization name"
              autocomplete="organization"
              {...bindText(form, "organizationName")}
            />
          </Show>
          <TextField label="Email" type="email" autocomplete="email" {...bindText(form, "email")} />
          <TextField
            label="Password"
            type="password"
            autocomplete="new-password"
            description="At least 12 characters. A few unrelated words make a strong, memorable password."
            {...bindText(form, "password")}
          />
        </FormFrame>
        <p class="auth-card__switch">
          Already have an account? <A href="/sign-in">Sign in</A>
        </p>
      </div>
    </div>
  );
}
