import { FEEDBACK_ITEM_KIND_LABELS_VI, type FeedbackItemKind } from '@lantoa/contracts/feedback';
import { formatDate, html, paragraphs, safeUrl } from './html.ts';
import { renderPage } from './layout.ts';

export type FeedbackPageInput = {
  item: { kind: FeedbackItemKind; ref: string };
  /** Where the form posts (the page's own address). */
  action: string;
  published: { id: string; author_name: string | null; body: string; answer: string | null; created_at: Date; answered_at: Date | null }[];
  values?: { name: string; contact: string; body: string };
  errors?: Record<string, string>;
  /** A message over the form: thanks after sending, or why the form was refused. */
  notice?: { kind: 'ok' | 'error'; text: string } | null;
};

function itemLine(item: FeedbackPageInput['item']) {
  if (item.kind === 'link') return html`<p class="lead">Góp ý về trang: <a href="${safeUrl(item.ref)}" rel="nofollow noopener">${item.ref}</a></p>`;
  return html`<p class="lead">${FEEDBACK_ITEM_KIND_LABELS_VI[item.kind]} — mã <strong>${item.ref}</strong></p>`;
}

function fieldError(errors: Record<string, string> | undefined, name: string) {
  const e = errors?.[name];
  return e ? html`<p class="field-error" id="${name}-loi">${e}</p>` : '';
}

/** The public feedback form of one item, and the published feedback with the answers under it. No script. */
export function renderFeedbackPage(p: FeedbackPageInput): string {
  const v = p.values ?? { name: '', contact: '', body: '' };
  const invalid = (name: string) => (p.errors?.[name] ? html` aria-invalid="true" aria-describedby="${name}-loi"` : '');
  const main = html`
<section class="hero"><div class="wrap">
  <p class="eyebrow">Góp ý của người dân</p>
  <h1>Góp ý về hoạt động truyền thông chuyển đổi số</h1>
  ${itemLine(p.item)}
</div></section>
<section class="section"><div class="wrap feedback">
  ${p.notice ? html`<div class="notice notice-${p.notice.kind}" role="${p.notice.kind === 'error' ? 'alert' : 'status'}">${p.notice.text}</div>` : ''}
  <form method="post" action="${p.action}" class="feedback-form" novalidate>
    <h2>Gửi góp ý</h2>
    <p class="muted">Không cần tài khoản. Góp ý được cơ quan thường trực xem xét và chỉ hiển thị công khai sau khi kiểm duyệt, kèm câu trả lời.</p>
    <div class="form-field">
      <label for="gy-name">Họ và tên (không bắt buộc)</label>
      <input id="gy-name" name="name" maxlength="200" autocomplete="name" value="${v.name}"${invalid('name')}>
      ${fieldError(p.errors, 'name')}
    </div>
    <div class="form-field">
      <label for="gy-contact">Điện thoại hoặc thư điện tử (không bắt buộc, không công khai)</label>
      <input id="gy-contact" name="contact" maxlength="200" autocomplete="email" value="${v.contact}"${invalid('contact')}>
      ${fieldError(p.errors, 'contact')}
    </div>
    <div class="form-field">
      <label for="gy-body">Nội dung góp ý</label>
      <textarea id="gy-body" name="body" rows="6" maxlength="4000" required${invalid('body')}>${v.body}</textarea>
      ${fieldError(p.errors, 'body')}
    </div>
    <div class="hp" aria-hidden="true">
      <label for="gy-website">Để trống ô này</label>
      <input id="gy-website" name="website" tabindex="-1" autocomplete="off" value="">
    </div>
    <button type="submit" class="button-link">Gửi góp ý</button>
  </form>
  <h2 id="y-kien">Góp ý đã được trả lời (${p.published.length})</h2>
  ${p.published.length === 0
    ? html`<p class="muted">Chưa có góp ý nào được công bố cho nội dung này.</p>`
    : html`<ol class="feedback-list">${p.published.map((f) => html`<li class="card">
      <p class="muted">${f.author_name || 'Người dân'} — ${formatDate(f.created_at.toISOString())}</p>
      ${paragraphs(f.body)}
      ${f.answer ? html`<div class="answer"><p><strong>Trả lời của cơ quan thường trực${f.answered_at ? html` (${formatDate(f.answered_at.toISOString())})` : ''}:</strong></p>${paragraphs(f.answer)}</div>` : ''}
    </li>`)}</ol>`}
</div></section>`;
  return renderPage({ title: 'Góp ý của người dân', description: 'Gửi góp ý về hoạt động, tài liệu truyền thông chuyển đổi số và xem các câu trả lời.', path: '/phan-hoi', main });
}

/** An item reference that is not one (unknown kind, malformed id or address). */
export function renderFeedbackPage404(): string {
  const main = html`<section class="hero"><div class="wrap"><h1>Không tìm thấy nội dung cần góp ý</h1>
  <p class="lead">Đường dẫn góp ý không đúng. Vui lòng mở lại liên kết "Góp ý" từ trang của sự kiện, tài liệu hoặc hoạt động.</p>
  <p><a href="/">Về trang chủ</a></p></div></section>`;
  return renderPage({ title: 'Không tìm thấy', description: 'Đường dẫn góp ý không đúng.', path: '/phan-hoi', main });
}
