import type { z } from 'zod';
import type { CreateUserBody, UpdateUserBody, UserListQuerySchema, UserView } from '@lantoa/contracts/users';
import type { AuthedCtx } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { withTransaction } from '../../platform/db/db.ts';
import { assertCanOnUnit, canOnUnit, findReadableUnitIds } from '../../platform/auth/authorize.ts';
import { hashPassword } from '../../platform/auth/password.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import * as repo from './users.repository.ts';

function present(u: repo.UserRow): UserView {
  return {
    id: u.id,
    username: u.username,
    fullName: u.full_name,
    email: u.email,
    phone: u.phone,
    unitId: u.unit_id,
    unitName: u.unit_name,
    isActive: u.is_active,
    mustChangePassword: u.must_change_password,
    lastLoginAt: u.last_login_at?.toISOString() ?? null,
    createdAt: u.created_at.toISOString(),
    version: u.version,
    roles: u.roles,
  };
}

/** Audit snapshots never carry password hashes. */
function snapshot(u: repo.UserRow) {
  const { roles, ...rest } = present(u);
  return { ...rest, roles: roles.map((r) => ({ role: r.role, unitId: r.unitId })) };
}

type UserListFilter = Omit<z.infer<typeof UserListQuerySchema>, 'page' | 'pageSize'>;

/**
 * The list filter within the reader's scope: users whose home unit is in a subtree where the
 * reader holds 'user:read'. An assignment on a root unit sees every user, including those
 * without a home unit. The list page and its export share this.
 */
export async function toScopedFilter(ctx: AuthedCtx, q: UserListFilter): Promise<Omit<repo.UserFilter, 'limit' | 'offset'>> {
  const readable = await findReadableUnitIds(ctx.db, ctx.actor, 'user:read');
  const global = readable === null;
  const subtree = readable ?? [];
  return {
    q: q.q || undefined,
    role: q.role,
    unitId: q.unitId,
    active: q.active === undefined ? undefined : q.active === 'true',
    scopeUnitIds: global ? null : subtree,
    sort: q.sort,
    order: q.order,
  };
}

export async function findUsers(ctx: AuthedCtx, q: z.infer<typeof UserListQuerySchema>) {
  const { rows, total } = await repo.listUsers(ctx.db, {
    ...(await toScopedFilter(ctx, q)),
    limit: q.pageSize,
    offset: (q.page - 1) * q.pageSize,
  });
  return { items: rows.map(present), total, page: q.page, pageSize: q.pageSize };
}

/** A user outside the reader's scope is answered as not found, so ids reveal nothing. */
export async function getUser(ctx: AuthedCtx, id: string): Promise<UserView> {
  const u = await repo.findUser(ctx.db, id);
  if (!u) throw notFound('người dùng');
  const visible =
    u.id === ctx.actor.userId ||
    (u.unit_id ? await canOnUnit(ctx.db, ctx.actor, 'user:read', u.unit_id) : (await findReadableUnitIds(ctx.db, ctx.actor, 'user:read')) === null);
  if (!visible) throw notFound('người dùng');
  return present(u);
}

async function assertUnitsManageable(ctx: AuthedCtx, unitId: string | null, roles: { unitId: string }[]) {
  for (const id of new Set([...(unitId ? [unitId] : []), ...roles.map((r) => r.unitId)])) {
    if (!(await repo.unitExists(ctx.db, id))) throw new AppError('VALIDATION_FAILED', 'Đơn vị được chọn không tồn tại', { issues: [{ path: 'unitId', message: 'Đơn vị không tồn tại' }] });
    await assertCanOnUnit(ctx.db, ctx.actor, 'user:manage', id);
  }
}

export async function createUser(ctx: AuthedCtx, input: CreateUserBody): Promise<UserView> {
  await assertUnitsManageable(ctx, input.unitId, input.roles);
  const hash = await hashPassword(input.password);
  const id = await withTransaction(ctx.db, async (tx) => {
    if (await repo.usernameExists(tx, input.username)) throw new AppError('USERNAME_TAKEN');
    const newId = await repo.insertUser(tx, {
      username: input.username, fullName: input.fullName, email: input.email ?? null, phone: input.phone ?? null,
      unitId: input.unitId, passwordHash: hash, mustChangePassword: true,
    });
    await repo.replaceRoles(tx, newId, input.roles);
    const created = (await repo.findUser(tx, newId))!;
    await recordAudit(tx, ctx.actor, { action: 'user.create', entityType: 'user', entityId: newId, summary: `Tạo tài khoản ${input.username}`, after: snapshot(created) });
    return newId;
  });
  return present((await repo.findUser(ctx.db, id))!);
}

export async function updateUser(ctx: AuthedCtx, id: string, input: UpdateUserBody): Promise<UserView> {
  const current = await repo.findUser(ctx.db, id);
  if (!current) throw notFound('người dùng');
  await assertUnitsManageable(ctx, current.unit_id, current.roles);
  await assertUnitsManageable(ctx, input.unitId, input.roles);
  await withTransaction(ctx.db, async (tx) => {
    const before = await repo.findUser(tx, id);
    if (!before) throw notFound('người dùng');
    const wasAdmin = before.is_active && before.roles.some((r) => r.role === 'system_admin');
    const staysAdmin = input.isActive && input.roles.some((r) => r.role === 'system_admin');
    if (wasAdmin && !staysAdmin && (await repo.countActiveAdmins(tx, id)) === 0) throw new AppError('LAST_ADMIN');
    const ok = await repo.updateUser(tx, id, {
      fullName: input.fullName, email: input.email ?? null, phone: input.phone ?? null, unitId: input.unitId, isActive: input.isActive,
    }, input.version);
    if (!ok) throw new AppError('VERSION_CONFLICT');
    await repo.replaceRoles(tx, id, input.roles);
    // A deactivated account, or one whose roles changed, must sign in again.
    const rolesChanged = JSON.stringify(before.roles.map((r) => [r.role, r.unitId]).sort()) !== JSON.stringify(input.roles.map((r) => [r.role, r.unitId]).sort());
    if (!input.isActive || rolesChanged) await repo.deleteSessionsOf(tx, id);
    const after = (await repo.findUser(tx, id))!;
    await recordAudit(tx, ctx.actor, { action: 'user.update', entityType: 'user', entityId: id, summary: `Cập nhật tài khoản ${before.username}`, before: snapshot(before), after: snapshot(after) });
  });
  return present((await repo.findUser(ctx.db, id))!);
}

/** Sets a new password chosen by an administrator; the user must change it at next sign-in. */
export async function resetPassword(ctx: AuthedCtx, id: string, newPassword: string): Promise<void> {
  const u = await repo.findUser(ctx.db, id);
  if (!u) throw notFound('người dùng');
  await assertUnitsManageable(ctx, u.unit_id, u.roles);
  const hash = await hashPassword(newPassword);
  await withTransaction(ctx.db, async (tx) => {
    await repo.setPassword(tx, id, hash, true);
    await repo.deleteSessionsOf(tx, id);
    await recordAudit(tx, ctx.actor, { action: 'user.reset-password', entityType: 'user', entityId: id, summary: `Đặt lại mật khẩu cho ${u.username}` });
  });
}
