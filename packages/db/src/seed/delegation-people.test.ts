import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect, useTestDatabase } from '../testing/index.js';
import { demoEdition } from './demo.js';
import { delegationPeopleDomain, seedDelegationPeople } from './delegation-people.js';

describeEachDialect('the demo delegations’ people', (dialect) => {
  const database = useTestDatabase(dialect);
  beforeAll(async () => {
    expect(await seedDelegationPeople(database().db, demoEdition.id, new Date())).toBe(true);
  });

  it('links two to four active learners to every delegation, the head marked on it under the declared head’s name and position', async () => {
    const { db } = database();
    const delegations = await db.selectFrom('delegations').selectAll().where('edition_id', '=', demoEdition.id).execute();
    const people = await db
      .selectFrom('users')
      .innerJoin('user_roles', 'user_roles.user_id', 'users.id')
      .select(['users.id', 'users.name', 'users.position', 'users.delegation_id', 'users.city_id', 'users.locale', 'users.password_hash', 'user_roles.role'])
      .where('users.email', 'like', `%@${delegationPeopleDomain}`)
      .execute();
    for (const delegation of delegations) {
      const members = people.filter((p) => p.delegation_id === delegation.id);
      expect(members.length).toBeGreaterThanOrEqual(2);
      expect(members.length).toBeLessThanOrEqual(4);
      for (const member of members) {
        expect(member).toMatchObject({ role: 'learner', city_id: delegation.city_id });
        expect(member.password_hash).not.toBeNull();
      }
      const head = members.find((m) => m.id === delegation.head_user_id);
      const declared = JSON.parse(delegation.head_name);
      const position = JSON.parse(delegation.head_position);
      expect(head?.name).toBe(delegation.city_id === 'dalian' ? declared.zh : declared.ru);
      expect(head?.position).toBe(delegation.city_id === 'dalian' ? position.zh : position.ru);
    }
  });

  it('writes the partner city’s people in Chinese, and everyone else’s in Russian', async () => {
    const people = await database()
      .db.selectFrom('users')
      .select(['name', 'position', 'locale', 'city_id'])
      .where('email', 'like', `%@${delegationPeopleDomain}`)
      .execute();
    const dalian = people.filter((p) => p.city_id === 'dalian');
    expect(dalian.length).toBeGreaterThan(1);
    for (const person of dalian) expect([person.locale, /^\p{Script=Han}+$/u.test(person.name), /\p{Script=Han}/u.test(person.position)]).toEqual(['zh', true, true]);
    for (const person of people.filter((p) => p.city_id !== 'dalian')) expect([person.locale, /^\p{Script=Cyrillic}+ \p{Script=Cyrillic}+$/u.test(person.name)]).toEqual(['ru', true]);
  });

  it('adds nobody on a second seed', async () => {
    const { db } = database();
    const count = async () => Number((await db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    const before = await count();
    expect(await seedDelegationPeople(db, demoEdition.id, new Date())).toBe(false);
    expect(await count()).toBe(before);
  });
});
