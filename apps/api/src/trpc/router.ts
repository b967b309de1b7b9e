import { router } from "./procedures.ts";
import { accountRouter } from "./routers/account.ts";
import { adminRouter } from "./routers/admin.ts";
import { assessmentRouter } from "./routers/assessment.ts";
import { contentAdminRouter } from "./routers/content-admin.ts";
import { drillsRouter } from "./routers/drills.ts";
import { guidelinesRouter } from "./routers/guidelines.ts";
import { ladderRouter } from "./routers/ladder.ts";
import { onboardingRouter } from "./routers/onboarding.ts";
import { organizationRouter } from "./routers/organization.ts";
import { payBandsRouter } from "./routers/pay-bands.ts";
import { practiceRouter } from "./routers/practice.ts";
import { profileRouter } from "./routers/profile.ts";

export const appRouter = router({
  account: accountRouter,
  profile: profileRouter,
  onboarding: onboardingRouter,
  organization: organizationRouter,
  admin: adminRouter,
  drills: drillsRouter,
  practice: practiceRouter,
  guidelines: guidelinesRouter,
  contentAdmin: contentAdminRouter,
  ladder: ladderRouter,
  assessment: assessmentRouter,
  payBands: payBandsRouter,
});

export type AppRouter = typeof appRouter;
