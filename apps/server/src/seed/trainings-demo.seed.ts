import type { ParticipantKind, TrainingKind } from '@lantoa/contracts/trainings';
import type { Queryable } from '../platform/db/db.ts';
import { hash, progress } from './reporting-demo.seed.ts';

/**
 * Demo trainings of Đà Nẵng for 2023–2025, marked as demo (created_by null, "(dữ liệu mẫu)" in the
 * course description and the class materials): two or three reporter classes a year, leaders'
 * dissemination, press and grassroots communicators, teachers, and, for whatever community
 * digital-technology team units exist at seed time, team trainings. Participants come from the
 * units valid on the day each class ends, so each year's facts fall on that year's structure.
 * Leaders reached follow the leaders the demo yearly reports count, so target 1 reads sensibly.
 * Deterministic and set-based (one insert of classes, one of participants).
 */
const DEMO = '(dữ liệu mẫu)';

const COURSES: { key: string; kind: TrainingKind; title: string; description: string }[] = [
  { key: 'reporter', kind: 'reporter_class', title: 'Bồi dưỡng báo cáo viên về truyền thông chuyển đổi số', description: 'Nội dung, phương pháp tuyên truyền chuyển đổi số cho đội ngũ báo cáo viên các cấp.' },
  { key: 'leaders', kind: 'leaders', title: 'Phổ biến về chuyển đổi số cho lãnh đạo các cấp', description: 'Hội nghị quán triệt chủ trương, nhiệm vụ chuyển đổi số và truyền thông chuyển đổi số.' },
  { key: 'press', kind: 'press_grassroots', title: 'Tập huấn nghiệp vụ truyền thông chuyển đổi số cho báo chí và thông tin cơ sở', description: 'Kỹ năng sản xuất tin, bài; vận hành chuyên mục chuyển đổi số; truyền thanh cơ sở.' },
  { key: 'teachers', kind: 'teachers', title: 'Tập huấn giáo viên về giáo dục chuyển đổi số ngoại khóa', description: 'Kỹ năng số, an toàn trên mạng, trí tuệ nhân tạo trong hoạt động ngoại khóa.' },
  { key: 'cdt', kind: 'cdt_team', title: 'Tập huấn kỹ năng truyền thông cho Tổ công nghệ số cộng đồng', description: 'Hướng dẫn người dân kích hoạt VNeID, dịch vụ công trực tuyến, thanh toán không dùng tiền mặt, phòng chống lừa đảo.' },
];

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Thanh', 'Ngọc', 'Hữu', 'Quốc', 'Thu', 'Đức', 'Hoài'];
const GIVEN = ['An', 'Bình', 'Châu', 'Dũng', 'Giang', 'Hà', 'Hải', 'Hạnh', 'Hiếu', 'Hòa', 'Hùng', 'Khánh', 'Lan', 'Linh', 'Long', 'Mai', 'Nam', 'Nga', 'Phúc', 'Phương', 'Quang', 'Sơn', 'Tâm', 'Thảo', 'Trang', 'Trung', 'Tuấn', 'Vân', 'Việt', 'Yến'];
const nameOf = (seed: string) => {
  const pick = <T,>(a: T[], salt: string) => a[Math.floor(hash(seed + salt) * a.length)]!;
  return `${pick(FAMILY, 'f')} ${pick(MIDDLE, 'm')} ${pick(GIVEN, 'g')}`;
};

type Person = { fullName: string; unitId: string | null; kind: ParticipantKind; teamId: string | null; attended: boolean; completed: boolean };
type DemoClass = {
  course: string; organiserKey: string | null; organiserId?: string; title: string; startsOn: string; endsOn: string;
  place: string | null; isOnline: boolean; trainers: string; materials: string; people: Person[];
};

const COMMUNE_TYPES = ['ward', 'commune', 'township', 'special_zone'];
const CITY_TYPES = ['district', 'department', 'agency', 'party_body', 'mass_organisation', 'press_agency'];

