import type { JSX } from "solid-js";
import { Show } from "solid-js";

export interface CardProps {
  title?: JSX.Element;
  description?: JSX.Element;
  actions?: JSX.Element;
  children?: JSX.Element;
  class?: string;
  as?: "section" | "article" | "div";
}

export function Card(props: CardProps) {
  return (
    <section class={`ui-card ${props.class ?? ""}`}>
      <Show when={props.title || props.actions}>
        <header class="ui-card__header">
          <div>
            <Show when={props.title}>
              <h2 class="ui-card__title">{props.title}</h2>
            </Show>
            <Show when={props.description}>
              <p class="ui-card__description">{props.description}</p>
            </Show>
          </div>
          <Show when={props.actions}>
            <div class="ui-card__actions">{props.actions}</div>
          </Show>
        </header>
      </Show>
      {props.children}
    </section>
  );
}
