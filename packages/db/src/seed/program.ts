import type { ForumEdition, LocalizedText, Room, Session, SessionKind, Speaker, Track } from '@gorod/domain';
import type { Db } from '../create-db.js';
import { insertRooms } from '../program/rooms.js';
import { insertSessions } from '../program/sessions.js';
import { insertSpeakers } from '../program/speakers.js';
import { insertTracks } from '../program/tracks.js';

/*
 * The IX forum's demo program: two days, rooms, tracks on the forum's topics, invented speakers (never
 * real officials), a plenary, joint sections and B2B meetings with the partner city Dalian, an agreement
 * signing, the exhibition on both days and the educational module's classes. Ids are fixed slugs, so the
 * program is the same on every database, and `seedProgram` writes it only where the edition has none.
 */

const partnerCityId = 'dalian';

type Edition = Pick<ForumEdition, 'id' | 'startDate' | 'endDate' | 'timeZone'>;

const roomDefs = [
  { id: 'main-hall', name: { ru: 'Большой зал', en: 'Main Hall', zh: '大厅' }, floor: 1, capacity: 1200 },
  { id: 'hall-a', name: { ru: 'Зал А', en: 'Hall A', zh: 'A厅' }, floor: 2, capacity: 300 },
  { id: 'hall-b', name: { ru: 'Зал Б', en: 'Hall B', zh: 'B厅' }, floor: 2, capacity: 200 },
  { id: 'hall-c', name: { ru: 'Зал В', en: 'Hall C', zh: 'C厅' }, floor: 3, capacity: 150 },
  { id: 'hall-d', name: { ru: 'Зал Г', en: 'Hall D', zh: 'D厅' }, floor: 3, capacity: 120 },
  { id: 'meeting-1', name: { ru: 'Переговорная 1', en: 'Meeting Room 1', zh: '1号会议室' }, floor: 4, capacity: 24 },
  { id: 'meeting-2', name: { ru: 'Переговорная 2', en: 'Meeting Room 2', zh: '2号会议室' }, floor: 4, capacity: 24 },
  { id: 'classroom', name: { ru: 'Учебная аудитория', en: 'Classroom', zh: '教室' }, floor: 4, capacity: 60 },
  { id: 'expo-hall', name: { ru: 'Выставочный зал', en: 'Exhibition Hall', zh: '展厅' }, floor: 1, capacity: 3000 },
] as const;

const trackDefs = {
  hubs: { ru: 'Опорные населённые пункты', en: 'Hub settlements', zh: '支点居民点' },
  'small-towns': { ru: 'Малые города', en: 'Small towns', zh: '小城市' },
  'creative-economy': { ru: 'Креативная экономика', en: 'Creative economy', zh: '创意经济' },
  tourism: { ru: 'Туризм', en: 'Tourism', zh: '旅游' },
  'ai-government': { ru: 'ИИ в муниципальном управлении', en: 'AI in municipal government', zh: '市政管理中的人工智能' },
  international: { ru: 'Международное сотрудничество', en: 'International cooperation', zh: '国际合作' },
  education: { ru: 'Образовательный модуль', en: 'Educational module', zh: '教育模块' },
} satisfies Record<string, LocalizedText>;
type TrackId = keyof typeof trackDefs;
const topicTracks = ['hubs', 'small-towns', 'creative-economy', 'tourism', 'ai-government'] as const satisfies readonly TrackId[];

