import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { WriteUpload } from '@gorod/db';
import { type UploadStorage, uploadIdPattern } from './storage.js';

/**
 * Stores bytes the server makes itself (the demo courses' documents) as an upload's, the way a received
 * upload lands: written in the incoming directory, then renamed into place, so `GET /uploads/<id>` never
 * reads half a file. Writing an id again replaces its bytes.
 */
export function uploadWriter(storage: UploadStorage): WriteUpload {
  return async (id, bytes) => {
    if (!uploadIdPattern.test(id)) throw new Error(`"${id}" is not an upload id`);
    await mkdir(storage.incomingDir, { recursive: true });
    const tempPath = join(storage.incomingDir, `${randomBytes(16).toString('hex')}.part`);
    try {
      await writeFile(tempPath, bytes, { flag: 'wx' });
      await rename(tempPath, join(storage.dir, id));
    } catch (error) {
      await rm(tempPath, { force: true });
      throw error;
    }
  };
}
