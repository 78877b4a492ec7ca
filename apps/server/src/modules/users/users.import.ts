import { z } from 'zod';
import { ROLES, type Role } from '@lantoa/contracts/access';
import { UserImportOptionsSchema } from '@lantoa/contracts/exchange';
import { canOnUnit } from '../../platform/auth/authorize.ts';
import { generatePassword, hashPassword } from '../../platform/auth/password.ts';
import type { Queryable } from '../../platform/db/db.ts';
import { defineImporter, RowErrors, type ImportPlan } from '../../platform/imports/imports.ts';
import type { ImportColumn } from '../../platform/imports/table.ts';
import { todayIso } from '../../platform/time.ts';
import * as repo from './users.repository.ts';
import { USER_COLUMNS } from './users.exports.ts';
import { ROLE_LABELS } from './users.labels.ts';

const USERNAME = /^[a-z0-9._-]{3,50}$/;
const PHONE = /^[0-9 +().-]{6,20}$/;
const Email = z.email();
const ROLE_LIST = ROLES.map((r) => ROLE_LABELS[r]).join('; ');

const COLUMNS = {
  username: {
    header: USER_COLUMNS.username.header,
    key: 'username',
    required: true,
    expected: '3–50 ký tự: chữ không dấu, số, dấu chấm, gạch ngang, gạch dưới; mỗi tên một dòng',
  },
  fullName: {
    header: USER_COLUMNS.fullName.header,
    key: 'fullName',
    required: true,
    expected: 'Họ và tên, từ 2 đến 200 ký tự',
  },
  email: {
    header: USER_COLUMNS.email.header,
    key: 'email',
    required: false,
    expected: 'Địa chỉ thư điện tử (ví dụ ten@danang.gov.vn), hoặc để trống',
  },
  phone: {
    header: USER_COLUMNS.phone.header,
    key: 'phone',
    required: false,
    expected: '6–20 chữ số (có thể có dấu cách, +, (, ), -), hoặc để trống',
  },
  unitCode: {
    header: USER_COLUMNS.unitCode.header,
    key: 'unitCode',
    required: true,
    expected: 'Mã của một đơn vị đang hoạt động mà bạn được quản lý người dùng (như cột Mã đơn vị của tệp xuất)',
  },
  role: {
    header: USER_COLUMNS.role.header,
    key: 'role',
    required: false,
    expected: `Một hoặc nhiều vai trò, cách nhau bằng dấu phẩy: ${ROLE_LIST}; gán tại đơn vị của người dùng nếu người dùng chưa có vai trò đó`,
  },
} as const satisfies Record<string, ImportColumn>;

const fold = (s: string) => s.normalize('NFC').trim().toLowerCase();
const ROLE_BY_TEXT = new Map<string, Role>(ROLES.flatMap((r) => [[fold(ROLE_LABELS[r]), r] as const, [r, r] as const]));

export type UserImportAction =
  | {
      op: 'create';
      username: string;
      fullName: string;
      email: string | null;
      phone: string | null;
      unitId: string;
      roles: Role[];
    }
  | {
      op: 'update';
      userId: string;
      fullName: string;
      email: string | null;
      phone: string | null;
      unitId: string;
      addRoles: Role[];
      rolesChanged: boolean;
    };

/**
 * Accounts from a spreadsheet, matched by username: a new username creates an account (with a
 * random password nobody knows: an administrator sets one with "reset password"), a known one gets the name, e-mail, phone and home unit of the file
 * and any role it lacks. Roles are only ever added, never taken away. Every unit involved must
 * be one where the importer manages users.
 */
