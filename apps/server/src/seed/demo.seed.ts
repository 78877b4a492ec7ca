import type { Role } from '@lantoa/contracts/access';
import type { Queryable } from '../platform/db/db.ts';
import { hashPassword } from '../platform/auth/password.ts';

/** One demo account per role, on real units (keys as in units.seed.ts). */
export const DEMO_ACCOUNTS: {
  username: string;
  fullName: string;
  homeKey: string;
  role: Role;
  scopeKey: string;
  description: string;
}[] = [
  { username: 'admin', fullName: 'Quản trị hệ thống', homeKey: 'agency:so-khcn', role: 'system_admin', scopeKey: 'gso:48', description: 'Quản trị hệ thống — toàn thành phố' },
  { username: 'thuongtruc', fullName: 'Nguyễn Thị Thường Trực', homeKey: 'agency:so-khcn', role: 'programme_manager', scopeKey: 'gso:48', description: 'Cơ quan thường trực (Sở KH&CN) — toàn thành phố' },
  { username: 'bientap.haichau', fullName: 'Trần Văn Biên Tập', homeKey: 'gso2025:20242', role: 'unit_editor', scopeKey: 'gso2025:20242', description: 'Biên tập viên — Phường Hải Châu' },
  { username: 'duyet.haichau', fullName: 'Lê Thị Phê Duyệt', homeKey: 'gso2025:20242', role: 'unit_approver', scopeKey: 'gso2025:20242', description: 'Lãnh đạo duyệt — Phường Hải Châu' },
  { username: 'bientap.thanhkhe', fullName: 'Phạm Văn Thanh', homeKey: 'gso2025:20209', role: 'unit_editor', scopeKey: 'gso2025:20209', description: 'Biên tập viên — Phường Thanh Khê' },
  { username: 'taichinh', fullName: 'Võ Thị Thẩm Định', homeKey: 'agency:so-tai-chinh', role: 'finance_appraiser', scopeKey: 'gso:48', description: 'Thẩm định tài chính (Sở Tài chính) — toàn thành phố' },
  { username: 'lanhdao', fullName: 'Hoàng Văn Lãnh Đạo', homeKey: 'gso:48', role: 'leader', scopeKey: 'gso:48', description: 'Lãnh đạo UBND thành phố' },
  { username: 'cdt.haichau', fullName: 'Ngô Thị Tổ Viên', homeKey: 'demo-cdt:hai-chau', role: 'cdt_member', scopeKey: 'demo-cdt:hai-chau', description: 'Thành viên Tổ công nghệ số cộng đồng — một tổ của Phường Hải Châu' },
  { username: 'xem', fullName: 'Đặng Thị Người Xem', homeKey: 'agency:mttq', role: 'viewer', scopeKey: 'gso:48', description: 'Người xem — toàn thành phố' },
];

/** Creates the demo accounts that are missing; existing accounts keep their passwords. */
export async function seedDemoAccounts(db: Queryable, password: string): Promise<{ created: string[] }> {
  const keys = [...new Set(DEMO_ACCOUNTS.flatMap((a) => [a.homeKey, a.scopeKey]))];
  const { rows } = await db.query<{ id: string; external_key: string }>(
    'SELECT id, external_key FROM org_unit WHERE external_key = ANY($1::text[])',
    [keys],
  );
  const idOf = new Map(rows.map((r) => [r.external_key, r.id]));
  const created: string[] = [];
  let hash: string | null = null;
  for (const a of DEMO_ACCOUNTS) {
    const existing = await db.query('SELECT 1 FROM app_user WHERE lower(username) = $1', [a.username]);
    if (existing.rowCount) continue;
    const home = idOf.get(a.homeKey);
    const scope = idOf.get(a.scopeKey);
    if (!home || !scope) throw new Error(`Demo account ${a.username}: unit ${a.homeKey} or ${a.scopeKey} is missing`);
    hash ??= await hashPassword(password);
    const u = await db.query<{ id: string }>(
      `INSERT INTO app_user (username, full_name, unit_id, password_hash, is_demo) VALUES ($1, $2, $3, $4, true) RETURNING id`,
      [a.username, a.fullName, home, hash],
    );
    await db.query('INSERT INTO role_assignment (user_id, role, unit_id) VALUES ($1, $2, $3)', [u.rows[0]!.id, a.role, scope]);
    created.push(a.username);
  }
  return { created };
}
