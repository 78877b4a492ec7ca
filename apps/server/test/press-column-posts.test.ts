import { sharedOnce } from '../src/modules/reporting/providers.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadStructure } from '../src/modules/org-units/index.ts';
import { getProvider } from '../src/modules/reporting/providers.ts';
import { todayIso } from '../src/platform/time.ts';
import { startTestServer, type Client, type TestServer } from './http.ts';
import { waitForJob } from '../src/platform/jobs/queue.ts';
import { unitId } from './db.ts';

/**
 * Posts of a unit's "Chuyển đổi số" column in the content library are column articles (target 7):
 * counted with the articles of its channels, once even when a channel reads them back through the
 * portal's feed, and they give the unit a column.
 */
let s: TestServer;
let manager: Client;
let city: string;
let agency: string;
let channel: string;
const today = todayIso();
const year = +today.slice(0, 4);
const month = +today.slice(5, 7);

async function t7() {
  const d = await manager.get(`/api/v1/dashboard?year=${year}&unitId=${city}`);
  expect(d.status, d.text).toBe(200);
  return d.body.indicators.find((i: { code: string }) => i.code === 'T7') as { numerator: number; denominator: number };
}

async function publishColumnPost(title: string, inColumn = true): Promise<string> {
  const c = await manager.post('/api/v1/content', {
    kind: 'article', title, summary: 'Tin chuyên mục chuyển đổi số.', bodyHtml: `<p>${title}</p>`, unitId: agency, inColumn,
    audiences: ['citizens'], channels: ['column'], taskAreas: [5], tags: [],
  });
  expect(c.status, c.text).toBe(201);
  const sub = await manager.post(`/api/v1/content/${c.body.id}/transition`, { action: 'submit', lockVersion: c.body.lockVersion });
  expect(sub.status, sub.text).toBe(200);
  const pub = await manager.post(`/api/v1/content/${c.body.id}/transition`, { action: 'publish', lockVersion: sub.body.lockVersion });
  expect(pub.status, pub.text).toBe(200);
  return c.body.id;
}

beforeAll(async () => {
  s = await startTestServer({ worker: true });
  manager = await s.as('thuongtruc');
  city = await unitId(s.db, 'gso:48');
  // The merged press agency of today, the demo channels and column posts of it and of the two agencies
  // merged into it taken away, so it starts with no column and no article.
  agency = await unitId(s.db, 'agency:bao-ptth-dn');
  const family = [agency, await unitId(s.db, 'agency:bao-da-nang'), await unitId(s.db, 'agency:drt')];
  await s.db.query('DELETE FROM press_channel WHERE owner_unit_id = ANY($1::uuid[])', [family]);
  await s.db.query('DELETE FROM content_item WHERE unit_id = ANY($1::uuid[])', [family]);
});
afterAll(async () => s?.close());

describe('column posts of the content library as column articles', () => {
  let before: { numerator: number; denominator: number };

  it('a press agency that publishes in its Lan Tỏa column has a column for target 7', async () => {
    before = await t7();
    // Its channel records no column of its own.
    const ch = await manager.post('/api/v1/press/channels', {
      ownerUnitId: agency, kind: 'press_agency', name: 'Kênh của cơ quan báo chí (thử)', url: 'https://baochi.example.vn',
      hasDxColumn: false, columnTitle: null, columnUrl: null, columnSince: null, feedUrl: `${s.base}/rss.xml?don-vi=${agency}`,
    });
    expect(ch.status, ch.text).toBe(201);
    channel = ch.body.id;
    expect(await t7()).toMatchObject(before);
    await publishColumnPost('Cơ quan báo chí mở chuyên mục Chuyển đổi số trên Lan Tỏa');
    // One more outlet with a column; the outlets themselves are the same.
    expect(await t7()).toMatchObject({ numerator: before.numerator + 1, denominator: before.denominator });
  });

  it('counts the channel’s articles and the column posts once each, also after the channel reads the column’s feed', async () => {
    await publishColumnPost('Hướng dẫn người dân cài đặt VNeID');
    await publishColumnPost('Tin trong thư viện, không thuộc chuyên mục', false);
    for (const [title, day] of [['Bài báo thứ nhất về chuyển đổi số', `${year}-01-02`], ['Bài báo thứ hai về chuyển đổi số', `${year}-01-03`]]) {
      const r = await manager.post(`/api/v1/press/channels/${channel}/articles`, { title, publishedOn: day });
      expect(r.status, r.text).toBe(201);
    }
    // The channel reads the agency's column feed on the portal: the two column posts come back as articles.
    const pull = await manager.post(`/api/v1/press/channels/${channel}/pull`);
    expect(pull.status, pull.text).toBe(202);
    const job = await waitForJob(s.db, pull.body.jobId, 20_000);
    expect(job.status, JSON.stringify(job.result)).toBe('succeeded');
    const stored = await s.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM press_article WHERE channel_id = $1`, [channel]);
    expect(stored.rows[0]!.n).toBe(4);

    // By hand: 2 articles entered in the channel + 2 column posts = 4 (the 2 copies and the item outside the column do not count).
    const nodes = await loadStructure(s.db, city, today);
    const ctx = { db: s.db, year, periodDate: today, nodes, programmeId: null, yearValues: async () => new Map(), shared: sharedOnce() } as never;
    const articles = await getProvider('press_articles')!.compute(ctx, {});
    expect(articles.get(agency)).toBe(4);

    const counts = await manager.get(`/api/v1/press/article-counts?year=${year}`);
    expect(counts.status, counts.text).toBe(200);
    type Row = { channelId: string | null; channelName: string; ownerUnitId: string; kind: string | null; months: number[]; total: number };
    const mine = (counts.body.rows as Row[]).filter((r) => r.ownerUnitId === agency);
    expect(mine).toHaveLength(2);
    const channelRow = mine.find((r) => r.channelId === channel)!;
    expect(channelRow.total).toBe(2);
    expect(channelRow.months[0]).toBe(2);
    const columnRow = mine.find((r) => r.channelId === null)!;
    expect(columnRow).toMatchObject({ channelName: 'Chuyên mục Chuyển đổi số trên Lan Tỏa', kind: null, total: 2 });
    expect(columnRow.months[month - 1]).toBe(2);
    expect(counts.body.total).toBe((counts.body.rows as Row[]).reduce((sum, r) => sum + r.total, 0));
    expect(counts.body.monthTotals.reduce((a: number, b: number) => a + b, 0)).toBe(counts.body.total);

    // A filter by channel kind lists channels only.
    const agencies = await manager.get(`/api/v1/press/article-counts?year=${year}&kind=press_agency`);
    expect((agencies.body.rows as Row[]).filter((r) => r.ownerUnitId === agency).map((r) => r.total)).toEqual([2]);

    // Still one outlet with a column for the agency.
    expect(await t7()).toMatchObject({ numerator: before.numerator + 1, denominator: before.denominator });
  });
});
