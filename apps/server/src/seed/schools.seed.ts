import type { Queryable } from '../platform/db/db.ts';

/**
 * Demo schools of Đà Nẵng, from THCS up, in the wards of the city before the 2025 reorganisation,
 * each following its ward across the mergers (a placement in every commune it has been in), and
 * their DX extracurricular sessions from school year 2021–2022 on. All marked as demo.
 */
const NAMES = [
  'Nguyễn Huệ', 'Lê Quý Đôn', 'Trần Phú', 'Phan Châu Trinh', 'Nguyễn Du', 'Lê Lợi', 'Trưng Vương', 'Hoàng Hoa Thám', 'Nguyễn Khuyến', 'Lý Thường Kiệt',
  'Trần Hưng Đạo', 'Chu Văn An', 'Nguyễn Trãi', 'Lê Hồng Phong', 'Phan Bội Châu', 'Huỳnh Thúc Kháng', 'Nguyễn Thị Minh Khai', 'Võ Thị Sáu', 'Kim Đồng', 'Tây Sơn',
];
const TOPICS = ['ai', 'data_analysis', 'digital_skills', 'online_safety', 'other'] as const;
const TOPIC_TITLES: Record<(typeof TOPICS)[number], string> = {
  ai: 'Làm quen trí tuệ nhân tạo và sử dụng AI có trách nhiệm',
  data_analysis: 'Khám phá dữ liệu với bảng tính',
  digital_skills: 'Kỹ năng số: học tập trực tuyến, thư điện tử, lưu trữ đám mây',
  online_safety: 'An toàn trên không gian mạng, nhận diện lừa đảo trực tuyến',
  other: 'Chuyển đổi số trong đời sống thành phố',
};
/** Share of schools with sessions in each school year (Y = Sept Y−1 – Aug Y). */
const SHARE: Record<number, number> = { 2022: 0.2, 2023: 0.55, 2024: 0.78, 2025: 0.93, 2026: 0.88, 2027: 0.4 };

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return ((h >>> 0) % 100_000) / 100_000;
}

type UnitSpan = { id: string; name: string; from: string | null; to: string | null };

