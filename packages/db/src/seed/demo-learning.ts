import type { Db } from '../create-db.js';
import { demoEdition } from './demo.js';
import { seedDemoCourses } from './demo-courses.js';
import { seedDelegationPeople } from './delegation-people.js';

/**
 * The demo's learning side, seeded after the demo forum and the demo accounts (`npm start`, `serve --demo`,
 * `seed --demo`): the delegations' people, then the demo courses they study. Not part of `seedDemo`, so the
 * test harnesses' databases keep delegations with nobody linked and no courses, and each test builds what
 * it reads. Each part is seeded once; true when either was seeded now.
 */
export async function seedDemoLearning(db: Db, now = new Date()): Promise<boolean> {
  const people = await seedDelegationPeople(db, demoEdition.id, now);
  const courses = await seedDemoCourses(db, now);
  return people || courses;
}
