import type { Db } from '../src/platform/db/db.ts';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { seedDemo } from '../src/seed/seed.ts';
import { periodContaining } from '../src/modules/reporting/period.ts';
import { todayIso } from '../src/platform/time.ts';

/**
 * A bounded load run on loopback: the whole application on the Đà Nẵng demo data, and `clients`
 * concurrent clients for `seconds`, each in a loop: dashboard reads (leaders), portal pages
 * (citizens) and report saves (one ward editor per ward, each on its own report, so no save
 * conflicts with another). Prints the error count, throughput and p95 per kind of request.
 */

export type LoadOptions = { clients: number; seconds: number };
type Kind = 'dashboard' | 'portal' | 'report';
type Session = { cookie: string; csrf: string };

const PASSWORD = 'Tai-thu-2026-bench';

function quantile(sorted: number[], q: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

async function login(base: string, username: string): Promise<Session> {
  const res = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: PASSWORD }) });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { csrfToken: string };
  const cookie = /lantoa_sid=[^;]+/.exec(res.headers.get('set-cookie') ?? '')![0];
  return { cookie, csrf: body.csrfToken };
}

export async function benchLoad(db: Db, opts: LoadOptions, log: (m: string) => void): Promise<{ errors: number }> {
  await seedDemo(db, PASSWORD);
  // One editor account per ward (demo data has two): every report client saves its own ward's report.
  const { rows: wards } = await db.query<{ id: string }>(
    `SELECT u.id FROM org_unit u JOIN org_unit_version v ON v.unit_id = u.id AND v.valid_to IS NULL
      WHERE u.external_key LIKE 'gso2025:%' AND v.type IN ('ward', 'commune', 'township', 'special_zone') ORDER BY u.external_key`,
  );
  await db.query(
    `INSERT INTO app_user (username, full_name, unit_id, password_hash, is_demo)
     SELECT 'tai.' || x.n, 'Biên tập thử tải (dữ liệu mẫu)', x.u, (SELECT password_hash FROM app_user WHERE username = 'bientap.haichau'), true
       FROM unnest($1::uuid[]) WITH ORDINALITY AS x(u, n)
     ON CONFLICT DO NOTHING`,
    [wards.map((w) => w.id)],
  );
  await db.query(
    `INSERT INTO role_assignment (user_id, role, unit_id)
     SELECT id, 'unit_editor', unit_id FROM app_user WHERE username LIKE 'tai.%' ON CONFLICT DO NOTHING`,
  );
  const config = { ...loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent' }), port: 0 };
  const app = await buildApp({ config, db, worker: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const addr = app.server.address();
  const base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
  try {
    const leaders = await Promise.all(['lanhdao', 'thuongtruc', 'xem'].map((u) => login(base, u)));
    const editors = await Promise.all(wards.map((_, i) => login(base, `tai.${i + 1}`)));
    const forms = (await (await fetch(`${base}/api/v1/report-forms`, { headers: { cookie: leaders[1]!.cookie } })).json()) as { items: { id: string; code: string }[] };
    const formId = forms.items.find((f) => f.code === 'BC-CDS-QUY')!.id;
    const period = periodContaining('quarter', todayIso()).id;
    const year = Number(period.slice(0, 4));
    const portalPages = ['/', '/de-an', '/tien-do'];

    const times: Record<Kind, number[]> = { dashboard: [], portal: [], report: [] };
    const errors: Record<Kind, number> = { dashboard: 0, portal: 0, report: 0 };
    const firstErrors: string[] = [];
    const until = Date.now() + opts.seconds * 1000;
    const fail = (kind: Kind, what: string) => {
      errors[kind]++;
      if (firstErrors.length < 5) firstErrors.push(`${kind}: ${what}`);
    };
    const timed = async (kind: Kind, fn: () => Promise<Response>, ok: (r: Response) => boolean = (r) => r.ok) => {
      const t = performance.now();
      try {
        const res = await fn();
        const body = await res.arrayBuffer();
        if (ok(res)) times[kind].push(performance.now() - t);
        else fail(kind, `${res.status} ${Buffer.from(body).toString('utf8').slice(0, 160)}`);
        return { res, body };
      } catch (err) {
        fail(kind, (err as Error).message);
        return null;
      }
    };

    // Report clients: one per ward up to a fifth of the clients; the rest read.
    const reportClients = Math.min(editors.length, Math.max(1, Math.round(opts.clients / 5)));
    const client = async (i: number) => {
      if (i < reportClients) {
        const s = editors[i]!;
        const unitId = wards[i]!.id;
        const entry = await fetch(`${base}/api/v1/reports/entry?formId=${formId}&unitId=${unitId}&period=${period}`, { headers: { cookie: s.cookie } });
        if (!entry.ok) return fail('report', `entry ${entry.status} ${(await entry.text()).slice(0, 160)}`);
        let lockVersion = ((await entry.json()) as { lockVersion: number | null }).lockVersion;
        let n = 0;
        while (Date.now() < until) {
          n++;
          const values = [
            { element: 'CDT_TEAMS_TOTAL', value: 20 + (n % 10) },
            { element: 'CDT_TEAMS_TRAINED', value: 10 + (n % 5) },
          ];
          const r = await timed('report', () =>
            fetch(`${base}/api/v1/reports`, {
              method: 'PUT',
              headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': 'application/json' },
              body: JSON.stringify({ formId, unitId, period, values, lockVersion }),
            }),
          );
          if (r?.res.ok) lockVersion = (JSON.parse(Buffer.from(r.body).toString('utf8')) as { lockVersion: number }).lockVersion;
          else break;
        }
        return;
      }
      const leader = leaders[i % leaders.length]!;
      let n = i;
      while (Date.now() < until) {
        n++;
        if (n % 2 === 0) await timed('dashboard', () => fetch(`${base}/api/v1/dashboard?year=${year}`, { headers: { cookie: leader.cookie } }));
        else await timed('portal', () => fetch(base + portalPages[n % portalPages.length]!));
      }
    };
    const started = performance.now();
    await Promise.all(Array.from({ length: opts.clients }, (_, i) => client(i)));
    const seconds = (performance.now() - started) / 1000;

    const fmt = (x: number) => x.toFixed(1).padStart(9);
    log(`\nTải đồng thời trên loopback — ${opts.clients} client trong ${opts.seconds} s (${reportClients} client nhập báo cáo, mỗi client một phường)`);
    log(`${'loại yêu cầu'.padEnd(40)} ${'số yêu cầu'.padStart(10)} ${'lỗi'.padStart(6)} ${'yêu cầu/s'.padStart(10)} ${'median ms'.padStart(9)} ${'p95 ms'.padStart(9)}`);
    log('-'.repeat(90));
    let total = 0;
    let totalErrors = 0;
    const all: number[] = [];
    for (const [kind, label] of [['dashboard', 'bảng điều khiển (GET /api/v1/dashboard)'], ['portal', 'cổng thông tin (/, /de-an, /tien-do)'], ['report', 'lưu báo cáo (PUT /api/v1/reports)']] as const) {
      const t = [...times[kind]].sort((a, b) => a - b);
      all.push(...t);
      total += t.length + errors[kind];
      totalErrors += errors[kind];
      log(`${label.padEnd(40)} ${String(t.length + errors[kind]).padStart(10)} ${String(errors[kind]).padStart(6)} ${(t.length / seconds).toFixed(1).padStart(10)} ${fmt(quantile(t, 0.5))} ${fmt(quantile(t, 0.95))}`);
    }
    all.sort((a, b) => a - b);
    log(`${'tổng'.padEnd(40)} ${String(total).padStart(10)} ${String(totalErrors).padStart(6)} ${((total - totalErrors) / seconds).toFixed(1).padStart(10)} ${fmt(quantile(all, 0.5))} ${fmt(quantile(all, 0.95))}`);
    for (const e of firstErrors) log(`  lỗi: ${e}`);
    return { errors: totalErrors };
  } finally {
    await app.close();
  }
}
