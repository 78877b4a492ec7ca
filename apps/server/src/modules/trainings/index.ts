/** Public face of the trainings module: the register's facts for indicators, its exports and import. */
export { computeTrainingFacts, type TrainingFacts } from './trainings.service.ts';
export { classListExport, participantListExport, participantImporter } from './trainings.exchange.ts';
