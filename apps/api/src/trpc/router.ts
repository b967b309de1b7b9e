import { accountRouter } from "./routers/account.ts";
import { adminRouter } from "./routers/admin.ts";
import { onboardingRouter } from "./routers/onboarding.ts";
import { organizationRouter } from "./routers/organization.ts";
import { profileRouter } from "./routers/profile.ts";
import { router } from "./procedures.ts";

export const appRouter = router({
  account: accountRouter,
  profile: profileRouter,
  onboarding: onboardingRouter,
  organization: organizationRouter,
  admin: adminRouter,
});

export type AppRouter = typeof appRouter;
