import { LIKERT_LABELS_VI, type Question } from '@lantoa/contracts/surveys';
import { HONEYPOT_FIELD } from '../platform/public-forms/public-forms.ts';
import type { IssuedChallenge } from '../platform/public-forms/pow.ts';
import { html, paragraphs, type SafeHtml } from './html.ts';
import { renderPage } from './layout.ts';
import { POW_SCRIPT_PATH } from './report.pages.ts';

export type SurveyFormState = {
  survey: { id: string; title: string; description: string | null; questions: Question[] };
  values: Record<string, string | string[] | undefined>;
  errors: Record<string, string>;
  message?: string | null;
  challenge: IssuedChallenge;
};

function conditionHint(q: Question, questions: Question[]): SafeHtml {
  if (!q.showIf) return html``;
  const n = questions.findIndex((x) => x.id === q.showIf!.questionId) + 1;
  return html`<p class="hint">Chỉ trả lời nếu anh/chị chọn “${q.showIf.equals}” ở câu ${n}.</p>`;
}

function field(q: Question, i: number, s: SurveyFormState): SafeHtml {
  const v = s.values[q.id];
  const err = s.errors[q.id];
  const name = `q_${q.id}`;
  const legend = html`<legend>${i + 1}. ${q.text}${q.required ? html` <span class="req">(bắt buộc)</span>` : ''}</legend>`;
  const errorLine = err ? html`<p class="field-error" id="${name}-loi">${err}</p>` : html``;
  const described = err ? html` aria-describedby="${name}-loi"` : html``;
  const has = (o: string) => (Array.isArray(v) ? v.includes(o) : v === o);
  let control: SafeHtml;
  switch (q.kind) {
    case 'single':
      control = html`${q.options.map((o, k) => html`<label class="choice"><input type="radio" name="${name}" value="${o}" id="${name}-${k}"${has(o) ? html` checked` : ''}> ${o}</label>`)}`;
      break;
    case 'multiple':
      control = html`${q.options.map((o, k) => html`<label class="choice"><input type="checkbox" name="${name}" value="${o}" id="${name}-${k}"${has(o) ? html` checked` : ''}> ${o}</label>`)}`;
      break;
    case 'likert':
      control = html`<div class="likert">${LIKERT_LABELS_VI.map((label, k) => html`<label class="choice"><input type="radio" name="${name}" value="${k + 1}"${has(String(k + 1)) ? html` checked` : ''}> ${k + 1} — ${label}</label>`)}</div>`;
      break;
    case 'number':
      return html`<div class="field"><label for="${name}">${i + 1}. ${q.text}${q.required ? html` <span class="req">(bắt buộc)</span>` : ''}</label>${conditionHint(q, s.survey.questions)}
        <input id="${name}" name="${name}" type="text" inputmode="decimal" class="short" value="${typeof v === 'string' ? v : ''}"${err ? html` aria-invalid="true"` : ''}${described}>${errorLine}</div>`;
    case 'text':
      return html`<div class="field"><label for="${name}">${i + 1}. ${q.text}${q.required ? html` <span class="req">(bắt buộc)</span>` : ''}</label>${conditionHint(q, s.survey.questions)}
        <textarea id="${name}" name="${name}" rows="3" maxlength="4000"${err ? html` aria-invalid="true"` : ''}${described}>${typeof v === 'string' ? v : ''}</textarea>${errorLine}</div>`;
  }
  return html`<fieldset class="field question"${described}${err ? html` aria-invalid="true"` : ''}>${legend}${conditionHint(q, s.survey.questions)}${control}${errorLine}</fieldset>`;
}

/** A public survey: readable and answerable without JavaScript; conditional questions say when they apply. */
export function renderSurveyForm(s: SurveyFormState): string {
  const [a, b] = s.challenge.challenge.q;
  const count = Object.keys(s.errors).length;
  const main = html`<div class="wrap"><div class="section narrow">
  <h1>${s.survey.title}</h1>
  ${paragraphs(s.survey.description)}
  <p class="hint">Khảo sát không ghi tên người trả lời.</p>
  ${s.message ? html`<div class="form-alert" role="alert"><p>${s.message}</p></div>` : ''}
  ${count && !s.message ? html`<div class="form-alert" role="alert"><p>Chưa gửi được: ${count} câu cần trả lời hoặc sửa (đánh dấu bên dưới).</p></div>` : ''}
  <form class="public-form" method="post" action="/khao-sat/${s.survey.id}" novalidate data-pow-form>
    ${s.survey.questions.map((q, i) => field(q, i, s))}
    <div class="hp-field" aria-hidden="true">
      <label for="${HONEYPOT_FIELD}">Để trống ô này</label>
      <input id="${HONEYPOT_FIELD}" name="${HONEYPOT_FIELD}" type="text" tabindex="-1" autocomplete="off" value="">
    </div>
    <input type="hidden" name="challenge" value="${s.challenge.token}">
    <input type="hidden" name="pow_solution" value="">
    <div class="field" data-no-script-check>
      <label for="answer">Câu hỏi kiểm tra chống gửi tự động: ${a} cộng ${b} bằng mấy?</label>
      <input id="answer" name="answer" type="text" inputmode="numeric" autocomplete="off" maxlength="3" class="short">
      ${s.errors.challenge ? html`<p class="field-error">${s.errors.challenge}</p>` : ''}
    </div>
    <p class="hint" data-pow-status aria-live="polite" hidden></p>
    <button type="submit" class="button">Gửi câu trả lời</button>
  </form>
</div></div>
<script src="${POW_SCRIPT_PATH}" defer></script>`;
  return renderPage({ title: s.survey.title, description: `Khảo sát: ${s.survey.title}`, path: `/khao-sat/${s.survey.id}`, main });
}

export function renderSurveyThanks(title: string): string {
  const main = html`<div class="wrap"><div class="section narrow">
  <h1>${title}</h1>
  <div class="form-success" role="status"><p>Cảm ơn anh/chị đã trả lời khảo sát. Ý kiến của anh/chị giúp thành phố làm tốt hơn công tác truyền thông chuyển đổi số.</p></div>
  <p><a href="/">Về trang chủ</a></p>
</div></div>`;
  return renderPage({ title, description: 'Cảm ơn đã trả lời khảo sát', path: '/khao-sat', main });
}

export function renderSurveyMissing(): string {
  const main = html`<div class="wrap"><div class="section narrow"><h1>Không tìm thấy khảo sát</h1><p>Khảo sát không tồn tại hoặc đã đóng.</p><p><a href="/">Về trang chủ</a></p></div></div>`;
  return renderPage({ title: 'Không tìm thấy khảo sát', description: 'Không tìm thấy khảo sát', path: '/khao-sat', main });
}
