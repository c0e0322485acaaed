import { citiesRouter } from './routers/cities.js';
import { delegationsRouter } from './routers/delegations.js';
import { editionsRouter } from './routers/editions.js';
import { regionsRouter } from './routers/regions.js';
import { router } from './trpc.js';

/** The whole API: one router per area of the domain. */
export const appRouter = router({
  regions: regionsRouter,
  cities: citiesRouter,
  editions: editionsRouter,
  delegations: delegationsRouter,
});

/** The API's type, from which @gorod/sdk's client takes every input and output type. */
export type AppRouter = typeof appRouter;
export type { Context } from './context.js';
export type { GorodErrorData } from './trpc.js';

