import { hash, verify } from '@node-rs/argon2';
import { GorodError } from '@gorod/domain';

/**
 * Argon2id with OWASP's first recommended set: 19 MiB of memory, 2 passes, 1 lane (~150 ms here).
 * The PHC string stores the parameters, so raising them later keeps old hashes verifiable.
 */
const options = { algorithm: 2 /* Argon2id */, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/**
 * How much argon2 work may run and wait at once. Two hashes at a time leave two of libuv's four
 * threads to everything else and cap their memory at 38 MiB; sixteen waiting is at most ~1.2 s of
 * queue. Anything beyond is refused at once with 429 rather than queued: anonymous callers (sign-in,
 * reset, invitation) can make a server busy for a second, never for minutes.
 */
export const passwordWorkLimits = { running: 2, waiting: 16 } as const;

let running = 0;
const waiting: (() => void)[] = [];
let started = 0;

/** How many argon2 hashes and verifications this process has started: tests count the work a request caused. */
export const passwordWorkStarted = (): number => started;

async function bounded<T>(work: () => Promise<T>): Promise<T> {
  if (running >= passwordWorkLimits.running) {
    if (waiting.length >= passwordWorkLimits.waiting) {
      throw new GorodError('TOO_MANY_REQUESTS', 'The server is busy checking passwords; try again in a moment', [], { retryAfterSeconds: 1 });
    }
    await new Promise<void>((resolve) => waiting.push(resolve));
  } else {
    running += 1;
  }
  // A finished task hands its slot straight to the next waiter, so `running` counts the slot as taken.
  try {
    started += 1;
    return await work();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  }
}

export const hashPassword = (password: string): Promise<string> => bounded(() => hash(password, options));

// Verified against when the email is unknown, so the answer takes as long either way. Made on first
// use, not at start: each hash briefly takes 19 MiB, which a server that never signs anyone in is spared.
let unknownUserHash: Promise<string> | undefined;

/** Whether `password` matches `phc`; with no hash (unknown user, invitation not accepted) always false, as slowly. */
export async function verifyPassword(phc: string | null | undefined, password: string): Promise<boolean> {
  if (!phc) {
    unknownUserHash ??= hash('gorod: no such user', options);
    const dummy = await unknownUserHash;
    await bounded(() => verify(dummy, password).catch(() => false));
    return false;
  }
  return bounded(() => verify(phc, password).catch(() => false));
}
