import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RenderDocumentBody } from '@lantoa/contracts/documents';
import { startTestServer, type Client, type TestServer } from '../../../test/http.ts';
import { downloadAs } from '../../../test/transfer.ts';
import { waitForJob } from '../jobs/queue.ts';
import type { JobContext } from '../jobs/jobs.ts';
import { LocalBlobStore, type BlobStore } from '../storage/storage.ts';
import { DOCUMENT_MIME, renderDocumentJob } from './documents.jobs.ts';
import { SAMPLE_PLAN } from './samples.ts';

async function bytesOf(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

type FileRow = {
  id: string;
  sha256: string;
  size: number;
  mime: string;
  name: string;
  purpose: string;
  owner_id: string | null;
  job_id: string;
};

let s: TestServer;
let blobs: BlobStore;
let manager: Client;
let managerId: string;
let dir: string;

beforeAll(async () => {
  s = await startTestServer({ worker: true });
  blobs = new LocalBlobStore(s.config.storageDir);
  manager = await s.as('thuongtruc');
  managerId = (await manager.get('/api/v1/auth/me')).body.user.id;
  dir = mkdtempSync(path.join(os.tmpdir(), 'lantoa-docs-'));
});
afterAll(async () => {
  await s?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const request = (over: Partial<RenderDocumentBody> = {}) => ({
  document: SAMPLE_PLAN,
  formats: ['docx', 'pdf'],
  fileName: 'Kế hoạch truyền thông CĐS năm 2026',
  ...over,
});

const filesOfJob = async (jobId: string) =>
  (
    await s.db.query<FileRow>(
      'SELECT id, sha256, size, mime, name, purpose, owner_id, job_id FROM stored_file WHERE job_id = $1 ORDER BY name',
      [jobId],
    )
  ).rows;

describe('POST /api/v1/documents/render', () => {
  let jobId: string;

  it('queues a job that stores a DOCX and a PDF owned by the requester', async () => {
    const res = await manager.post('/api/v1/documents/render', request());
    expect(res.status).toBe(202);
    jobId = res.body.jobId;
    const job = await waitForJob(s.db, jobId, 30_000);
    expect(job).toMatchObject({ status: 'succeeded', progress: 100, created_by: managerId });

    const rows = await filesOfJob(jobId);
    expect(rows.map((r) => ({ name: r.name, mime: r.mime, purpose: r.purpose, owner: r.owner_id }))).toEqual([
      {
        name: 'Kế hoạch truyền thông CĐS năm 2026.docx',
        mime: DOCUMENT_MIME.docx,
        purpose: 'document',
        owner: managerId,
      },
      {
        name: 'Kế hoạch truyền thông CĐS năm 2026.pdf',
        mime: DOCUMENT_MIME.pdf,
        purpose: 'document',
        owner: managerId,
      },
    ]);
    const result = job.result as { files: { id: string; name: string; mime: string; size: number }[] };
    expect(result.files.map((f) => f.name)).toEqual([
      'Kế hoạch truyền thông CĐS năm 2026.docx',
      'Kế hoạch truyền thông CĐS năm 2026.pdf',
    ]);
    for (const f of result.files)
      expect(rows.find((r) => r.id === f.id)).toMatchObject({ name: f.name, mime: f.mime, size: f.size });

    // The job page shows the job under its Vietnamese title, with the result.
    const view = await manager.get(`/api/v1/jobs/${jobId}`);
    expect(view.body).toMatchObject({ kind: 'document.render', title: 'Tạo văn bản (Word, PDF)', status: 'succeeded' });
  });

  it('keeps the bytes in the content-addressed store: a real PDF and a real DOCX of the document', async () => {
    const rows = await filesOfJob(jobId);
    for (const r of rows) {
      const bytes = await bytesOf(blobs.open(r.sha256));
      expect(bytes.length).toBe(r.size);
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(r.sha256);
    }
    const pdf = await bytesOf(blobs.open(rows.find((r) => r.name.endsWith('.pdf'))!.sha256));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const file = path.join(dir, 'job.pdf');
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(text).toContain('Đà Nẵng, ngày 05 tháng 01 năm 2026');
    expect(text).toContain('Một trăm hai mươi triệu đồng');

    const docx = await bytesOf(blobs.open(rows.find((r) => r.name.endsWith('.docx'))!.sha256));
    const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
    expect(xml).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(xml).toContain('w:ascii="Times New Roman"');
  });

  it('lets the requester download the files, and nobody else but an administrator', async () => {
    const rows = await filesOfJob(jobId);
    const pdf = rows.find((r) => r.name.endsWith('.pdf'))!;
    const got = await downloadAs(manager, `/api/v1/files/${pdf.id}`);
    expect(got.status).toBe(200);
    expect(got.headers.get('content-type')).toBe('application/pdf');
    expect(got.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent('Kế hoạch truyền thông CĐS năm 2026.pdf')}`,
    );
    expect(got.data.equals(await bytesOf(blobs.open(pdf.sha256)))).toBe(true);
    expect((await downloadAs(await s.as('bientap.haichau'), `/api/v1/files/${pdf.id}`)).status).toBe(404);
    expect((await downloadAs(await s.as('admin'), `/api/v1/files/${pdf.id}`)).status).toBe(200);
  });

  it('a retried job reuses its files instead of adding rows, and makes only what is missing', async () => {
    const job = (await s.db.query<{ payload: unknown }>('SELECT payload FROM job WHERE id = $1', [jobId])).rows[0]!;
    const payload = renderDocumentJob.payload.parse(job.payload);
    const ctx = {
      db: s.db,
      config: s.config,
      blobs,
      queue: s.app.platform?.jobs,
      jobId,
      actorId: managerId,
      attempt: 2,
      progress: async () => undefined,
    } as unknown as JobContext;
    const before = await filesOfJob(jobId);

    const again = await renderDocumentJob.run(ctx, payload);
    expect(again.files.map((f) => f.id)).toEqual(before.map((r) => r.id));
    expect(await filesOfJob(jobId)).toEqual(before);

    // An attempt that died after the DOCX: the next one adds the PDF only.
    await s.db.query(`DELETE FROM stored_file WHERE job_id = $1 AND name LIKE '%.pdf'`, [jobId]);
    const third = await renderDocumentJob.run(ctx, payload);
    const after = await filesOfJob(jobId);
    expect(after).toHaveLength(2);
    expect(after[0]).toEqual(before[0]);
    expect(third.files[1]!.id).toBe(after[1]!.id);
    // Same document, same bytes: the PDF is the very blob stored the first time.
    expect(after[1]!.sha256).toBe(before[1]!.sha256);
  });

  it('renders one format when asked for one, for any signed-in user, under a clean file name', async () => {
    const viewer = await s.as('xem');
    // A right-to-left override could make "…fdp.exe" look like "…exe.pdf": it is dropped.
    const res = await viewer.post(
      '/api/v1/documents/render',
      request({ formats: ['pdf', 'pdf'], fileName: 'Bản\u202e xem' }),
    );
    expect(res.status).toBe(202);
    expect(await waitForJob(s.db, res.body.jobId, 30_000)).toMatchObject({ status: 'succeeded' });
    expect((await filesOfJob(res.body.jobId)).map((r) => r.name)).toEqual(['Bản xem.pdf']);
  });

  it('refuses a request that is not a document, with Vietnamese messages, and queues nothing', async () => {
    const count = async () =>
      (await s.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM job WHERE kind = 'document.render'`)).rows[0]!.n;
    const before = await count();
    const bad = await manager.post('/api/v1/documents/render', {
      document: { ...SAMPLE_PLAN, header: { ...SAMPLE_PLAN.header, date: '2026-02-30' }, body: [] },
      formats: ['odt'],
      fileName: 'a/b',
    });
    expect(bad.status).toBe(400);
    const messages = bad.body.error.details.issues.map((i: { message: string }) => i.message).join(' | ');
    expect(messages).toContain('Ngày không tồn tại');
    expect(messages).toContain('Văn bản phải có nội dung');
    expect(messages).toContain('Định dạng phải là docx hoặc pdf');
    expect(messages).toContain('Tên tệp không được chứa');
    expect(await count()).toBe(before);
  });

  it('needs a signed-in user', async () => {
    const res = await s.client().post('/api/v1/documents/render', request());
    expect(res.status).toBe(401);
  });
});