/** Section titles per topic; a topic's sessions take them in turn. */
const titles: Record<(typeof topicTracks)[number], LocalizedText[]> = {
  hubs: [
    { ru: 'Опорные населённые пункты: карта развития', en: 'Hub settlements: a development map', zh: '支点居民点：发展地图' },
    { ru: 'Инфраструктура опорных пунктов', en: 'Infrastructure of hub settlements', zh: '支点居民点的基础设施' },
    { ru: 'Кадры для опорных пунктов', en: 'People for hub settlements', zh: '支点居民点的人才' },
    { ru: 'Транспортная связность территорий', en: 'Transport links between places', zh: '地区交通联通' },
    { ru: 'Мастер-планы опорных пунктов', en: 'Master plans for hub settlements', zh: '支点居民点总体规划' },
  ],
  'small-towns': [
    { ru: 'Малые города: новая жизнь', en: 'Small towns: a new life', zh: '小城市：新生活' },
    { ru: 'Благоустройство малых городов', en: 'Public spaces in small towns', zh: '小城市的公共空间' },
    { ru: 'Молодёжь остаётся дома', en: 'Young people who stay', zh: '留在家乡的年轻人' },
    { ru: 'Исторические поселения', en: 'Historic settlements', zh: '历史名镇' },
    { ru: 'Бюджет малого города', en: 'The budget of a small town', zh: '小城市的预算' },
  ],
  'creative-economy': [
    { ru: 'Креативная экономика города', en: 'The city’s creative economy', zh: '城市创意经济' },
    { ru: 'Креативные кластеры в промзонах', en: 'Creative clusters in old factories', zh: '旧厂区里的创意集群' },
    { ru: 'Ремёсла и локальные бренды', en: 'Crafts and local brands', zh: '手工艺与地方品牌' },
    { ru: 'Городские фестивали', en: 'City festivals', zh: '城市节庆' },
    { ru: 'Дизайн-код города', en: 'A city’s design code', zh: '城市设计规范' },
  ],
  tourism: [
    { ru: 'Туризм в регионах: новые маршруты', en: 'Regional tourism: new routes', zh: '地区旅游：新线路' },
    { ru: 'Промышленный туризм Урала', en: 'Industrial tourism in the Urals', zh: '乌拉尔工业旅游' },
    { ru: 'Гостеприимство малых городов', en: 'Hospitality in small towns', zh: '小城市的好客之道' },
    { ru: 'Событийный туризм', en: 'Event tourism', zh: '节事旅游' },
    { ru: 'Туристы из Китая', en: 'Visitors from China', zh: '来自中国的游客' },
  ],
  'ai-government': [
    { ru: 'ИИ в муниципальном управлении', en: 'AI in municipal government', zh: '市政管理中的人工智能' },
    { ru: 'Обращения граждан и ИИ', en: 'Residents’ requests and AI', zh: '市民诉求与人工智能' },
    { ru: 'Данные города', en: 'City data', zh: '城市数据' },
    { ru: 'Цифровой двойник города', en: 'A city’s digital twin', zh: '城市数字孪生' },
    { ru: 'Этика алгоритмов в управлении', en: 'Ethics of algorithms in government', zh: '治理中的算法伦理' },
  ],
};

const partTwo = { ru: ' (часть 2)', en: ' (part 2)', zh: '（第二部分）' };
const withSuffix = (title: LocalizedText, suffix: LocalizedText | undefined): LocalizedText =>
  suffix ? { ru: title.ru + suffix.ru, en: (title.en ?? '') + (suffix.en ?? ''), zh: (title.zh ?? '') + (suffix.zh ?? '') } : title;

// Invented people: given names and surnames combined, never real officials.
const givenNames = [
  { ru: 'Артём', en: 'Artyom', zh: '阿尔乔姆', f: false },
  { ru: 'Вера', en: 'Vera', zh: '薇拉', f: true },
  { ru: 'Глеб', en: 'Gleb', zh: '格列布', f: false },
  { ru: 'Дарья', en: 'Darya', zh: '达丽娅', f: true },
  { ru: 'Егор', en: 'Yegor', zh: '叶戈尔', f: false },
  { ru: 'Жанна', en: 'Zhanna', zh: '让娜', f: true },
  { ru: 'Илья', en: 'Ilya', zh: '伊利亚', f: false },
  { ru: 'Ксения', en: 'Ksenia', zh: '克谢尼娅', f: true },
] as const;
const familyNames = [
  { ru: ['Берёзов', 'Берёзова'], en: ['Beryozov', 'Beryozova'], zh: ['别廖佐夫', '别廖佐娃'] },
  { ru: ['Гранитов', 'Гранитова'], en: ['Granitov', 'Granitova'], zh: ['格拉尼托夫', '格拉尼托娃'] },
  { ru: ['Дубравин', 'Дубравина'], en: ['Dubravin', 'Dubravina'], zh: ['杜布拉温', '杜布拉温娜'] },
  { ru: ['Ельников', 'Ельникова'], en: ['Yelnikov', 'Yelnikova'], zh: ['叶利尼科夫', '叶利尼科娃'] },
  { ru: ['Камышин', 'Камышина'], en: ['Kamyshin', 'Kamyshina'], zh: ['卡梅申', '卡梅申娜'] },
] as const;
const positions: LocalizedText[] = [
  { ru: 'Руководитель проектного офиса', en: 'Head of a project office', zh: '项目办公室主任' },
  { ru: 'Урбанист', en: 'Urban planner', zh: '城市规划师' },
  { ru: 'Исследователь', en: 'Researcher', zh: '研究员' },
  { ru: 'Предприниматель', en: 'Entrepreneur', zh: '企业家' },
];
const organisations: LocalizedText[] = [
  { ru: 'Институт городского развития «Пример»', en: 'Primer Institute for Urban Development', zh: '“范例”城市发展研究所' },
  { ru: 'Агентство «Новый город»', en: 'New City Agency', zh: '“新城”机构' },
  { ru: 'Лаборатория городских данных', en: 'City Data Lab', zh: '城市数据实验室' },
];
const speakerCities = ['yekaterinburg', 'kazan', 'novosibirsk', 'perm', 'tyumen', 'chelyabinsk'];

