import { randomBytes } from 'node:crypto';
import { type FederalDistrict, type Outline, OutlineSchema, outlineItems } from '@gorod/domain';
import { v7 as uuidv7 } from 'uuid';
import type { Db } from '../create-db.js';
import { insertUpload } from '../uploads/uploads.js';
import { aiInGovernmentCourse } from './courses/ai-in-government.js';
import type { DemoCourse } from './courses/demo-course.js';
import type { WriteUpload } from './courses/demo-file.js';
import { hubSettlementsCourse } from './courses/hub-settlements.js';
import { smallTownTourismCourse } from './courses/small-town-tourism.js';
import { delegationPeopleDomain } from './delegation-people.js';
import { type ClassSession, demoJourney, type Journey, journeyProfiles } from './demo-journeys.js';

/*
 * The educational module's demo courses, owned by the demo instructor, with a cohort per federal district
 * of the demo delegations, the delegations' people enrolled in their district's cohort, the demo learner
 * in two courses, and progress of every kind (finished, halfway, only opened, a video at 40 %, classes
 * attended at the forum's door, a document downloaded), so the dashboards are not empty on first start.
 * Each course offers a document of its own as a file item: the seed hands its bytes to `writeUpload` (the
 * server stores them where it keeps uploads) and records the upload, so a file item's link downloads.
 */

export const demoCourses: readonly DemoCourse[] = [hubSettlementsCourse, smallTownTourismCourse, aiInGovernmentCourse];

const instructorEmail = 'instructor@example.org';
const learnerEmail = 'learner@example.org';
const day = 86_400_000;

const districtNames: Record<FederalDistrict, string> = {
  central: 'Центральный федеральный округ',
  northwestern: 'Северо-Западный федеральный округ',
  southern: 'Южный федеральный округ',
  'north-caucasian': 'Северо-Кавказский федеральный округ',
  volga: 'Приволжский федеральный округ',
  ural: 'Уральский федеральный округ',
  siberian: 'Сибирский федеральный округ',
  'far-eastern': 'Дальневосточный федеральный округ',
};
/** «Форум 2026 — Уральский федеральный округ»; the partner city's people form a cohort of their own. */
const cohortName = (district: string | null) => `Форум 2026 — ${district ? districtNames[district as FederalDistrict] : 'зарубежные делегации'}`;

interface Learner {
  id: string;
  email: string;
  district: string | null;
}

/** Which demo courses a learner studies (by index in `demoCourses`), and how far they got in each. */
function plan(learner: Learner, index: number): Array<{ course: number; profile: number; version: 'first' | 'latest' }> {
  if (learner.email === learnerEmail) {
    return [
      { course: 0, profile: 2, version: 'latest' },
      { course: 2, profile: 3, version: 'first' },
    ];
  }
  return [
    { course: 0, profile: index % journeyProfiles.length, version: 'latest' },
    { course: index % 2 === 0 ? 1 : 2, profile: (index * 3 + 2) % journeyProfiles.length, version: index % 3 === 0 ? 'first' : 'latest' },
  ];
}

/** Seats a seeded check-in may take in a class: its capacity, less a few left for people registering live. */
const seatsLeftForDemo = (capacity: number) => Math.max(0, capacity - 5);

/**
 * Seeds the demo courses once: false when they are there already, or when the demo instructor or the
 * program's class sessions are missing (demo accounts are created by the server, after `seedDemo`).
 * Their documents' bytes are written only when the courses are seeded, before their upload rows.
 */
