import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { GorodError, issue } from '@gorod/domain';
import type { UploadStorage } from './storage.js';
import { TextCheck } from './text-check.js';

export interface ReceivedFile {
  /** The bytes, in the incoming directory: the caller renames it into place or removes it. */
  tempPath: string;
  size: number;
  sha256: string;
  /** Whether the bytes passed the text check (see TextCheck). */
  isText: boolean;
}

export const tooLarge = (maxBytes: number) =>
  new GorodError('PAYLOAD_TOO_LARGE', `An upload may hold at most ${maxBytes} bytes`, [
    issue(['body'], 'too_big', `At most ${maxBytes} bytes`, { maximum: maxBytes, origin: 'file' }),
  ]);

const interrupted = () => new GorodError('INVALID_INPUT', 'The upload stopped before its end');

/**
 * Streams a request body to a new file in the incoming directory, hashing, counting and text-checking
 * each chunk on the way: nothing is held in memory beyond a chunk. Past `maxBytes` it stops reading and
 * fails with 413; a client that goes away mid-body fails it too. On any failure the partial file is
 * removed before the error leaves, so an aborted upload leaves nothing behind.
 *
 * The body is piped rather than handed to `pipeline`, which would destroy the request — and with it the
 * socket — on a refusal, when the caller still has to answer 413.
 */
export async function receiveToTempFile(body: Readable & { complete?: boolean }, storage: UploadStorage): Promise<ReceivedFile> {
  await mkdir(storage.incomingDir, { recursive: true });
  const tempPath = join(storage.incomingDir, `${randomBytes(16).toString('hex')}.part`);
  const hash = createHash('sha256');
  const text = new TextCheck();
  let size = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      if (size > storage.maxBytes) return done(tooLarge(storage.maxBytes));
      hash.update(chunk);
      text.push(chunk);
      done(null, chunk);
    },
  });
  // A client that goes away mid-body: the request errors or closes before it is complete.
  const stopEarly = () => {
    if (!body.complete) meter.destroy(interrupted());
  };
  body.once('error', stopEarly);
  body.once('close', stopEarly);
  try {
    const written = pipeline(meter, createWriteStream(tempPath, { flags: 'wx' }));
    body.pipe(meter);
    await written;
  } catch (error) {
    body.unpipe(meter);
    await rm(tempPath, { force: true });
    throw error;
  } finally {
    body.off('error', stopEarly);
    body.off('close', stopEarly);
  }
  return { tempPath, size, sha256: hash.digest('hex'), isText: text.isText() };
}
