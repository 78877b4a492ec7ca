import nodemailer from 'nodemailer';
import { z } from 'zod';
import { defineJob } from '../jobs/jobs.ts';
import { Notifier } from './notifier.ts';
import * as repo from './notifications.repository.ts';
import { renderNotificationEmail } from './templates.ts';

const transports = new Map<string, nodemailer.Transporter>();
function transportFor(url: string): nodemailer.Transporter {
  let t = transports.get(url);
  if (!t) {
    t = nodemailer.createTransport(url);
    transports.set(url, t);
  }
  return t;
}

/** Sends one notification by e-mail through SMTP_URL. Idempotent: a sent notification is not sent again. */
export const sendNotificationEmailJob = defineJob({
  kind: 'notification.email',
  title: 'Gửi thông báo qua thư điện tử',
  payload: z.object({ notificationId: z.uuid() }),
  attempts: 5,
  run: async (ctx, { notificationId }) => {
    const n = await repo.findNotification(ctx.db, notificationId);
    if (!n || n.emailed_at) return { skipped: true };
    if (!ctx.config.smtpUrl || !n.email) return { skipped: true };
    const mail = renderNotificationEmail({
      kind: n.kind,
      title: n.title,
      body: n.body,
      link: n.link,
      recipientName: n.full_name,
      baseUrl: ctx.config.publicUrl ?? `http://${ctx.config.host}:${ctx.config.port}`,
    });
    try {
      await transportFor(ctx.config.smtpUrl).sendMail({ from: ctx.config.smtpFrom, to: n.email, subject: mail.subject, text: mail.text, html: mail.html });
    } catch (err) {
      await repo.markEmailed(ctx.db, notificationId, err instanceof Error ? err.message : String(err));
      throw err;
    }
    await repo.markEmailed(ctx.db, notificationId, null);
    return { sentTo: n.email };
  },
});

/** Every minute: due reminders become notifications. */
export const dispatchRemindersJob = defineJob({
  kind: 'reminders.dispatch',
  title: 'Gửi nhắc việc đến hạn',
  payload: z.object({}).passthrough(),
  attempts: 1,
  run: async (ctx) => {
    const sent = await new Notifier(ctx.queue, Boolean(ctx.config.smtpUrl)).dispatchDueReminders(ctx.db);
    return { sent };
  },
});
