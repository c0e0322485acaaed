import { z } from 'zod';
import { text } from '../text.js';

/** A sign-in session (a browser someone signed in with), as its own person sees it. */
export const SignInSessionSchema = z.strictObject({
  /** The hash the server keeps of the cookie's secret: it names the session and cannot sign anyone in. */
  id: z.string(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  expiresAt: z.string(),
  /** Whether this is the session the request came with. */
  current: z.boolean(),
});
export type SignInSession = z.infer<typeof SignInSessionSchema>;

export const EndSessionInputSchema = z.strictObject({ sessionId: text({ min: 1, max: 128 }) });
export type EndSessionInput = z.infer<typeof EndSessionInputSchema>;
