import type { Queryable } from '../platform/db/db.ts';

/**
 * Demo press channels of Đà Nẵng with their "Chuyển đổi số" columns and a few hundred articles
 * over 2023–2025 (and this year so far). Every row is marked is_demo; articles have no address and
 * channels no feed, so nothing points at pages that do not exist.
 */
const CHANNELS: { owner: string; kind: string; name: string; url: string; column: string | null; since: string | null; perMonth: number; from: string; to: string }[] = [
  { owner: 'agency:bao-da-nang', kind: 'press_agency', name: 'Báo Đà Nẵng', url: 'https://baodanang.vn', column: 'Chuyển đổi số', since: '2021-06-01', perMonth: 6, from: '2023-01-01', to: '2025-06-30' },
  { owner: 'agency:drt', kind: 'press_agency', name: 'Đài Phát thanh - Truyền hình Đà Nẵng (DRT)', url: 'https://drt.danang.vn', column: 'Đà Nẵng số', since: '2023-03-15', perMonth: 4, from: '2023-03-15', to: '2025-06-30' },
  { owner: 'agency:bao-ptth-dn', kind: 'press_agency', name: 'Báo và Phát thanh, Truyền hình Đà Nẵng', url: 'https://baodanang.vn', column: 'Chuyển đổi số', since: '2025-07-01', perMonth: 8, from: '2025-07-01', to: '2026-11-20' },
  { owner: 'agency:cong-ttdt', kind: 'city_portal', name: 'Cổng thông tin điện tử thành phố Đà Nẵng', url: 'https://danang.gov.vn', column: 'Chuyển đổi số', since: '2022-12-01', perMonth: 3, from: '2023-01-01', to: '2026-11-20' },
  { owner: 'gso:48', kind: 'party_portal', name: 'Cổng thông tin điện tử Thành ủy Đà Nẵng', url: 'https://danang.dcs.vn', column: 'Chuyển đổi số', since: '2024-04-01', perMonth: 2, from: '2024-04-01', to: '2026-11-20' },
  { owner: 'gso2025:20242', kind: 'unit_portal', name: 'Trang thông tin điện tử phường Hải Châu', url: 'https://haichau.danang.gov.vn', column: 'Chuyển đổi số', since: '2025-08-01', perMonth: 2, from: '2025-08-01', to: '2026-11-20' },
  { owner: 'gso2025:20209', kind: 'grassroots_radio', name: 'Đài truyền thanh phường Thanh Khê', url: 'https://thanhkhe.danang.gov.vn', column: 'Chuyên mục Chuyển đổi số trên sóng truyền thanh', since: '2025-09-01', perMonth: 2, from: '2025-09-01', to: '2026-11-20' },
];

const SUBJECTS = [
  'kích hoạt tài khoản định danh điện tử VNeID', 'dịch vụ công trực tuyến toàn trình', 'thanh toán không dùng tiền mặt tại chợ truyền thống',
  'Tổ công nghệ số cộng đồng', 'chữ ký số cho người dân', 'phòng chống lừa đảo trực tuyến', 'ứng dụng Danang Smart City', 'sổ sức khỏe điện tử',
  'kỹ năng số cho người cao tuổi', 'chuyển đổi số trong trường học', 'dữ liệu số của thành phố', 'Ngày Chuyển đổi số quốc gia 10/10',
];
const FORMS = ['Đẩy mạnh', 'Người dân hưởng lợi từ', 'Lan tỏa', 'Hướng dẫn', 'Kết quả triển khai', 'Nhiều mô hình hay về', 'Tọa đàm về', 'Phóng sự:'];

/** Deterministic 0–1 from a string, so the demo data is the same on every start. */
function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return ((h >>> 0) % 100_000) / 100_000;
}

export async function seedPressDemo(db: Queryable): Promise<void> {
  const exists = await db.query('SELECT 1 FROM press_channel WHERE is_demo LIMIT 1');
  if (exists.rowCount) return;
  const keys = CHANNELS.map((c) => c.owner);
  const { rows } = await db.query<{ id: string; external_key: string }>('SELECT id, external_key FROM org_unit WHERE external_key = ANY($1::text[])', [keys]);
  const idOf = new Map(rows.map((r) => [r.external_key, r.id]));
  const present = CHANNELS.filter((c) => idOf.has(c.owner));
  const ids = await db.query<{ id: string }>(
    `INSERT INTO press_channel (owner_unit_id, kind, name, url, has_dx_column, column_title, column_url, column_since, is_demo)
     SELECT o, k, n, u, t IS NOT NULL, t, NULL, s, true FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::date[]) WITH ORDINALITY AS x(o, k, n, u, t, s, i)
     ORDER BY i RETURNING id`,
    [present.map((c) => idOf.get(c.owner)), present.map((c) => c.kind), present.map((c) => c.name), present.map((c) => c.url), present.map((c) => c.column), present.map((c) => c.since)],
  );
  const a: Record<'channel' | 'title' | 'day' | 'guid' | 'kind', string[]> = { channel: [], title: [], day: [], guid: [], kind: [] };
  present.forEach((c, ci) => {
    const channelId = ids.rows[ci]!.id;
    if (c.perMonth === 0) return;
    const start = new Date(`${c.from}T00:00:00Z`);
    const end = new Date(`${c.to}T00:00:00Z`);
    for (let m = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), 1)); m <= end; m = new Date(Date.UTC(m.getUTCFullYear(), m.getUTCMonth() + 1, 1))) {
      const ym = m.toISOString().slice(0, 7);
      const n = Math.max(0, Math.round(c.perMonth * (0.5 + hash(`${c.name}${ym}`))));
      for (let k = 0; k < n; k++) {
        const day = new Date(Date.UTC(m.getUTCFullYear(), m.getUTCMonth(), 1 + Math.floor(hash(`${ym}${k}${c.name}d`) * 28)));
        if (day < start || day > end) continue;
        const subject = SUBJECTS[Math.floor(hash(`${ym}${k}${c.name}s`) * SUBJECTS.length)]!;
        const form = FORMS[Math.floor(hash(`${ym}${k}${c.name}f`) * FORMS.length)]!;
        a.channel.push(channelId);
        a.title.push(`${form} ${subject}`);
        a.day.push(day.toISOString().slice(0, 10));
        a.guid.push(`demo:${ci}:${ym}:${k}`);
        a.kind.push(c.kind === 'grassroots_radio' || (c.kind === 'press_agency' && form === 'Phóng sự:') ? 'broadcast' : 'article');
      }
    }
  });
  await db.query(
    `INSERT INTO press_article (channel_id, title, published_on, guid, kind, source, is_demo)
     SELECT c, t, d, g, k, 'manual', true FROM unnest($1::uuid[], $2::text[], $3::date[], $4::text[], $5::text[]) AS x(c, t, d, g, k)`,
    [a.channel, a.title, a.day, a.guid, a.kind],
  );
}
