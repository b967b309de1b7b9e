import { ORGANIZATION_SIZES, type OrganizationInput, organizationSchema } from "@rubric/core";
import { Alert, Button, Select, TextField } from "@rubric/ui";
import { createSignal, Show } from "solid-js";
import { createForm } from "../lib/form.ts";
import { fieldErrorsOf, messageOf } from "../lib/trpc.ts";

/** The stored organization as the API returns it, or null before onboarding. */
export interface StoredOrganization {
  name: string;
  website: string;
  size: string | null;
  description: string;
}

export interface OrganizationFormProps {
  organization: StoredOrganization | null | undefined;
  submitLabel: string;
  onSubmit: (organization: Required<OrganizationInput>) => Promise<void>;
}

export function OrganizationForm(props: OrganizationFormProps) {
  const form = createForm(organizationSchema, {
    name: props.organization?.name ?? "",
    website: props.organization?.website ?? "",
    description: props.organization?.description ?? "",
    // Size stays unset until chosen; the schema then asks for it on that field.
    size: (props.organization?.size ?? undefined) as OrganizationInput["size"],
  });
  const [failure, setFailure] = createSignal<string | null>(null);
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    setFailure(null);
    const data = form.validate();
    if (!data) return;
    void form.run(async () => {
      try {
        await props.onSubmit(data);
      } catch (error) {
        const fields = fieldErrorsOf(error);
        if (fields) form.showServerErrors(fields);
        setFailure(messageOf(error));
      }
    });
  };
  return (
    <form class="form" onSubmit={submit} noValidate>
      <div class="form__row">
        <TextField
          label="Organization name"
          name="name"
          value={form.values.name}
          onInput={(v) => form.set("name", v)}
          errors={form.error("name")}
        />
        <TextField
          label="Website"
          name="website"
          type="url"
          placeholder="https://"
          value={form.values.website ?? ""}
          onInput={(v) => form.set("website", v)}
          errors={form.error("website")}
        />
      </div>
      <Select
        label="Team size"
        name="size"
        options={ORGANIZATION_SIZES.map((s) => ({ value: s, label: `${s} people` }))}
        value={form.values.size ?? null}
        onChange={(v) => form.set("size", (v ?? undefined) as OrganizationInput["size"])}
        errors={form.error("size")}
      />
      <TextField
        label="What you staff projects for"
        name="description"
        multiline
        rows={3}
        description="Workers read this when you invite them."
        value={form.values.description ?? ""}
        onInput={(v) => form.set("description", v)}
        errors={form.error("description")}
      />
      <Show when={failure()}>
        <Alert tone="danger">{failure()}</Alert>
      </Show>
      <div class="form__actions">
        <Button type="submit" size="lg" loading={form.submitting()}>
          {props.submitLabel}
        </Button>
      </div>
    </form>
  );
}
