/** Vietnamese e-mail templates, one per notification kind; unknown kinds use the generic one. */
export type EmailContent = { subject: string; text: string; html: string };

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export function renderNotificationEmail(n: {
  kind: string;
  title: string;
  body: string | null;
  link: string | null;
  recipientName: string;
  baseUrl: string;
}): EmailContent {
  const url = n.link ? (n.link.startsWith('http') ? n.link : `${n.baseUrl}${n.link}`) : null;
  const intro: Record<string, string> = {
    'reminder.deadline': 'Nhắc việc: sắp đến hạn',
    'reminder.approval-waiting': 'Nhắc việc: hồ sơ đang chờ anh/chị xử lý',
    'job.succeeded': 'Công việc đã hoàn thành',
    'job.failed': 'Công việc không thực hiện được',
  };
  const lead = intro[n.kind] ?? 'Thông báo';
  const subject = `[Lan Tỏa] ${n.title}`;
  const lines = [
    `Kính gửi ${n.recipientName},`,
    '',
    `${lead}: ${n.title}`,
    ...(n.body ? ['', n.body] : []),
    ...(url ? ['', `Xem chi tiết: ${url}`] : []),
    '',
    'Trân trọng,',
    'Hệ thống Lan Tỏa',
    '',
    'Anh/chị nhận thư này vì đã bật nhận thông báo qua thư điện tử. Có thể tắt trong mục Thông báo > Cài đặt.',
  ];
  const html = `<!doctype html><html lang="vi"><body style="font-family:Arial,sans-serif;line-height:1.5;color:#1a1a1a">
<p>Kính gửi ${escapeHtml(n.recipientName)},</p>
<p><strong>${escapeHtml(lead)}:</strong> ${escapeHtml(n.title)}</p>
${n.body ? `<p>${escapeHtml(n.body)}</p>` : ''}
${url ? `<p><a href="${escapeHtml(url)}">Xem chi tiết</a></p>` : ''}
<p>Trân trọng,<br>Hệ thống Lan Tỏa</p>
<p style="color:#555;font-size:12px">Anh/chị nhận thư này vì đã bật nhận thông báo qua thư điện tử. Có thể tắt trong mục Thông báo &gt; Cài đặt.</p>
</body></html>`;
  return { subject, text: lines.join('\n'), html };
}
