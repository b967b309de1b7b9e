import { Checkbox } from "@kobalte/core/checkbox";
import {
  DOMAIN_LABELS,
  DOMAINS,
  WORKER_GOAL_LABELS,
  WORKER_GOALS,
  type WorkerProfile,
  type WorkerProfileInput,
  workerProfileSchema,
} from "@rubric/core";
import { CheckboxGroup, Select, TextField } from "@rubric/ui";
import { createSignal } from "solid-js";
import { bindText, createForm } from "../lib/form.ts";
import { FormFrame } from "./FormFrame.tsx";

// Browsers list canonical zones only; UTC is added because many people work on it.
const TIME_ZONES = ["UTC", ...Intl.supportedValuesOf("timeZone").filter((z) => z !== "UTC")].map(
  (zone) => ({
    value: zone,
    label: zone.replaceAll("_", " "),
  }),
);

export function browserTimeZone() {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}

export interface WorkerProfileFormProps {
  initial: WorkerProfileInput;
  submitLabel: string;
  onSubmit: (profile: WorkerProfile) => Promise<void>;
}

/** The worker's profile, validated by the same schema the API applies. */
export function WorkerProfileForm(props: WorkerProfileFormProps) {
  const form = createForm(workerProfileSchema, props.initial);
  const [languageText, setLanguageText] = createSignal((props.initial.languages ?? []).join(", "));

  const numberInput = (value: string) => (value.trim() === "" ? Number.NaN : Number(value));

  return (
    <FormFrame form={form} submitLabel={props.submitLabel} onValid={props.onSubmit}>
      <div class="form__row">
        <TextField
          label="Display name"
          description="How recruiters and reviewers see you."
          {...bindText(form, "displayName")}
        />
        <TextField
          label="Headline"
          placeholder="e.g. Paralegal with 5 years in contract review"
          {...bindText(form, "headline")}
        />
      </div>
      <CheckboxGroup
        legend="Domains of expertise"
        name="domains"
        description="Domain-expert projects pay the most. Choose only fields you have studied or worked in."
        options={DOMAINS.map((d) => ({ value: d, label: DOMAIN_LABELS[d] }))}
        value={form.values.domains ?? []}
        onChange={(v) => form.set("domains", v as WorkerProfileInput["domains"])}
        errors={form.error("domains")}
      />
      <div class="form__row">
        <TextField
          label="Years of professional experience"
          name="yearsExperience"
          inputMode="numeric"
          value={
            Number.isNaN(form.values.yearsExperience) ? "" : String(form.values.yearsExperience)
          }
          onInput={(v) => form.set("yearsExperience", numberInput(v))}
          errors={form.error("yearsExperience")}
        />
        <TextField
          label="Hours a week you can work"
          name="weeklyHours"
          inputMode="numeric"
          value={Number.isNaN(form.values.weeklyHours) ? "" : String(form.values.weeklyHours)}
          onInput={(v) => form.set("weeklyHours", numberInput(v))}
          errors={form.error("weeklyHours")}
        />
      </div>
      <div class="form__row">
        <TextField
          label="Languages you work in"
          name="languages"
          description="Language codes separated by commas, such as en, es, pt-BR."
          value={languageText()}
          onInput={(v) => {
            setLanguageText(v);
            form.set(
              "languages",
              v
                .split(/[,\s]+/)
                .map((s) => s.trim())
                .filter(Boolean),
            );
          }}
          errors={form.error("languages")}
        />
        <Select
          label="Time zone"
          name="timezone"
          options={TIME_ZONES}
          value={form.values.timezone}
          onChange={(v) => form.set("timezone", v ?? "")}
          errors={form.error("timezone")}
        />
      </div>
      <CheckboxGroup
        legend="What are you here for?"
        name="goals"
        options={WORKER_GOALS.map((g) => ({ value: g, label: WORKER_GOAL_LABELS[g] }))}
        value={form.values.goals ?? []}
        onChange={(v) => form.set("goals", v as WorkerProfileInput["goals"])}
        errors={form.error("goals")}
      />
      <Checkbox
        class="ui-checkbox ui-checkbox--wide"
        checked={form.values.visibleToRecruiters ?? false}
        onChange={(checked) => form.set("visibleToRecruiters", checked)}
      >
        <Checkbox.Input class="ui-checkbox__input" />
        <Checkbox.Control class="ui-checkbox__control">
          <Checkbox.Indicator class="ui-checkbox__indicator">✓</Checkbox.Indicator>
        </Checkbox.Control>
        <div class="ui-checkbox__text">
          <Checkbox.Label class="ui-checkbox__label">Let recruiters find me</Checkbox.Label>
          <Checkbox.Description class="ui-checkbox__description">
            Recruiters see your display name, headline, domains, qualifications and quality figures
            — never your email until you accept an invitation. You can turn this off at any time.
          </Checkbox.Description>
        </div>
      </Checkbox>
    </FormFrame>
  );
}
