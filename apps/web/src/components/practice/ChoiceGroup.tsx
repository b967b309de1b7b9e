import { createUniqueId, For, Show } from "solid-js";
import { digitOf } from "../../lib/practice/keys.ts";

export interface Choice<V> {
  value: V;
  label: string;
  /** A longer explanation under the label (cards layout) or as a tooltip (scale layout). */
  hint?: string;
  /** The number key that picks this choice; by default its position, from 1. */
  key?: number;
}

export interface ChoiceGroupProps<V> {
  label: string;
  /** Hide the label visually when a row heading already names the group. */
  hideLabel?: boolean;
  choices: readonly Choice<V>[];
  value: V | null;
  onChange: (value: V) => void;
  layout?: "scale" | "cards" | "compact";
  /** After a choice is made by number key, move focus to the next scale in the workspace. */
  advance?: boolean;
}

/**
 * A radio group for fast, repeated judgements. Arrow keys move and choose, as in any radio
 * group; a number key chooses directly, and with `advance` the focus moves on to the next
 * scale, so a row of ratings is entered as a row of digits.
 */
export function ChoiceGroup<V extends string | number>(props: ChoiceGroupProps<V>) {
  const name = createUniqueId();
  const layout = () => props.layout ?? "scale";
  let group: HTMLFieldSetElement | undefined;
  const keyOf = (index: number) => props.choices[index]?.key ?? index + 1;
  const selectedIndex = () => props.choices.findIndex((choice) => choice.value === props.value);
  const inputs = (scope: ParentNode | undefined) =>
    Array.from(scope?.querySelectorAll<HTMLInputElement>("input[type='radio']") ?? []);
  const choose = (index: number) => {
    const choice = props.choices[index];
    if (!choice) return;
    props.onChange(choice.value);
    inputs(group)[index]?.focus();
  };
  const advance = () => {
    const scope = group?.closest("[data-workspace]") ?? document;
    const scales = Array.from(scope.querySelectorAll<HTMLElement>("[data-scale]"));
    const next = scales[scales.indexOf(group as HTMLElement) + 1];
    const options = inputs(next);
    (options.find((input) => input.checked) ?? options[0])?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    // Shift+digit is left to the surrounding row (a fact-check claim cites sources with it).
    const digit = event.shiftKey ? null : digitOf(event);
    if (digit !== null) {
      const index = props.choices.findIndex((_, i) => keyOf(i) === digit);
      if (index < 0) return;
      event.preventDefault();
      choose(index);
      if (props.advance) advance();
      return;
    }
    // Handled here rather than left to the browser so that the first arrow press on a group
    // with nothing chosen behaves the same everywhere.
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    if (step !== undefined) {
      event.preventDefault();
      const count = props.choices.length;
      choose((Math.max(0, selectedIndex()) + step + count) % count);
    }
  };
  return (
    <fieldset ref={group} class={`choice choice--${layout()}`} data-scale onKeyDown={onKeyDown}>
      <legend classList={{ choice__label: true, "ui-visually-hidden": props.hideLabel }}>
        {props.label}
      </legend>
      <div class="choice__options">
        <For each={props.choices}>
          {(choice, index) => {
            const checked = () => choice.value === props.value;
            return (
              <label
                class="choice__option"
                classList={{ "choice__option--checked": checked() }}
                title={layout() === "cards" ? undefined : choice.hint}
              >
                <input
                  type="radio"
                  class="choice__input"
                  name={name}
                  checked={checked()}
                  tabindex={checked() || (selectedIndex() < 0 && index() === 0) ? 0 : -1}
                  onChange={() => props.onChange(choice.value)}
                />
                <Show when={layout() !== "scale"}>
                  <span class="choice__key" aria-hidden="true">
                    {keyOf(index())}
                  </span>
                </Show>
                <span class="choice__text">{choice.label}</span>
                <Show when={layout() === "cards" && choice.hint}>
                  <span class="choice__hint">{choice.hint}</span>
                </Show>
              </label>
            );
          }}
        </For>
      </div>
    </fieldset>
  );
}
