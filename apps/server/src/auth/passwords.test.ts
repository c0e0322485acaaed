import { GorodError } from '@gorod/domain';
import { expect, it } from 'vitest';
import { hashPassword, passwordWorkLimits, passwordWorkStarted, verifyPassword } from './passwords.js';

it('runs and queues only a bounded number of hashes, refusing the rest at once with TOO_MANY_REQUESTS', async () => {
  const bound = passwordWorkLimits.running + passwordWorkLimits.waiting;
  const before = passwordWorkStarted();
  const outcomes = await Promise.allSettled(Array.from({ length: bound + 3 }, (_, i) => hashPassword(`password number ${i}`)));
  const refused = outcomes.filter((o) => o.status === 'rejected').map((o) => (o as PromiseRejectedResult).reason);
  expect(refused).toHaveLength(3);
  expect(refused.every((e) => e instanceof GorodError && e.code === 'TOO_MANY_REQUESTS' && e.details?.retryAfterSeconds === 1)).toBe(true);
  expect(passwordWorkStarted() - before).toBe(bound);
  // Once the queue has drained, work is accepted again.
  const hash = await hashPassword('after the rush');
  expect(await verifyPassword(hash, 'after the rush')).toBe(true);
});
