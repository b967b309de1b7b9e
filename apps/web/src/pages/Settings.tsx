import { changePasswordSchema, deleteAccountSchema } from "@rubric/core";
import { Alert, Button, Card, Dialog, showToast, TextField } from "@rubric/ui";
import { useNavigate } from "@solidjs/router";
import { useQuery, useQueryClient } from "@tanstack/solid-query";
import { createSignal, Match, Show, Switch } from "solid-js";
import { OrganizationForm } from "../components/OrganizationForm.tsx";
import { WorkerProfileForm } from "../components/WorkerProfileForm.tsx";
import { authApi } from "../lib/auth-api.ts";
import { createForm } from "../lib/form.ts";
import { useMe } from "../lib/session.ts";
import { trpc } from "../lib/trpc.ts";

export function Settings() {
  const me = useMe();
  return (
    <div class="page page--narrow">
      <header class="page__header">
        <h1>Settings</h1>
        <p class="muted">{me.data?.email}</p>
      </header>
      <Switch>
        <Match when={me.data?.role === "worker"}>
          <ProfileSettings />
        </Match>
        <Match when={me.data?.role === "recruiter"}>
          <OrganizationSettings />
        </Match>
      </Switch>
      <ChangePassword />
      <DeleteAccount />
    </div>
  );
}

function ProfileSettings() {
  const client = useQueryClient();
  const profile = useQuery(() => ({
    queryKey: ["profile"],
    queryFn: () => trpc.profile.get.query(),
  }));
  return (
    <Card title="Profile" description="What reviewers and — if you opt in — recruiters see.">
      <Show when={profile.data} fallback={<p class="muted">Loading…</p>}>
        {(p) => (
          <WorkerProfileForm
            initial={p()}
            submitLabel="Save profile"
            onSubmit={async (input) => {
              const saved = await trpc.profile.update.mutate(input);
              client.setQueryData(["profile"], saved);
              showToast("Profile saved.", "success");
            }}
          />
        )}
      </Show>
    </Card>
  );
}

function OrganizationSettings() {
  const client = useQueryClient();
  const organization = useQuery(() => ({
    queryKey: ["organization"],
    queryFn: () => trpc.organization.get.query(),
  }));
  return (
    <Card title="Organization">
      <Show when={organization.isSuccess} fallback={<p class="muted">Loading…</p>}>
        <OrganizationForm
          organization={organization.data}
          submitLabel="Save organization"
          onSubmit={async (input) => {
            const saved = await trpc.organization.update.mutate(input);
            client.setQueryData(["organization"], saved);
            showToast("Organization saved.", "success");
          }}
        />
      </Show>
    </Card>
  );
}

function ChangePassword() {
  const form = createForm(changePasswordSchema, { currentPassword: "", newPassword: "" });
  const [failure, setFailure] = createSignal<string | null>(null);
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    setFailure(null);
    const data = form.validate();
    if (!data) return;
    void form.run(async () => {
      const result = await authApi.changePassword(data);
      if (!result.ok) {
        form.showServerErrors(result.fieldErrors);
        setFailure(
          result.status === 400 && result.message.includes("password")
            ? result.message
            : result.message,
        );
        return;
      }
      form.set({ currentPassword: "", newPassword: "" });
      showToast("Password changed. Your other devices have been signed out.", "success");
    });
  };
  return (
    <Card title="Change password" description="Changing it signs you out everywhere else.">
      <form class="form" onSubmit={submit} noValidate>
        <div class="form__row">
          <TextField
            label="Current password"
            name="currentPassword"
            type="password"
            autocomplete="current-password"
            value={form.values.currentPassword}
            onInput={(v) => form.set("currentPassword", v)}
            errors={form.error("currentPassword")}
          />
          <TextField
            label="New password"
            name="newPassword"
            type="password"
            autocomplete="new-password"
            description="At least 12 characters."
            value={form.values.newPassword}
            onInput={(v) => form.set("newPassword", v)}
            errors={form.error("newPassword")}
          />
        </div>
        <Show when={failure()}>
          <Alert tone="danger">{failure()}</Alert>
        </Show>
        <div class="form__actions">
          <Button type="submit" variant="secondary" loading={form.submitting()}>
            Change password
          </Button>
        </div>
      </form>
    </Card>
  );
}

function DeleteAccount() {
  const [open, setOpen] = createSignal(false);
  const navigate = useNavigate();
  const client = useQueryClient();
  const form = createForm(deleteAccountSchema, { password: "" });
  const [failure, setFailure] = createSignal<string | null>(null);
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    setFailure(null);
    const data = form.validate();
    if (!data) return;
    void form.run(async () => {
      const result = await authApi.deleteAccount(data);
      if (!result.ok) {
        setFailure(result.status === 400 ? "That password is not correct." : result.message);
        return;
      }
      client.clear();
      navigate("/", { replace: true });
    });
  };
  return (
    <Card
      title="Delete account"
      description="Removes your profile, history and scores. This cannot be undone."
    >
      <Button variant="danger" onClick={() => setOpen(true)}>
        Delete my account
      </Button>
      <Dialog
        open={open()}
        onOpenChange={setOpen}
        title="Delete your account?"
        description="Enter your password to confirm. Your profile, practice history and qualifications will be erased."
      >
        <form class="form" onSubmit={submit} noValidate>
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
          <div class="form__actions">
            <Button type="button" variant="secondary" onClick={() => setOpen(false)}>
              Keep my account
            </Button>
            <Button type="submit" variant="danger" loading={form.submitting()}>
              Delete permanently
            </Button>
          </div>
        </form>
      </Dialog>
    </Card>
  );
}
