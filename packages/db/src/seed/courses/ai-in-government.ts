import type { OutlineInput } from '@gorod/domain';
import { type DemoCourse, markdown, sampleVideos } from './demo-course.js';

const whatAiCan = markdown(
  'Искусственный интеллект в муниципалитете — это прежде всего рутинные задачи, которые отнимают время специалистов: разобрать обращения, найти похожие случаи, подготовить черновик ответа, распознать документ.',
  '',
  'Решения по-прежнему принимает человек. Хорошо устроенная система экономит ему часы, а не заменяет его подпись.',
  '',
  '## Зрелость задач',
  '',
  '| Задача | Насколько готово | Главный риск |',
  '| --- | --- | --- |',
  '| Маршрутизация обращений граждан | работает во многих городах | ошибка в категории задерживает ответ |',
  '| Черновики ответов | работает при проверке человеком | шаблонный тон, неточные ссылки на нормы |',
  '| Распознавание документов | зрелая технология | качество сканов |',
  '| Прогноз аварий сетей | пилоты | мало данных по малым городам |',
  '| Видеоаналитика благоустройства | пилоты | персональные данные на видео |',
  '',
  'Начинайте с задачи, где ошибка дешёвая и легко исправляется, а эффект виден за месяц.',
);

const requestsV1 = markdown(
  'Обращения граждан — самый массовый поток текстов в администрации. Каждое нужно прочитать, отнести к теме и передать исполнителю. Модель классификации делает первый шаг за секунды.',
  '',
  '## Как запустить',
  '',
  '1. Соберите обращения за год с уже проставленными темами.',
  '2. Проверьте, что темы понятны и не пересекаются.',
  '3. Дайте модели предлагать тему, а специалисту — подтверждать.',
  '4. Через месяц сравните сроки ответа с прошлым годом.',
);

const requestsV2 = markdown(
  'Обращения граждан — самый массовый поток текстов в администрации. Каждое нужно прочитать, отнести к теме и передать исполнителю. Модель классификации делает первый шаг за секунды, а специалист остаётся тем, кто отвечает за результат.',
  '',
  '## Как запустить',
  '',
  '1. Соберите обращения за год с уже проставленными темами и уберите из выборки персональные данные.',
  '2. Проверьте, что темы понятны и не пересекаются; объедините редкие.',
  '3. Дайте модели предлагать тему, а специалисту — подтверждать или исправлять.',
  '4. Каждое исправление сохраняйте: это данные для следующего обучения.',
  '5. Через месяц сравните сроки ответа и долю переадресаций с прошлым годом.',
  '',
  '## Чего не делать',
  '',
  '- Не отправляйте ответ жителю без прочтения человеком.',
  '- Не обещайте «ответ за минуту»: ускоряется маршрут, а не решение проблемы.',
);

const dataProtection = markdown(
  'Любой проект с обращениями граждан работает с персональными данными. Это не повод отказаться от проекта, но повод заранее договориться о правилах.',
  '',
  '| Вопрос | Что решить до запуска |',
  '| --- | --- |',
  '| Где хранятся данные | на серверах в России, под контролем администрации |',
  '| Кто видит обращения | только исполнители по теме |',
  '| Что попадает в обучение | обезличенные тексты без имён, адресов и телефонов |',
  '| Как долго хранятся | по номенклатуре дел, не дольше |',
  '',
  'Согласуйте правила с юристом администрации до того, как подрядчик получит первую выгрузку.',
);

const prepare = markdown(
  'На очном занятии форума мы разберём данные участников. Чтобы занятие было полезным именно вам, подготовьте заранее:',
  '',
  '- выгрузку обращений за три месяца (без персональных данных) или хотя бы список тем и их количество;',
  '- одну задачу, на которую у ваших специалистов уходит больше всего времени;',
  '- имя человека в администрации, который будет вести пилот.',
  '',
  'Если данных нет — приходите всё равно: на занятии будет разобран пример города, который начинал с нуля.',
);

const pilotPlan = markdown(
  'Пилот за 90 дней — это короткий проект с понятным результатом. Он отвечает на вопрос «стоит ли масштабировать», а не «можно ли внедрить ИИ вообще».',
  '',
  '| Этап | Дни | Результат |',
  '| --- | --- | --- |',
  '| Подготовка данных | 1–20 | обезличенная выборка, согласованные темы |',
  '| Настройка и проверка | 21–45 | модель предлагает тему, точность измерена |',
  '| Работа в потоке | 46–80 | специалисты подтверждают предложения модели |',
  '| Итоги | 81–90 | сроки ответа, доля исправлений, решение о продолжении |',
  '',
  'Итог пилота — одна страница с цифрами для главы и депутатов.',
);

