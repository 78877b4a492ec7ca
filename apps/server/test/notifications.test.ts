import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './http.ts';
import { waitForJob } from '../src/platform/jobs/queue.ts';
import { freePort } from './global-setup.ts';

type Mail = { from: string; to: string[]; data: string };

/** A real SMTP server process on loopback that keeps what it receives. */
async function startSmtp(): Promise<{ port: number; mails: Mail[]; close: () => Promise<void> }> {
  const mails: Mail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        mails.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          data: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { port, mails, close: () => new Promise((r) => server.close(() => r())) };
}

let smtp: Awaited<ReturnType<typeof startSmtp>>;
let s: TestServer;
beforeAll(async () => {
  smtp = await startSmtp();
  s = await startTestServer({ worker: true, env: { SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, SMTP_FROM: 'Lan Tỏa <no-reply@lantoa.test>' } });
});
afterAll(async () => {
  await s?.close();
  await smtp?.close();
});

async function userId(username: string): Promise<string> {
  return (await s.db.query<{ id: string }>('SELECT id FROM app_user WHERE username = $1', [username])).rows[0]!.id;
}

/** Decodes the quoted-printable or base64 text part enough to read Vietnamese in it. */
function readable(raw: string): string {
  const qp = raw.replace(/=\r?\n/g, '').replace(/(=[0-9A-F]{2})+/g, (m) => Buffer.from(m.replace(/=/g, ''), 'hex').toString('utf8'));
  const b64 = [...raw.matchAll(/\r?\n\r?\n([A-Za-z0-9+/=\r\n]{40,})\r?\n/g)].map((m) => Buffer.from(m[1]!.replace(/\s/g, ''), 'base64').toString('utf8'));
  return [qp, ...b64].join('\n');
}