export async function seedDemoCourses(db: Db, writeUpload: WriteUpload, now = new Date()): Promise<boolean> {
  const existing = await db
    .selectFrom('courses')
    .select('id')
    .where(
      'id',
      'in',
      demoCourses.map((c) => c.id),
    )
    .limit(1)
    .executeTakeFirst();
  if (existing) return false;
  const instructor = await db.selectFrom('users').select('id').where('email', '=', instructorEmail).executeTakeFirst();
  if (!instructor) return false;

  const versions = demoCourses.map((course) => course.versions.map((outline) => OutlineSchema.parse(outline)));
  const sessionIds = [...new Set(versions.flat().flatMap((outline) => outlineItems(outline).flatMap(({ item }) => (item.kind === 'class' ? [item.sessionId] : []))))];
  const sessionRows = await db
    .selectFrom('program_sessions')
    .innerJoin('rooms', 'rooms.id', 'program_sessions.room_id')
    .select(['program_sessions.id', 'starts_at', 'ends_at', 'program_sessions.capacity', 'rooms.capacity as room_capacity', 'arrival_counter'])
    .where('program_sessions.id', 'in', sessionIds)
    .execute();
  if (sessionRows.length !== sessionIds.length) return false;
  const sessions = new Map<string, ClassSession>(sessionRows.map((s) => [s.id, { startsAt: new Date(s.starts_at), endsAt: new Date(s.ends_at) }]));

  const learners: Learner[] = await db
    .selectFrom('users')
    .leftJoin('cities', 'cities.id', 'users.city_id')
    .leftJoin('regions', 'regions.id', 'cities.region_id')
    .select(['users.id', 'users.email', 'regions.federal_district as district'])
    .where((eb) => eb.or([eb('users.email', 'like', `%@${delegationPeopleDomain}`), eb('users.email', '=', learnerEmail)]))
    .where('users.deactivated_at', 'is', null)
    .orderBy('users.email')
    .execute();

  // Seats: what the session had before, plus what the seed gives; people already registered keep theirs.
  const taken = await db
    .selectFrom('registrations')
    .select(['session_id', 'user_id', 'status'])
    .where('session_id', 'in', sessionIds)
    .execute();
  const seats = new Map(
    sessionRows.map((s) => [s.id, seatsLeftForDemo(Math.min(s.capacity ?? s.room_capacity, s.room_capacity)) - taken.filter((t) => t.session_id === s.id && t.status !== 'cancelled').length]),
  );
  const registeredBefore = new Set(taken.map((t) => `${t.session_id} ${t.user_id}`));

  const created = (daysAgo: number) => new Date(now.getTime() - daysAgo * day).toISOString();
  const enrollments: Array<{ id: string; course_id: string; user_id: string; cohort_id: string | null; version: number; status: string; enrolled_at: string; withdrawn_at: null }> = [];
  const events: Array<{ id: string; user_id: string; course_id: string; item_id: string; kind: string; at: string; fraction: number | null; received_at: string }> = [];
  const registrations: Array<{ sessionId: string; userId: string; attendedAt: Date | null }> = [];
  const cohorts = demoCourses.flatMap((course) =>
    [...new Set(learners.map((l) => l.district))].sort().map((district) => ({ id: `${course.id}-${district ?? 'abroad'}`, course_id: course.id, name: cohortName(district), created_at: created(25), district })),
  );

  for (const [index, learner] of learners.entries()) {
    for (const step of plan(learner, index)) {
      const course = demoCourses[step.course]!;
      const number = step.version === 'first' ? 1 : course.versions.length;
      const outline: Outline = versions[step.course]![number - 1]!;
      const start = new Date(now.getTime() - (8 + ((index * 5 + step.course) % 12)) * day);
      enrollments.push({
        id: uuidv7(),
        course_id: course.id,
        user_id: learner.id,
        cohort_id: cohorts.find((c) => c.course_id === course.id && c.district === learner.district)?.id ?? null,
        version: number,
        status: 'active',
        enrolled_at: new Date(start.getTime() - day).toISOString(),
        withdrawn_at: null,
      });
      const journey: Journey = demoJourney(outline, journeyProfiles[step.profile]!, {
        start,
        now,
        seed: index + step.course,
        sessions,
        attend: (sessionId) => {
          if (registeredBefore.has(`${sessionId} ${learner.id}`) || (seats.get(sessionId) ?? 0) <= 0) return false;
          seats.set(sessionId, seats.get(sessionId)! - 1);
          return true;
        },
      });
      for (const e of journey.events) {
        const at = e.at.toISOString();
        events.push({ id: uuidv7({ msecs: e.at.getTime() }), user_id: learner.id, course_id: course.id, item_id: e.itemId, kind: e.kind, at, fraction: e.fraction, received_at: at });
      }
      for (const a of journey.attended) registrations.push({ sessionId: a.sessionId, userId: learner.id, attendedAt: a.at });
      // A class still to come that the learner reached: registered, so it is on their agenda.
      for (const e of journey.events) {
        const item = outlineItems(outline).find(({ item }) => item.id === e.itemId)?.item;
        if (item?.kind !== 'class' || e.kind !== 'item.opened') continue;
        const session = sessions.get(item.sessionId)!;
        if (session.startsAt.getTime() <= now.getTime() || registeredBefore.has(`${item.sessionId} ${learner.id}`) || (seats.get(item.sessionId) ?? 0) <= 0) continue;
        seats.set(item.sessionId, seats.get(item.sessionId)! - 1);
        registrations.push({ sessionId: item.sessionId, userId: learner.id, attendedAt: null });
      }
    }
  }

  // Bytes before rows, as an upload is accepted: a failure between the two leaves a file nobody links to
  // (rewritten alike by the next seed, the ids being fixed), never a row whose bytes are missing.
  const files = demoCourses.flatMap((course) => course.files);
  for (const file of files) await writeUpload(file.uploadId, file.bytes);

  await db.transaction().execute(async (trx) => {
    for (const file of files) {
      const { uploadId: id, fileName, mediaType, sha256 } = file;
      await insertUpload(trx, { id, ownerId: instructor.id, fileName, mediaType, size: file.bytes.byteLength, sha256, createdAt: created(41) });
    }
    for (const [c, course] of demoCourses.entries()) {
      await trx
        .insertInto('courses')
        .values({
          id: course.id,
          slug: course.slug,
          title: JSON.stringify(course.title),
          description: JSON.stringify(course.description),
          topic: course.topic,
          languages: JSON.stringify(course.languages),
          enrolment: course.enrolment,
          owner_id: instructor.id,
          published_version: course.versions.length,
          created_at: created(40),
          archived_at: null,
        })
        .execute();
      const courseVersions = versions[c]!;
      await trx
        .insertInto('course_versions')
        .values(
          courseVersions.map((outline, v) => ({
            course_id: course.id,
            number: v + 1,
            status: 'published',
            outline: JSON.stringify(outline),
            revision: 3,
            // The last version was published a few days ago, the first a month ago.
            created_at: created(v === courseVersions.length - 1 && v > 0 ? 7 : 35),
            published_at: created(v === courseVersions.length - 1 && v > 0 ? 5 : 30),
          })),
        )
        .execute();
      const items = new Map(courseVersions.flatMap((outline) => outlineItems(outline).map(({ item }) => [item.id, item] as const)));
      await trx
        .insertInto('course_items')
        .values([...items.values()].map((item) => ({ item_id: item.id, course_id: course.id, kind: item.kind, session_id: item.kind === 'class' ? item.sessionId : null })))
        .execute();
    }
    if (cohorts.length > 0) await trx.insertInto('cohorts').values(cohorts.map(({ district: _, ...cohort }) => cohort)).execute();
    for (let i = 0; i < enrollments.length; i += 100) await trx.insertInto('enrollments').values(enrollments.slice(i, i + 100)).execute();
    for (let i = 0; i < events.length; i += 100) await trx.insertInto('progress_events').values(events.slice(i, i + 100)).execute();
    await insertRegistrations(trx, registrations, new Map(sessionRows.map((s) => [s.id, Number(s.arrival_counter)])), now);
  });
  return true;
}

