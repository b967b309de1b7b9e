import { For } from "solid-js";

export interface TagPickerProps<T extends string> {
  label: string;
  tags: readonly T[];
  labels: Record<T, string>;
  value: readonly T[];
  onChange: (value: T[]) => void;
}

/** Toggle chips for issue tags: Tab to a tag, Space to toggle it. */
export function TagPicker<T extends string>(props: TagPickerProps<T>) {
  const toggle = (tag: T) => {
    const next = props.value.includes(tag)
      ? props.value.filter((t) => t !== tag)
      : props.tags.filter((t) => t === tag || props.value.includes(t));
    props.onChange(next);
  };
  return (
    <fieldset class="tag-picker">
      <legend class="choice__label">{props.label}</legend>
      <div class="tag-picker__tags">
        <For each={props.tags}>
          {(tag) => (
            <button
              type="button"
              class="tag"
              aria-pressed={props.value.includes(tag)}
              onClick={() => toggle(tag)}
            >
              {props.labels[tag]}
            </button>
          )}
        </For>
      </div>
    </fieldset>
  );
}