const basics = {
  id: 'ai-basics',
  title: { ru: 'Что умеет ИИ сегодня', en: 'What AI can do today', zh: '人工智能今天能做什么' },
  unlock: { kind: 'always' },
  items: [
    { id: 'ai-what-can', kind: 'article', title: { ru: 'Задачи, где ИИ уже помогает', en: 'Tasks where AI already helps', zh: '人工智能已能助力的任务' }, body: { ru: whatAiCan } },
    {
      id: 'ai-video',
      kind: 'video',
      title: { ru: 'Видео: ИИ в работе администрации', en: 'Video: AI at work in a city administration', zh: '视频：市政府工作中的人工智能' },
      source: { kind: 'link', url: sampleVideos.flower },
      durationSeconds: null,
    },
  ],
} as const satisfies OutlineInput['modules'][number];

const classModule = {
  id: 'ai-forum-class',
  title: { ru: 'Очное занятие на форуме', en: 'The class at the forum', zh: '论坛面授课' },
  unlock: { kind: 'always' },
  items: [
    { id: 'ai-prepare', kind: 'article', title: { ru: 'Как подготовиться к занятию', en: 'How to prepare for the class', zh: '如何准备面授课' }, body: { ru: prepare } },
    {
      id: 'ai-class',
      kind: 'class',
      title: { ru: 'Занятие: данные вашего города', en: 'Class: your city’s data', zh: '面授课：你所在城市的数据' },
      sessionId: 'd2-class-2',
    },
  ],
} as const satisfies OutlineInput['modules'][number];

const pilot = {
  id: 'ai-pilot',
  title: { ru: 'Пилот за 90 дней', en: 'A 90-day pilot', zh: '90天试点' },
  unlock: { kind: 'after_class', itemId: 'ai-class' },
  items: [{ id: 'ai-pilot-plan', kind: 'article', title: { ru: 'План пилота', en: 'The pilot plan', zh: '试点计划' }, body: { ru: pilotPlan } }],
} as const satisfies OutlineInput['modules'][number];

const requestsTitle = { ru: 'Обращения граждан', en: 'Residents’ requests', zh: '市民诉求' };
const requestsArticleTitle = { ru: 'Маршрутизация обращений', en: 'Routing residents’ requests', zh: '诉求的分派' };

/**
 * «ИИ в муниципальном управлении: с чего начать», by enrolment. Version 2 rewrote the requests module
 * (a longer article under the same id, a new one on personal data), so learners on version 1 keep their
 * progress on every item when they move.
 */
export const aiInGovernmentCourse: DemoCourse = {
  id: 'course-ai-in-government',
  slug: 'ai-in-municipal-government',
  title: {
    ru: 'ИИ в муниципальном управлении: с чего начать',
    en: 'AI in municipal government: where to start',
    zh: '市政管理中的人工智能：从何入手',
  },
  description: {
    ru: 'Какие задачи администрации ИИ решает уже сегодня, как работать с обращениями граждан и персональными данными и как провести пилот за 90 дней.',
    en: 'Which tasks of a city administration AI handles today, how to work with residents’ requests and personal data, and how to run a 90-day pilot.',
    zh: '人工智能今天已能承担市政府的哪些任务，如何处理市民诉求和个人数据，以及如何开展90天试点。',
  },
  topic: 'ai_in_government',
  languages: ['ru'],
  enrolment: 'by_enrolment',
  versions: [
    {
      modules: [
        basics,
        {
          id: 'ai-requests',
          title: requestsTitle,
          unlock: { kind: 'after_module', moduleId: 'ai-basics' },
          items: [{ id: 'ai-requests-routing', kind: 'article', title: requestsArticleTitle, body: { ru: requestsV1 } }],
        },
        classModule,
        pilot,
      ],
    },
    {
      modules: [
        basics,
        {
          id: 'ai-requests',
          title: { ru: 'Обращения граждан и персональные данные', en: 'Residents’ requests and personal data', zh: '市民诉求与个人数据' },
          unlock: { kind: 'after_module', moduleId: 'ai-basics' },
          items: [
            { id: 'ai-requests-routing', kind: 'article', title: requestsArticleTitle, body: { ru: requestsV2 } },
            { id: 'ai-data-protection', kind: 'article', title: { ru: 'Персональные данные и ИИ', en: 'Personal data and AI', zh: '个人数据与人工智能' }, body: { ru: dataProtection } },
          ],
        },
        classModule,
        pilot,
      ],
    },
  ],
};
