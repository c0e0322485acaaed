import { type Db, findUser, speakerLinkedTo } from '@gorod/db';
import { GorodError, issue } from '@gorod/domain';

/**
 * Refuses a person account a speaker cannot be linked to, naming `userId`: one no one holds (INVALID_INPUT,
 * before the foreign key would answer a 500), or one already linked to another speaker of the edition
 * (CONFLICT, before the unique index would). Null unlinks and always passes.
 */
export async function assertLinkableAccount(db: Db, editionId: string, userId: string | null | undefined, speakerId?: string): Promise<void> {
  if (!userId) return;
  if (!(await findUser(db, userId))) {
    throw new GorodError('INVALID_INPUT', 'No person has this id', [issue(['userId'], 'not_found', 'No person has this id')]);
  }
  if (await speakerLinkedTo(db, editionId, userId, speakerId)) {
    const message = 'This person is already linked to another speaker of the forum';
    throw new GorodError('CONFLICT', message, [issue(['userId'], 'taken', message)]);
  }
}
