import { type Db, findCity } from '@gorod/db';
import { GorodError, issue } from '@gorod/domain';

/**
 * Refuses a city id the directory does not hold, naming the field. The column's foreign key would refuse
 * it too, but as a database error (a 500) on PostgreSQL and with no field named on either database.
 */
export async function assertKnownCity(db: Db, cityId: string | null | undefined, path: (string | number)[]): Promise<void> {
  if (!cityId || (await findCity(db, cityId))) return;
  throw new GorodError('INVALID_INPUT', 'No city in the directory has this id', [issue(path.map(String), 'not_found', 'No city in the directory has this id')]);
}
