import { sharedOnce } from '../src/modules/reporting/providers.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type Client, type TestServer } from './http.ts';
import { unitId } from './db.ts';
import { computeTrainingFacts } from '../src/modules/trainings/index.ts';
import { getProvider } from '../src/modules/reporting/providers.ts';

let s: TestServer;
let editor: Client;
let otherEditor: Client;
let manager: Client;
let viewer: Client;
let haiChau: string;
let thanhKhe: string;
let city: string;
let reporterCourse: string;
let teamCourse: string;
beforeAll(async () => {
  s = await startTestServer();
  editor = await s.as('bientap.haichau');
  otherEditor = await s.as('bientap.thanhkhe');
  manager = await s.as('thuongtruc');
  viewer = await s.as('xem');
  haiChau = await unitId(s.db, 'gso2025:20242');
  thanhKhe = await unitId(s.db, 'gso2025:20209');
  city = await unitId(s.db, 'gso:48');
  // The demo register is removed: the counts below are of this file's classes only.
  await s.db.query('DELETE FROM training_class; DELETE FROM training_course');
});
afterAll(async () => s?.close());

const classBody = (overrides: Record<string, unknown> = {}) => ({
  courseId: reporterCourse,
  organiserUnitId: haiChau,
  title: 'Lớp bồi dưỡng kỹ năng viết tin chuyển đổi số',
  startsOn: '2026-04-10',
  endsOn: '2026-04-12',
  place: 'Hội trường UBND phường',
  isOnline: false,
  trainers: 'ThS. Nguyễn Văn A',
  materials: 'Bộ tài liệu Sổ tay truyền thông CĐS',
  ...overrides,
});

describe('courses', () => {
  it('are added by those who manage trainings, with Vietnamese validation, and listed for readers', async () => {
    const bad = await manager.post('/api/v1/trainings/courses', { kind: 'nope', title: '' });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('Loại khóa tập huấn không hợp lệ');
    const a = await manager.post('/api/v1/trainings/courses', { kind: 'reporter_class', title: 'Bồi dưỡng phóng viên về chuyển đổi số' });
    expect(a.status).toBe(201);
    reporterCourse = a.body.id;
    const b = await editor.post('/api/v1/trainings/courses', { kind: 'cdt_team', title: 'Tập huấn Tổ công nghệ số cộng đồng', description: 'Kỹ năng hướng dẫn người dân' });
    expect(b.status).toBe(201);
    teamCourse = b.body.id;
    expect((await viewer.post('/api/v1/trainings/courses', { kind: 'cdt_team', title: 'X' })).status).toBe(403);
    const list = await viewer.get('/api/v1/trainings/courses');
    expect(list.status).toBe(200);
    expect(list.body.items.map((c: { title: string }) => c.title).sort()).toEqual(['Bồi dưỡng phóng viên về chuyển đổi số', 'Tập huấn Tổ công nghệ số cộng đồng']);
  });
});

