import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.ts';
import { loadConfig, type Config } from '../src/config.ts';
import type { Db } from '../src/platform/db/db.ts';
import { TEST_PASSWORD } from './constants.ts';
import { createTestDb } from './db.ts';

export type Response<T = any> = { status: number; body: T; headers: Headers; text: string };

/** A signed-in (or anonymous) HTTP client with its own cookie and CSRF token. */
export class Client {
  cookie: string | null = null;
  csrf: string | null = null;
  constructor(readonly base: string) {}

  async request<T = any>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Response<T>> {
    const h: Record<string, string> = { ...headers };
    if (body !== undefined) h['content-type'] = 'application/json';
    if (this.cookie) h.cookie = this.cookie;
    if (this.csrf && method !== 'GET' && !('x-csrf-token' in h)) h['x-csrf-token'] = this.csrf;
    const res = await fetch(this.base + path, { method, headers: h, body: body === undefined ? undefined : JSON.stringify(body), redirect: 'manual' });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) {
      const m = /lantoa_sid=([^;]*)/.exec(setCookie);
      if (m) this.cookie = m[1] ? `lantoa_sid=${m[1]}` : null;
    }
    const text = await res.text();
    let parsed: unknown = text;
    if ((res.headers.get('content-type') ?? '').includes('json') && text) parsed = JSON.parse(text);
    return { status: res.status, body: parsed as T, headers: res.headers, text };
  }
  get<T = any>(path: string) {
    return this.request<T>('GET', path);
  }
  post<T = any>(path: string, body?: unknown) {
    return this.request<T>('POST', path, body ?? {});
  }
  put<T = any>(path: string, body?: unknown) {
    return this.request<T>('PUT', path, body ?? {});
  }
  delete<T = any>(path: string) {
    return this.request<T>('DELETE', path);
  }
  async login(username: string, password = TEST_PASSWORD): Promise<this> {
    const res = await this.post('/api/v1/auth/login', { username, password });
    if (res.status !== 200) throw new Error(`login ${username} failed: ${res.status} ${res.text}`);
    this.csrf = res.body.csrfToken;
    return this;
  }
}

export type TestServer = { app: FastifyInstance; db: Db; base: string; config: Config; client: () => Client; as: (username: string) => Promise<Client>; close: () => Promise<void> };

export type TestServerOptions = {
  /** Work the job queue in the server process (jobs run; cron schedules are registered). */
  worker?: boolean;
  /** Extra environment, as the server would read it (e.g. SMTP_URL). */
  env?: Record<string, string>;
};

/** The whole application on a fresh database, listening on a loopback port. */
export async function startTestServer(opts: TestServerOptions = {}): Promise<TestServer> {
  const { db, drop } = await createTestDb();
  const storage = mkdtempSync(path.join(os.tmpdir(), 'lantoa-files-'));
  const config = {
    ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', LANTOA_STORAGE_DIR: storage, ...opts.env }),
    port: 0,
  };
  const app = await buildApp({ config, db, worker: opts.worker ?? false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const addr = app.server.address();
  const base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
  return {
    app,
    db,
    base,
    config,
    client: () => new Client(base),
    as: (username) => new Client(base).login(username),
    close: async () => {
      await app.close();
      await drop();
      rmSync(storage, { recursive: true, force: true });
    },
  };
}
