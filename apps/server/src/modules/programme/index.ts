/** The programme module's public face: what other modules and the portal may use. */
export { getPortalProgramme, createProgrammeInTransaction } from './programme.service.ts';
