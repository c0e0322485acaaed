import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Where uploads live: `<DATA_DIR>/uploads/<id>` once accepted, and `<DATA_DIR>/uploads/incoming/` while
 * they arrive — in the same directory tree, so accepting one is an atomic rename on the same file system.
 */
export interface UploadStorage {
  dir: string;
  incomingDir: string;
  /** Bytes per upload; a body past this is refused with 413 as soon as it passes it. */
  maxBytes: number;
}

/** 200 MiB: a lecture recorded at a modest bit rate; `UPLOAD_MAX_BYTES` changes it. */
export const defaultUploadMaxBytes = 200 * 1024 * 1024;

export function uploadStorage(dataDir: string, maxBytes = defaultUploadMaxBytes): UploadStorage {
  const dir = join(dataDir, 'uploads');
  return { dir, incomingDir: join(dir, 'incoming'), maxBytes };
}

/** An upload's id: 128 random bits as lower-case hex — its link is its only key, so it must not be guessable. */
export const uploadIdPattern = /^[0-9a-f]{32}$/;

/** A partial upload this old belongs to no live request: no body takes a day to arrive. */
const abandonedAfterMs = 24 * 60 * 60 * 1000;

/**
 * Removes partial uploads left in the incoming directory by a process that stopped mid-upload (a live
 * one removes its own on any failure). Only old ones: another replica may share the directory and be
 * receiving a file right now.
 */
export async function sweepAbandonedUploads(storage: UploadStorage, now: Date): Promise<number> {
  const names = await readdir(storage.incomingDir).catch(() => [] as string[]);
  let removed = 0;
  for (const name of names) {
    const path = join(storage.incomingDir, name);
    const stats = await stat(path).catch(() => undefined);
    if (stats?.isFile() && now.getTime() - stats.mtimeMs > abandonedAfterMs) {
      await rm(path, { force: true });
      removed += 1;
    }
  }
  return removed;
}
