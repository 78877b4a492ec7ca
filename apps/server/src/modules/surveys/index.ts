export { surveyResultsExport } from './surveys.exports.ts';
export { surveyRoutes } from './surveys.routes.ts';
export { getPublicSurvey, storePublicAnswers } from './surveys.service.ts';
export { isQuestionShown, validateAnswers } from './surveys.logic.ts';
