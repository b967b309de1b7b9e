import { For } from "solid-js";
import { letterOf } from "../../lib/practice/keys.ts";

export interface CodeLinesProps {
  lines: readonly string[];
  marked: readonly number[];
  onToggle: (line: number) => void;
  label: string;
}

/**
 * Numbered code whose lines the worker marks as buggy: each line is a checkbox, so a click
 * anywhere on it or Space marks it. Only one line is in the Tab order at a time (↑/↓ move
 * between them, X marks too), so the block is one stop for a keyboard user.
 */
export function CodeLines(props: CodeLinesProps) {
  let list: HTMLOListElement | undefined;
  const boxes = () => Array.from(list?.querySelectorAll<HTMLInputElement>("input") ?? []);
  const focusLine = (line: number) => {
    const target = Math.max(1, Math.min(props.lines.length, line));
    boxes().forEach((box, index) => {
      box.tabIndex = index + 1 === target ? 0 : -1;
    });
    boxes()[target - 1]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent, line: number) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      focusLine(line + (event.key === "ArrowDown" ? 1 : -1));
    } else if (event.key === "Home" || event.key === "End") {
      event.preventDefault();
      focusLine(event.key === "Home" ? 1 : props.lines.length);
    } else if (letterOf(event) === "x") {
      event.preventDefault();
      props.onToggle(line);
    }
  };
  return (
    <ol ref={list} class="code" aria-label={props.label}>
      <For each={props.lines}>
        {(text, index) => {
          const line = () => index() + 1;
          const marked = () => props.marked.includes(line());
          return (
            <li class="code__line" classList={{ "code__line--marked": marked() }}>
              <label class="code__label">
                <input
                  type="checkbox"
                  class="code__input"
                  aria-label={`Line ${line()}: ${text.trim() || "blank"}`}
                  checked={marked()}
                  tabindex={line() === 1 ? 0 : -1}
                  onChange={() => {
                    props.onToggle(line());
                    focusLine(line());
                  }}
                  onKeyDown={(event) => onKeyDown(event, line())}
                />
                <span class="code__number" aria-hidden="true">
                  {line()}
                </span>
                <span class="code__text" aria-hidden="true">
                  {text || " "}
                </span>
              </label>
            </li>
          );
        }}
      </For>
    </ol>
  );
}
