import { Alert, Button, type ButtonVariant } from "@rubric/ui";
import { createSignal, type JSX, Show } from "solid-js";
import { type Form, FormFailure } from "../lib/form.ts";
import { fieldErrorsOf, messageOf } from "../lib/trpc.ts";

export interface FormFrameProps<T extends object, Out> {
  form: Form<T, Out>;
  /** Runs with the validated value; throw FormFailure (or let a tRPC error through) to show it. */
  onValid: (value: Out) => Promise<void>;
  submitLabel: string;
  submitVariant?: ButtonVariant;
  submitSize?: "md" | "lg";
  /** Extra buttons shown before the submit button. */
  secondary?: JSX.Element;
  children: JSX.Element;
}

/**
 * A form that validates with its schema before sending, shows field errors next to their
 * fields and anything else above the actions, and ignores repeated submits while one runs.
 */
export function FormFrame<T extends object, Out>(props: FormFrameProps<T, Out>) {
  const [failure, setFailure] = createSignal<string | null>(null);
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    setFailure(null);
    const value = props.form.validate();
    if (value === null) return;
    void props.form.run(async () => {
      try {
        await props.onValid(value);
      } catch (error) {
        const fields = error instanceof FormFailure ? error.fieldErrors : fieldErrorsOf(error);
        if (fields) props.form.showServerErrors(fields);
        setFailure(messageOf(error));
      }
    });
  };
  return (
    <form class="form" onSubmit={submit} noValidate>
      {props.children}
      <Show when={failure()}>
        <Alert tone="danger">{failure()}</Alert>
      </Show>
      <div class="form__actions">
        {props.secondary}
        <Button
          type="submit"
          variant={props.submitVariant ?? "primary"}
          size={props.submitSize ?? "lg"}
          loading={props.form.submitting()}
        >
          {props.submitLabel}
        </Button>
      </div>
    </form>
  );
}
