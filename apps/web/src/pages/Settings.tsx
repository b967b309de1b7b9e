import { changePasswordSchema, deleteAccountSchema } from "@rubric/core";
import { Button, Card, Dialog, showToast, TextField } from "@rubric/ui";
import { useNavigate } from "@solidjs/router";
import { useQuery, useQueryClient } from "@tanstack/solid-query";
import { createSignal, Match, Show, Switch } from "solid-js";
import { FormFrame } from "../components/FormFrame.tsx";
import { OrganizationForm } from "../components/OrganizationForm.tsx";
import { WorkerProfileForm } from "../components/WorkerProfileForm.tsx";
import { authApi, orFail } from "../lib/auth-api.ts";
import { bindText, createForm } from "../lib/form.ts";
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
  return (
    <Card title="Change password" description="Changing it signs you out everywhere else.">
      <FormFrame
        form={form}
        submitLabel="Change password"
        submitVariant="secondary"
        submitSize="md"
        onValid={async (passwords) => {
          orFail(await authApi.changePassword(passwords));
          form.set({ currentPassword: "", newPassword: "" });
          showToast("Password changed. Your other devices have been signed out.", "success");
        }}
      >
        <div class="form__row">
          <TextField
            label="Current password"
            type="password"
            autocomplete="current-password"
            {...bindText(form, "currentPassword")}
          />
          <TextField
            label="New password"
            type="password"
            autocomplete="new-password"
            description="At least 12 characters."
            {...bindText(form, "newPassword")}
          />
        </div>
      </FormFrame>
    </Card>
  );
}

function DeleteAccount() {
  const [open, setOpen] = createSignal(false);
  const navigate = useNavigate();
  const client = useQueryClient();
  const form = createForm(deleteAccountSchema, { password: "" });
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
        <FormFrame
          form={form}
          submitLabel="Delete permanently"
          submitVariant="danger"
          submitSize="md"
          secondary={
            <Button type="button" variant="secondary" onClick={() => setOpen(false)}>
              Keep my account
            </Button>
          }
          onValid={async (confirmation) => {
            orFail(await authApi.deleteAccount(confirmation), {
              400: "That password is not correct.",
            });
            client.clear();
            navigate("/", { replace: true });
          }}
        >
          <TextField
            label="Password"
            type="password"
            autocomplete="current-password"
            {...bindText(form, "password")}
          />
        </FormFrame>
      </Dialog>
    </Card>
  );
}
