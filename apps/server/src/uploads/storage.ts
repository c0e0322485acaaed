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
