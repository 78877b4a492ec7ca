/** Public face of the reporting module. */
import type { Queryable } from '../../platform/db/db.ts';
import { todayIso } from '../../platform/time.ts';
import { getDashboard } from './dashboard.service.ts';
import { findTopUnit } from './reporting.repository.ts';

export { getDashboard };

/** The targets of the whole city (the top unit of today's structure) for a year, or null. */
export async function getPublicProgress(db: Queryable, year: number) {
  const top = await findTopUnit(db, todayIso());
  return top ? getDashboard(db, top.id, { year, structure: 'as-of' }) : null;
}
