import type { Db } from '../create-db.js';
import type { WriteUpload } from './courses/demo-file.js';
import { demoEdition } from './demo.js';
import { seedDemoCourses } from './demo-courses.js';
import { seedDelegationPeople } from './delegation-people.js';

/**
 * The demo's learning side, seeded after the demo forum and the demo accounts (`npm start`, `serve --demo`,
 * `seed --demo`): the delegations' people, then the demo courses they study. Not part of `seedDemo`, so the
 * test harnesses' databases keep delegations with nobody linked and no courses, and each test builds what
 * it reads. Each part is seeded once; true when either was seeded now. `writeUpload` stores the demo
 * courses' documents where the server keeps uploads (this package does not know the data directory).
 */
export async function seedDemoLearning(db: Db, writeUpload: WriteUpload, now = new Date()): Promise<boolean> {
  const people = await seedDelegationPeople(db, demoEdition.id, now);
  const courses = await seedDemoCourses(db, writeUpload, now);
  return people || courses;
}
