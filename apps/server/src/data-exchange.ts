import { unitImporter, unitListExport } from './modules/org-units/index.ts';
import { userImporter, userListExport } from './modules/users/index.ts';
import type { ExportSource } from './platform/exports/exports.ts';
import { estimateExport, planBoardExport, planListExport } from './modules/plans/index.ts';
import type { Importer } from './platform/imports/imports.ts';
import { contentListExport, contentUsageExport } from './modules/content/index.ts';

/** The lists that export as background jobs (the export job looks its source up by name). */
export const EXPORT_SOURCES: readonly ExportSource[] = [unitListExport, userListExport, planListExport, planBoardExport, estimateExport, contentListExport, contentUsageExport];

/** The kinds of data that import from spreadsheets. */
export const IMPORTERS: readonly Importer[] = [unitImporter, userImporter];
