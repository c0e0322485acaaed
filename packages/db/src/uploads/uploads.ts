import type { Db } from '../create-db.js';

/** An uploaded file as the server knows it: who uploaded it, its name, its checked type and its bytes' size and hash. */
export interface Upload {
  id: string;
  ownerId: string;
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
  createdAt: string;
}

export async function insertUpload(db: Db, upload: Upload): Promise<void> {
  await db
    .insertInto('uploads')
    .values({
      id: upload.id,
      owner_id: upload.ownerId,
      file_name: upload.fileName,
      media_type: upload.mediaType,
      size: upload.size,
      sha256: upload.sha256,
      created_at: upload.createdAt,
    })
    .execute();
}

export async function findUpload(db: Db, id: string): Promise<Upload | undefined> {
  return db
    .selectFrom('uploads')
    .select([
      'id',
      'owner_id as ownerId',
      'file_name as fileName',
      'media_type as mediaType',
      'size',
      'sha256',
      'created_at as createdAt',
    ])
    .where('id', '=', id)
    .executeTakeFirst();
}
