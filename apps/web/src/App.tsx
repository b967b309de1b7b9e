import { ToastRegion } from "@rubric/ui";
import { Navigate, Route, Router } from "@solidjs/router";
import { QueryCache, QueryClient, QueryClientProvider } from "@tanstack/solid-query";
import { type Component, type JSX, lazy } from "solid-js";
import { AppShell } from "./components/AppShell.tsx";
import { PublicLayout } from "./components/PublicLayout.tsx";
import { RequireSession } from "./components/RequireSession.tsx";
import { notifySessionLost } from "./lib/session-events.ts";
import { errorCodeOf } from "./lib/trpc.ts";
import { AdminUsers } from "./pages/AdminUsers.tsx";
import { Home } from "./pages/Home.tsx";
import { Landing } from "./pages/Landing.tsx";
import { Rules } from "./pages/ladder/Rules.tsx";
import { NotFound } from "./pages/NotFound.tsx";
import { Onboarding } from "./pages/Onboarding.tsx";
import { Settings } from "./pages/Settings.tsx";
import { SignIn } from "./pages/SignIn.tsx";
import { SignUp } from "./pages/SignUp.tsx";

/**
 * A page loaded on first visit: drills, practice, assessments and admin each ship as their
 * own chunk, so the landing and sign-in pages load only what they show.
 */
function page<K extends string>(
  load: () => Promise<Record<K, Component<Record<string, never>>>>,
  name: K,
) {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}

const AssessmentHub = page(() => import("./pages/assessment/AssessmentHub.tsx"), "AssessmentHub");
const AssessmentReport = page(
  () => import("./pages/assessment/AssessmentReport.tsx"),
  "AssessmentReport",
);
const AssessmentRunner = page(
  () => import("./pages/assessment/AssessmentRunner.tsx"),
  "AssessmentRunner",
);
const DrillResultPage = page(() => import("./pages/drills/DrillResultPage.tsx"), "DrillResultPage");
const DrillsHub = page(() => import("./pages/drills/DrillsHub.tsx"), "DrillsHub");
const DrillsProgress = page(() => import("./pages/drills/DrillsProgress.tsx"), "DrillsProgress");
const ProofreadingDrill = page(
  () => import("./pages/drills/ProofreadingDrill.tsx"),
  "ProofreadingDrill",
);
const TranscriptionDrill = page(
  () => import("./pages/drills/TranscriptionDrill.tsx"),
  "TranscriptionDrill",
);
const TypingDrill = page(() => import("./pages/drills/TypingDrill.tsx"), "TypingDrill");
const AdminPayBands = page(() => import("./pages/ladder/AdminPayBands.tsx"), "AdminPayBands");
const Earnings = page(() => import("./pages/ladder/Earnings.tsx"), "Earnings");
const AdminGuidelineEdit = page(
  () => import("./pages/practice/AdminGuidelineEdit.tsx"),
  "AdminGuidelineEdit",
);
const AdminItemEdit = page(() => import("./pages/practice/AdminItemEdit.tsx"), "AdminItemEdit");
const AdminItems = page(() => import("./pages/practice/AdminItems.tsx"), "AdminItems");
const AttemptPage = page(() => import("./pages/practice/AttemptPage.tsx"), "AttemptPage");
const BatchRunner = page(() => import("./pages/practice/BatchRunner.tsx"), "BatchRunner");
const GuidelinePage = page(() => import("./pages/practice/GuidelinePage.tsx"), "GuidelinePage");
const GuidelinesList = page(() => import("./pages/practice/GuidelinesList.tsx"), "GuidelinesList");
const PracticeHub = page(() => import("./pages/practice/PracticeHub.tsx"), "PracticeHub");

const queryClient = new QueryClient({
  queryCache: new QueryCache({
    // Any query that finds the session gone sends the person to sign in and back.
    onError: (error) => {
      if (errorCodeOf(error) === "UNAUTHORIZED") notifySessionLost();
    },
  }),
  defaultOptions: {
    queries: { retry: (count, error) => count < 2 && errorCodeOf(error) === null },
  },
});

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <Router>
        <Route path="/" component={PublicLayout as (p: { children?: JSX.Element }) => JSX.Element}>
          <Route path="/" component={Landing} />
          <Route path="/sign-up" component={SignUp} />
          <Route path="/sign-in" component={SignIn} />
          <Route path="/rules" component={Rules} />
        </Route>
        <Route path="/onboarding" component={RequireSession}>
          <Route path="/" component={Onboarding} />
        </Route>
        <Route path="/app" component={AppShell}>
          <Route path="/" component={Home} />
          <Route path="/settings" component={Settings} />
          <Route path="/assessment" component={AssessmentHub} />
          <Route path="/assessment/:attemptId" component={AssessmentRunner} />
          <Route path="/assessment/:attemptId/report" component={AssessmentReport} />
          <Route path="/earnings" component={Earnings} />
          <Route path="/admin/pay-bands" component={AdminPayBands} />
          <Route path="/admin/users" component={AdminUsers} />
          <Route path="/drills" component={DrillsHub} />
          <Route path="/drills/progress" component={DrillsProgress} />
          <Route path="/drills/typing" component={TypingDrill} />
          <Route path="/drills/transcription/:clipId" component={TranscriptionDrill} />
          <Route path="/drills/proofreading/:itemId" component={ProofreadingDrill} />
          <Route path="/drills/results/:drillId" component={DrillResultPage} />
          <Route path="/practice" component={PracticeHub} />
          <Route path="/practice/batch/:id" component={BatchRunner} />
          <Route path="/practice/attempt/:id" component={AttemptPage} />
          <Route path="/guidelines" component={GuidelinesList} />
          <Route path="/guidelines/:category" component={GuidelinePage} />
          <Route path="/admin/items" component={AdminItems} />
          <Route path="/admin/items/:id" component={AdminItemEdit} />
          <Route path="/admin/guidelines/:category" component={AdminGuidelineEdit} />
        </Route>
        <Route path="/home" component={() => <Navigate href="/app" />} />
        <Route path="*" component={NotFound} />
      </Router>
      <ToastRegion />
    </QueryClientProvider>
  );
}