export async function seedTrainingsDemo(db: Queryable): Promise<void> {
  if ((await db.query('SELECT 1 FROM training_course LIMIT 1')).rowCount) return;
  const keys = ['gso:48', 'agency:so-tttt', 'agency:so-khcn', 'agency:so-gddt', 'agency:ban-tgdv-tu', 'gso2025:20242'];
  const idOf = new Map((await db.query<{ external_key: string; id: string }>('SELECT external_key, id FROM org_unit WHERE external_key = ANY($1::text[])', [keys])).rows.map((r) => [r.external_key, r.id]));
  const city = idOf.get('gso:48');
  if (!city) return;
  const unitsAt = async (date: string, types: string[]) =>
    (await db.query<{ unit_id: string; type: string }>(
      `WITH RECURSIVE t(unit_id, type, depth) AS (
         SELECT unit_id, type, 0 FROM org_unit_version WHERE unit_id = $3 AND validity @> $1::date
         UNION ALL
         SELECT v.unit_id, v.type, t.depth + 1 FROM t JOIN org_unit_version v ON v.parent_id = t.unit_id AND v.validity @> $1::date WHERE t.depth < 10
       ) SELECT unit_id, type FROM t WHERE type = ANY($2::text[]) ORDER BY unit_id`,
      [date, types, city],
    )).rows;

  const classes: DemoClass[] = [];
  const standingKey = (date: string) => (date >= '2025-03-01' ? 'agency:so-khcn' : 'agency:so-tttt');
  for (const year of [2023, 2024, 2025]) {
    const k = progress(String(year));
    const officials = async (date: string, seed: string, n: number): Promise<Person[]> => {
      const units = await unitsAt(date, [...COMMUNE_TYPES, 'department', 'mass_organisation']);
      return Array.from({ length: n }, (_, i) => {
        const u = units[Math.floor(hash(`${seed}${i}u`) * units.length)]!;
        const attended = hash(`${seed}${i}a`) < 0.97;
        return { fullName: nameOf(`${seed}${i}`), unitId: u.unit_id, kind: 'official', teamId: null, attended, completed: attended && hash(`${seed}${i}c`) < 0.93 };
      });
    };

    // Reporter classes: two a year, three in 2025 (target 4).
    const reporterDates = year === 2025 ? [['04-08', '04-10'], ['08-19', '08-21'], ['11-11', '11-13']] : [['05-16', '05-18'], ['10-10', '10-12']];
    for (const [i, [from, to]] of reporterDates.entries()) {
      const endsOn = `${year}-${to}`;
      classes.push({
        course: 'reporter', organiserKey: standingKey(endsOn), title: `Lớp báo cáo viên về truyền thông chuyển đổi số năm ${year}, đợt ${i + 1}`,
        startsOn: `${year}-${from}`, endsOn, place: i % 2 ? 'Trung tâm Hội nghị thành phố, 08 Bạch Đằng' : 'Hội trường Trường Chính trị thành phố Đà Nẵng',
        isOnline: i === 2, trainers: 'TS. Nguyễn Văn Thành (Học viện Báo chí và Tuyên truyền); ThS. Lê Thị Hồng Nhung (Sở KH&CN)',
        materials: `Tài liệu bồi dưỡng báo cáo viên về chuyển đổi số ${DEMO}`, people: await officials(endsOn, `rep${year}${i}`, 45 + Math.floor(hash(`rep${year}${i}`) * 20)),
      });
    }

    // Leaders: as many reached per unit as the demo yearly reports count as informed.
    // After the July 2025 reform in 2025, so that leaders count on the units the year's reports come from.
    const leaderEnds = year === 2025 ? '2025-08-20' : `${year}-06-20`;
    for (const [part, types] of [['city', CITY_TYPES], ['communes', COMMUNE_TYPES]] as const) {
      const people: Person[] = [];
      for (const u of await unitsAt(leaderEnds, [...types])) {
        const leaders = 5 + Math.floor(hash(`${u.unit_id}y`) * 20);
        const informed = Math.min(leaders, Math.round(leaders * Math.min(1, k + 0.05)));
        for (let i = 0; i < informed; i++) people.push({ fullName: nameOf(`${u.unit_id}${year}l${i}`), unitId: u.unit_id, kind: 'leader', teamId: null, attended: true, completed: true });
      }
      classes.push({
        course: 'leaders', organiserKey: year >= 2025 ? 'agency:ban-tgdv-tu' : 'gso:48',
        title: part === 'city' ? `Hội nghị phổ biến chuyển đổi số cho lãnh đạo sở, ngành, đoàn thể năm ${year}` : `Hội nghị phổ biến chuyển đổi số cho lãnh đạo cấp xã năm ${year}`,
        startsOn: leaderEnds, endsOn: leaderEnds, place: 'Trung tâm Hành chính thành phố, 24 Trần Phú', isOnline: part === 'communes',
        trainers: 'Lãnh đạo UBND thành phố; Sở KH&CN', materials: `Bài giảng chuyên đề chuyển đổi số ${DEMO}`, people,
      });
    }

    // Press agencies and grassroots communicators (target 6): a growing share each year.
    const pressEnds = `${year}-09-12`;
    const press: Person[] = [];
    for (const u of await unitsAt(pressEnds, ['press_agency', ...COMMUNE_TYPES])) {
      const isPress = u.type === 'press_agency';
      if (!isPress && hash(`${u.unit_id}${year}p`) > k) continue;
      for (let i = 0; i < (isPress ? 3 : 1); i++) {
        const completed = hash(`${u.unit_id}${year}p${i}`) < 0.9 || i === 0;
        press.push({ fullName: nameOf(`${u.unit_id}${year}p${i}`), unitId: u.unit_id, kind: isPress ? 'press' : 'official', teamId: null, attended: true, completed });
      }
    }
    classes.push({
      course: 'press', organiserKey: standingKey(pressEnds), title: `Tập huấn nghiệp vụ thông tin cơ sở và báo chí về chuyển đổi số năm ${year}`,
      startsOn: `${year}-09-10`, endsOn: pressEnds, place: 'Hội trường Báo Đà Nẵng', isOnline: false,
      trainers: 'Nhà báo Trần Minh Đức; ThS. Phan Thị Thu Hà', materials: `Sổ tay truyền thông chuyển đổi số cho thông tin cơ sở ${DEMO}`, people: press,
    });

    // Teachers.
    const teacherEnds = `${year}-08-05`;
    const schools = await unitsAt(teacherEnds, ['school']);
    classes.push({
      course: 'teachers', organiserKey: 'agency:so-gddt', title: `Tập huấn giáo viên THCS, THPT về giáo dục chuyển đổi số năm ${year}`,
      startsOn: `${year}-08-04`, endsOn: teacherEnds, place: 'Trường THPT chuyên Lê Quý Đôn', isOnline: false,
      trainers: 'Sở Giáo dục và Đào tạo', materials: `Chuyên đề kỹ năng số, an toàn trên mạng ${DEMO}`,
      people: Array.from({ length: 60 }, (_, i) => ({
        fullName: nameOf(`t${year}${i}`), unitId: schools.length ? schools[i % schools.length]!.unit_id : null, kind: 'teacher' as const, teamId: null,
        attended: true, completed: hash(`t${year}${i}c`) < 0.95,
      })),
    });

    // Community digital-technology teams that exist at the end of the year, by commune.
    const teamEnds = `${year}-11-20`;
    const teams = (await db.query<{ unit_id: string; parent_id: string }>(
      `SELECT unit_id, parent_id FROM org_unit_version WHERE type = 'cdt_team' AND validity @> $1::date ORDER BY parent_id, unit_id`, [teamEnds],
    )).rows;
    const byCommune = new Map<string, string[]>();
    for (const t of teams) if (hash(`${t.unit_id}${year}t`) < k) byCommune.set(t.parent_id, [...(byCommune.get(t.parent_id) ?? []), t.unit_id]);
    for (const [commune, teamIds] of byCommune) {
      const people = teamIds.slice(0, 900).flatMap((team) => [0, 1].map((i) => ({
        fullName: nameOf(`${team}${year}${i}`), unitId: commune, kind: 'cdt_member' as const, teamId: team,
        attended: true, completed: i === 0 || hash(`${team}${year}${i}`) < 0.7,
      })));
      classes.push({
        course: 'cdt', organiserKey: null, organiserId: commune, title: `Tập huấn Tổ công nghệ số cộng đồng năm ${year}`,
        startsOn: teamEnds, endsOn: teamEnds, place: 'Hội trường UBND', isOnline: false,
        trainers: 'Tổ công tác chuyển đổi số cấp xã', materials: `Cẩm nang Tổ công nghệ số cộng đồng ${DEMO}`, people,
      });
    }
  }

  // A class a ward organised itself, for the ward's own accounts to find.
  const haiChau = idOf.get('gso2025:20242');
  if (haiChau) {
    classes.push({
      course: 'press', organiserKey: 'gso2025:20242', title: 'Tập huấn kỹ năng truyền thông chuyển đổi số cho cán bộ tổ dân phố',
      startsOn: '2025-09-25', endsOn: '2025-09-26', place: 'Hội trường UBND phường Hải Châu', isOnline: false,
      trainers: 'Phòng Văn hóa - Xã hội phường', materials: `Tài liệu hướng dẫn ${DEMO}`,
      people: Array.from({ length: 24 }, (_, i) => ({ fullName: nameOf(`hc${i}`), unitId: haiChau, kind: 'official' as const, teamId: null, attended: i !== 5, completed: i % 6 !== 5 && i !== 5 })),
    });
  }

  const courses = await db.query<{ id: string; title: string }>(
    `INSERT INTO training_course (kind, title, description) SELECT * FROM unnest($1::text[], $2::text[], $3::text[]) RETURNING id, title`,
    [COURSES.map((c) => c.kind), COURSES.map((c) => c.title), COURSES.map((c) => `${c.description} ${DEMO}`)],
  );
  const courseId = new Map(COURSES.map((c) => [c.key, courses.rows.find((r) => r.title === c.title)!.id]));
  const kept = classes.filter((c) => c.organiserId ?? (c.organiserKey && idOf.get(c.organiserKey)));
  const inserted = await db.query<{ id: string }>(
    `INSERT INTO training_class (course_id, organiser_unit_id, title, starts_on, ends_on, place, is_online, trainers, materials)
     SELECT c, o, t, s::date, e::date, p, onl, tr, m FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::boolean[], $8::text[], $9::text[])
       WITH ORDINALITY AS x(c, o, t, s, e, p, onl, tr, m, n) ORDER BY n RETURNING id`,
    [kept.map((c) => courseId.get(c.course)), kept.map((c) => c.organiserId ?? idOf.get(c.organiserKey!)), kept.map((c) => c.title), kept.map((c) => c.startsOn),
      kept.map((c) => c.endsOn), kept.map((c) => c.place), kept.map((c) => c.isOnline), kept.map((c) => c.trainers), kept.map((c) => c.materials)],
  );
  const p = { cls: [] as string[], sort: [] as number[], name: [] as string[], unit: [] as (string | null)[], kind: [] as string[], team: [] as (string | null)[], att: [] as boolean[], done: [] as boolean[] };
  kept.forEach((c, i) => c.people.forEach((x, j) => {
    p.cls.push(inserted.rows[i]!.id); p.sort.push(j); p.name.push(x.fullName); p.unit.push(x.unitId); p.kind.push(x.kind); p.team.push(x.teamId); p.att.push(x.attended); p.done.push(x.completed);
  }));
  await db.query(
    `INSERT INTO training_participant (class_id, sort, full_name, unit_id, participant_kind, cdt_team_unit_id, attended, completed)
     SELECT * FROM unnest($1::uuid[], $2::int[], $3::text[], $4::uuid[], $5::text[], $6::uuid[], $7::boolean[], $8::boolean[])`,
    [p.cls, p.sort, p.name, p.unit, p.kind, p.team, p.att, p.done],
  );
}
