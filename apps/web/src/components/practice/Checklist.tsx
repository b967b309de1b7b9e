import { For } from "solid-js";

export interface ChecklistProps {
  label: string;
  items: readonly string[];
  /** Indexes of the items the worker has ticked. */
  checked: readonly number[];
  onChange: (checked: number[]) => void;
}

/**
 * A brief's constraints as a self-check list. Ticking is for the worker's own tracking; the
 * server checks the text itself.
 */
export function Checklist(props: ChecklistProps) {
  const toggle = (index: number, on: boolean) => {
    const next = new Set(props.checked);
    if (on) next.add(index);
    else next.delete(index);
    props.onChange([...next].sort((a, b) => a - b));
  };
  return (
    <fieldset class="checklist">
      <legend class="choice__label">{props.label}</legend>
      <For each={props.items}>
        {(item, index) => (
          <label class="checklist__item">
            <input
              type="checkbox"
              checked={props.checked.includes(index())}
              onChange={(event) => toggle(index(), event.currentTarget.checked)}
            />
            <span>{item}</span>
          </label>
        )}
      </For>
    </fieldset>
  );
}
