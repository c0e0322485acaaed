import { agendaRouter } from './routers/agenda.js';
import { auditRouter, mailRouter } from './routers/audit.js';
import { authRouter } from './routers/auth.js';
import { checkInRouter } from './routers/check-in.js';
import { citiesRouter } from './routers/cities.js';
import { coursesRouter } from './routers/courses.js';
import { delegationsRouter } from './routers/delegations.js';
import { editionsRouter } from './routers/editions.js';
import { cohortsRouter, enrollmentsRouter } from './routers/enrollments.js';
import { feedbackRouter } from './routers/feedback.js';
import { peopleRouter } from './routers/people.js';
import { profileRouter } from './routers/profile.js';
import { progressRouter } from './routers/progress.js';
import { programRouter } from './routers/program.js';
import { regionsRouter } from './routers/regions.js';
import { registrationsRouter } from './routers/registrations.js';
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
  program: programRouter,
  registrations: registrationsRouter,
  agenda: agendaRouter,
  checkIn: checkInRouter,
  feedback: feedbackRouter,
  courses: coursesRouter,
  enrollments: enrollmentsRouter,
  cohorts: cohortsRouter,
  progress: progressRouter,
});

/** The API's type, from which @gorod/sdk's client takes every input and output type. */
export type AppRouter = typeof appRouter;
export type { Context } from './context.js';
export type { GorodErrorData } from './trpc.js';

