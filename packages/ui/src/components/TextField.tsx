import { TextField as KTextField } from "@kobalte/core/text-field";
import { type JSX, Show, splitProps } from "solid-js";

export interface TextFieldProps {
  label: string;
  name: string;
  value: string;
  onInput: (value: string) => void;
  type?: "text" | "email" | "password" | "url" | "number" | "search";
  description?: string;
  /** The first message is shown; the field is marked invalid while any is present. */
  errors?: readonly string[] | undefined;
  autocomplete?: string;
  placeholder?: string;
  required?: boolean;
  multiline?: boolean;
  rows?: number;
  inputMode?: JSX.HTMLAttributes<HTMLInputElement>["inputMode"];
  class?: string;
}

export function TextField(props: TextFieldProps) {
  const [local] = splitProps(props, ["errors"]);
  const invalid = () => (local.errors?.length ?? 0) > 0;
  return (
    <KTextField
      class={`ui-field ${props.class ?? ""}`}
      name={props.name}
      value={props.value}
      onChange={props.onInput}
      validationState={invalid() ? "invalid" : "valid"}
      required={props.required}
    >
      <KTextField.Label class="ui-field__label">{props.label}</KTextField.Label>
      <Show
        when={props.multiline}
        fallback={
          <KTextField.Input
            class="ui-input"
            type={props.type ?? "text"}
            autocomplete={props.autocomplete}
            placeholder={props.placeholder}
            inputMode={props.inputMode}
          />
        }
      >
        <KTextField.TextArea
          class="ui-input ui-input--multiline"
          rows={props.rows ?? 4}
          placeholder={props.placeholder}
        />
      </Show>
      <Show when={props.description && !invalid()}>
        <KTextField.Description class="ui-field__description">
          {props.description}
        </KTextField.Description>
      </Show>
      <KTextField.ErrorMessage class="ui-field__error">{local.errors?.[0]}</KTextField.ErrorMessage>
    </KTextField>
  );
}
