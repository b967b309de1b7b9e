import { A } from "@solidjs/router";

export function NotFound() {
  return (
    <main class="centered-page">
      <h1>Page not found</h1>
      <p class="muted">The address may be mistyped, or the page has moved.</p>
      <A href="/" class="ui-button ui-button--primary ui-button--md">
        Go to the start page
      </A>
    </main>
  );
}
