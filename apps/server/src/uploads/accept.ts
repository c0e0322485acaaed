import { randomBytes } from 'node:crypto';
import { rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { type Db, insertUpload, type Upload } from '@gorod/db';
import { checkedUploadType } from './content-type.js';
import type { ReceivedFile } from './receive.js';
import type { UploadStorage } from './storage.js';

/**
 * Checks a received file's content, moves it into place under a new id and records it. Anything refused
 * or failed on the way removes the file, so no bytes stay without a row. The rename comes before the
 * insert: a crash between the two leaves an unreachable file, never a row whose bytes are missing.
 */
export async function acceptUpload(
  db: Db,
  storage: UploadStorage,
  received: ReceivedFile,
  meta: { ownerId: string; fileName: string; declaredType: string | undefined; now: Date },
): Promise<Upload> {
  const id = randomBytes(16).toString('hex');
  const finalPath = join(storage.dir, id);
  try {
    const type = await checkedUploadType(received.tempPath, { fileName: meta.fileName, declared: meta.declaredType, isText: received.isText });
    await rename(received.tempPath, finalPath);
    const upload: Upload = {
      id,
      ownerId: meta.ownerId,
      fileName: meta.fileName,
      mediaType: type.mediaType,
      size: received.size,
      sha256: received.sha256,
      createdAt: meta.now.toISOString(),
    };
    await insertUpload(db, upload);
    return upload;
  } catch (error) {
    await Promise.all([rm(received.tempPath, { force: true }), rm(finalPath, { force: true })]);
    throw error;
  }
}