/** A pool of 40 invented Russian speakers: the sections' speakers. */
function poolSpeakers(editionId: string, cityIds: ReadonlySet<string>): Speaker[] {
  const speakers: Speaker[] = [];
  for (let i = 0; i < 40; i++) {
    const given = givenNames[i % givenNames.length]!;
    const family = familyNames[Math.floor(i / givenNames.length) % familyNames.length]!;
    const form = given.f ? 1 : 0;
    const cityId = speakerCities[i % speakerCities.length]!;
    speakers.push({
      id: `speaker-${String(i + 1).padStart(2, '0')}`,
      editionId,
      name: { ru: `${given.ru} ${family.ru[form]}`, en: `${given.en} ${family.en[form]}`, zh: `${given.zh}·${family.zh[form]}` },
      position: positions[i % positions.length]!,
      organisation: organisations[i % organisations.length]!,
      cityId: cityIds.has(cityId) ? cityId : null,
      bio: null,
      photoUrl: null,
    });
  }
  return speakers;
}

/** Guests of the plenary and the signing, and the Dalian delegation's speakers: never in the sections at the same time. */
function guestSpeakers(editionId: string, cityIds: ReadonlySet<string>): Speaker[] {
  const guest = (id: string, name: LocalizedText, position: LocalizedText, cityId: string): Speaker => ({
    id,
    editionId,
    name,
    position,
    organisation: null,
    cityId: cityIds.has(cityId) ? cityId : null,
    bio: null,
    photoUrl: null,
  });
  const moderator = { ru: 'Модератор', en: 'Moderator', zh: '主持人' };
  const partner = { ru: 'Представитель делегации', en: 'Delegation member', zh: '代表团成员' };
  return [
    guest('guest-moderator', { ru: 'Лада Сосновская', en: 'Lada Sosnovskaya', zh: '拉达·索斯诺夫斯卡娅' }, moderator, 'yekaterinburg'),
    guest('guest-urbanist', { ru: 'Роман Кедров', en: 'Roman Kedrov', zh: '罗曼·克德罗夫' }, { ru: 'Урбанист', en: 'Urban planner', zh: '城市规划师' }, 'moscow'),
    guest('guest-economist', { ru: 'Тамара Лиственская', en: 'Tamara Listvenskaya', zh: '塔玛拉·利斯特文斯卡娅' }, { ru: 'Экономист', en: 'Economist', zh: '经济学家' }, 'saint-petersburg'),
    guest('dalian-wang', { ru: 'Ван Мин', en: 'Wang Ming', zh: '王明' }, partner, partnerCityId),
    guest('dalian-zhang', { ru: 'Чжан Ли', en: 'Zhang Li', zh: '张丽' }, partner, partnerCityId),
    guest('dalian-liu', { ru: 'Лю Ян', en: 'Liu Yang', zh: '刘洋' }, partner, partnerCityId),
    guest('dalian-chen', { ru: 'Чэнь Цзин', en: 'Chen Jing', zh: '陈静' }, partner, partnerCityId),
  ];
}

/** An instant from a local wall-clock time in Yekaterinburg (UTC+5 all year, no daylight saving). */
const at = (date: string, time: string) => new Date(`${date}T${time}:00+05:00`).toISOString();

/** The sections' time slots, local time: six a day, with breaks between. */
const slots = [
  ['10:00', '11:00'],
  ['11:15', '12:15'],
  ['12:30', '13:30'],
  ['14:30', '15:30'],
  ['15:45', '16:45'],
  ['17:00', '18:00'],
] as const;

interface Draft {
  id: string;
  kind: SessionKind;
  title: LocalizedText;
  description?: LocalizedText;
  date: string;
  from: string;
  to: string;
  roomId: string;
  trackIds: TrackId[];
  speakerIds: string[];
  joint?: boolean;
  capacity?: number;
  registration?: 'required' | 'open';
}

