import type { Config } from '../config.ts';
import type { Actor } from './auth/actor.ts';
import type { Db } from './db/db.ts';

/** What every service call receives: the database, who acts, and the configuration. */
export type Ctx = { db: Db; actor: Actor | null; config: Config };
/** The same, for a signed-in actor (routes that need a permission guarantee one). */
export type AuthedCtx = Ctx & { actor: Actor };
