import type { Db } from '../platform/db/db.ts';
import { withTransaction } from '../platform/db/db.ts';
import { seedDaNangUnits } from './units.seed.ts';
import { seedCdtDemo } from './cdt-demo.seed.ts';
import { seedDemoAccounts } from './demo.seed.ts';
import { seedProgramme2780 } from './programme-2780.ts';
import { seedReportingConfig } from './reporting.seed.ts';
import { seedReportingDemo } from './reporting-demo.seed.ts';
import { seedTrainingsDemo } from './trainings-demo.seed.ts';
import { seedPressDemo } from './press.seed.ts';
import { seedSchoolsDemo } from './schools.seed.ts';
import { seedEventsDemo, seedModelRubric, seedModelsDemo, seedPartnersDemo } from './events-models.seed.ts';
import { seedCasesDemo } from './cases-demo.seed.ts';
import { seedDifficultiesDemo } from './difficulties-demo.seed.ts';
import { seedSurveysDemo } from './surveys-demo.seed.ts';
import { seedRewardsDemo } from './rewards-demo.seed.ts';
import { seedInspectionsDemo } from './inspections-demo.seed.ts';
import { seedContentDemo } from './content.seed.ts';

/** The Đà Nẵng demo data: units, the programme of Decision 2780, demo accounts. Idempotent. */
export async function seedDemo(db: Db, demoPassword: string): Promise<{ createdAccounts: string[]; unitsInserted: boolean }> {
  return withTransaction(db, async (tx) => {
    // Two processes starting at once must not both seed.
    await tx.query('SELECT pg_advisory_xact_lock(7302026)');
    const units = await seedDaNangUnits(tx);
    await seedCdtDemo(tx);
    await seedProgramme2780(tx);
    await seedReportingConfig(tx);
    await seedReportingDemo(tx);
    // After every seed that adds units (community digital-technology teams included): it trains the teams that exist.
    await seedTrainingsDemo(tx);
    await seedPressDemo(tx);
    await seedSchoolsDemo(tx);
    await seedEventsDemo(tx);
    await seedModelRubric(tx);
    await seedCasesDemo(tx);
    await seedDifficultiesDemo(tx);
    await seedSurveysDemo(tx);
    await seedRewardsDemo(tx);
    await seedInspectionsDemo(tx);
    await seedContentDemo(tx);
    const { created } = await seedDemoAccounts(tx, demoPassword);
    // Models name their panel by account, so they come after the accounts.
    await seedModelsDemo(tx);
    await seedPartnersDemo(tx);
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
    await seedModelRubric(tx);
  });
}
