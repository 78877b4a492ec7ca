import { sharedOnce } from '../src/modules/reporting/providers.ts';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadStructure } from '../src/modules/org-units/index.ts';
import { getProvider } from '../src/modules/reporting/providers.ts';
import { startTestServer, type Client, type TestServer } from './http.ts';
import { unitId } from './db.ts';
import { downloadAs, uploadAs } from './transfer.ts';

let s: TestServer;
let manager: Client;
let editor: Client;
let otherEditor: Client;
let city: string;
let haiChau: string;
let baoDaNang: string;
let drt: string;
let merged: string;
let portal: string;
let oldWard: string;
let newWard: string;
let courses: Record<string, string>;

beforeAll(async () => {
  s = await startTestServer();
  manager = await s.as('thuongtruc');
  editor = await s.as('bientap.haichau');
  otherEditor = await s.as('bientap.thanhkhe');
  city = await unitId(s.db, 'gso:48');
  haiChau = await unitId(s.db, 'gso2025:20242');
  baoDaNang = await unitId(s.db, 'agency:bao-da-nang');
  drt = await unitId(s.db, 'agency:drt');
  merged = await unitId(s.db, 'agency:bao-ptth-dn');
  portal = await unitId(s.db, 'agency:cong-ttdt');
  // A ward closed on 2025-06-30 whose whole area went to one ward of 1 July 2025.
  const w = await s.db.query<{ from_id: string; to_id: string }>(
    `SELECT s.predecessor_id AS from_id, s.successor_id AS to_id FROM org_unit_succession s
       JOIN org_unit_version a ON a.unit_id = s.predecessor_id AND a.valid_to = '2025-06-30' AND a.type = 'ward'
       JOIN org_unit_version b ON b.unit_id = s.successor_id AND b.valid_from = '2025-07-01' AND b.type = 'ward'
      WHERE s.share = 'full'
        AND (SELECT count(*) FROM org_unit_succession x WHERE x.predecessor_id = s.predecessor_id) = 1
      ORDER BY a.name LIMIT 1`,
  );
  oldWard = w.rows[0]!.from_id;
  newWard = w.rows[0]!.to_id;
  // Only this file's classes count below.
  await s.db.query('DELETE FROM training_class; DELETE FROM training_course');
  courses = {};
  for (const [kind, title] of [['reporter_class', 'Báo cáo viên'], ['press_grassroots', 'Báo chí và thông tin cơ sở'], ['leaders', 'Phổ biến cho lãnh đạo']] as const) {
    const c = await manager.post('/api/v1/trainings/courses', { kind, title });
    expect(c.status, c.text).toBe(201);
    courses[kind] = c.body.id;
  }
});
afterAll(async () => s?.close());

async function makeClass(c: Client, body: Record<string, unknown>, participants: Record<string, unknown>[]): Promise<{ id: string; lockVersion: number; participants: { id: string; fullName: string }[] }> {
  const created = await c.post('/api/v1/trainings/classes', { organiserUnitId: city, place: 'Hội trường', isOnline: false, ...body });
  expect(created.status, created.text).toBe(201);
  const saved = await c.put(`/api/v1/trainings/classes/${created.body.id}/participants`, { lockVersion: created.body.lockVersion, participants });
  expect(saved.status, saved.text).toBe(200);
  return saved.body;
}

const done = (fullName: string, unitId: string | null, participantKind: string) => ({ fullName, unitId, participantKind, attended: true, completed: true });