function drafts(days: readonly [string, string], pool: readonly Speaker[]): Draft[] {
  const list: Draft[] = [];
  const [first, second] = days;
  list.push({
    id: 'plenary',
    kind: 'plenary',
    title: { ru: 'Пленарное заседание «Города России: технологии лидерства»', en: 'Plenary: “Cities of Russia: Leadership Technologies”', zh: '全体会议：“俄罗斯城市：领导力技术”' },
    description: { ru: 'Открытие форума: главы городов о том, что меняет городскую жизнь.', en: 'The forum opens: city heads on what changes city life.', zh: '论坛开幕：市长们谈改变城市生活的因素。' },
    date: first,
    from: '10:00',
    to: '12:15',
    roomId: 'main-hall',
    trackIds: [],
    speakerIds: ['guest-moderator', 'guest-urbanist', 'guest-economist', 'dalian-wang'],
    registration: 'open',
  });
  list.push({
    id: 'signing-dalian',
    kind: 'signing',
    title: { ru: 'Подписание соглашения о сотрудничестве с Далянем', en: 'Signing of the cooperation agreement with Dalian', zh: '与大连签署合作协议' },
    date: second,
    from: '17:00',
    to: '18:00',
    roomId: 'main-hall',
    trackIds: ['international'],
    speakerIds: ['guest-moderator', 'dalian-wang'],
    joint: true,
    registration: 'open',
  });
  for (const [day, date] of days.entries()) {
    list.push({
      id: `exhibition-day-${day + 1}`,
      kind: 'exhibition',
      title: { ru: 'Выставка «Города России»', en: 'Exhibition “Cities of Russia”', zh: '“俄罗斯城市”展览' },
      date,
      from: '09:00',
      to: '19:00',
      roomId: 'expo-hall',
      trackIds: [],
      speakerIds: [],
      registration: 'open',
    });
  }
  // Main hall between the plenary and the signing: large panels.
  const mainHallSlots: [number, number][] = [
    [0, 3],
    [0, 4],
    [0, 5],
    [1, 0],
    [1, 1],
    [1, 2],
    [1, 3],
  ];
  // Sections in halls A to D; hall D hosts the joint sections with Dalian on the second day.
  const halls = ['hall-a', 'hall-b', 'hall-c', 'hall-d'] as const;
  const kinds: SessionKind[] = ['panel', 'section', 'round_table', 'workshop'];
  const used = new Map<string, number>();
  let topicTurn = 0;
  const nextTitle = () => {
    const track = topicTracks[topicTurn % topicTracks.length]!;
    topicTurn += 1;
    const n = used.get(track) ?? 0;
    used.set(track, n + 1);
    const options = titles[track];
    return { track, title: withSuffix(options[n % options.length]!, n >= options.length ? partTwo : undefined) };
  };
  // Pool speakers: in each slot, each room takes two of its own, so nobody is in two rooms at once.
  const speakersFor = (slotIndex: number, roomIndex: number) => [0, 1].map((k) => pool[(slotIndex * 10 + roomIndex * 2 + k) % pool.length]!.id);
  for (const [day, date] of days.entries()) {
    for (const [s, [from, to]] of slots.entries()) {
      const slotIndex = day * slots.length + s;
      if (mainHallSlots.some(([d, i]) => d === day && i === s)) {
        const { track, title } = nextTitle();
        list.push({ id: `d${day + 1}-main-${s + 1}`, kind: 'panel', title, date, from, to, roomId: 'main-hall', trackIds: [track], speakerIds: speakersFor(slotIndex, 4) });
      }
      for (const [h, roomId] of halls.entries()) {
        const joint = roomId === 'hall-d' && day === 1 && s < 4;
        if (joint) {
          list.push({
            id: `d${day + 1}-${roomId}-${s + 1}`,
            kind: 'section',
            title: [
              { ru: 'Совместная секция с Далянем: портовые города', en: 'Joint section with Dalian: port cities', zh: '与大连联合分会：港口城市' },
              { ru: 'Совместная секция с Далянем: туризм', en: 'Joint section with Dalian: tourism', zh: '与大连联合分会：旅游' },
              { ru: 'Совместная секция с Далянем: умный город', en: 'Joint section with Dalian: smart city', zh: '与大连联合分会：智慧城市' },
              { ru: 'Совместная секция с Далянем: образование', en: 'Joint section with Dalian: education', zh: '与大连联合分会：教育' },
            ][s]!,
            date,
            from,
            to,
            roomId,
            trackIds: ['international'],
            speakerIds: [speakersFor(slotIndex, h)[0]!, s % 2 === 0 ? 'dalian-zhang' : 'dalian-chen'],
            joint: true,
          });
          continue;
        }
        const { track, title } = nextTitle();
        list.push({ id: `d${day + 1}-${roomId}-${s + 1}`, kind: kinds[(s + h) % kinds.length]!, title, date, from, to, roomId, trackIds: [track], speakerIds: speakersFor(slotIndex, h) });
      }
      // B2B meetings with Dalian companies in the two meeting rooms, from the second slot on.
      if (s >= 1 && s <= 4) {
        for (const [m, roomId] of (['meeting-1', 'meeting-2'] as const).entries()) {
          list.push({
            id: `d${day + 1}-${roomId}-${s + 1}`,
            kind: 'b2b',
            title: { ru: `B2B-встречи с компаниями Даляня, сессия ${s}`, en: `B2B meetings with Dalian companies, round ${s}`, zh: `与大连企业的B2B洽谈，第${s}场` },
            date,
            from,
            to,
            roomId,
            trackIds: ['international'],
            // On the second day dalian-zhang and dalian-chen speak at the joint sections instead.
            speakerIds: m === 0 ? ['dalian-liu'] : day === 0 ? ['dalian-zhang'] : [],
            joint: true,
            capacity: 20,
          });
        }
      }
      // The educational module's in-person classes.
      if (s !== 2) {
        list.push({
          id: `d${day + 1}-class-${s + 1}`,
          kind: 'course_class',
          title: { ru: `Школа муниципального лидерства: занятие ${day * 5 + (s > 2 ? s : s + 1)}`, en: `Municipal leadership school: class ${day * 5 + (s > 2 ? s : s + 1)}`, zh: `市政领导力学校：第${day * 5 + (s > 2 ? s : s + 1)}课` },
          date,
          from,
          to,
          roomId: 'classroom',
          trackIds: ['education'],
          speakerIds: [pool[(slotIndex * 10 + 10) % pool.length]!.id],
          capacity: 40,
        });
      }
    }
  }
  return list;
}

