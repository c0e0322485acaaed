import { normalizeSearchText } from '@gorod/domain';
import { v7 as uuidv7 } from 'uuid';
import type { Db } from '../create-db.js';

/*
 * People of the demo delegations: for each delegation of the demo edition, its head (the declared head
 * name and position, so the public text and the linked account agree) and one to three members, all
 * learners, active, linked by `users.delegation_id`, the head marked by `delegations.head_user_id`.
 * Names are invented combinations, never real officials; Dalian's people are written in Chinese.
 */

/** Where every demo delegation person's address lives: `<city id>.<n>@delegation.example.org`. */
export const delegationPeopleDomain = 'delegation.example.org';

/**
 * The argon2id hash of the demo password `gorod-demo` (as the demo accounts have; made once with the
 * server's parameters), so a demo city head can sign in and see their own learning. Demo data only.
 */
const demoPasswordHash = '$argon2id$v=19$m=19456,t=2,p=1$7BS1dmljoK7UOKgRSmI7Sw$kAqYigM43FlEPq+Kh7GkD4gMfbADEdEO4P0UOEwd2QQ';

const givenNames = [
  { name: 'Виктор', feminine: false },
  { name: 'Светлана', feminine: true },
  { name: 'Михаил', feminine: false },
  { name: 'Татьяна', feminine: true },
  { name: 'Николай', feminine: false },
  { name: 'Юлия', feminine: true },
  { name: 'Роман', feminine: false },
  { name: 'Анна', feminine: true },
  { name: 'Константин', feminine: false },
  { name: 'Людмила', feminine: true },
  { name: 'Григорий', feminine: false },
] as const;
const familyNames = [
  ['Ладогин', 'Ладогина'],
  ['Полянский', 'Полянская'],
  ['Рябинин', 'Рябинина'],
  ['Сергиев', 'Сергиева'],
  ['Таволгин', 'Таволгина'],
  ['Угрюмов', 'Угрюмова'],
  ['Черёмухин', 'Черёмухина'],
  ['Шиповников', 'Шиповникова'],
  ['Ясенев', 'Ясенева'],
] as const;
const memberPositions = [
  'Заместитель главы по социальной политике',
  'Заместитель главы по экономике и инвестициям',
  'Начальник управления архитектуры и градостроительства',
  'Руководитель проектного офиса администрации',
  'Председатель комитета по туризму',
  'Начальник отдела цифрового развития',
  'Председатель городской думы',
] as const;
const dalianMembers = [
  { name: '赵敏', position: '大连市人民政府外事办公室主任' },
  { name: '孙浩', position: '大连市文化和旅游局副局长' },
  { name: '周婷', position: '大连市发展和改革委员会处长' },
] as const;

export interface DelegationPerson {
  email: string;
  name: string;
  position: string;
  locale: 'ru' | 'zh';
  head: boolean;
}

interface DelegationRow {
  cityId: string;
  headName: { ru: string; zh?: string };
  headPosition: { ru: string; zh?: string };
}

/** The people of one delegation (the `index`-th, largest first): always the same for the same input. */
export function delegationPeople(delegation: DelegationRow, index: number): DelegationPerson[] {
  const email = (n: number) => `${delegation.cityId}.${n}@${delegationPeopleDomain}`;
  if (delegation.cityId === 'dalian') {
    return [
      { email: email(1), name: delegation.headName.zh ?? delegation.headName.ru, position: delegation.headPosition.zh ?? delegation.headPosition.ru, locale: 'zh', head: true },
      ...dalianMembers.map((m, k) => ({ email: email(k + 2), name: m.name, position: m.position, locale: 'zh' as const, head: false })),
    ];
  }
  const members = 1 + (index % 3);
  const people: DelegationPerson[] = [{ email: email(1), name: delegation.headName.ru, position: delegation.headPosition.ru, locale: 'ru', head: true }];
  for (let k = 0; k < members; k++) {
    const turn = index * 3 + k;
    const given = givenNames[turn % givenNames.length]!;
    const family = familyNames[(turn * 2 + index) % familyNames.length]!;
    people.push({
      email: email(k + 2),
      name: `${given.name} ${family[given.feminine ? 1 : 0]}`,
      position: memberPositions[(index + k * 2) % memberPositions.length]!,
      locale: 'ru',
      head: false,
    });
  }
  return people;
}

/**
 * Seeds the people of the edition's delegations, once: false when any demo delegation person is already
 * there (a second seed changes nothing) or the edition has no delegations.
 */
export async function seedDelegationPeople(db: Db, editionId: string, now: Date): Promise<boolean> {
  const existing = await db.selectFrom('users').select('id').where('email', 'like', `%@${delegationPeopleDomain}`).limit(1).executeTakeFirst();
  if (existing) return false;
  const delegations = await db
    .selectFrom('delegations')
    .innerJoin('cities', 'cities.id', 'delegations.city_id')
    .select(['delegations.id', 'delegations.city_id', 'delegations.head_name', 'delegations.head_position', 'delegations.members_count', 'cities.time_zone'])
    .where('delegations.edition_id', '=', editionId)
    .orderBy('delegations.members_count', 'desc')
    .orderBy('delegations.city_id')
    .execute();
  if (delegations.length === 0) return false;
  const createdAt = new Date(now.getTime() - 30 * 86_400_000).toISOString();
  await db.transaction().execute(async (trx) => {
    for (const [index, delegation] of delegations.entries()) {
      const people = delegationPeople(
        { cityId: delegation.city_id, headName: JSON.parse(delegation.head_name), headPosition: JSON.parse(delegation.head_position) },
        index,
      ).map((person) => ({ ...person, id: uuidv7() }));
      await trx
        .insertInto('users')
        .values(
          people.map((p) => ({
            id: p.id,
            email: p.email,
            name: p.name,
            search_text: normalizeSearchText(`${p.name} ${p.email}`),
            city_id: delegation.city_id,
            delegation_id: delegation.id,
            position: p.position,
            locale: p.locale,
            time_zone: delegation.time_zone,
            password_hash: demoPasswordHash,
            created_at: createdAt,
            deactivated_at: null,
          })),
        )
        .execute();
      await trx
        .insertInto('user_roles')
        .values(people.map((p) => ({ user_id: p.id, role: 'learner' })))
        .execute();
      const head = people.find((p) => p.head);
      if (head) await trx.updateTable('delegations').set({ head_user_id: head.id }).where('id', '=', delegation.id).execute();
    }
  });
  return true;
}
