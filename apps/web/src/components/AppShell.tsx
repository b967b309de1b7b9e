import { Button, showToast } from "@rubric/ui";
import { A, Navigate, useNavigate } from "@solidjs/router";
import { useQueryClient } from "@tanstack/solid-query";
import { For, type JSX, Show } from "solid-js";
import { authApi } from "../lib/auth-api.ts";
import { useMe } from "../lib/session.ts";
import { Brand } from "./Brand.tsx";
import { RequireSession } from "./RequireSession.tsx";

interface NavItem {
  href: string;
  label: string;
  end?: boolean;
}

const NAV: Record<string, NavItem[]> = {
  worker: [
    { href: "/app", label: "Dashboard", end: true },
    { href: "/app/assessment", label: "Assessments" },
    { href: "/app/drills", label: "Drills" },
    { href: "/app/practice", label: "Practice" },
    { href: "/app/guidelines", label: "Guidelines" },
    { href: "/app/settings", label: "Profile & settings" },
  ],
  recruiter: [
    { href: "/app", label: "Home", end: true },
    { href: "/app/settings", label: "Organization & settings" },
  ],
  admin: [
    { href: "/app", label: "Home", end: true },
    { href: "/app/admin/users", label: "Users" },
    { href: "/app/admin/items", label: "Content" },
    { href: "/app/admin/pay-bands", label: "Pay bands" },
    { href: "/app/settings", label: "Settings" },
  ],
};

export function AppShell(props: { children?: JSX.Element }) {
  return (
    <RequireSession>
      <SignedInShell>{props.children}</SignedInShell>
    </RequireSession>
  );
}

function SignedInShell(props: { children?: JSX.Element }) {
  const me = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const signOut = async () => {
    const result = await authApi.signOut();
    if (!result.ok) {
      showToast(result.message, "danger");
      return;
    }
    queryClient.clear();
    navigate("/sign-in", { replace: true });
  };
  return (
    <Show when={me.data?.onboarded !== false} fallback={<Navigate href="/onboarding" />}>
      <div class="shell">
        <a class="skip-link" href="#main">
          Skip to content
        </a>
        <header class="shell__header">
          <Brand href="/app" />
          <nav class="shell__nav" aria-label="Main">
            <For each={NAV[me.data?.role ?? "worker"]}>
              {(item) => (
                <A
                  href={item.href}
                  end={item.end}
                  class="shell__link"
                  activeClass="shell__link--active"
                >
                  {item.label}
                </A>
              )}
            </For>
          </nav>
          <div class="shell__account">
            <span class="shell__who">
              {me.data?.name}
              <span class="shell__role">{me.data?.role}</span>
            </span>
            <Button variant="ghost" size="sm" onClick={signOut}>
              Sign out
            </Button>
          </div>
        </header>
        <main id="main" class="shell__main">
          {props.children}
        </main>
      </div>
    </Show>
  );
}