/** The demo program of an edition: rooms, tracks, speakers and sessions, always the same. */
export function demoProgram(edition: Edition, cityIds: ReadonlySet<string>): { rooms: Room[]; tracks: Track[]; speakers: Speaker[]; sessions: Session[] } {
  const rooms: Room[] = roomDefs.map((r) => ({ ...r, editionId: edition.id }));
  const tracks: Track[] = Object.entries(trackDefs).map(([id, name]) => ({ id, editionId: edition.id, name }));
  const pool = poolSpeakers(edition.id, cityIds);
  const speakers = [...pool, ...guestSpeakers(edition.id, cityIds)];
  const sessions: Session[] = drafts([edition.startDate, edition.endDate], pool).map((d) => ({
    id: d.id,
    editionId: edition.id,
    kind: d.kind,
    title: d.title,
    description: d.description ?? null,
    startsAt: at(d.date, d.from),
    endsAt: at(d.date, d.to),
    roomId: d.roomId,
    trackIds: d.trackIds,
    speakerIds: d.speakerIds,
    languages: d.joint ? ['ru', 'zh'] : d.kind === 'plenary' ? ['ru', 'en', 'zh'] : ['ru'],
    interpretation: d.joint || d.kind === 'plenary' ? [{ from: 'ru', to: 'zh' }, { from: 'zh', to: 'ru' }] : [],
    capacity: d.capacity ?? null,
    registration: d.registration ?? 'required',
    partnerCityId: d.joint && cityIds.has(partnerCityId) ? partnerCityId : null,
    status: 'scheduled',
    version: 1,
  }));
  return { rooms, tracks, speakers, sessions };
}

/** Seeds the demo program into an edition that has no rooms yet; false when it already has a program. */
export async function seedProgram(db: Db, edition: Edition): Promise<boolean> {
  const existing = await db.selectFrom('rooms').select('id').where('edition_id', '=', edition.id).limit(1).executeTakeFirst();
  if (existing) return false;
  const cityIds = new Set((await db.selectFrom('cities').select('id').execute()).map((c) => c.id));
  const program = demoProgram(edition, cityIds);
  await db.transaction().execute(async (trx) => {
    await insertRooms(trx, program.rooms);
    await insertTracks(trx, program.tracks);
    await insertSpeakers(trx, program.speakers);
    await insertSessions(trx, program.sessions);
  });
  return true;
}