describe('target 6 and target 1 providers, on the structure of the period', () => {
  beforeAll(async () => {
    // 2024: DRT's reporter completes; a leader of Hải Châu's predecessor is not involved.
    await makeClass(manager, { courseId: courses.press_grassroots, title: 'Báo chí 2024', startsOn: '2024-09-10', endsOn: '2024-09-12' }, [
      done('Phóng viên DRT', drt, 'press'),
      // An official of a press agency is not a journalist: the agency does not count for him.
      done('Kế toán Báo Đà Nẵng', baoDaNang, 'official'),
      { fullName: 'Phóng viên chưa xong', unitId: portal, participantKind: 'press', attended: true, completed: false },
      done('Cán bộ phường cũ', oldWard, 'official'),
    ]);
    // 2025, before the July merger: Báo Đà Nẵng and the old ward, which count for their successors.
    await makeClass(manager, { courseId: courses.press_grassroots, title: 'Báo chí 2025', startsOn: '2025-03-10', endsOn: '2025-03-12' }, [
      done('Phóng viên Báo Đà Nẵng', baoDaNang, 'press'),
      done('Phóng viên DRT 2', drt, 'press'),
      done('Cán bộ phường cũ 2', oldWard, 'official'),
    ]);
    // 2025 after the merger: a reporter class is not a class for grassroots communicators.
    await makeClass(manager, { courseId: courses.reporter_class, title: 'Báo cáo viên 2025', startsOn: '2025-10-01', endsOn: '2025-10-02' }, [
      done('Cán bộ Hải Châu', haiChau, 'official'),
      done('Lãnh đạo Hải Châu 1', haiChau, 'leader'),
    ]);
    await makeClass(manager, { courseId: courses.leaders, title: 'Lãnh đạo 2025', startsOn: '2025-08-20', endsOn: '2025-08-20' }, [
      done('Lãnh đạo Hải Châu 2', haiChau, 'leader'),
      { fullName: 'Lãnh đạo vắng', unitId: haiChau, participantKind: 'leader', attended: false, completed: false },
      done('Lãnh đạo không ghi đơn vị', null, 'leader'),
      done('Lãnh đạo phường cũ', oldWard, 'leader'),
    ]);
  });

  const ctxFor = async (year: number, yearValues: Map<string, number> = new Map()) => {
    const nodes = await loadStructure(s.db, city, `${year}-12-31`);
    return { ctx: { db: s.db, year, periodDate: `${year}-12-31`, nodes, programmeId: null, yearValues: async () => yearValues, shared: sharedOnce() } as never, nodes };
  };
  const ones = (m: Map<string, number | null>) => [...m].filter(([, v]) => v === 1).map(([k]) => k).sort();

  it('counts press agencies with a journalist who completed and communes with a communicator, over both groups', async () => {
    const provider = getProvider('training_press_grassroots_trained')!;
    const denominator = getProvider('units_press_and_commune')!;

    const y2024 = await ctxFor(2024);
    const got2024 = await provider.compute(y2024.ctx, {});
    expect(ones(got2024)).toEqual([drt, oldWard].sort());
    const eligible2024 = y2024.nodes.filter((n) => n.type === 'press_agency' || ['ward', 'commune', 'township', 'special_zone'].includes(n.type));
    expect(got2024.size).toBe(eligible2024.length);
    expect((await denominator.compute(y2024.ctx, {})).size).toBe(eligible2024.length);
    expect(got2024.get(baoDaNang)).toBe(0);
    expect(got2024.get(portal)).toBe(0);

    // On 2025's structure both agencies merged into one, and the old ward into its successor.
    const y2025 = await ctxFor(2025);
    const got2025 = await provider.compute(y2025.ctx, {});
    expect(ones(got2025)).toEqual([merged, newWard].sort());
    expect(got2025.has(baoDaNang)).toBe(false);
    expect(got2025.get(haiChau)).toBe(0);
  });

  it('counts leaders who completed per unit, their successors after a merger, and only units that report their total when asked', async () => {
    const provider = getProvider('training_leaders_reached')!;
    const y2025 = await ctxFor(2025);
    const all = await provider.compute(y2025.ctx, provider.params.parse({}));
    // Hải Châu: one from the reporter class, one from the leaders' class; the leader without a unit counts for the organiser.
    expect(Object.fromEntries(all)).toEqual({ [haiChau]: 2, [city]: 1, [newWard]: 1 });
    const reporting = await ctxFor(2025, new Map([[haiChau, 12], [portal, 7]]));
    const some = await provider.compute(reporting.ctx, provider.params.parse({ onlyUnitsReporting: 'LEADERS_TOTAL' }));
    expect(Object.fromEntries(some)).toEqual({ [haiChau]: 2, [portal]: 0 });
  });

  it('shows the counts on the trainings screen and on the dashboard', async () => {
    const f = await manager.get('/api/v1/trainings/facts?year=2025&minShare=1');
    expect(f.status).toBe(200);
    expect(f.body).toMatchObject({ year: 2025, minShare: 1, reporterClasses: 1, classes: 3, participants: 9, completed: 8, pressAgencies: 1, grassrootsUnits: 1, leadersReached: 4 });
    expect((await manager.get('/api/v1/trainings/facts?year=2025&minShare=2')).status).toBe(400);
    const d = (await manager.get(`/api/v1/dashboard?year=2025&unitId=${city}`)).body;
    const t4 = d.indicators.find((i: { code: string }) => i.code === 'T4');
    expect(t4.value).toBe(1);
    const t6 = d.indicators.find((i: { code: string }) => i.code === 'T6');
    expect(t6.numerator).toBe(2);
    expect(t6.description).toContain('sổ đăng ký tập huấn');
  });
});

