import { auditRouter, mailRouter } from './routers/audit.js';
import { authRouter } from './routers/auth.js';
import { citiesRouter } from './routers/cities.js';
import { delegationsRouter } from './routers/delegations.js';
import { editionsRouter } from './routers/editions.js';
import { peopleRouter } from './routers/people.js';
import { profileRouter } from './routers/profile.js';
import { regionsRouter } from './routers/regions.js';
import { tokensRouter } from './routers/tokens.js';
import { router } from './trpc.js';

/** The whole API: one router per area of the domain. */
export const appRouter = router({
  regions: regionsRouter,
  cities: citiesRouter,
  editions: editionsRouter,
  delegations: delegationsRouter,
  auth: authRouter,
  profile: profileRouter,
  tokens: tokensRouter,
  people: peopleRouter,
  audit: auditRouter,
  mail: mailRouter,
});

/** The API's type, from which @gorod/sdk's client takes every input and output type. */
export type AppRouter = typeof appRouter;
export type { Context } from './context.js';
export type { GorodErrorData } from './trpc.js';

