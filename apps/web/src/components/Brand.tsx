import { A } from "@solidjs/router";

export function Brand(props: { href?: string }) {
  return (
    <A href={props.href ?? "/"} class="brand" aria-label="Rubric home">
      <svg class="brand__mark" viewBox="0 0 32 32" aria-hidden="true">
        <rect width="32" height="32" rx="7" />
        <path d="M10 8h7.5a5.5 5.5 0 0 1 1.6 10.76L23 24h-4.2l-3.4-5H14v5h-4V8zm4 3.6v3.9h3.3a1.95 1.95 0 0 0 0-3.9H14z" />
      </svg>
      <span class="brand__name">Rubric</span>
    </A>
  );
}
