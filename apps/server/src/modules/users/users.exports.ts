import { UserExportQuerySchema } from '@lantoa/contracts/exchange';
import { defineExportSource } from '../../platform/exports/exports.ts';
import type { ColumnSpec } from '../../platform/exports/exporter.ts';
import * as repo from './users.repository.ts';
import { toScopedFilter } from './users.service.ts';
import { ROLE_LABELS } from './users.labels.ts';

/** The columns of the user list export; an import reads the first six under the same headers. */
export const USER_COLUMNS = {
  username: { header: 'Tên đăng nhập', key: 'username', type: 'text', width: 22 },
  fullName: { header: 'Họ và tên', key: 'fullName', type: 'text', width: 30 },
  email: { header: 'Email', key: 'email', type: 'text', width: 30 },
  phone: { header: 'Điện thoại', key: 'phone', type: 'text', width: 16 },
  unitCode: { header: 'Mã đơn vị', key: 'unitCode', type: 'text', width: 20 },
  role: { header: 'Vai trò', key: 'role', type: 'text', width: 34 },
  unitName: { header: 'Đơn vị', key: 'unitName', type: 'text', width: 40 },
  active: { header: 'Đang hoạt động', key: 'active', type: 'boolean', width: 14 },
  lastLogin: { header: 'Đăng nhập lần cuối', key: 'lastLogin', type: 'date', width: 18 },
  createdAt: { header: 'Ngày tạo', key: 'createdAt', type: 'date', width: 14 },
} as const satisfies Record<string, ColumnSpec>;

/** GET /api/v1/users/export: the users the reader may see, with the list's filter and order. */
export const userListExport = defineExportSource({
  name: 'users',
  title: 'Danh sách người dùng',
  query: UserExportQuerySchema.omit({ format: true }),
  columns: Object.values(USER_COLUMNS),
  count: async (ctx, q) => repo.countUsers(ctx.db, await toScopedFilter(ctx, q)),
  rows: async function* (ctx, q) {
    for await (const batch of repo.streamUsers(ctx.db, await toScopedFilter(ctx, q))) {
      yield batch.map((u) => ({
        username: u.username,
        fullName: u.full_name,
        email: u.email,
        phone: u.phone,
        unitCode: u.unit_code,
        role: u.roles.map((r) => ROLE_LABELS[r] ?? r).join(', '),
        unitName: u.unit_name,
        active: u.is_active,
        lastLogin: u.last_login_at,
        createdAt: u.created_at,
      }));
    }
  },
});