describe('reminders, inbox and e-mail', () => {
  it('turns a due reminder into an in-app notification and an e-mail received by the SMTP server', async () => {
    const uid = await userId('thuongtruc');
    await s.db.query(`UPDATE app_user SET email = 'thuongtruc@danang.gov.vn' WHERE id = $1`, [uid]);
    const n = s.app.platform.notifier;
    await n.scheduleReminder(s.db, {
      key: 'plan-2026:deadline:thuongtruc',
      kind: 'reminder.deadline',
      userId: uid,
      dueAt: new Date(Date.now() - 1000),
      title: 'Kế hoạch truyền thông năm 2026 đến hạn nộp sau 3 ngày',
      body: 'Hạn nộp: 15/01/2026.',
      link: '/admin/plans/2026',
    });
    // A reminder not yet due stays put.
    await n.scheduleReminder(s.db, { key: 'later', kind: 'reminder.deadline', userId: uid, dueAt: new Date(Date.now() + 86_400_000), title: 'Sau này' });
    const jobId = await s.app.platform.jobs.enqueue('reminders.dispatch', {}, { actorId: null });
    const job = await waitForJob(s.db, jobId);
    expect(job.status).toBe('succeeded');
    expect(job.result).toEqual({ sent: 1 });

    const c = await s.as('thuongtruc');
    const count = await c.get('/api/v1/notifications/unread-count');
    expect(count.body.unread).toBe(1);
    const inbox = await c.get('/api/v1/notifications');
    expect(inbox.body.items[0]).toMatchObject({ title: 'Kế hoạch truyền thông năm 2026 đến hạn nộp sau 3 ngày', link: '/admin/plans/2026', readAt: null });

    const deadline = Date.now() + 15_000;
    while (smtp.mails.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(smtp.mails).toHaveLength(1);
    expect(smtp.mails[0]!.to).toEqual(['thuongtruc@danang.gov.vn']);
    const text = readable(smtp.mails[0]!.data);
    expect(text).toContain('Kính gửi Nguyễn Thị Thường Trực');
    expect(text).toContain('Kế hoạch truyền thông năm 2026 đến hạn nộp sau 3 ngày');
    expect(text).toContain('/admin/plans/2026');

    // Dispatching again sends nothing twice.
    const again = await waitForJob(s.db, await s.app.platform.jobs.enqueue('reminders.dispatch', {}, { actorId: null }));
    expect(again.result).toEqual({ sent: 0 });

    const id = inbox.body.items[0].id;
    expect((await c.post(`/api/v1/notifications/${id}/read`)).status).toBe(200);
    expect((await c.get('/api/v1/notifications/unread-count')).body.unread).toBe(0);
    // Someone else cannot mark it.
    expect((await (await s.as('xem')).post(`/api/v1/notifications/${id}/read`)).status).toBe(404);
  });

  it('respects preferences: e-mail off means no e-mail, in-app off means no unread item', async () => {
    const c = await s.as('lanhdao');
    const uid = await userId('lanhdao');
    await s.db.query(`UPDATE app_user SET email = 'lanhdao@danang.gov.vn' WHERE id = $1`, [uid]);
    const prefs = await c.get('/api/v1/notifications/preferences');
    expect(prefs.body.items.find((p: { kind: string }) => p.kind === 'reminder.deadline')).toEqual({ kind: 'reminder.deadline', inApp: true, email: true });
    const saved = await c.put('/api/v1/notifications/preferences', { items: [{ kind: 'reminder.deadline', inApp: false, email: false }] });
    expect(saved.status).toBe(200);
    const bad = await c.put('/api/v1/notifications/preferences', { items: [{ kind: 'khong-co', inApp: true, email: true }] });
    expect(bad.status).toBe(400);
    const before = smtp.mails.length;
    const notifier = s.app.platform.notifier;
    await notifier.scheduleReminder(s.db, { key: 'k2', kind: 'reminder.deadline', userId: uid, dueAt: new Date(Date.now() - 1000), title: 'Nhắc thử' });
    await waitForJob(s.db, await s.app.platform.jobs.enqueue('reminders.dispatch', {}, { actorId: null }));
    expect((await c.get('/api/v1/notifications/unread-count')).body.unread).toBe(0);
    expect((await c.get('/api/v1/notifications')).body.items.map((n: { title: string }) => n.title)).not.toContain('Nhắc thử');
    await new Promise((r) => setTimeout(r, 1500));
    expect(smtp.mails.length).toBe(before);
  });
});

describe('jobs page API', () => {
  it('shows a job to its owner and to administrators only, and refuses to retry a successful job', async () => {
    const owner = await s.as('bientap.haichau');
    const ownerId = await userId('bientap.haichau');
    const jobId = await s.app.platform.jobs.enqueue('reminders.dispatch', {}, { actorId: ownerId });
    await waitForJob(s.db, jobId);
    const mine = await owner.get(`/api/v1/jobs/${jobId}`);
    expect(mine.body).toMatchObject({ status: 'succeeded', progress: 100, title: 'Gửi nhắc việc đến hạn' });
    // The owner is told it is done, with a link to the job.
    const inbox = (await owner.get('/api/v1/notifications')).body.items;
    expect(inbox[0]).toMatchObject({ title: 'Đã xong: Gửi nhắc việc đến hạn', link: `/admin/jobs/${jobId}` });
    expect((await (await s.as('xem')).get(`/api/v1/jobs/${jobId}`)).status).toBe(404);
    const admin = await s.as('admin');
    const all = await admin.get('/api/v1/jobs?status=succeeded');
    expect(all.body.items.map((j: { id: string }) => j.id)).toContain(jobId);
    const retry = await admin.post(`/api/v1/jobs/${jobId}/retry`);
    expect(retry.status).toBe(409);
  });

  it('validates a payload on enqueue', async () => {
    await expect(s.app.platform.jobs.enqueue('notification.email', { notificationId: 'x' }, { actorId: null })).rejects.toThrow();
  });
});