describe('a ward class', () => {
  let id: string;
  let lock: number;

  it('is created by the ward editor; bad dates and missing place are refused in Vietnamese', async () => {
    const backwards = await editor.post('/api/v1/trainings/classes', classBody({ startsOn: '2026-04-12', endsOn: '2026-04-10' }));
    expect(backwards.status).toBe(400);
    expect(backwards.text).toContain('Ngày kết thúc phải sau hoặc trùng ngày bắt đầu');
    const nowhere = await editor.post('/api/v1/trainings/classes', classBody({ place: null }));
    expect(nowhere.status).toBe(400);
    expect(nowhere.text).toContain('Vui lòng nhập địa điểm');
    const noCourse = await editor.post('/api/v1/trainings/classes', classBody({ courseId: '0b7e1c52-3a43-4c1e-9d6c-1f2e3d4c5b6a' }));
    expect(noCourse.status).toBe(400);
    expect(noCourse.text).toContain('Khóa tập huấn không tồn tại');
    const online = await editor.post('/api/v1/trainings/classes', classBody({ place: null, isOnline: true, title: 'Lớp trực tuyến' }));
    expect(online.status).toBe(201);
    const res = await editor.post('/api/v1/trainings/classes', classBody());
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ organiserUnitName: 'Phường Hải Châu', kind: 'reporter_class', canEdit: true, participantCount: 0 });
    id = res.body.id;
    lock = res.body.lockVersion;
    const audit = await s.db.query(`SELECT action FROM audit_log WHERE entity_id = $1`, [id]);
    expect(audit.rows.map((r) => r.action)).toEqual(['training.class.create']);
  });

  it('refuses the second of two saves made on the same version', async () => {
    const first = await editor.put(`/api/v1/trainings/classes/${id}`, { ...classBody({ title: 'Bản thứ nhất' }), lockVersion: lock });
    expect(first.status).toBe(200);
    const second = await editor.put(`/api/v1/trainings/classes/${id}`, { ...classBody({ title: 'Bản thứ hai' }), lockVersion: lock });
    expect(second.status).toBe(409);
    expect(second.body.error.code).toBe('VERSION_CONFLICT');
    expect(second.body.error.message).toContain('người khác');
    expect((await editor.get(`/api/v1/trainings/classes/${id}`)).body.title).toBe('Bản thứ nhất');
    lock = first.body.lockVersion;
  });

  it('takes a participant list; a team must be a CDT team unit', async () => {
    const wrongTeam = await editor.put(`/api/v1/trainings/classes/${id}/participants`, {
      lockVersion: lock,
      participants: [{ fullName: 'Lê Văn B', participantKind: 'cdt_member', cdtTeamUnitId: thanhKhe }],
    });
    expect(wrongTeam.status).toBe(400);
    expect(wrongTeam.text).toContain('không phải Tổ công nghệ số cộng đồng');
    const noName = await editor.put(`/api/v1/trainings/classes/${id}/participants`, { lockVersion: lock, participants: [{ fullName: ' ', participantKind: 'press' }] });
    expect(noName.status).toBe(400);
    expect(noName.text).toContain('Vui lòng nhập họ và tên');
    const ok = await editor.put(`/api/v1/trainings/classes/${id}/participants`, {
      lockVersion: lock,
      participants: [
        { fullName: 'Trần Thị C', unitId: haiChau, participantKind: 'official', attended: true, completed: true },
        { fullName: 'Phạm Văn D', participantKind: 'other', attended: true },
      ],
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ participantCount: 2, completedCount: 1 });
    expect(ok.body.participants[0]).toMatchObject({ fullName: 'Trần Thị C', unitName: 'Phường Hải Châu', completed: true });
    const stale = await editor.put(`/api/v1/trainings/classes/${id}/participants`, { lockVersion: lock, participants: [] });
    expect(stale.body.error.code).toBe('VERSION_CONFLICT');
    lock = ok.body.lockVersion;
  });

  it('is listed with filters, diacritic-insensitive search, sort and pages', async () => {
    const q = await editor.get('/api/v1/trainings/classes?q=ban%20thu%20nhat&year=2026&kind=reporter_class');
    expect(q.body.total).toBe(1);
    expect(q.body.items[0].id).toBe(id);
    expect((await editor.get('/api/v1/trainings/classes?year=2025')).body.total).toBe(0);
    expect((await editor.get('/api/v1/trainings/classes?kind=cdt_team')).body.total).toBe(0);
    const sorted = await editor.get('/api/v1/trainings/classes?sort=title&pageSize=1&page=2');
    expect(sorted.body).toMatchObject({ total: 2, page: 2, pageSize: 1 });
    expect(sorted.body.items[0].title).toBe('Lớp trực tuyến');
    expect((await editor.get('/api/v1/trainings/classes?year=abc')).status).toBe(400);
    expect((await editor.get('/api/v1/trainings/classes?mode=online')).body.items.map((k: { title: string }) => k.title)).toEqual(['Lớp trực tuyến']);
    expect((await editor.get('/api/v1/trainings/classes?mode=in_person')).body.items.map((k: { id: string }) => k.id)).toEqual([id]);
    expect((await editor.get('/api/v1/trainings/classes?mode=both')).status).toBe(400);
    expect((await editor.get('/api/v1/trainings/classes?sort=-participants')).body.items[0].id).toBe(id);
    // The year's summary counts what the reader may see: the ward's two classes, its two participants.
    const summary = await editor.get('/api/v1/trainings/facts?year=2026');
    expect(summary.body).toMatchObject({ year: 2026, minShare: 0.5, classes: 2, reporterClasses: 2, participants: 2, completed: 1 });
    expect((await otherEditor.get('/api/v1/trainings/facts?year=2026')).body).toMatchObject({ classes: 0, participants: 0 });
    // The organiser filter takes the unit and every unit under it.
    expect((await manager.get(`/api/v1/trainings/classes?organiserUnitId=${city}`)).body.total).toBe(2);
    expect((await manager.get(`/api/v1/trainings/classes?organiserUnitId=${thanhKhe}`)).body.total).toBe(0);
  });

  it('is hidden from another ward, which can neither read, edit nor delete it nor create for this ward', async () => {
    expect((await otherEditor.get('/api/v1/trainings/classes')).body.total).toBe(0);
    expect((await otherEditor.get(`/api/v1/trainings/classes/${id}`)).status).toBe(404);
    expect((await otherEditor.put(`/api/v1/trainings/classes/${id}`, { ...classBody(), lockVersion: lock })).status).toBe(404);
    expect((await otherEditor.put(`/api/v1/trainings/classes/${id}/participants`, { lockVersion: lock, participants: [] })).status).toBe(404);
    expect((await otherEditor.delete(`/api/v1/trainings/classes/${id}`)).status).toBe(404);
    expect((await otherEditor.post('/api/v1/trainings/classes', classBody())).status).toBe(403);
    // Nor may the ward editor move its class to another ward.
    expect((await editor.put(`/api/v1/trainings/classes/${id}`, { ...classBody({ organiserUnitId: thanhKhe }), lockVersion: lock })).status).toBe(403);
    // The city-wide viewer reads it but may not edit.
    const seen = await viewer.get(`/api/v1/trainings/classes/${id}`);
    expect(seen.status).toBe(200);
    expect(seen.body.canEdit).toBe(false);
  });

  it('is deleted with its participants by its own ward', async () => {
    const del = await editor.delete(`/api/v1/trainings/classes/${id}`);
    expect(del.status).toBe(200);
    expect((await editor.get(`/api/v1/trainings/classes/${id}`)).status).toBe(404);
    expect((await s.db.query('SELECT count(*)::int AS n FROM training_participant WHERE class_id = $1', [id])).rows[0].n).toBe(0);
  });
});

