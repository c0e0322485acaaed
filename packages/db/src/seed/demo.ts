import type { Delegation, ForumEdition } from '@gorod/domain';
import { v7 as uuidv7 } from 'uuid';
import type { Db } from '../create-db.js';
import { insertDelegations, insertEdition } from '../forum/repository.js';
import { loadDirectory } from './directory.js';

/** The IX forum "Cities of Russia: Leadership Technologies", Yekaterinburg, 27–28 November 2026. */
export const demoEdition: ForumEdition = {
  id: 'cities-of-russia-2026',
  title: {
    ru: 'IX Всероссийский форум «Города России: технологии лидерства»',
    en: 'IX All-Russian Forum “Cities of Russia: Leadership Technologies”',
    zh: '第九届全俄论坛“俄罗斯城市：领导力技术”',
  },
  venueCityId: 'yekaterinburg',
  startDate: '2026-11-27',
  endDate: '2026-11-28',
  timeZone: 'Asia/Yekaterinburg',
};

// Demo people, invented: first names and surnames combined deterministically, never real officials.
const firstNames = ['Алексей', 'Ирина', 'Сергей', 'Ольга', 'Дмитрий', 'Наталья', 'Андрей', 'Елена', 'Павел', 'Марина'];
const surnames = [
  ['Соколов', 'Соколова'],
  ['Морозов', 'Морозова'],
  ['Волков', 'Волкова'],
  ['Лебедев', 'Лебедева'],
  ['Кузнецов', 'Кузнецова'],
  ['Новиков', 'Новикова'],
  ['Зайцев', 'Зайцева'],
  ['Павлов', 'Павлова'],
] as const;
const feminine = new Set(['Ирина', 'Ольга', 'Наталья', 'Елена', 'Марина']);

function demoHead(i: number): Delegation['headName'] {
  const first = firstNames[i % firstNames.length]!;
  const surname = surnames[(i * 3) % surnames.length]![feminine.has(first) ? 1 : 0];
  return { ru: `${first} ${surname}` };
}

const headPosition = { ru: 'Глава города', en: 'Head of the city', zh: '市长' };
const partnerHeadPosition = { ru: 'Заместитель мэра', en: 'Deputy Mayor', zh: '副市长' };

/**
 * Delegations of 39 federal subjects' largest cities (as at the IX forum: over 180 city heads from
 * 39 subjects) plus the partner city Dalian.
 */
export function demoDelegations(): Delegation[] {
  const { cities } = loadDirectory();
  const seenRegions = new Set<string>();
  const russian = [...cities]
    .filter((c) => c.country === 'RU')
    .sort((a, b) => b.population - a.population || a.id.localeCompare(b.id))
    .filter((c) => !seenRegions.has(c.regionId) && seenRegions.add(c.regionId))
    .slice(0, 39);
  const delegations: Delegation[] = russian.map((city, i) => ({
    id: uuidv7(),
    editionId: demoEdition.id,
    cityId: city.id,
    headName: demoHead(i),
    headPosition,
    membersCount: 2 + ((i * 7) % 9),
  }));
  if (cities.some((c) => c.id === 'dalian')) {
    delegations.push({
      id: uuidv7(),
      editionId: demoEdition.id,
      cityId: 'dalian',
      headName: { ru: 'Ли Вэй', en: 'Li Wei', zh: '李伟' },
      headPosition: partnerHeadPosition,
      membersCount: 12,
    });
  }
  return delegations;
}

/** Seeds the forum's demo edition and delegations into a database that has no edition yet. */
export async function seedDemo(db: Db): Promise<boolean> {
  const existing = await db.selectFrom('forum_editions').select('id').limit(1).executeTakeFirst();
  if (existing) return false;
  await db.transaction().execute(async (trx) => {
    await insertEdition(trx, demoEdition);
    await insertDelegations(trx, demoDelegations());
  });
  return true;
}
