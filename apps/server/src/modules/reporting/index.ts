/** Public face of the reporting module. */
export { getDashboard } from './dashboard.service.ts';
