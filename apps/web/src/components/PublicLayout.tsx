import { A } from "@solidjs/router";
import type { JSX } from "solid-js";
import { Show } from "solid-js";
import { useMe } from "../lib/session.ts";
import { Brand } from "./Brand.tsx";

export function PublicLayout(props: { children?: JSX.Element }) {
  const me = useMe();
  return (
    <div class="public">
      <header class="public__header">
        <Brand />
        <nav class="public__nav" aria-label="Account">
          <Show
            when={me.data}
            fallback={
              <>
                <A href="/sign-in" class="ui-button ui-button--ghost ui-button--md">
                  Sign in
                </A>
                <A href="/sign-up" class="ui-button ui-button--primary ui-button--md">
                  Create account
                </A>
              </>
            }
          >
            <A href="/app" class="ui-button ui-button--primary ui-button--md">
              Open Rubric
            </A>
          </Show>
        </nav>
      </header>
      <main id="main">{props.children}</main>
      <footer class="public__footer">
        <span>Rubric — the practice ground, ladder and marketplace for AI-training work.</span>
        <span>
          Every score is computed on our server from answer keys you never see before you submit.
        </span>
        <A href="/rules">Ladder rules and pay bands</A>
      </footer>
    </div>
  );
}
