import { RadioGroup } from "@kobalte/core/radio-group";
import { For, Show } from "solid-js";

export interface RadioCardOption {
  value: string;
  label: string;
  description?: string;
}

export interface RadioCardsProps {
  label: string;
  name: string;
  options: readonly RadioCardOption[];
  value: string;
  onChange: (value: string) => void;
  errors?: readonly string[] | undefined;
}

/** A radio group drawn as cards; arrow keys move between them as in any radio group. */
export function RadioCards(props: RadioCardsProps) {
  return (
    <RadioGroup
      class="ui-field"
      name={props.name}
      value={props.value}
      onChange={props.onChange}
      validationState={props.errors?.length ? "invalid" : "valid"}
    >
      <RadioGroup.Label class="ui-field__label">{props.label}</RadioGroup.Label>
      <div class="ui-radio-cards" role="presentation">
        <For each={props.options}>
          {(option) => (
            <RadioGroup.Item value={option.value} class="ui-radio-card">
              <RadioGroup.ItemInput class="ui-radio-card__input" />
              <RadioGroup.ItemControl class="ui-radio-card__control">
                <RadioGroup.ItemIndicator class="ui-radio-card__indicator" />
              </RadioGroup.ItemControl>
              <div>
                <RadioGroup.ItemLabel class="ui-radio-card__label">
                  {option.label}
                </RadioGroup.ItemLabel>
                <Show when={option.description}>
                  <RadioGroup.ItemDescription class="ui-radio-card__description">
                    {option.description}
                  </RadioGroup.ItemDescription>
                </Show>
              </div>
            </RadioGroup.Item>
          )}
        </For>
      </div>
      <RadioGroup.ErrorMessage class="ui-field__error">{props.errors?.[0]}</RadioGroup.ErrorMessage>
    </RadioGroup>
  );
}