export const userImporter = defineImporter<Record<string, never>, UserImportAction>({
  kind: 'users',
  title: 'người dùng',
  permission: 'user:manage',
  options: UserImportOptionsSchema,
  columns: Object.values(COLUMNS),

  authorize: async () => undefined,

  plan: async (db: Queryable, ctx, rows, _o, progress) => {
    const errors = new RowErrors();
    const firstRowOf = new Map<string, number>();
    const parsed = rows.map(({ row, values }) => {
      const username = (values.username ?? '').toLowerCase();
      const fullName = (values.fullName ?? '').replace(/\s+/g, ' ');
      const email = values.email || null;
      const phone = values.phone || null;
      const unitCode = values.unitCode ?? '';
      const roleTexts = (values.role ?? '')
        .split(/[,;\n]/)
        .map((s) => s.trim())
        .filter(Boolean);
      const roles: Role[] = [];
      if (!username) errors.add(row, COLUMNS.username, 'Chưa có tên đăng nhập');
      else if (!USERNAME.test(username))
        errors.add(row, COLUMNS.username, `Tên đăng nhập "${values.username}" không hợp lệ`);
      else if (firstRowOf.has(username))
        errors.add(
          row,
          COLUMNS.username,
          `Tên đăng nhập ${username} đã có ở dòng ${firstRowOf.get(username)}`,
          'Mỗi tên đăng nhập chỉ xuất hiện một lần trong tệp',
        );
      else firstRowOf.set(username, row);
      if (!fullName) errors.add(row, COLUMNS.fullName, 'Chưa có họ và tên');
      else if (fullName.length < 2 || fullName.length > 200)
        errors.add(row, COLUMNS.fullName, `Họ và tên có ${fullName.length} ký tự`);
      if (email && !Email.safeParse(email).success)
        errors.add(row, COLUMNS.email, `"${email}" không phải địa chỉ thư điện tử`);
      if (phone && !PHONE.test(phone)) errors.add(row, COLUMNS.phone, `Số điện thoại "${phone}" không hợp lệ`);
      if (!unitCode) errors.add(row, COLUMNS.unitCode, 'Chưa có mã đơn vị');
      for (const t of roleTexts) {
        const role = ROLE_BY_TEXT.get(fold(t));
        if (role) roles.push(role);
        else errors.add(row, COLUMNS.role, `Không có vai trò "${t}"`);
      }
      return { row, username, fullName, email, phone, unitCode, roles: [...new Set(roles)] };
    });

    const units = await repo.findUnitsByCodes(
      db,
      [...new Set(parsed.map((p) => p.unitCode).filter(Boolean))],
      todayIso(),
    );
    const existing = await repo.findUsersByUsernames(db, [...firstRowOf.keys()]);
    const manageable = new Map<string, Promise<boolean>>();
    const mayManage = (unitId: string) => {
      let p = manageable.get(unitId);
      if (!p) manageable.set(unitId, (p = canOnUnit(db, ctx.actor, 'user:manage', unitId)));
      return p;
    };

    const plan: ImportPlan<UserImportAction> = { actions: [], create: 0, update: 0, unchanged: 0, errors: errors.list };
    let done = 0;
    for (const p of parsed) {
      if (progress && ++done % 500 === 0) await progress(done, parsed.length);
      const unit = p.unitCode ? units.get(p.unitCode) : undefined;
      if (p.unitCode && !unit) errors.add(p.row, COLUMNS.unitCode, `Không có đơn vị mã ${p.unitCode}`);
      else if (unit && !(await mayManage(unit.id)))
        errors.add(p.row, COLUMNS.unitCode, `Bạn không quản lý người dùng của ${unit.name}`);
      if (errors.has(p.row) || !unit) continue;
      const current = existing.get(p.username);
      if (!current) {
        plan.actions.push({
          op: 'create',
          username: p.username,
          fullName: p.fullName,
          email: p.email,
          phone: p.phone,
          unitId: unit.id,
          roles: p.roles,
        });
        plan.create++;
        continue;
      }
      const involved = new Set([...(current.unit_id ? [current.unit_id] : []), ...current.roles.map((r) => r.unit_id)]);
      let allowed = true;
      for (const id of involved) if (!(await mayManage(id))) allowed = false;
      if (!allowed) {
        errors.add(
          p.row,
          COLUMNS.username,
          `Tài khoản ${p.username} thuộc đơn vị bạn không quản lý`,
          'Tên đăng nhập mới, hoặc của người dùng trong phạm vi bạn quản lý',
        );
        continue;
      }
      const held = new Set(current.roles.map((r) => r.role));
      const addRoles = p.roles.filter((r) => !held.has(r));
      const same =
        current.full_name === p.fullName &&
        current.email === p.email &&
        current.phone === p.phone &&
        current.unit_id === unit.id;
      if (same && addRoles.length === 0) {
        plan.unchanged++;
        continue;
      }
      plan.actions.push({
        op: 'update',
        userId: current.id,
        fullName: p.fullName,
        email: p.email,
        phone: p.phone,
        unitId: unit.id,
        addRoles,
        rolesChanged: addRoles.length > 0,
      });
      plan.update++;
    }
    plan.errors.sort((a, b) => a.row - b.row);
    return plan;
  },

  apply: async (tx, _ctx, actions, _o, progress) => {
    // One random, discarded password for the whole file: a real hash keeps sign-in timing the same.
    const unknownPassword = actions.some((a) => a.op === 'create') ? await hashPassword(generatePassword()) : '';
    let done = 0;
    for (const a of actions) {
      if (a.op === 'create') {
        const id = await repo.insertUser(tx, {
          username: a.username,
          fullName: a.fullName,
          email: a.email,
          phone: a.phone,
          unitId: a.unitId,
          passwordHash: unknownPassword,
          mustChangePassword: true,
        });
        for (const role of a.roles) await repo.addRole(tx, id, role, a.unitId);
      } else {
        await repo.updateUserContact(tx, a.userId, {
          fullName: a.fullName,
          email: a.email,
          phone: a.phone,
          unitId: a.unitId,
        });
        for (const role of a.addRoles) await repo.addRole(tx, a.userId, role, a.unitId);
        // New roles take effect at the next sign-in, as when an administrator edits the account.
        if (a.rolesChanged) await repo.deleteSessionsOf(tx, a.userId);
      }
      if (progress && ++done % 200 === 0) await progress(done, actions.length);
    }
  },
});
