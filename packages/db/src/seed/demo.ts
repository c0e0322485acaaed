import type { Delegation, ForumEdition } from '@gorod/domain';
import { v7 as uuidv7 } from 'uuid';
import type { Db } from '../create-db.js';
import { editionExists, insertDelegations, insertEdition } from '../forum/repository.js';
import { loadDirectory } from './directory.js';
import { seedProgram } from './program.js';

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
// Written in all three languages so English and Chinese readers see names in their own script.
const firstNames = [
  { ru: 'Алексей', en: 'Alexey', zh: '阿列克谢', feminine: false },
  { ru: 'Ирина', en: 'Irina', zh: '伊琳娜', feminine: true },
  { ru: 'Сергей', en: 'Sergey', zh: '谢尔盖', feminine: false },
  { ru: 'Ольга', en: 'Olga', zh: '奥尔加', feminine: true },
  { ru: 'Дмитрий', en: 'Dmitry', zh: '德米特里', feminine: false },
  { ru: 'Наталья', en: 'Natalya', zh: '娜塔莉亚', feminine: true },
  { ru: 'Андрей', en: 'Andrey', zh: '安德烈', feminine: false },
  { ru: 'Елена', en: 'Elena', zh: '叶莲娜', feminine: true },
  { ru: 'Павел', en: 'Pavel', zh: '帕维尔', feminine: false },
  { ru: 'Марина', en: 'Marina', zh: '玛丽娜', feminine: true },
] as const;
const surnames = [
  { ru: ['Соколов', 'Соколова'], en: ['Sokolov', 'Sokolova'], zh: ['索科洛夫', '索科洛娃'] },
  { ru: ['Морозов', 'Морозова'], en: ['Morozov', 'Morozova'], zh: ['莫罗佐夫', '莫罗佐娃'] },
  { ru: ['Волков', 'Волкова'], en: ['Volkov', 'Volkova'], zh: ['沃尔科夫', '沃尔科娃'] },
  { ru: ['Лебедев', 'Лебедева'], en: ['Lebedev', 'Lebedeva'], zh: ['列别杰夫', '列别杰娃'] },
  { ru: ['Кузнецов', 'Кузнецова'], en: ['Kuznetsov', 'Kuznetsova'], zh: ['库兹涅佐夫', '库兹涅佐娃'] },
  { ru: ['Новиков', 'Новикова'], en: ['Novikov', 'Novikova'], zh: ['诺维科夫', '诺维科娃'] },
  { ru: ['Зайцев', 'Зайцева'], en: ['Zaytsev', 'Zaytseva'], zh: ['扎伊采夫', '扎伊采娃'] },
  { ru: ['Павлов', 'Павлова'], en: ['Pavlov', 'Pavlova'], zh: ['巴甫洛夫', '巴甫洛娃'] },
] as const;

function demoHead(i: number): Delegation['headName'] {
  const first = firstNames[i % firstNames.length]!;
  const surname = surnames[(i * 3) % surnames.length]!;
  const form = first.feminine ? 1 : 0;
  return {
    ru: `${first.ru} ${surname.ru[form]}`,
    en: `${first.en} ${surname.en[form]}`,
    // Chinese writes a Russian name given name first, joined by a middle dot.
    zh: `${first.zh}·${surname.zh[form]}`,
  };
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

/**
 * Seeds the forum's demo edition and delegations into a database that has no edition yet, and the demo
 * program into the demo edition when it has none (so a database seeded before the program gains it).
 */
export async function seedDemo(db: Db): Promise<boolean> {
  const existing = await db.selectFrom('forum_editions').select('id').limit(1).executeTakeFirst();
  if (!existing) {
    await db.transaction().execute(async (trx) => {
      await insertEdition(trx, demoEdition);
      await insertDelegations(trx, demoDelegations());
    });
  }
  const demoExists = existing === undefined || existing.id === demoEdition.id || (await editionExists(db, demoEdition.id));
  const programSeeded = demoExists && (await seedProgram(db, demoEdition));
  return !existing || programSeeded;
}
