import type { JSX } from "solid-js";

export interface AlertProps {
  tone?: "info" | "success" | "warning" | "danger";
  title?: string;
  children?: JSX.Element;
}

/** An inline message in the page flow; danger and warning are announced at once. */
export function Alert(props: AlertProps) {
  const urgent = () => props.tone === "danger" || props.tone === "warning";
  return (
    <div class={`ui-alert ui-alert--${props.tone ?? "info"}`} role={urgent() ? "alert" : "status"}>
      {props.title && <strong class="ui-alert__title">{props.title}</strong>}
      <div>{props.children}</div>
    </div>
  );
}
