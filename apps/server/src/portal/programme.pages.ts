import {
  type ProgrammeDetail,
  type Responsibility,
  type ResponsibilityRole,
  RESPONSIBILITY_ROLE_LABELS_VI,
  type Target,
  UNIT_GROUP_LABELS_VI,
  formatTargetValue,
} from '@lantoa/contracts/programme';
import { type SafeHtml, formatDate, html, paragraphs, safeUrl } from './html.ts';
import { renderPage } from './layout.ts';

/** The public pages that present the programme: home (/) and the programme in full (/de-an). */

const ROLE_ORDER: Record<ResponsibilityRole, number> = { standing: 0, lead: 1, coordinate: 2 };
const collator = new Intl.Collator('vi');

export type Responsible = {
  key: string;
  name: string;
  isGroup: boolean;
  roles: ResponsibilityRole[];
  taskAreaNumbers: number[];
  duties: Responsibility[];
};

function responsibleName(r: Responsibility): string {
  if (r.unitName) return r.unitName;
  return r.unitGroup ? UNIT_GROUP_LABELS_VI[r.unitGroup] : 'Đơn vị khác';
}

/**
 * Responsibilities by who carries them: the standing agency first, then single units, then groups
 * of units ("every ward"); inside each, Vietnamese alphabetical order.
 */
export function groupByResponsible(list: readonly Responsibility[]): Responsible[] {
  const byKey = new Map<string, Responsible>();
  for (const r of list) {
    const key = r.unitId ? `unit:${r.unitId}` : `group:${r.unitGroup ?? 'other'}`;
    let entry = byKey.get(key);
    if (!entry) {
      entry = { key, name: responsibleName(r), isGroup: !r.unitId, roles: [], taskAreaNumbers: [], duties: [] };
      byKey.set(key, entry);
    }
    if (!entry.roles.includes(r.role)) entry.roles.push(r.role);
    if (r.taskAreaNumber !== null && !entry.taskAreaNumbers.includes(r.taskAreaNumber)) entry.taskAreaNumbers.push(r.taskAreaNumber);
    entry.duties.push(r);
  }
  const rank = (e: Responsible) => (e.roles.includes('standing') ? 0 : e.isGroup ? 2 : 1);
  return [...byKey.values()]
    .map((e) => ({
      ...e,
      roles: [...e.roles].sort((a, b) => ROLE_ORDER[a] - ROLE_ORDER[b]),
      taskAreaNumbers: [...e.taskAreaNumbers].sort((a, b) => a - b),
    }))
    .sort((a, b) => rank(a) - rank(b) || collator.compare(a.name, b.name));
}

function period(p: ProgrammeDetail): string {
  const from = p.periodStart.slice(0, 4);
  const to = p.periodEnd.slice(0, 4);
  return from === to ? from : `${from} – ${to}`;
}

function decisionLine(p: ProgrammeDetail): string {
  return `Quyết định số ${p.decisionNumber} ngày ${formatDate(p.decisionDate)} của ${p.issuer}`;
}

function facts(p: ProgrammeDetail): SafeHtml {
  return html`<dl class="facts">
    <div><dt>Quyết định</dt><dd>${p.decisionNumber}</dd></div>
    <div><dt>Ngày ban hành</dt><dd>${formatDate(p.decisionDate)}</dd></div>
    <div><dt>Cơ quan ban hành</dt><dd>${p.issuer}</dd></div>
    <div><dt>Giai đoạn</dt><dd>${formatDate(p.periodStart)} – ${formatDate(p.periodEnd)}</dd></div>
  </dl>`;
}

function targetTags(t: Target): SafeHtml {
  return html`<ul class="tags">
    ${t.isYearly ? html`<li class="tag">Hằng năm</li>` : html`<li class="tag">Đến hết giai đoạn</li>`}
    ${t.unitGroup ? html`<li class="tag">Tính trên: ${UNIT_GROUP_LABELS_VI[t.unitGroup]}</li>` : ''}
    ${t.taskAreaNumbers.length ? html`<li class="tag">Nội dung ${t.taskAreaNumbers.join(', ')}</li>` : ''}
  </ul>`;
}

