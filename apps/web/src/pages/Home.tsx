import { DOMAIN_LABELS, WORKER_GOAL_LABELS } from "@rubric/core";
import { Badge, Card } from "@rubric/ui";
import { A } from "@solidjs/router";
import { useQuery } from "@tanstack/solid-query";
import { For, Match, Show, Switch } from "solid-js";
import { useMe } from "../lib/session.ts";
import { trpc } from "../lib/trpc.ts";
import { WorkerDashboard } from "./ladder/Dashboard.tsx";

export function Home() {
  const me = useMe();
  return (
    <Switch>
      <Match when={me.data?.role === "worker"}>
        <WorkerHome />
      </Match>
      <Match when={me.data?.role === "recruiter"}>
        <RecruiterHome />
      </Match>
      <Match when={me.data?.role === "admin"}>
        <AdminHome />
      </Match>
    </Switch>
  );
}

function WorkerHome() {
  const profile = useQuery(() => ({
    queryKey: ["profile"],
    queryFn: () => trpc.profile.get.query(),
  }));
  return (
    <WorkerDashboard
      title={`Welcome back${profile.data ? `, ${profile.data.displayName}` : ""}`}
      profile={<ProfileSummary />}
    />
  );
}

/** The worker's profile at a glance, kept on their home beside the ladder. */
function ProfileSummary() {
  const profile = useQuery(() => ({
    queryKey: ["profile"],
    queryFn: () => trpc.profile.get.query(),
  }));
  return (
    <Card
      title="Your profile"
      actions={
        <A href="/app/settings" class="ui-button ui-button--secondary ui-button--sm">
          Edit
        </A>
      }
    >
      <Show when={profile.data} fallback={<p class="muted">Loading…</p>}>
        {(p) => (
          <dl class="facts">
            <div>
              <dt>Headline</dt>
              <dd>{p().headline || "—"}</dd>
            </div>
            <div>
              <dt>Domains</dt>
              <dd>
                <Show when={p().domains.length} fallback="None yet">
                  <span class="chips">
                    <For each={p().domains}>
                      {(d) => <Badge tone="primary">{DOMAIN_LABELS[d]}</Badge>}
                    </For>
                  </span>
                </Show>
              </dd>
            </div>
            <div>
              <dt>Experience</dt>
              <dd>{p().yearsExperience} years</dd>
            </div>
            <div>
              <dt>Availability</dt>
              <dd>
                {p().weeklyHours} h/week · {p().timezone.replaceAll("_", " ")}
              </dd>
            </div>
            <div>
              <dt>Goals</dt>
              <dd>
                {p()
                  .goals.map((g) => WORKER_GOAL_LABELS[g])
                  .join(" · ") || "—"}
              </dd>
            </div>
            <div>
              <dt>Recruiters</dt>
              <dd>
                <Show
                  when={p().visibleToRecruiters}
                  fallback={<Badge>Hidden from recruiters</Badge>}
                >
                  <Badge tone="success">Visible to recruiters</Badge>
                </Show>
              </dd>
            </div>
          </dl>
        )}
      </Show>
    </Card>
  );
}

function RecruiterHome() {
  const organization = useQuery(() => ({
    queryKey: ["organization"],
    queryFn: () => trpc.organization.get.query(),
  }));
  return (
    <div class="page">
      <header class="page__header">
        <h1>{organization.data?.name ?? "Your organization"}</h1>
        <p class="muted">
          {organization.data?.description || "Describe what you staff projects for in settings."}
        </p>
      </header>
      <Card
        title="Organization"
        actions={
          <A href="/app/settings" class="ui-button ui-button--secondary ui-button--sm">
            Edit
          </A>
        }
      >
        <dl class="facts">
          <div>
            <dt>Website</dt>
            <dd>{organization.data?.website || "—"}</dd>
          </div>
          <div>
            <dt>Team size</dt>
            <dd>{organization.data?.size ? `${organization.data.size} people` : "—"}</dd>
          </div>
        </dl>
      </Card>
    </div>
  );
}

function AdminHome() {
  const overview = useQuery(() => ({
    queryKey: ["admin", "overview"],
    queryFn: () => trpc.admin.overview.query(),
  }));
  return (
    <div class="page">
      <header class="page__header">
        <h1>Platform overview</h1>
      </header>
      <div class="grid grid--3">
        <For each={overview.data?.roles ?? []}>
          {(row) => (
            <Card>
              <p class="stat__label">{row.role}s</p>
              <p class="stat__value">{row.count}</p>
            </Card>
          )}
        </For>
      </div>
      <p>
        <A href="/app/admin/users">Browse users</A>
      </p>
    </div>
  );
}
