// The progress batches of the courses bench, the same wherever they are built: batch k is learner
// k % people's, and its 100 events have ids made from (k, j) in UUIDv7's layout, so a batch can be sent
// again (a duplicate) and the raw baseline can insert exactly the rows Gorod stored.
export const BATCH = 100;

const hex = (n, width) => n.toString(16).padStart(width, '0').slice(-width);

/** A UUIDv7-shaped id for event j of batch k of a run (`nonce` < 4096 keeps runs apart). */
export const eventId = (k, j, nonce, baseMs) => `${hex(baseMs + k, 12).replace(/^(.{8})(.{4})$/, '$1-$2')}-7${hex(j, 3)}-${(8 + (nonce >> 10)).toString(16)}${hex(nonce & 0x3ff, 3)}-${hex(k, 12)}`;

/**
 * Batch k: `items` are the bench course's always-open items ({ id, kind }); articles get `item.opened`,
 * videos `video.progress`. Every `at` is an hour before `atMs`, a second apart.
 */
export function batchAt(k, { people, items, nonce, baseMs, atMs }) {
  const person = people[k % people.length];
  const events = [];
  for (let j = 0; j < BATCH; j++) {
    const item = items[(k + j) % items.length];
    const at = new Date(atMs - 3_600_000 + j * 1000).toISOString();
    const id = eventId(k, j, nonce, baseMs);
    events.push(item.kind === 'video' ? { id, itemId: item.id, kind: 'video.progress', at, fraction: ((j % 10) + 1) / 10 } : { id, itemId: item.id, kind: 'item.opened', at });
  }
  return { person, events };
}