/** Cards, not a table: the quoted wording is long, and cards read well on a phone. */
function targetList(p: ProgrammeDetail): SafeHtml {
  return html`<ol class="target-grid">${p.targets.map(
    (t) => html`<li class="card">
      <span class="target-value">${formatTargetValue(t)}</span>
      <h3>${t.number}. ${t.title}</h3>
      <p class="quote">${t.content}</p>
      ${targetTags(t)}
    </li>`,
  )}</ol>`;
}

function roleList(roles: ResponsibilityRole[]): string {
  return roles.map((r) => RESPONSIBILITY_ROLE_LABELS_VI[r]).join(' · ');
}

/** `open`: the duties are shown unfolded (the full page) rather than behind a disclosure (home). */
function whoDoesWhat(p: ProgrammeDetail, open: boolean): SafeHtml {
  const groups = groupByResponsible(p.responsibilities);
  if (!groups.length) return html`<p>Chưa có phân công nhiệm vụ.</p>`;
  return html`<ul class="who-list">${groups.map(
    (g) => html`<li class="card">
      <h3>${g.name}</h3>
      <p><span class="role">${roleList(g.roles)}</span>${
        g.taskAreaNumbers.length ? html` — nội dung ${g.taskAreaNumbers.join(', ')}` : ''
      }</p>
      <details${open ? html` open` : ''}>
        <summary>Nhiệm vụ (${g.duties.length})</summary>
        <ul class="duties">${g.duties.map(
          (d) => html`<li><span class="role">${RESPONSIBILITY_ROLE_LABELS_VI[d.role]}${
            d.taskAreaNumber !== null ? html`, nội dung ${d.taskAreaNumber}` : ''
          }:</span> ${d.duty}</li>`,
        )}</ul>
      </details>
    </li>`,
  )}</ul>`;
}

function noProgramme(path: string): string {
  return renderPage({
    title: 'Chưa có đề án',
    description: 'Trang thông tin công khai về truyền thông Chuyển đổi số.',
    path,
    main: html`<div class="wrap section"><h1>Chưa có đề án được công bố</h1>
      <p>Thông tin về đề án truyền thông Chuyển đổi số sẽ được đăng tại đây khi đề án được ban hành.</p></div>`,
  });
}

/** Home: the programme at a glance — what, why, the task areas, the targets, who does what. */
export function renderHomePage(p: ProgrammeDetail | null, latest?: SafeHtml): string {
  if (!p) return noProgramme('/');
  const groups = groupByResponsible(p.responsibilities);
  const main = html`
<section class="hero" aria-labelledby="de-an-title">
  <div class="wrap">
    <p class="eyebrow">${decisionLine(p)}</p>
    <h1 id="de-an-title">${p.title}</h1>
    ${p.objective ? html`<div class="lead">${paragraphs(p.objective)}</div>` : ''}
    ${facts(p)}
    <a class="button-link" href="/de-an">Xem toàn văn nội dung và phân công</a>
  </div>
</section>
${latest ?? ''}

<section class="section" aria-labelledby="nhiem-vu">
  <div class="wrap">
    <h2 id="nhiem-vu">${p.taskAreas.length} nội dung nhiệm vụ</h2>
    <p class="section-intro">Giai đoạn ${period(p)}. Nội dung trích nguyên văn theo văn bản đã công bố.</p>
    <ol class="task-list">${p.taskAreas.map(
      (t) => html`<li><h3><span class="task-number">${t.number}.</span> ${t.title}</h3><p class="quote">${t.content}</p></li>`,
    )}</ol>
  </div>
</section>

<section class="section" aria-labelledby="chi-tieu">
  <div class="wrap">
    <h2 id="chi-tieu">${p.targets.length} chỉ tiêu đến năm ${p.periodEnd.slice(0, 4)}</h2>
    ${targetList(p)}
  </div>
</section>

<section class="section" aria-labelledby="ai-lam-gi">
  <div class="wrap">
    <h2 id="ai-lam-gi">Ai làm gì</h2>
    <p class="section-intro">${groups.length} cơ quan, đơn vị và nhóm đơn vị được giao nhiệm vụ.</p>
    ${whoDoesWhat(p, false)}
  </div>
</section>`;
  return renderPage({
    title: p.title,
    description: `${p.title} — ${decisionLine(p)}. ${p.taskAreas.length} nội dung nhiệm vụ, ${p.targets.length} chỉ tiêu.`,
    path: '/',
    main,
    footerNote: `${p.title} (${decisionLine(p)}).`,
  });
}

