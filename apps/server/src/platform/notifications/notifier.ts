import type { Queryable } from '../db/db.ts';
import type { JobQueue } from '../jobs/queue.ts';
import * as repo from './notifications.repository.ts';

export const NOTIFICATION_KINDS = ['reminder.deadline', 'reminder.approval-waiting', 'job.succeeded', 'job.failed', 'system.message'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export type NewNotification = {
  userId: string;
  kind: NotificationKind;
  title: string;
  body?: string | null;
  /** A path in the admin UI, e.g. /admin/org-units/<id>. */
  link?: string | null;
  entityType?: string | null;
  entityId?: string | null;
};

/**
 * Sends a notification the way the user asked for it: in the in-app inbox, by e-mail (through a
 * job with retries, only when SMTP is configured and the user has an address), or both.
 */
export class Notifier {
  constructor(
    private readonly jobs: JobQueue,
    private readonly emailEnabled: boolean,
  ) {}

  async notify(tx: Queryable, n: NewNotification): Promise<string> {
    const pref = await repo.findPreference(tx, n.userId, n.kind);
    // The row exists either way: e-mails are sent from it. An e-mail-only notification is stored as read.
    const id = await repo.insertNotification(tx, {
      userId: n.userId,
      kind: n.kind,
      title: n.title,
      body: n.body ?? null,
      link: n.link ?? null,
      entityType: n.entityType ?? null,
      entityId: n.entityId ?? null,
      read: !pref.in_app,
    });
    if (pref.email && this.emailEnabled) {
      const { rows } = await tx.query<{ email: string | null }>('SELECT email FROM app_user WHERE id = $1', [n.userId]);
      if (rows[0]?.email) await this.jobs.enqueue('notification.email', { notificationId: id }, { actorId: null, idempotencyKey: `email:${id}` }, tx);
    }
    return id;
  }

  /** Registers (or moves) a reminder; the same key replaces the earlier one. */
  async scheduleReminder(
    tx: Queryable,
    r: { key: string; kind: Extract<NotificationKind, `reminder.${string}`>; userId: string; dueAt: Date; title: string; body?: string; link?: string; entityType?: string; entityId?: string },
  ): Promise<void> {
    await repo.upsertReminder(tx, {
      key: r.key,
      kind: r.kind,
      userId: r.userId,
      dueAt: r.dueAt,
      data: { title: r.title, body: r.body, link: r.link, entityType: r.entityType, entityId: r.entityId },
    });
  }

  async cancelReminder(tx: Queryable, key: string): Promise<void> {
    await repo.cancelReminder(tx, key);
  }

  /** Turns every due reminder into a notification, once. Returns how many were sent. */
  async dispatchDueReminders(db: { connect: () => Promise<Queryable & { release: () => void }> }): Promise<number> {
    const client = await db.connect();
    let sent = 0;
    try {
      await client.query('BEGIN');
      for (const r of await repo.claimDueReminders(client, 500)) {
        await this.notify(client, {
          userId: r.user_id,
          kind: r.kind as NotificationKind,
          title: r.data.title,
          body: r.data.body ?? null,
          link: r.data.link ?? null,
          entityType: r.data.entityType ?? null,
          entityId: r.data.entityId ?? null,
        });
        await repo.markReminderSent(client, r.id);
        sent++;
      }
      await client.query('COMMIT');
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
    return sent;
  }
}
