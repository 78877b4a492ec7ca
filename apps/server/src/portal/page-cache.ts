import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * Rendered public pages kept in memory, keyed by address, with a strong ETag. Everything is
 * dropped when published content changes (the content module says so); entries also expire after
 * `ttlMs`, so that another server process's publication shows within that time.
 */
export type CachedPage = { body: string; type: string; etag: string; at: number };

export class PageCache {
  private readonly pages = new Map<string, CachedPage>();
  generation = 0;
  constructor(private readonly maxEntries = 500, private readonly ttlMs = 60_000) {}

  get(key: string, now = Date.now()): CachedPage | undefined {
    const hit = this.pages.get(key);
    if (!hit) return undefined;
    if (now - hit.at > this.ttlMs) {
      this.pages.delete(key);
      return undefined;
    }
    // Map keeps insertion order: re-inserting makes this the most recently used.
    this.pages.delete(key);
    this.pages.set(key, hit);
    return hit;
  }

  set(key: string, body: string, type: string, now = Date.now()): CachedPage {
    const page = { body, type, etag: `"${createHash('sha1').update(body).digest('base64url').slice(0, 22)}"`, at: now };
    this.pages.set(key, page);
    while (this.pages.size > this.maxEntries) this.pages.delete(this.pages.keys().next().value!);
    return page;
  }

  invalidate(): void {
    this.pages.clear();
    this.generation++;
  }

  get size(): number {
    return this.pages.size;
  }
}

/** Browsers and proxies may keep a page a minute, then must ask again (a 304 when unchanged). */
export const PUBLIC_PAGE_CACHE = 'public, max-age=60, must-revalidate';

/** Answers from the cache (or 304), else renders, stores and answers. */
export async function sendCached(
  cache: PageCache,
  request: FastifyRequest,
  reply: FastifyReply,
  type: string,
  render: () => Promise<string | null>,
): Promise<FastifyReply> {
  const key = request.url;
  let page = cache.get(key);
  if (!page) {
    const generation = cache.generation;
    const body = await render();
    if (body === null) {
      reply.callNotFound();
      return reply;
    }
    page = { body, type, etag: '', at: Date.now() };
    // A change published while rendering must not be hidden by this (older) page.
    page = generation === cache.generation ? cache.set(key, body, type) : { ...page, etag: `"${createHash('sha1').update(body).digest('base64url').slice(0, 22)}"` };
  }
  reply.header('cache-control', PUBLIC_PAGE_CACHE).header('etag', page.etag).type(page.type);
  if (request.headers['if-none-match'] === page.etag) return reply.status(304).send();
  return reply.send(page.body);
}
