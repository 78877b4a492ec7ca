import type { z } from 'zod';
import { FEEDBACK_KIND_SLUGS, type Feedback, type FeedbackItemKind, type FeedbackListQuerySchema, type ModerateFeedbackBody } from '@lantoa/contracts/feedback';
import type { AuthedCtx } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { withTransaction, type Db } from '../../platform/db/db.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { acceptAttempt, recordAttempt, type ThrottleRule } from '../../platform/public-forms/public-forms.ts';
import * as repo from './feedback.repository.ts';

/** At most five feedback messages per client in ten minutes; the rest are refused with a message. */
const FEEDBACK_FORM = 'feedback';
export const FEEDBACK_THROTTLE: ThrottleRule = { attempts: 5, attemptWindowMinutes: 10, accepted: 5, acceptedWindowMinutes: 10 };

function throttledBy(err: unknown): SubmitResult | null {
  if (!(err instanceof AppError) || err.code !== 'RATE_LIMITED') return null;
  return { kind: 'throttled', retryAfterMinutes: Number((err.details as { retryAfterMinutes?: number } | undefined)?.retryAfterMinutes ?? 10) };
}

/** The public page of an item. */
export function publicPath(kind: FeedbackItemKind, ref: string): string {
  return kind === 'link' ? `/phan-hoi/${FEEDBACK_KIND_SLUGS.link}?url=${encodeURIComponent(ref)}` : `/phan-hoi/${FEEDBACK_KIND_SLUGS[kind]}/${encodeURIComponent(ref)}`;
}

/** An item reference from the public URL, or null when it is not one. */
export function parseItem(slug: string, ref: string | undefined): { kind: FeedbackItemKind; ref: string } | null {
  const kind = (Object.keys(FEEDBACK_KIND_SLUGS) as FeedbackItemKind[]).find((k) => FEEDBACK_KIND_SLUGS[k] === slug);
  if (!kind || !ref) return null;
  if (kind === 'link') {
    const u = ref.trim();
    if (u.length > 2000 || !/^https?:\/\/[^\s]+$/i.test(u)) return null;
    return { kind, ref: u };
  }
  return /^[A-Za-z0-9_-]{1,100}$/.test(ref) ? { kind, ref } : null;
}

export type SubmitResult = { kind: 'saved'; id: string } | { kind: 'discarded' } | { kind: 'throttled'; retryAfterMinutes: number };

/**
 * Stores a citizen's feedback. A filled honeypot is answered as a success and stored nowhere, and
 * counts against the client's limit like any other submission.
 */
export async function submitFeedback(
  db: Db,
  item: { kind: FeedbackItemKind; ref: string },
  input: { name: string; contact: string; body: string; website: string },
  clientKey: string,
): Promise<SubmitResult> {
  try {
    const attemptId = await recordAttempt(db, FEEDBACK_FORM, clientKey, FEEDBACK_THROTTLE);
    if (input.website.trim() !== '') return { kind: 'discarded' };
    const id = await withTransaction(db, async (tx) => {
      await acceptAttempt(tx, FEEDBACK_FORM, clientKey, attemptId, FEEDBACK_THROTTLE);
      const id = await repo.insertFeedback(tx, { itemKind: item.kind, itemRef: item.ref, name: input.name || null, contact: input.contact || null, body: input.body, clientKey });
      await recordAudit(tx, null, { action: 'feedback.submit', entityType: 'citizen_feedback', entityId: id, summary: `Góp ý của người dân về ${item.kind} ${item.ref}` });
      return id;
    });
    return { kind: 'saved', id };
  } catch (err) {
    const throttled = throttledBy(err);
    if (throttled) return throttled;
    throw err;
  }
}

export async function findPublished(db: Db, item: { kind: FeedbackItemKind; ref: string }) {
  return repo.findPublished(db, item.kind, item.ref);
}

function present(r: repo.FeedbackRow): Feedback {
  return {
    id: r.id, itemKind: r.item_kind, itemRef: r.item_ref, publicUrl: publicPath(r.item_kind, r.item_ref), authorName: r.author_name, contact: r.contact, body: r.body,
    status: r.status, answer: r.answer, answeredAt: r.answered_at?.toISOString() ?? null, createdAt: r.created_at.toISOString(), lockVersion: r.lock_version,
  };
}

export async function findFeedback(ctx: AuthedCtx, q: z.infer<typeof FeedbackListQuerySchema>) {
  const { rows, total } = await repo.listFeedback(ctx.db, { status: q.status, itemKind: q.itemKind, itemRef: q.itemRef || undefined, q: q.q || undefined, sort: q.sort, limit: q.pageSize, offset: (q.page - 1) * q.pageSize });
  return { items: rows.map(present), total, page: q.page, pageSize: q.pageSize };
}

export async function getFeedback(ctx: AuthedCtx, id: string): Promise<Feedback> {
  const r = await repo.findFeedback(ctx.db, id);
  if (!r) throw notFound('góp ý');
  return present(r);
}

export async function moderateFeedback(ctx: AuthedCtx, id: string, input: ModerateFeedbackBody): Promise<Feedback> {
  await withTransaction(ctx.db, async (tx) => {
    const r = await repo.findFeedback(tx, id, { forUpdate: true });
    if (!r) throw notFound('góp ý');
    if (!(await repo.moderate(tx, id, { status: input.status, answer: input.answer, userId: ctx.actor.userId }, input.lockVersion))) {
      throw new AppError('VERSION_CONFLICT', 'Góp ý vừa được người khác kiểm duyệt. Bản mới nhất được hiển thị; hãy thực hiện lại trên bản đó.', { currentLockVersion: r.lock_version });
    }
    await recordAudit(tx, ctx.actor, {
      action: 'feedback.moderate', entityType: 'citizen_feedback', entityId: id, summary: `Kiểm duyệt góp ý: ${input.status}`,
      before: { status: r.status, answer: r.answer }, after: { status: input.status, answer: input.answer },
    });
  });
  return getFeedback(ctx, id);
}
