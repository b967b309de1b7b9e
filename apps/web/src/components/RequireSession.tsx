import { Navigate, useLocation, useNavigate } from "@solidjs/router";
import { type JSX, Match, onCleanup, Switch } from "solid-js";
import { useMe } from "../lib/session.ts";
import { onSessionLost } from "../lib/session-events.ts";

export function signInPath(next: string) {
  return `/sign-in?next=${encodeURIComponent(next)}`;
}

/** Renders its children for a signed-in person; otherwise sends them to sign in and back. */
export function RequireSession(props: { children?: JSX.Element }) {
  const me = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const here = () => `${location.pathname}${location.search}`;
  onCleanup(onSessionLost(() => navigate(signInPath(here()), { replace: true })));
  return (
    <Switch>
      <Match when={me.isPending}>
        <div class="page-loading" aria-live="polite">
          Loading…
        </div>
      </Match>
      <Match when={me.isError}>
        <div class="page-loading" role="alert">
          Rubric is unreachable right now. Reload to try again.
        </div>
      </Match>
      <Match when={me.data === null}>
        <Navigate href={signInPath(here())} />
      </Match>
      <Match when={me.data}>{props.children}</Match>
    </Switch>
  );
}
