import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForJob } from '../src/platform/jobs/queue.ts';
import { startTestServer, type TestServer } from './http.ts';
import { unitId } from './db.ts';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer({ worker: true });
});
afterAll(async () => s?.close());

describe('the annual programme report', () => {
  it('assembles every target with the dashboard’s figure, keeps narrative edits, renders DOCX and PDF, and locks once issued', async () => {
    const manager = await s.as('thuongtruc');
    const draft = await manager.get('/api/v1/programme-reports/2025');
    expect(draft.status).toBe(200);
    expect(draft.body.status).toBe('draft');
    const dash = (await manager.get(`/api/v1/dashboard?year=2025&unitId=${await unitId(s.db, 'gso:48')}`)).body;
    const table = draft.body.document.body.find((b: { type: string; caption?: string }) => b.type === 'table' && b.caption?.startsWith('Bảng 1'));
    expect(table.rows).toHaveLength(9);
    const fmt = (v: number) => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(v);
    for (const [i, ind] of dash.indicators.entries()) {
      const shown = table.rows[i][3] as string;
      // Every target of 2025 has a figure in the demo (T5 from the CDT teams trained).
      expect(ind.value, ind.code).not.toBeNull();
      expect(shown, ind.code).toBe(ind.unitLabel === '%' ? `${fmt(ind.value)}%` : `${fmt(ind.value)} ${ind.unitLabel}`);
    }

    const edited = await manager.put('/api/v1/programme-reports/2025', {
      overview: 'Năm 2025 thành phố sắp xếp lại đơn vị hành chính; các phường, xã mới tiếp tục kế hoạch.', difficulties: 'Một số xã mới thiếu cán bộ truyền thông.',
      proposals: 'Bổ sung kinh phí tập huấn cho tổ công nghệ số cộng đồng.', taskAreas: { '6': 'Tập huấn 3 lớp báo cáo viên.' }, signerTitle: 'Giám đốc', signerName: 'Nguyễn Văn Giám Đốc', number: '', lockVersion: draft.body.lockVersion,
    });
    expect(edited.status).toBe(200);
    const stale = await manager.put('/api/v1/programme-reports/2025', { ...edited.body.narrative, lockVersion: draft.body.lockVersion });
    expect(stale.body.error.code).toBe('VERSION_CONFLICT');

    const render = await manager.post('/api/v1/programme-reports/2025/render');
    expect(render.status).toBe(202);
    const job = await waitForJob(s.db, render.body.jobId, 60_000);
    expect(job.status).toBe('succeeded');
    const files = (job.result as { files: { id: string; name: string; mime: string }[] }).files;
    expect(files.map((f) => f.mime).sort()).toEqual(['application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document']);
    const pdf = files.find((f) => f.mime === 'application/pdf')!;
    const download = await fetch(`${s.base}/api/v1/files/${pdf.id}`, { headers: { cookie: manager.cookie! } });
    expect(download.status).toBe(200);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lantoa-report-'));
    try {
      const file = path.join(dir, 'r.pdf');
      writeFileSync(file, Buffer.from(await download.arrayBuffer()));
      const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      expect(text).toMatch(/Kết quả thực hiện các chỉ tiêu/i);
      const t4 = dash.indicators.find((i: { code: string }) => i.code === 'T4');
      expect(text).toContain(`${t4.value} lớp`);
      expect(text).toContain('Bổ sung kinh phí tập huấn cho tổ công nghệ số cộng đồng.');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }

    const issued = await manager.post('/api/v1/programme-reports/2025/issue', { lockVersion: edited.body.lockVersion });
    expect(issued.body.status).toBe('issued');
    // Issued means frozen: later figures do not change the issued document.
    await s.db.query(`UPDATE indicator_target SET target_value = 99 WHERE indicator_code = 'T4' AND year = 2025`);
    const again = (await manager.get('/api/v1/programme-reports/2025')).body;
    expect(again.document).toEqual(issued.body.document);
    expect((await s.db.query(`SELECT 1 FROM audit_log WHERE action = 'programme-report.issue'`)).rowCount).toBe(1);
    const locked = await manager.put('/api/v1/programme-reports/2025', { ...edited.body.narrative, lockVersion: issued.body.lockVersion });
    expect(locked.body.error.code).toBe('TRANSITION_NOT_ALLOWED');
    expect((await (await s.as('bientap.haichau')).put('/api/v1/programme-reports/2025', { ...edited.body.narrative, lockVersion: 1 })).status).toBe(403);
  }, 90_000);
});
