/** Public face of the feedback module: the public submission, what the public sees, the export. */
export { submitFeedback, findPublished, parseItem, publicPath, FEEDBACK_THROTTLE } from './feedback.service.ts';
export { feedbackExport } from './feedback.exports.ts';
