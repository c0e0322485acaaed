import { type Db, findCredentials, insertUser } from '@gorod/db';
import type { Role } from '@gorod/domain';
import { v7 as uuidv7 } from 'uuid';
import { hashPassword } from './passwords.js';

/** Demo-only accounts, created by demo seeding and nowhere else. Their password is public: `gorod-demo`. */
export const demoAccounts = [
  { email: 'organizer@example.org', name: 'Ольга Организатор', roles: ['organizer', 'learner'], position: 'Оргкомитет форума' },
  { email: 'instructor@example.org', name: 'Иван Преподаватель', roles: ['instructor'], position: 'Преподаватель модуля' },
  { email: 'learner@example.org', name: 'Лариса Слушатель', roles: ['learner'], position: 'Глава городского округа' },
] as const satisfies readonly { email: string; name: string; roles: readonly Role[]; position: string }[];

export const DEMO_PASSWORD = 'gorod-demo';

export async function seedDemoAccounts(db: Db, now: Date): Promise<number> {
  let created = 0;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const account of demoAccounts) {
    if (await findCredentials(db, account.email)) continue;
    await insertUser(db, {
      id: uuidv7(),
      email: account.email,
      name: account.name,
      cityId: 'yekaterinburg',
      position: account.position,
      locale: 'ru',
      timeZone: 'Asia/Yekaterinburg',
      roles: account.roles,
      passwordHash,
      createdAt: now.toISOString(),
    });
    created += 1;
  }
  return created;
}