describe('a class in the browser formats: export, import, certificate', () => {
  let klass: { id: string; lockVersion: number; participants: { id: string; fullName: string }[] };

  beforeAll(async () => {
    klass = await makeClass(editor, { courseId: courses.press_grassroots, organiserUnitId: haiChau, title: 'Kỹ năng truyền thông cơ sở', startsOn: '2026-03-02', endsOn: '2026-03-03', place: 'Hội trường UBND phường Hải Châu' }, [
      done('Nguyễn Thị Hồng Nhung', haiChau, 'official'),
      { fullName: 'Đặng Văn Đức', unitId: haiChau, participantKind: 'official', attended: true, completed: false },
    ]);
  });

  it('exports the class list with its filter, and the participants in the import format', async () => {
    const csv = await downloadAs(editor, '/api/v1/trainings/classes/export?format=csv&q=ky%20nang%20truyen%20thong');
    expect(csv.status).toBe(200);
    const lines = csv.data.toString('utf8').replace(/^\ufeff/, '').trim().split('\r\n');
    expect(lines[0]).toBe('Tên lớp,Khóa tập huấn,Loại,Đơn vị tổ chức,Từ ngày,Đến ngày,Hình thức,Địa điểm,Số học viên,Số hoàn thành');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('Kỹ năng truyền thông cơ sở');
    expect(lines[1]).toContain('Phường Hải Châu');
    // Another ward sees none of it.
    const other = await downloadAs(otherEditor, '/api/v1/trainings/classes/export?format=csv');
    expect(other.data.toString('utf8').trim().split('\r\n')).toHaveLength(1);
    expect((await downloadAs(otherEditor, `/api/v1/trainings/classes/${klass.id}/participants/export`)).status).toBe(404);

    const x = await downloadAs(editor, `/api/v1/trainings/classes/${klass.id}/participants/export?format=xlsx`);
    expect(x.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.data as never);
    const sheet = wb.worksheets[0]!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(['Họ và tên', 'Mã đơn vị', 'Đơn vị', 'Đối tượng', 'Mã tổ công nghệ số', 'Tổ công nghệ số', 'Có mặt', 'Hoàn thành']);
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual(['Nguyễn Thị Hồng Nhung', '20242', 'Phường Hải Châu', 'Cán bộ, công chức, viên chức', undefined, undefined, 'Có', 'Có']);

    // The exported file imports back with nothing to change.
    const back = await uploadAs(editor, '/api/v1/imports/training-participants/preview', { name: 'hoc-vien.xlsx', data: x.data }, { classId: klass.id });
    expect(back.status, JSON.stringify(back.body)).toBe(200);
    expect(back.body).toMatchObject({ status: 'ready', counts: { rows: 2, create: 0, update: 0, unchanged: 2, errors: 0 } });
  });

  it('lists every bad row of an import and saves nothing; a good file adds and updates, and moves the class version', async () => {
    const header = 'Họ và tên,Mã đơn vị,Đối tượng,Mã tổ công nghệ số,Có mặt,Hoàn thành';
    const bad = [header, 'Trần Văn Mới,20242,Lãnh đạo,,Có,Có', ',20242,Lãnh đạo,,Có,Có', 'Lê Văn Sai,99999,Phi hành gia,,Có,Chưa rõ', `Ngô Thị Tổ,,Thành viên Tổ công nghệ số cộng đồng,20242,Có,Không`].join('\r\n');
    const before = (await editor.get(`/api/v1/trainings/classes/${klass.id}`)).body;
    const res = await uploadAs(editor, '/api/v1/imports/training-participants/preview', { name: 'hoc-vien.csv', data: `\ufeff${bad}\r\n` }, { classId: klass.id });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('invalid');
    expect(res.body.errors.map((e: { row: number; column: string }) => `${e.row}:${e.column}`)).toEqual(['3:Họ và tên', '4:Mã đơn vị', '4:Đối tượng', '4:Hoàn thành', '5:Mã tổ công nghệ số']);
    expect(res.body.errors[2].message).toContain('Không có đối tượng "Phi hành gia"');
    expect(res.body.errors[4].message).toContain('không phải Tổ công nghệ số cộng đồng');
    const commit = await editor.post(`/api/v1/imports/${res.body.id}/commit`, {});
    expect(commit.body.error.code).toBe('IMPORT_HAS_ERRORS');
    const after = (await editor.get(`/api/v1/trainings/classes/${klass.id}`)).body;
    expect(after.participants).toEqual(before.participants);
    expect(after.lockVersion).toBe(before.lockVersion);

    // Another ward may not import into this class.
    const good = [header, 'Trần Văn Mới,20242,Lãnh đạo,,Có,Có', 'Đặng Văn Đức,20242,Cán bộ, công chức, viên chức,,Có,Có'].join('\r\n');
    const goodFile = `\ufeff${good.replace('Cán bộ, công chức, viên chức', '"Cán bộ, công chức, viên chức"')}\r\n`;
    expect((await uploadAs(otherEditor, '/api/v1/imports/training-participants/preview', { name: 'hv.csv', data: goodFile }, { classId: klass.id })).status).toBe(404);
    const ok = await uploadAs(editor, '/api/v1/imports/training-participants/preview', { name: 'hv.csv', data: goodFile }, { classId: klass.id });
    expect(ok.body).toMatchObject({ status: 'ready', counts: { create: 1, update: 1, unchanged: 0, errors: 0 } });
    const applied = await editor.post(`/api/v1/imports/${ok.body.id}/commit`, {});
    expect(applied.status, applied.text).toBe(200);
    const now = (await editor.get(`/api/v1/trainings/classes/${klass.id}`)).body;
    expect(now.participants.map((p: { fullName: string; completed: boolean }) => `${p.fullName}:${p.completed}`)).toEqual(['Nguyễn Thị Hồng Nhung:true', 'Đặng Văn Đức:true', 'Trần Văn Mới:true']);
    expect(now.lockVersion).toBe(before.lockVersion + 1);
    // An editor holding the old version gets the conflict, not a silent overwrite.
    const stale = await editor.put(`/api/v1/trainings/classes/${klass.id}/participants`, { lockVersion: before.lockVersion, participants: [] });
    expect(stale.body.error.code).toBe('VERSION_CONFLICT');
    klass = now;
  });

  it('gives a certificate as a PDF whose Vietnamese text extracts, only to one who completed', async () => {
    const other = await s.db.query<{ id: string }>(`SELECT id FROM training_participant WHERE class_id = $1 AND full_name = 'Nguyễn Thị Hồng Nhung'`, [klass.id]);
    const pid = other.rows[0]!.id;
    const pdf = await downloadAs(editor, `/api/v1/trainings/classes/${klass.id}/participants/${pid}/certificate`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(decodeURIComponent(pdf.headers.get('content-disposition')!.split("''")[1]!)).toBe('Giấy chứng nhận Nguyễn Thị Hồng Nhung.pdf');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lantoa-cert-'));
    try {
      const file = path.join(dir, 'c.pdf');
      writeFileSync(file, pdf.data);
      const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      for (const expected of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'GIẤY CHỨNG NHẬN', 'Nguyễn Thị Hồng Nhung', 'Kỹ năng truyền thông cơ sở', 'từ ngày 02/03/2026 đến ngày 03/03/2026', 'PHƯỜNG HẢI CHÂU', 'Ngày 03 tháng 03 năm 2026']) {
        expect(text).toContain(expected);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    await s.db.query(`UPDATE training_participant SET completed = false WHERE id = $1`, [pid]);
    const refused = await editor.get(`/api/v1/trainings/classes/${klass.id}/participants/${pid}/certificate`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain('chưa được đánh dấu hoàn thành');
    expect((await otherEditor.get(`/api/v1/trainings/classes/${klass.id}/participants/${pid}/certificate`)).status).toBe(404);
  });
});
