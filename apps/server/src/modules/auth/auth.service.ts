import { createHash, randomBytes } from 'node:crypto';
import type { ChangePasswordBody, LoginBody, Me } from '@lantoa/contracts/auth';
import { AppError } from '../../platform/errors.ts';
import type { Ctx, AuthedCtx } from '../../platform/context.ts';
import { type Actor, permissionsOf } from '../../platform/auth/actor.ts';
import { getDummyHash, hashPassword, verifyPassword } from '../../platform/auth/password.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { withTransaction } from '../../platform/db/db.ts';
import * as repo from './auth.repository.ts';

export const LOGIN_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_USER = 5;
export const MAX_FAILURES_PER_IP = 30;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export type LoginResult = { token: string; expiresAt: Date };

/** Checks the password (argon2id), throttles repeated failures, and opens a session. */
export async function login(
  ctx: Ctx,
  input: LoginBody,
  client: { ip: string | null; userAgent: string | null },
): Promise<LoginResult> {
  const username = input.username.trim();
  const failures = await repo.countRecentFailures(ctx.db, username, client.ip, LOGIN_WINDOW_MINUTES);
  if (failures.byUser >= MAX_FAILURES_PER_USER || failures.byIp >= MAX_FAILURES_PER_IP) {
    const since = failures.oldestByUser ?? new Date();
    const waitMs = since.getTime() + LOGIN_WINDOW_MINUTES * 60_000 - Date.now();
    const minutes = Math.max(1, Math.ceil(waitMs / 60_000));
    throw new AppError(
      'TOO_MANY_LOGIN_ATTEMPTS',
      `Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${minutes} phút.`,
      { retryAfterMinutes: minutes },
    );
  }
  const user = await repo.findUserByUsername(ctx.db, username);
  let ok = false;
  if (user) ok = await verifyPassword(user.password_hash, input.password);
  else await verifyPassword(await getDummyHash(), input.password); // same cost as a real check
  if (!user || !ok || !user.is_active) {
    await repo.insertLoginAttempt(ctx.db, username, client.ip, false);
    if (user && ok && !user.is_active) throw new AppError('INVALID_CREDENTIALS', 'Tài khoản đã bị khóa. Vui lòng liên hệ quản trị hệ thống.');
    throw new AppError('INVALID_CREDENTIALS');
  }
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + ctx.config.sessionMaxHours * 3600_000);
  await withTransaction(ctx.db, async (tx) => {
    await repo.insertLoginAttempt(tx, username, client.ip, true);
    await repo.insertSession(tx, {
      id: hashToken(token),
      userId: user.id,
      csrfToken: randomBytes(24).toString('base64url'),
      expiresAt,
      ip: client.ip,
      userAgent: client.userAgent,
    });
    const actor: Actor = { userId: user.id, username: user.username, fullName: user.full_name, sessionId: '', assignments: [], ip: client.ip };
    await recordAudit(tx, actor, { action: 'auth.login', entityType: 'user', entityId: user.id, summary: 'Đăng nhập' });
  });
  return { token, expiresAt };
}

/**
 * Resolves a session token to an actor. Sessions end after the idle timeout or the absolute
 * lifetime, whichever comes first.
 */
export async function resolveSession(
  ctx: Ctx,
  token: string,
  ip: string | null,
): Promise<{ actor: Actor; csrfToken: string; expiresAt: Date } | { expired: true } | null> {
  const session = await repo.findSession(ctx.db, hashToken(token));
  if (!session) return null;
  const now = Date.now();
  const idleLimit = session.last_seen_at.getTime() + ctx.config.sessionIdleMinutes * 60_000;
  if (session.expires_at.getTime() <= now || idleLimit <= now) {
    await repo.deleteSession(ctx.db, session.id);
    return { expired: true };
  }
  const user = await repo.findUserById(ctx.db, session.user_id);
  if (!user || !user.is_active) {
    await repo.deleteSession(ctx.db, session.id);
    return null;
  }
  // Writing last_seen on every request would be wasteful; once a minute is precise enough.
  if (now - session.last_seen_at.getTime() > 60_000) await repo.touchSession(ctx.db, session.id);
  const assignments = await repo.findAssignments(ctx.db, user.id);
  const expiresAt = new Date(Math.min(session.expires_at.getTime(), now + ctx.config.sessionIdleMinutes * 60_000));
  return {
    actor: { userId: user.id, username: user.username, fullName: user.full_name, sessionId: session.id, assignments, ip },
    csrfToken: session.csrf_token,
    expiresAt,
  };
}

export async function logout(ctx: AuthedCtx): Promise<void> {
  await withTransaction(ctx.db, async (tx) => {
    await repo.deleteSession(tx, ctx.actor.sessionId);
    await recordAudit(tx, ctx.actor, { action: 'auth.logout', entityType: 'user', entityId: ctx.actor.userId, summary: 'Đăng xuất' });
  });
}

export async function getMe(ctx: AuthedCtx, csrfToken: string, expiresAt: Date): Promise<Me> {
  const user = await repo.findUserById(ctx.db, ctx.actor.userId);
  if (!user) throw new AppError('UNAUTHENTICATED');
  return {
    user: {
      id: user.id,
      username: user.username,
      fullName: user.full_name,
      email: user.email,
      unitId: user.unit_id,
      unitName: user.unit_id ? await repo.findUnitName(ctx.db, user.unit_id) : null,
      mustChangePassword: user.must_change_password,
    },
    roles: ctx.actor.assignments,
    permissions: permissionsOf(ctx.actor),
    csrfToken,
    expiresAt: expiresAt.toISOString(),
  };
}

/** Changes the password and signs out every other session of the user. */
export async function changePassword(ctx: AuthedCtx, input: ChangePasswordBody): Promise<void> {
  const user = await repo.findUserById(ctx.db, ctx.actor.userId);
  if (!user) throw new AppError('UNAUTHENTICATED');
  if (!(await verifyPassword(user.password_hash, input.currentPassword))) throw new AppError('PASSWORD_WRONG');
  if (input.currentPassword === input.newPassword)
    throw new AppError('PASSWORD_TOO_WEAK', 'Mật khẩu mới phải khác mật khẩu hiện tại');
  const hash = await hashPassword(input.newPassword);
  await withTransaction(ctx.db, async (tx) => {
    await repo.updatePasswordHash(tx, user.id, hash);
    await repo.deleteOtherSessions(tx, user.id, ctx.actor.sessionId);
    await recordAudit(tx, ctx.actor, { action: 'auth.change-password', entityType: 'user', entityId: user.id, summary: 'Đổi mật khẩu' });
  });
}
