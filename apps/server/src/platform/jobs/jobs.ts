import type { z } from 'zod';
import type { Config } from '../../config.ts';
import type { Db } from '../db/db.ts';
import type { BlobStore } from '../storage/storage.ts';
import type { JobQueue } from './queue.ts';

/** What a job handler gets: the database, files, and a way to report progress. */
export type JobContext = {
  db: Db;
  config: Config;
  blobs: BlobStore;
  /** To queue follow-up work. */
  queue: JobQueue;
  jobId: string;
  /** Who asked for the job (null for scheduled work). */
  actorId: string | null;
  attempt: number;
  /** 0–100 and a short Vietnamese message; cheap to call often (writes at most every 250 ms). */
  progress: (percent: number, message?: string) => Promise<void>;
};

/**
 * A kind of background work. The payload schema is checked when the job is enqueued and again when
 * it runs (a payload written by an older version must still be valid). Handlers must be idempotent:
 * a retried job runs again from the start.
 */
export type JobDefinition<P = unknown, R = unknown> = {
  kind: string;
  /** Vietnamese name shown on the jobs page. */
  title: string;
  payload: z.ZodType<P>;
  /** Attempts in all (1 = no retry). Retries back off exponentially. */
  attempts?: number;
  run: (ctx: JobContext, payload: P) => Promise<R>;
};

export function defineJob<P, R>(def: JobDefinition<P, R>): JobDefinition<P, R> {
  return def;
}

/** The job kinds known to this process; modules register theirs when the app is built. */
export class JobRegistry {
  private readonly defs = new Map<string, JobDefinition<any, any>>();

  register(def: JobDefinition<any, any>): void {
    if (this.defs.has(def.kind)) throw new Error(`Job kind ${def.kind} registered twice`);
    this.defs.set(def.kind, def);
  }

  get(kind: string): JobDefinition<any, any> | undefined {
    return this.defs.get(kind);
  }

  all(): JobDefinition<any, any>[] {
    return [...this.defs.values()];
  }
}
