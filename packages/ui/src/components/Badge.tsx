import type { JSX } from "solid-js";

export interface BadgeProps {
  tone?: "neutral" | "primary" | "success" | "warning" | "danger";
  children: JSX.Element;
}

export function Badge(props: BadgeProps) {
  return <span class={`ui-badge ui-badge--${props.tone ?? "neutral"}`}>{props.children}</span>;
}
