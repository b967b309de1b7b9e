import { Card } from "@rubric/ui";
import { useNavigate } from "@solidjs/router";
import { useQuery } from "@tanstack/solid-query";
import { Match, Switch } from "solid-js";
import { Brand } from "../components/Brand.tsx";
import { OrganizationForm } from "../components/OrganizationForm.tsx";
import { browserTimeZone, WorkerProfileForm } from "../components/WorkerProfileForm.tsx";
import { useMe, useRefreshSession } from "../lib/session.ts";
import { trpc } from "../lib/trpc.ts";

export function Onboarding() {
  const me = useMe();
  const navigate = useNavigate();
  const refresh = useRefreshSession();
  const done = async () => {
    await refresh();
    navigate("/app", { replace: true });
  };
  return (
    <div class="onboarding">
      <Brand href="/" />
      <Switch>
        <Match when={me.data?.role === "worker"}>
          <header class="onboarding__header">
            <p class="eyebrow">Step 1 of 1 · about two minutes</p>
            <h1>Tell us about your experience</h1>
            <p class="muted">
              This shapes which drills and practice sets we recommend first, and — only if you opt
              in — what recruiters see.
            </p>
          </header>
          <Card>
            <WorkerProfileForm
              submitLabel="Finish onboarding"
              initial={{
                displayName: me.data?.name ?? "",
                headline: "",
                domains: [],
                yearsExperience: 0,
                languages: ["en"],
                weeklyHours: 10,
                timezone: browserTimeZone(),
                goals: [],
                visibleToRecruiters: false,
              }}
              onSubmit={async (profile) => {
                await trpc.onboarding.completeWorker.mutate(profile);
                await done();
              }}
            />
          </Card>
        </Match>
        <Match when={me.data?.role === "recruiter"}>
          <RecruiterOnboarding onDone={done} />
        </Match>
        <Match when={me.data?.role === "admin"}>{(() => void done())()}</Match>
      </Switch>
    </div>
  );
}

function RecruiterOnboarding(props: { onDone: () => Promise<void> }) {
  const organization = useQuery(() => ({
    queryKey: ["organization"],
    queryFn: () => trpc.organization.get.query(),
  }));
  return (
    <>
      <header class="onboarding__header">
        <p class="eyebrow">Step 1 of 1</p>
        <h1>Your organization</h1>
        <p class="muted">Workers see this when you invite them to a project.</p>
      </header>
      <Card>
        <Switch>
          <Match when={organization.isPending}>
            <p class="muted">Loading…</p>
          </Match>
          <Match when={organization.isSuccess}>
            <OrganizationForm
              submitLabel="Finish onboarding"
              organization={organization.data}
              onSubmit={async (org) => {
                await trpc.onboarding.completeRecruiter.mutate(org);
                await props.onDone();
              }}
            />
          </Match>
        </Switch>
      </Card>
    </>
  );
}
