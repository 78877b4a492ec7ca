import type { Db } from '../platform/db/db.ts';
import { withTransaction } from '../platform/db/db.ts';
import { seedDaNangUnits } from './units.seed.ts';
import { seedDemoAccounts } from './demo.seed.ts';
import { seedProgramme2780 } from './programme-2780.ts';
import { seedReportingConfig } from './reporting.seed.ts';
import { seedReportingDemo } from './reporting-demo.seed.ts';
import { seedContentDemo } from './content.seed.ts';

/** The Đà Nẵng demo data: units, the programme of Decision 2780, demo accounts. Idempotent. */
export async function seedDemo(db: Db, demoPassword: string): Promise<{ createdAccounts: string[]; unitsInserted: boolean }> {
  return withTransaction(db, async (tx) => {
    // Two processes starting at once must not both seed.
    await tx.query('SELECT pg_advisory_xact_lock(7302026)');
    const units = await seedDaNangUnits(tx);
    await seedProgramme2780(tx);
    await seedReportingConfig(tx);
    await seedReportingDemo(tx);
    await seedContentDemo(tx);
    const { created } = await seedDemoAccounts(tx, demoPassword);
    return { createdAccounts: created, unitsInserted: units.inserted };
  });
}

/** Reference data every installation needs (units and programme), without demo accounts. */
export async function seedReference(db: Db): Promise<void> {
  await withTransaction(db, async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(7302026)');
    await seedDaNangUnits(tx);
    await seedProgramme2780(tx);
    await seedReportingConfig(tx);
  });
}
