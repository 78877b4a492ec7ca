import { unitImporter, unitListExport } from './modules/org-units/index.ts';
import { userImporter, userListExport } from './modules/users/index.ts';
import type { ExportSource } from './platform/exports/exports.ts';
import { estimateExport, planBoardExport, planListExport } from './modules/plans/index.ts';
import type { Importer } from './platform/imports/imports.ts';
import { classListExport, participantImporter, participantListExport } from './modules/trainings/index.ts';
import { articleCountsExport, channelImporter, channelListExport } from './modules/press/index.ts';
import { schoolImporter, schoolListExport, sessionImporter, sessionListExport } from './modules/schools/index.ts';
import { eventImporter, eventListExport } from './modules/events/index.ts';
import { partnerImporter, partnerListExport } from './modules/partners/index.ts';
import { modelImporter, modelListExport } from './modules/comm-models/index.ts';
import { teamImporter, teamListExport } from './modules/cdt/index.ts';
import { caseListExport, caseStatsExport } from './modules/cases/index.ts';
import { difficultyListExport } from './modules/difficulties/index.ts';
import { surveyResultsExport } from './modules/surveys/index.ts';
import { assessmentExport, inspectionPlanExport, recommendationExport } from './modules/inspections/index.ts';
import { feedbackExport } from './modules/feedback/index.ts';
import { contentListExport, contentUsageExport } from './modules/content/index.ts';

/** The lists that export as background jobs (the export job looks its source up by name). */
export const EXPORT_SOURCES: readonly ExportSource[] = [
  unitListExport,
  userListExport,
  planListExport,
  planBoardExport,
  estimateExport,
  classListExport,
  participantListExport,
  channelListExport,
  articleCountsExport,
  schoolListExport,
  sessionListExport,
  eventListExport,
  modelListExport,
  partnerListExport,
  teamListExport,
  caseListExport,
  caseStatsExport,
  difficultyListExport,
  surveyResultsExport,
  inspectionPlanExport,
  recommendationExport,
  assessmentExport,
  feedbackExport,
  contentListExport,
  contentUsageExport,
];

/** The kinds of data that import from spreadsheets. */
export const IMPORTERS: readonly Importer[] = [
  unitImporter,
  userImporter,
  participantImporter,
  channelImporter,
  schoolImporter,
  eventImporter,
  teamImporter,
  modelImporter,
  partnerImporter,
  sessionImporter,
];