describe('facts', () => {
  let teamA: string;
  let teamB: string;
  let teamC: string;
  let press: string;

  async function makeClass(c: Client, body: Record<string, unknown>, participants: Record<string, unknown>[]) {
    const created = await c.post('/api/v1/trainings/classes', classBody(body));
    expect(created.status, created.text).toBe(201);
    const saved = await c.put(`/api/v1/trainings/classes/${created.body.id}/participants`, { lockVersion: created.body.lockVersion, participants });
    expect(saved.status, saved.text).toBe(200);
    return created.body.id as string;
  }

  beforeAll(async () => {
    const admin = await s.as('admin');
    const commune = (await s.db.query<{ unit_id: string }>(
      `SELECT unit_id FROM org_unit_version WHERE type = 'commune' AND valid_from = '2025-07-01' AND valid_to IS NULL ORDER BY name LIMIT 1`,
    )).rows[0]!.unit_id;
    const mk = async (name: string) => {
      const res = await admin.post('/api/v1/org-units', { effectiveDate: '2025-08-01', name, type: 'cdt_team', parentId: commune });
      expect(res.status, res.text).toBe(201);
      return res.body.unitIds[0] as string;
    };
    teamA = await mk('Tổ công nghệ số cộng đồng thôn Một');
    teamB = await mk('Tổ công nghệ số cộng đồng thôn Hai');
    teamC = await mk('Tổ công nghệ số cộng đồng thôn Ba');
    press = (await s.db.query<{ unit_id: string }>(`SELECT unit_id FROM org_unit_version WHERE type = 'press_agency' ORDER BY name LIMIT 1`)).rows[0]!.unit_id;

    // Hand-counted fixture. Of the classes above only "Lớp trực tuyến" (Hải Châu, reporter, ends 2026) is left.
    await makeClass(manager, { organiserUnitId: city, title: 'Lớp phóng viên khóa 1', startsOn: '2026-03-01', endsOn: '2026-03-03' }, [
      { fullName: 'Nhà báo E', unitId: press, participantKind: 'press', attended: true, completed: true },
      { fullName: 'Lãnh đạo F', participantKind: 'leader', attended: true, completed: true },
      { fullName: 'Lãnh đạo G', participantKind: 'leader', attended: true, completed: false },
    ]);
    // Starts in 2025 but ends in 2026: counts for 2026.
    await makeClass(manager, { organiserUnitId: city, title: 'Lớp phóng viên khóa 2', startsOn: '2025-12-29', endsOn: '2026-01-02' }, []);
    // Ends in 2025: counts for 2025 only.
    await makeClass(manager, { organiserUnitId: city, title: 'Lớp phóng viên khóa 0', startsOn: '2025-11-01', endsOn: '2025-11-02' }, []);
    await makeClass(manager, { courseId: teamCourse, organiserUnitId: city, title: 'Tập huấn tổ CNSCĐ', startsOn: '2026-05-01', endsOn: '2026-05-01' }, [
      { fullName: 'A1', participantKind: 'cdt_member', cdtTeamUnitId: teamA, completed: true },
      { fullName: 'A2', participantKind: 'cdt_member', cdtTeamUnitId: teamA, completed: true },
      { fullName: 'B1', participantKind: 'cdt_member', cdtTeamUnitId: teamB, completed: true },
      { fullName: 'B2', participantKind: 'cdt_member', cdtTeamUnitId: teamB, completed: false },
      { fullName: 'C1', participantKind: 'cdt_member', cdtTeamUnitId: teamC, attended: true, completed: false },
      { fullName: 'Lãnh đạo H', participantKind: 'leader', completed: true },
    ]);
  });

  it('counts reporter classes, both readings of trained teams, press agencies and leaders', async () => {
    const f = await computeTrainingFacts(s.db, { year: 2026 });
    // "Lớp trực tuyến" (Hải Châu, ends 2026-04-12) + khóa 1 + khóa 2.
    expect(f.reporterClasses.total).toBe(3);
    expect(Object.fromEntries(f.reporterClasses.byOrganiser.map((r) => [r.unitId, r.count]))).toEqual({ [city]: 2, [haiChau]: 1 });
    expect(f.cdtTeams.anyCompleted).toBe(2);
    expect(f.cdtTeams.allCompleted).toBe(1);
    expect(f.cdtTeams.trained).toBe(2);
    expect(f.cdtTeams.teams.find((t) => t.unitId === teamB)).toMatchObject({ listed: 2, completed: 1, anyCompleted: true, allCompleted: false });
    expect(f.pressAgencies).toEqual({ unitIds: [press], count: 1 });
    expect(f.leadersReached).toBe(2);
    expect((await computeTrainingFacts(s.db, { year: 2026, minShare: 1 })).cdtTeams.trained).toBe(1);
    const f2025 = await computeTrainingFacts(s.db, { year: 2025 });
    expect(f2025.reporterClasses.total).toBe(1);
    expect(f2025.cdtTeams.teams).toEqual([]);
    const limited = await computeTrainingFacts(s.db, { year: 2026, unitIds: [haiChau, teamC] });
    expect(limited.reporterClasses.total).toBe(1);
    expect(limited.cdtTeams).toMatchObject({ anyCompleted: 0, teams: [{ unitId: teamC, listed: 1, completed: 0 }] });
    expect(limited.leadersReached).toBe(0);
  });

  it('feeds the two named providers', async () => {
    const nodes = [
      { id: city, type: 'province' }, { id: haiChau, type: 'ward' },
      { id: teamA, type: 'cdt_team' }, { id: teamB, type: 'cdt_team' }, { id: teamC, type: 'cdt_team' },
    ];
    const ctx = { db: s.db, year: 2026, periodDate: '2026-12-31', nodes, programmeId: null, yearValues: async () => new Map(), shared: sharedOnce() } as never;
    const classes = await getProvider('training_reporter_classes')!.compute(ctx, {});
    expect(Object.fromEntries(classes)).toEqual({ [city]: 2, [haiChau]: 1 });
    const teams = getProvider('training_cdt_teams_trained')!;
    expect(Object.fromEntries(await teams.compute(ctx, teams.params.parse({})))).toEqual({ [teamA]: 1, [teamB]: 1, [teamC]: 0 });
    expect(Object.fromEntries(await teams.compute(ctx, teams.params.parse({ minShare: 1 })))).toEqual({ [teamA]: 1, [teamB]: 0, [teamC]: 0 });
  });

  it('feeds the seeded indicators of targets 1, 4, 5 and 6', async () => {
    const { rows } = await s.db.query<{ code: string; p: string }>(`SELECT code, formula->'numerator'->>'provider' AS p FROM indicator WHERE formula::text LIKE '%training_%' ORDER BY code`);
    expect(rows.map((r) => `${r.code}:${r.p}`)).toEqual(['T1:training_leaders_reached', 'T4:training_reporter_classes', 'T5:training_cdt_teams_trained', 'T6:training_press_grassroots_trained']);
  });
});
