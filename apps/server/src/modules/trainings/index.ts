/** Public face of the trainings module: the register's facts for indicators. */
export { computeTrainingFacts, type TrainingFacts } from './trainings.service.ts';
