/** Public face of the communication models module: the register's facts for target 9. */
export { computeModelFacts, type ModelFacts } from './comm-models.service.ts';
export { modelListExport } from './comm-models.exports.ts';
export { modelImporter } from './comm-models.import.ts';
