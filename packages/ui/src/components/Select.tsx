import { Select as KSelect } from "@kobalte/core/select";
import { Show } from "solid-js";

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectProps {
  label: string;
  name: string;
  options: readonly SelectOption[];
  value: string | null;
  onChange: (value: string | null) => void;
  placeholder?: string;
  description?: string;
  errors?: readonly string[] | undefined;
}

export function Select(props: SelectProps) {
  const invalid = () => (props.errors?.length ?? 0) > 0;
  const selected = () => props.options.find((o) => o.value === props.value) ?? null;
  return (
    <KSelect<SelectOption>
      class="ui-field"
      name={props.name}
      options={[...props.options]}
      optionValue="value"
      optionTextValue="label"
      value={selected()}
      onChange={(option) => props.onChange(option?.value ?? null)}
      placeholder={props.placeholder ?? "Choose…"}
      validationState={invalid() ? "invalid" : "valid"}
      itemComponent={(itemProps) => (
        <KSelect.Item item={itemProps.item} class="ui-select__item">
          <KSelect.ItemLabel>{itemProps.item.rawValue.label}</KSelect.ItemLabel>
          <KSelect.ItemIndicator class="ui-select__check">✓</KSelect.ItemIndicator>
        </KSelect.Item>
      )}
    >
      <KSelect.Label class="ui-field__label">{props.label}</KSelect.Label>
      <KSelect.HiddenSelect />
      <KSelect.Trigger class="ui-input ui-select__trigger" aria-label={props.label}>
        <KSelect.Value<SelectOption>>{(state) => state.selectedOption()?.label}</KSelect.Value>
        <KSelect.Icon class="ui-select__icon">▾</KSelect.Icon>
      </KSelect.Trigger>
      <Show when={props.description && !invalid()}>
        <KSelect.Description class="ui-field__description">{props.description}</KSelect.Description>
      </Show>
      <KSelect.ErrorMessage class="ui-field__error">{props.errors?.[0]}</KSelect.ErrorMessage>
      <KSelect.Portal>
        <KSelect.Content class="ui-select__content">
          <KSelect.Listbox class="ui-select__listbox" />
        </KSelect.Content>
      </KSelect.Portal>
    </KSelect>
  );
}
