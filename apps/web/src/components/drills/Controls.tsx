import { RadioGroup } from "@kobalte/core/radio-group";
import { Switch as KSwitch } from "@kobalte/core/switch";
import { For, Show } from "solid-js";

export interface SegmentedProps {
  label: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  value: string;
  onChange: (value: string) => void;
}

/** A small radio group drawn as joined buttons; arrow keys move between the options. */
export function Segmented(props: SegmentedProps) {
  return (
    <RadioGroup class="segmented" value={props.value} onChange={props.onChange}>
      <RadioGroup.Label class="ui-field__label">{props.label}</RadioGroup.Label>
      <div class="segmented__options" role="presentation">
        <For each={props.options}>
          {(option) => (
            <RadioGroup.Item value={option.value} class="segmented__option">
              <RadioGroup.ItemInput class="segmented__input" />
              <RadioGroup.ItemLabel class="segmented__label">{option.label}</RadioGroup.ItemLabel>
            </RadioGroup.Item>
          )}
        </For>
      </div>
    </RadioGroup>
  );
}

export interface ToggleProps {
  label: string;
  description?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

export function Toggle(props: ToggleProps) {
  return (
    <KSwitch class="toggle" checked={props.checked} onChange={props.onChange}>
      <KSwitch.Input class="toggle__input" />
      <KSwitch.Control class="toggle__control">
        <KSwitch.Thumb class="toggle__thumb" />
      </KSwitch.Control>
      <div>
        <KSwitch.Label class="toggle__label">{props.label}</KSwitch.Label>
        <Show when={props.description}>
          <KSwitch.Description class="toggle__description">{props.description}</KSwitch.Description>
        </Show>
      </div>
    </KSwitch>
  );
}
