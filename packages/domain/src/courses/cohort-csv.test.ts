import { describe, expect, it } from 'vitest';
import { type CohortCsvLabels, cohortCsv } from './cohort-csv.js';
import type { CohortRow, CohortTable } from './views.js';

const labels: CohortCsvLabels = {
  headers: {
    name: 'Имя',
    city: 'Город',
    region: 'Регион',
    federalDistrict: 'Федеральный округ',
    cohort: 'Поток',
    version: 'Версия',
    status: 'Статус',
    completedItems: 'Пройдено',
    totalItems: 'Всего',
    percent: 'Прогресс, %',
    completed: 'Завершён',
    lastActivityAt: 'Последняя активность',
  },
  federalDistricts: {
    central: 'Центральный',
    northwestern: 'Северо-Западный',
    southern: 'Южный',
    'north-caucasian': 'Северо-Кавказский',
    volga: 'Приволжский',
    ural: 'Уральский',
    siberian: 'Сибирский',
    'far-eastern': 'Дальневосточный',
  },
  statuses: { active: 'учится', withdrawn: 'отчислен' },
  completed: { yes: 'да', no: 'нет' },
};

const row = (overrides: Partial<CohortRow>): CohortRow => ({
  userId: 'u1',
  name: 'Анна Иванова',
  city: { id: 'ekaterinburg', name: { ru: 'Екатеринбург', en: 'Yekaterinburg' } },
  region: { id: 'sverdlovsk', name: { ru: 'Свердловская область', en: 'Sverdlovsk Oblast' } },
  federalDistrict: 'ural',
  cohortId: 'ural-2026',
  cohortName: 'Форум 2026 — Уральский федеральный округ',
  version: 2,
  status: 'active',
  completedItems: 3,
  totalItems: 4,
  fraction: 0.75,
  completed: false,
  lastActivityAt: '2026-11-28T09:30:00.000Z',
  ...overrides,
});

const tableOf = (rows: CohortRow[]): CohortTable => ({
  courseId: 'small-towns',
  cohortId: null,
  rows,
  totals: { learners: rows.length, completed: 0, averageFraction: 0 },
  byRegion: [],
  byDistrict: [],
});

/** The data lines of a CSV without its byte order mark and header. */
const dataLines = (csv: string) => csv.slice(1).split('\r\n').slice(1, -1);

describe('cohortCsv', () => {
  it('starts with the UTF-8 byte order mark, then the translated header, and ends lines with CRLF', () => {
    const csv = cohortCsv(tableOf([]), 'ru', labels);
    expect(csv).toBe(
      '\uFEFFИмя,Город,Регион,Федеральный округ,Поток,Версия,Статус,Пройдено,Всего,"Прогресс, %",Завершён,Последняя активность\r\n',
    );
  });

  it('writes a learner with Cyrillic names, the district and status in words and a whole percent', () => {
    expect(dataLines(cohortCsv(tableOf([row({})]), 'ru', labels))).toEqual([
      'Анна Иванова,Екатеринбург,Свердловская область,Уральский,Форум 2026 — Уральский федеральный округ,2,учится,3,4,75,нет,2026-11-28T09:30:00.000Z',
    ]);
  });

  it('names cities and regions in the requested language and leaves missing ones empty', () => {
    const lines = dataLines(
      cohortCsv(
        tableOf([row({ completed: true, fraction: 1 }), row({ city: null, region: null, federalDistrict: null, cohortName: null, lastActivityAt: null, status: 'withdrawn' })]),
        'en',
        labels,
      ),
    );
    expect(lines[0]).toContain(',Yekaterinburg,Sverdlovsk Oblast,Уральский,');
    expect(lines[0]).toContain(',100,да,');
    expect(lines[1]).toBe('Анна Иванова,,,,,2,отчислен,3,4,75,нет,');
  });

  it('quotes a cell with a quote, a comma or a line break per RFC 4180', () => {
    const lines = cohortCsv(tableOf([row({ name: 'Пётр "Петя" Смирнов', cohortName: 'Поток 1, весна\r\nвторая строка' })]), 'ru', labels)
      .slice(1)
      .split('\r\n');
    expect(lines[1]).toBe('"Пётр ""Петя"" Смирнов",Екатеринбург,Свердловская область,Уральский,"Поток 1, весна');
    expect(lines[2]).toBe('вторая строка",2,учится,3,4,75,нет,2026-11-28T09:30:00.000Z');
  });

  it.each([
    ['=HYPERLINK("http://evil.example","x")', `"'=HYPERLINK(""http://evil.example"",""x"")"`],
    ['+7 912 000-00-00', "'+7 912 000-00-00"],
    ['-2+3+cmd|\' /C calc\'!A0', "'-2+3+cmd|' /C calc'!A0"],
    ['@SUM(1+1)', "'@SUM(1+1)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', `"'\r=1+1"`],
  ])('neutralises a cell starting a formula: %j', (name, cell) => {
    expect(dataLines(cohortCsv(tableOf([row({ name })]), 'ru', labels))[0]!.startsWith(`${cell},`)).toBe(true);
  });

  it('neutralises formulas in translated words and headers too', () => {
    const csv = cohortCsv(tableOf([]), 'ru', { ...labels, headers: { ...labels.headers, name: '=Имя' } });
    expect(csv.startsWith("\uFEFF'=Имя,")).toBe(true);
  });

  it('leaves a name with a dash or an at-sign inside alone', () => {
    expect(dataLines(cohortCsv(tableOf([row({ name: 'Анна-Мария info@city.example' })]), 'ru', labels))[0]!.startsWith('Анна-Мария info@city.example,')).toBe(true);
  });
});
