import { Checkbox } from "@kobalte/core/checkbox";
import { createUniqueId, For, Show } from "solid-js";

export interface CheckboxOption {
  value: string;
  label: string;
  description?: string;
}

export interface CheckboxGroupProps {
  legend: string;
  name: string;
  options: readonly CheckboxOption[];
  value: readonly string[];
  onChange: (value: string[]) => void;
  description?: string;
  errors?: readonly string[] | undefined;
}

/** A fieldset of checkboxes: the legend names the group for screen readers. */
export function CheckboxGroup(props: CheckboxGroupProps) {
  const errorId = createUniqueId();
  const toggle = (value: string, checked: boolean) => {
    const next = new Set(props.value);
    if (checked) next.add(value);
    else next.delete(value);
    props.onChange(props.options.map((o) => o.value).filter((v) => next.has(v)));
  };
  return (
    <fieldset
      class="ui-field ui-checkbox-group"
      aria-invalid={props.errors?.length ? "true" : undefined}
      aria-describedby={props.errors?.length ? errorId : undefined}
    >
      <legend class="ui-field__label">{props.legend}</legend>
      <Show when={props.description}>
        <p class="ui-field__description">{props.description}</p>
      </Show>
      <div class="ui-checkbox-group__options">
        <For each={props.options}>
          {(option) => (
            <Checkbox
              class="ui-checkbox"
              name={props.name}
              value={option.value}
              checked={props.value.includes(option.value)}
              onChange={(checked) => toggle(option.value, checked)}
            >
              <Checkbox.Input class="ui-checkbox__input" />
              <Checkbox.Control class="ui-checkbox__control">
                <Checkbox.Indicator class="ui-checkbox__indicator">✓</Checkbox.Indicator>
              </Checkbox.Control>
              <div class="ui-checkbox__text">
                <Checkbox.Label class="ui-checkbox__label">{option.label}</Checkbox.Label>
                <Show when={option.description}>
                  <Checkbox.Description class="ui-checkbox__description">
                    {option.description}
                  </Checkbox.Description>
                </Show>
              </div>
            </Checkbox>
          )}
        </For>
      </div>
      <Show when={props.errors?.length}>
        <p class="ui-field__error" id={errorId}>
          {props.errors?.[0]}
        </p>
      </Show>
    </fieldset>
  );
}