/** The programme in full: documents, every task area with who leads and coordinates it, all targets. */
export function renderProgrammePage(p: ProgrammeDetail | null): string {
  if (!p) return noProgramme('/de-an');
  const byArea = new Map<string, Responsibility[]>();
  const general: Responsibility[] = [];
  for (const r of p.responsibilities) {
    if (r.taskAreaId) byArea.set(r.taskAreaId, [...(byArea.get(r.taskAreaId) ?? []), r]);
    else general.push(r);
  }
  const main = html`
<div class="hero">
  <div class="wrap">
    <p class="eyebrow">${decisionLine(p)}</p>
    <h1>${p.title}</h1>
    ${facts(p)}
  </div>
</div>
<div class="wrap">
  ${p.parentTitle ? html`<p>Thuộc: ${p.parentTitle}.</p>` : ''}
  ${p.objective ? html`<section class="section" aria-labelledby="muc-tieu"><h2 id="muc-tieu">Mục tiêu</h2>${paragraphs(p.objective)}</section>` : ''}
  ${p.summary ? html`<section class="section" aria-labelledby="quan-diem"><h2 id="quan-diem">Quan điểm</h2>${paragraphs(p.summary)}</section>` : ''}

  <section class="section" aria-labelledby="van-ban">
    <h2 id="van-ban">Văn bản</h2>
    ${p.documents.length
      ? html`<ul class="doc-list">${p.documents.map(
          (d) => html`<li>${d.url ? html`<a href="${safeUrl(d.url)}" rel="noopener">${d.title}</a>` : d.title}${
            d.number ? html` — số ${d.number}` : ''
          }${d.issuedOn ? html`, ngày ${formatDate(d.issuedOn)}` : ''}${d.note ? html`<br><span class="note">${d.note}</span>` : ''}</li>`,
        )}</ul>`
      : html`<p>Chưa có văn bản.</p>`}
  </section>

  <section class="section" aria-labelledby="chi-tieu">
    <h2 id="chi-tieu">Chỉ tiêu</h2>
    <p class="section-intro">${p.targets.length} chỉ tiêu của đề án, giai đoạn ${period(p)}.</p>
    ${targetList(p)}
  </section>

  <section class="section" aria-labelledby="nhiem-vu">
    <h2 id="nhiem-vu">Nội dung nhiệm vụ và phân công</h2>
    <ol class="task-list">${p.taskAreas.map((t) => {
      const assigned = byArea.get(t.id) ?? [];
      return html`<li id="noi-dung-${t.number}">
        <h3><span class="task-number">${t.number}.</span> ${t.title}</h3>
        <p class="quote">${t.content}</p>
        ${assigned.length
          ? html`<ul class="duties">${assigned.map(
              (r) => html`<li><span class="role">${RESPONSIBILITY_ROLE_LABELS_VI[r.role]}: ${responsibleName(r)}</span> — ${r.duty}</li>`,
            )}</ul>`
          : ''}
      </li>`;
    })}</ol>
  </section>

  <section class="section" aria-labelledby="trach-nhiem-chung">
    <h2 id="trach-nhiem-chung">Trách nhiệm chung</h2>
    <p class="section-intro">Nhiệm vụ áp dụng cho toàn bộ đề án, theo từng cơ quan, đơn vị.</p>
    ${whoDoesWhat({ ...p, responsibilities: general }, true)}
  </section>
</div>`;
  return renderPage({
    title: p.title,
    description: `Toàn văn nội dung nhiệm vụ, chỉ tiêu và phân công của ${p.title} (${decisionLine(p)}).`,
    path: '/de-an',
    main,
    footerNote: `${p.title} (${decisionLine(p)}).`,
  });
}
