import { Button as KButton } from "@kobalte/core/button";
import { type JSX, splitProps } from "solid-js";

export type ButtonVariant = "primary" | "secondary" | "ghost" | "danger";

export interface ButtonProps extends JSX.ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  size?: "sm" | "md" | "lg";
  /** Shows a spinner and blocks clicks while an action runs. */
  loading?: boolean;
}

export function Button(props: ButtonProps) {
  const [local, rest] = splitProps(props, [
    "variant",
    "size",
    "loading",
    "class",
    "children",
    "disabled",
  ]);
  return (
    <KButton
      {...rest}
      class={`ui-button ui-button--${local.variant ?? "primary"} ui-button--${local.size ?? "md"} ${local.class ?? ""}`}
      disabled={local.disabled || local.loading}
      aria-busy={local.loading ? "true" : undefined}
    >
      {local.loading && <span class="ui-spinner" aria-hidden="true" />}
      {local.children}
    </KButton>
  );
}
