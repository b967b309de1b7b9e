import { ToastRegion } from "@rubric/ui";
import { Navigate, Route, Router } from "@solidjs/router";
import { QueryCache, QueryClient, QueryClientProvider } from "@tanstack/solid-query";
import type { JSX } from "solid-js";
import { AppShell } from "./components/AppShell.tsx";
import { PublicLayout } from "./components/PublicLayout.tsx";
import { RequireSession } from "./components/RequireSession.tsx";
import { notifySessionLost } from "./lib/session-events.ts";
import { errorCodeOf } from "./lib/trpc.ts";
import { AdminUsers } from "./pages/AdminUsers.tsx";
import { AssessmentHub } from "./pages/assessment/AssessmentHub.tsx";
import { AssessmentReport } from "./pages/assessment/AssessmentReport.tsx";
import { AssessmentRunner } from "./pages/assessment/AssessmentRunner.tsx";
import { DrillResultPage } from "./pages/drills/DrillResultPage.tsx";
import { DrillsHub } from "./pages/drills/DrillsHub.tsx";
import { DrillsProgress } from "./pages/drills/DrillsProgress.tsx";
import { ProofreadingDrill } from "./pages/drills/ProofreadingDrill.tsx";
import { TranscriptionDrill } from "./pages/drills/TranscriptionDrill.tsx";
import { TypingDrill } from "./pages/drills/TypingDrill.tsx";
import { Home } from "./pages/Home.tsx";
import { Landing } from "./pages/Landing.tsx";
import { AdminPayBands } from "./pages/ladder/AdminPayBands.tsx";
import { Earnings } from "./pages/ladder/Earnings.tsx";
import { Rules } from "./pages/ladder/Rules.tsx";
import { NotFound } from "./pages/NotFound.tsx";
import { Onboarding } from "./pages/Onboarding.tsx";
import { AdminGuidelineEdit } from "./pages/practice/AdminGuidelineEdit.tsx";
import { AdminItemEdit } from "./pages/practice/AdminItemEdit.tsx";
import { AdminItems } from "./pages/practice/AdminItems.tsx";
import { AttemptPage } from "./pages/practice/AttemptPage.tsx";
import { BatchRunner } from "./pages/practice/BatchRunner.tsx";
import { GuidelinePage } from "./pages/practice/GuidelinePage.tsx";
import { GuidelinesList } from "./pages/practice/GuidelinesList.tsx";
import { PracticeHub } from "./pages/practice/PracticeHub.tsx";
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
