import { ORGANIZATION_SIZES, type OrganizationInput, organizationSchema } from "@rubric/core";
import { Select, TextField } from "@rubric/ui";
import { bindText, createForm } from "../lib/form.ts";
import { FormFrame } from "./FormFrame.tsx";

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
  return (
    <FormFrame form={form} submitLabel={props.submitLabel} onValid={props.onSubmit}>
      <div class="form__row">
        <TextField label="Organization name" {...bindText(form, "name")} />
        <TextField
          label="Website"
          type="url"
          placeholder="https://"
          {...bindText(form, "website")}
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
        multiline
        rows={3}
        description="Workers read this when you invite them."
        {...bindText(form, "description")}
      />
    </FormFrame>
  );
}