/**
 * Confirmed registrations (in order, each a new arrival, as `register` numbers them) and the check-ins of
 * those who came; the sessions' arrival counters move past them.
 */
async function insertRegistrations(
  trx: Db,
  registrations: ReadonlyArray<{ sessionId: string; userId: string; attendedAt: Date | null }>,
  counters: Map<string, number>,
  now: Date,
): Promise<void> {
  const rows = registrations.map((r) => {
    const arrival = counters.get(r.sessionId)! + 1;
    counters.set(r.sessionId, arrival);
    const createdAt = new Date(Math.min(now.getTime(), (r.attendedAt?.getTime() ?? now.getTime()) - 3 * day)).toISOString();
    return {
      id: uuidv7(),
      session_id: r.sessionId,
      user_id: r.userId,
      status: 'confirmed',
      arrival_seq: arrival,
      ticket_code: randomBytes(18).toString('base64url'),
      created_at: createdAt,
      updated_at: createdAt,
      attendedAt: r.attendedAt,
    };
  });
  for (let i = 0; i < rows.length; i += 100) await trx.insertInto('registrations').values(rows.slice(i, i + 100).map(({ attendedAt: _, ...row }) => row)).execute();
  const checkIns = rows.flatMap((r) => (r.attendedAt ? [{ registration_id: r.id, checked_in_at: r.attendedAt.toISOString(), checked_in_by: null }] : []));
  for (let i = 0; i < checkIns.length; i += 100) await trx.insertInto('check_ins').values(checkIns.slice(i, i + 100)).execute();
  for (const [sessionId, counter] of counters) await trx.updateTable('program_sessions').set({ arrival_counter: counter }).where('id', '=', sessionId).execute();
}
