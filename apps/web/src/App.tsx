import { Navigate, Route, Router } from "@solidjs/router";
import { ToastRegion } from "@rubric/ui";
import { QueryCache, QueryClient, QueryClientProvider } from "@tanstack/solid-query";
import type { JSX } from "solid-js";
import { AppShell } from "./components/AppShell.tsx";
import { PublicLayout } from "./components/PublicLayout.tsx";
import { RequireSession } from "./components/RequireSession.tsx";
import { notifySessionLost } from "./lib/session-events.ts";
import { errorCodeOf } from "./lib/trpc.ts";
import { AdminUsers } from "./pages/AdminUsers.tsx";
import { Home } from "./pages/Home.tsx";
import { Landing } from "./pages/Landing.tsx";
import { NotFound } from "./pages/NotFound.tsx";
import { Onboarding } from "./pages/Onboarding.tsx";
import { Settings } from "./pages/Settings.tsx";
import { SignIn } from "./pages/SignIn.tsx";
import { SignUp } from "./pages/SignUp.tsx";

const queryClient = new QueryClient({
  queryCache: new QueryCache({
    // Any query that finds the session gone sends the person to sign in and back.
    onError: (error) => {
      if (errorCodeOf(error) === "UNAUTHORIZED") notifySessionLost();
    },
  }),
  defaultOptions: { queries: { retry: (count, error) => count < 2 && errorCodeOf(error) === null } },
});

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <Router>
        <Route path="/" component={PublicLayout as (p: { children?: JSX.Element }) => JSX.Element}>
          <Route path="/" component={Landing} />
          <Route path="/sign-up" component={SignUp} />
          <Route path="/sign-in" component={SignIn} />
        </Route>
        <Route path="/onboarding" component={RequireSession}>
          <Route path="/" component={Onboarding} />
        </Route>
        <Route path="/app" component={AppShell}>
          <Route path="/" component={Home} />
          <Route path="/settings" component={Settings} />
          <Route path="/admin/users" component={AdminUsers} />
        </Route>
        <Route path="/home" component={() => <Navigate href="/app" />} />
        <Route path="*" component={NotFound} />
      </Router>
      <ToastRegion />
    </QueryClientProvider>
  );
}
