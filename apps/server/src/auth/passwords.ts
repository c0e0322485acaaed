import { hash, verify } from '@node-rs/argon2';

/**
 * Argon2id with OWASP's first recommended set: 19 MiB of memory, 2 passes, 1 lane (~150 ms here).
 * The PHC string stores the parameters, so raising them later keeps old hashes verifiable.
 */
const options = { algorithm: 2 /* Argon2id */, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string): Promise<string> => hash(password, options);

// Verified against when the email is unknown, so the answer takes as long either way. Made on first
// use, not at start: each hash briefly takes 19 MiB, which a server that never signs anyone in is spared.
let unknownUserHash: Promise<string> | undefined;

/** Whether `password` matches `phc`; with no hash (unknown user, invitation not accepted) always false, as slowly. */
export async function verifyPassword(phc: string | null | undefined, password: string): Promise<boolean> {
  if (!phc) {
    unknownUserHash ??= hash('gorod: no such user', options);
    await verify(await unknownUserHash, password).catch(() => false);
    return false;
  }
  return verify(phc, password).catch(() => false);
}
