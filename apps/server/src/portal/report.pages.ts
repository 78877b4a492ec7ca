import {
  CASE_CATEGORY_LABELS_VI,
  CASE_PLATFORMS,
  CASE_PLATFORM_LABELS_VI,
  CASE_RESPONSE_KIND_LABELS_VI,
  CASE_STATUS_LABELS_VI,
} from '@lantoa/contracts/cases';
import type { PublicCase } from '../modules/cases/index.ts';
import { HONEYPOT_FIELD } from '../platform/public-forms/public-forms.ts';
import type { IssuedChallenge } from '../platform/public-forms/pow.ts';
import { html, paragraphs, safeUrl, type SafeHtml } from './html.ts';
import { renderPage } from './layout.ts';

export const REPORT_PATH = '/phan-anh';
export const TRACK_PATH = '/phan-anh/tra-cuu';
export const POW_SCRIPT_PATH = '/portal/assets/pow.js';

export type ReportFormState = {
  values: Record<string, string | undefined>;
  errors: Record<string, string>;
  /** A message about the whole submission (throttle, challenge, honeypot). */
  message?: string | null;
  challenge: IssuedChallenge;
};

const dateTime = new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' });
const dateOnly = (iso: string) => iso.split('-').reverse().join('/');

function fieldError(id: string, errors: Record<string, string>): SafeHtml {
  return errors[id] ? html`<p class="field-error" id="${id}-loi">${errors[id]}</p>` : html``;
}

function describedBy(id: string, errors: Record<string, string>, hint?: string): SafeHtml {
  const ids = [hint, errors[id] ? `${id}-loi` : null].filter(Boolean).join(' ');
  return ids ? html` aria-describedby="${ids}"` : html``;
}

function invalidAttr(id: string, errors: Record<string, string>): SafeHtml {
  return errors[id] ? html` aria-invalid="true"` : html``;
}

/** The public form: works without JavaScript (a sum to answer); with it, the browser does the work. */
export function renderReportForm(s: ReportFormState): string {
  const v = s.values;
  const e = s.errors;
  const count = Object.keys(e).length;
  const [a, b] = s.challenge.challenge.q;
  const main = html`<div class="wrap"><div class="section narrow">
  <h1>Phản ánh tin giả, tin sai sự thật trên mạng</h1>
  <p class="lead">Anh/chị thấy một bài viết, video hay tin nhắn sai sự thật, xuyên tạc, độc hại hoặc lừa đảo về chuyển đổi số, dịch vụ công, chính quyền thành phố? Hãy gửi cho cơ quan thường trực. Không cần tài khoản; sau khi gửi, anh/chị nhận một <strong>mã theo dõi</strong> để xem kết quả xử lý.</p>
  ${s.message ? html`<div class="form-alert" role="alert"><p>${s.message}</p></div>` : ''}
  ${count && !s.message ? html`<div class="form-alert" role="alert"><p>Phản ánh chưa gửi được: ${count} mục cần sửa (đánh dấu bên dưới).</p></div>` : ''}
  <form class="public-form" method="post" action="${REPORT_PATH}" enctype="multipart/form-data" novalidate data-pow-form>
    <div class="field">
      <label for="link">Đường dẫn đến bài viết, video <span class="req">(bắt buộc)</span></label>
      <input id="link" name="link" type="url" inputmode="url" autocomplete="off" required maxlength="2000" value="${v.link ?? ''}" placeholder="https://…"${invalidAttr('link', e)}${describedBy('link', e)}>
      ${fieldError('link', e)}
    </div>
    <div class="field">
      <label for="platform">Nền tảng <span class="req">(bắt buộc)</span></label>
      <select id="platform" name="platform" required${invalidAttr('platform', e)}${describedBy('platform', e)}>
        <option value="">— Chọn nền tảng —</option>
        ${CASE_PLATFORMS.map((p) => html`<option value="${p}"${v.platform === p ? html` selected` : ''}>${CASE_PLATFORM_LABELS_VI[p]}</option>`)}
      </select>
      ${fieldError('platform', e)}
    </div>
    <div class="field">
      <label for="description">Nội dung sai sự thật là gì? <span class="req">(bắt buộc)</span></label>
      <textarea id="description" name="description" rows="5" required maxlength="4000"${invalidAttr('description', e)}${describedBy('description', e)}>${v.description ?? ''}</textarea>
      ${fieldError('description', e)}
    </div>
    <div class="field">
      <label for="screenshot">Ảnh chụp màn hình (không bắt buộc)</label>
      <input id="screenshot" name="screenshot" type="file" accept="image/png,image/jpeg,image/webp,image/gif"${invalidAttr('screenshot', e)}${describedBy('screenshot', e, 'screenshot-goi-y')}>
      <p class="hint" id="screenshot-goi-y">Ảnh PNG, JPEG, WebP hoặc GIF. Nếu phải gửi lại vì lỗi, hãy chọn lại ảnh.</p>
      ${fieldError('screenshot', e)}
    </div>
    <div class="field">
      <label for="contact">Cách liên hệ với anh/chị (không bắt buộc)</label>
      <input id="contact" name="contact" type="text" autocomplete="email" maxlength="200" value="${v.contact ?? ''}"${invalidAttr('contact', e)}${describedBy('contact', e, 'contact-goi-y')}>
      <p class="hint" id="contact-goi-y">Số điện thoại hoặc thư điện tử, chỉ dùng khi cần hỏi thêm; không công bố.</p>
      ${fieldError('contact', e)}
    </div>
    <div class="hp-field" aria-hidden="true">
      <label for="${HONEYPOT_FIELD}">Để trống ô này</label>
      <input id="${HONEYPOT_FIELD}" name="${HONEYPOT_FIELD}" type="text" tabindex="-1" autocomplete="off" value="">
    </div>
    <input type="hidden" name="challenge" value="${s.challenge.token}">
    <input type="hidden" name="pow_solution" value="">
    <div class="field" data-no-script-check>
      <label for="answer">Câu hỏi kiểm tra chống gửi tự động: ${a} cộng ${b} bằng mấy?</label>
      <input id="answer" name="answer" type="text" inputmode="numeric" autocomplete="off" maxlength="3" class="short"${invalidAttr('challenge', e)}${describedBy('challenge', e)}>
      ${fieldError('challenge', e)}
    </div>
    <p class="hint" data-pow-status aria-live="polite" hidden></p>
    <button type="submit" class="button">Gửi phản ánh</button>
  </form>
  <p>Đã gửi phản ánh? <a href="${TRACK_PATH}">Tra cứu kết quả theo mã theo dõi</a>.</p>
</div>
</div>
<script src="${POW_SCRIPT_PATH}" defer></script>`;
  return renderPage({ title: 'Phản ánh tin giả, tin sai sự thật', description: 'Gửi phản ánh tin giả, tin sai sự thật, thông tin xấu độc trên mạng và theo dõi kết quả xử lý', path: REPORT_PATH, main });
}

