export { rewardRoutes } from './rewards.routes.ts';