export async function seedSchoolsDemo(db: Queryable): Promise<void> {
  const exists = await db.query('SELECT 1 FROM school WHERE is_demo LIMIT 1');
  if (exists.rowCount) return;
  const city = await db.query<{ id: string }>(`SELECT id FROM org_unit WHERE external_key = 'gso:48'`);
  const cityId = city.rows[0]?.id;
  if (!cityId) return;
  // Commune-level units of the city on 2024-06-30, and the span of every commune-level unit.
  const wards = await db.query<{ unit_id: string }>(
    `WITH RECURSIVE t AS (
       SELECT v.unit_id, v.type FROM org_unit_version v WHERE v.parent_id = $1 AND v.validity @> '2024-06-30'::date
       UNION ALL SELECT v.unit_id, v.type FROM org_unit_version v JOIN t ON v.parent_id = t.unit_id WHERE v.validity @> '2024-06-30'::date)
     SELECT unit_id FROM t WHERE type IN ('ward', 'commune', 'township', 'special_zone') ORDER BY unit_id`,
    [cityId],
  );
  const spans = await db.query<{ id: string; name: string; from: string | null; to: string | null }>(
    `SELECT unit_id AS id, (array_agg(name ORDER BY valid_from DESC NULLS LAST))[1] AS name,
            to_char(min(valid_from), 'YYYY-MM-DD') AS from, CASE WHEN bool_or(valid_to IS NULL) THEN NULL ELSE to_char(max(valid_to), 'YYYY-MM-DD') END AS to
       FROM org_unit_version WHERE type IN ('ward', 'commune', 'township', 'special_zone') GROUP BY unit_id`,
  );
  const span = new Map<string, UnitSpan>(spans.rows.map((r) => [r.id, r]));
  const succ = await db.query<{ predecessor_id: string; successor_id: string }>(
    `SELECT predecessor_id, successor_id FROM org_unit_succession ORDER BY predecessor_id, share, successor_id`,
  );
  const next = new Map<string, string>();
  for (const s of succ.rows) if (!next.has(s.predecessor_id) && span.has(s.successor_id)) next.set(s.predecessor_id, s.successor_id);

  const v: Record<'school' | 'commune' | 'from' | 'to', (string | null)[]> = { school: [], commune: [], from: [], to: [] };
  const p: Record<'name' | 'level' | 'ownership' | 'club' | 'playground' | 'teachers' | 'students', unknown[]> = { name: [], level: [], ownership: [], club: [], playground: [], teachers: [], students: [] };
  const s: Record<'unit' | 'day' | 'topic' | 'title' | 'classes' | 'students', unknown[]> = { unit: [], day: [], topic: [], title: [], classes: [], students: [] };

  const schools: { name: string; ward: string; level: string; ownership: string }[] = [];
  wards.rows.forEach((w, i) => {
    const wardName = span.get(w.unit_id)?.name.replace(/^(Phường|Xã|Thị trấn)\s+/, '') ?? '';
    schools.push({ name: `Trường THCS ${NAMES[i % NAMES.length]} (${wardName}, dữ liệu mẫu)`, ward: w.unit_id, level: 'lower_secondary', ownership: 'public' });
    if (i % 2 === 0) schools.push({ name: `Trường THPT ${NAMES[(i + 7) % NAMES.length]} (${wardName}, dữ liệu mẫu)`, ward: w.unit_id, level: 'upper_secondary', ownership: i % 10 === 4 ? 'private' : 'public' });
    if (i % 8 === 3) schools.push({ name: `Trung tâm GDNN-GDTX ${wardName} (dữ liệu mẫu)`, ward: w.unit_id, level: 'continuing', ownership: 'public' });
    if (i % 7 === 5) schools.push({ name: `Trường Cao đẳng nghề ${wardName} (dữ liệu mẫu)`, ward: w.unit_id, level: 'vocational', ownership: i % 2 ? 'private' : 'public' });
    if (i % 9 === 6) schools.push({ name: `Trường THCS và THPT ${NAMES[(i + 3) % NAMES.length]} (${wardName}, dữ liệu mẫu)`, ward: w.unit_id, level: 'multi_level', ownership: 'private' });
  });
  for (const school of schools) {
    const r = hash(school.name);
    p.name.push(school.name);
    p.level.push(school.level);
    p.ownership.push(school.ownership);
    p.club.push(r > 0.45);
    p.playground.push(r > 0.7);
    p.teachers.push(Math.floor(r * 12));
    p.students.push(400 + Math.floor(r * 1400));
  }
  const ids = await db.query<{ id: string }>(
    `INSERT INTO school (name, level, ownership, has_dx_club, has_science_playground, teachers_trained, students, is_demo)
     SELECT n, l, o, c, pg, t, st, true FROM unnest($1::text[], $2::text[], $3::text[], $4::boolean[], $5::boolean[], $6::int[], $7::int[]) WITH ORDINALITY AS x(n, l, o, c, pg, t, st, i)
     ORDER BY i RETURNING id`,
    [p.name, p.level, p.ownership, p.club, p.playground, p.teachers, p.students],
  );

  schools.forEach((school, i) => {
    const id = ids.rows[i]!.id;
    // Follow the ward through its successors: one placement per commune the school has been in.
    let ward: string | undefined = school.ward;
    let from: string | null = null;
    for (let hops = 0; ward && hops < 5; hops++) {
      const w: UnitSpan = span.get(ward)!;
      v.school.push(id);
      v.commune.push(ward);
      v.from.push(from);
      v.to.push(w.to);
      if (!w.to) break;
      from = new Date(Date.parse(`${w.to}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
      ward = next.get(ward);
    }
    for (const [yearText, share] of Object.entries(SHARE)) {
      const year = Number(yearText);
      if (hash(`${school.name}${year}`) >= share) continue;
      const n = 1 + Math.floor(hash(`${school.name}${year}n`) * 3);
      for (let k = 0; k < n; k++) {
        // Sessions fall in October–May of the school year.
        const month = [10, 11, 12, 1, 2, 3, 4, 5][Math.floor(hash(`${school.name}${year}${k}m`) * 8)]!;
        const y = month >= 9 ? year - 1 : year;
        const day = `${y}-${String(month).padStart(2, '0')}-${String(1 + Math.floor(hash(`${school.name}${year}${k}d`) * 27)).padStart(2, '0')}`;
        if (day > '2026-11-20') continue;
        const topic = TOPICS[Math.floor(hash(`${school.name}${year}${k}t`) * TOPICS.length)]!;
        const classes = 1 + Math.floor(hash(`${school.name}${year}${k}c`) * 8);
        s.unit.push(id);
        s.day.push(day);
        s.topic.push(topic);
        s.title.push(TOPIC_TITLES[topic]);
        s.classes.push(classes);
        s.students.push(classes * (30 + Math.floor(hash(`${school.name}${year}${k}s`) * 15)));
      }
    }
  });
  await db.query(
    `INSERT INTO school_placement (school_id, commune_unit_id, valid_from, valid_to) SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::date[], $4::date[])`,
    [v.school, v.commune, v.from, v.to],
  );
  await db.query(
    `INSERT INTO school_dx_session (school_id, held_on, topic, title, classes, students, is_demo)
     SELECT *, true FROM unnest($1::uuid[], $2::date[], $3::text[], $4::text[], $5::int[], $6::int[])`,
    [s.unit, s.day, s.topic, s.title, s.classes, s.students],
  );
}