const STEP_ORDER = ['received', 'triaged', 'verified', 'assigned', 'responded', 'referred', 'closed', 'dismissed'] as const;

function publicStatus(c: PublicCase): string {
  if (c.status === 'closed') return 'Đã xử lý xong';
  if (c.status === 'dismissed') return 'Đã xem xét: không phải tin sai sự thật';
  if (c.status === 'received') return 'Đã tiếp nhận, đang chờ phân loại';
  return `Đang xử lý — ${CASE_STATUS_LABELS_VI[c.status].toLowerCase()}`;
}

/** The tracking page: a code field, and the case's progress when a code is given. */
export function renderTrackPage(p: { code: string; found: PublicCase | null; justSent: boolean }): string {
  const c = p.found;
  const result = !p.code
    ? html``
    : !c
      ? html`<div class="form-alert" role="alert"><p>Không tìm thấy phản ánh có mã <strong>${p.code}</strong>. Vui lòng kiểm tra lại mã (dạng PA-XXXX-XXXX).</p></div>`
      : html`<section class="card case-result" aria-labelledby="ket-qua">
      ${p.justSent ? html`<div class="form-success" role="status"><p>Cảm ơn anh/chị đã gửi phản ánh. Mã theo dõi của anh/chị là <strong class="tracking-code">${c.code}</strong> — hãy ghi lại mã này để tra cứu kết quả.</p></div>` : ''}
      <h2 id="ket-qua">Phản ánh ${c.code}</h2>
      <dl class="case-facts">
        <dt>Tình trạng</dt><dd data-status="${c.status}"><strong>${publicStatus(c)}</strong></dd>
        <dt>Ngày tiếp nhận</dt><dd>${dateTime.format(c.createdAt)}</dd>
        ${c.category ? html`<dt>Phân loại</dt><dd>${CASE_CATEGORY_LABELS_VI[c.category]}</dd>` : ''}
        ${c.responseTitle ? html`<dt>${CASE_RESPONSE_KIND_LABELS_VI[c.responseKind ?? 'correction']}</dt><dd>${c.responseUrl ? html`<a href="${safeUrl(c.responseUrl)}" rel="noopener">${c.responseTitle}</a>` : c.responseTitle}</dd>` : ''}
        ${c.referralDate ? html`<dt>Chuyển Trung tâm quốc gia</dt><dd>Ngày ${dateOnly(c.referralDate)}</dd>` : ''}
        ${c.outcome ? html`<dt>Kết quả</dt><dd>${paragraphs(c.outcome)}</dd>` : ''}
      </dl>
      <h3>Các bước đã thực hiện</h3>
      <ol class="steps">${c.steps
        .filter((s) => (STEP_ORDER as readonly string[]).includes(s.to))
        .map((s) => html`<li><span>${CASE_STATUS_LABELS_VI[s.to as (typeof STEP_ORDER)[number]]}</span> <span class="muted">${dateTime.format(s.at)}</span></li>`)}</ol>
    </section>`;
  const main = html`<div class="wrap"><div class="section narrow">
  <h1>Tra cứu kết quả phản ánh</h1>
  <form class="public-form inline-form" method="get" action="${TRACK_PATH}">
    <div class="field">
      <label for="ma">Mã theo dõi</label>
      <input id="ma" name="ma" type="text" autocomplete="off" autocapitalize="characters" maxlength="20" value="${p.code}" placeholder="PA-XXXX-XXXX">
    </div>
    <button type="submit" class="button">Tra cứu</button>
  </form>
  ${result}
  <p><a href="${REPORT_PATH}">Gửi một phản ánh mới</a></p>
</div></div>`;
  return renderPage({ title: 'Tra cứu phản ánh', description: 'Tra cứu kết quả xử lý phản ánh tin giả, tin sai sự thật theo mã theo dõi', path: TRACK_PATH, main });
}
