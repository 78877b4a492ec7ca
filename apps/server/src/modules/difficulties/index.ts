export { difficultyListExport } from './difficulties.exports.ts';
export { difficultyRoutes } from './difficulties.routes.ts';
