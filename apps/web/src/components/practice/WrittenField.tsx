import { countWords } from "@rubric/core";
import { createUniqueId, Show } from "solid-js";

export interface WrittenFieldProps {
  label: string;
  value: string;
  onInput: (value: string) => void;
  description?: string;
  rows?: number;
  /** Longest text accepted, in characters. */
  max: number;
  /** Show the word count the checks use (rewrites and prompts). */
  words?: boolean;
  mono?: boolean;
  placeholder?: string;
}

/** A textarea for justifications, rewrites and prompts, with the counts the API checks. */
export function WrittenField(props: WrittenFieldProps) {
  const id = createUniqueId();
  const characters = () => Array.from(props.value).length;
  return (
    <div class="ui-field written">
      <label class="ui-field__label" for={id}>
        {props.label}
      </label>
      <Show when={props.description}>
        <p class="ui-field__description" id={`${id}-description`}>
          {props.description}
        </p>
      </Show>
      <textarea
        id={id}
        class="ui-input ui-input--multiline written__input"
        classList={{ "written__input--mono": props.mono }}
        rows={props.rows ?? 5}
        value={props.value}
        placeholder={props.placeholder}
        aria-describedby={props.description ? `${id}-description` : undefined}
        onInput={(event) => props.onInput(event.currentTarget.value)}
      />
      <p class="written__count" classList={{ "written__count--over": characters() > props.max }}>
        <Show when={props.words}>
          <span>{countWords(props.value)} words · </span>
        </Show>
        {characters().toLocaleString()} / {props.max.toLocaleString()} characters
      </p>
    </div>
  );
}
