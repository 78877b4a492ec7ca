import { html, type SafeHtml } from './html.ts';
import { renderPage } from './layout.ts';

type Series = { year: number; value: number | null; target: number | null };
export type PublicIndicator = {
  targetNumber: number | null;
  name: string;
  description: string;
  unitLabel: string;
  value: number | null;
  target: number | null;
  targetMax: number | null;
  met: boolean | null;
  series: Series[];
};

const nf = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

function figure(v: number | null, unit: string): string {
  if (v === null) return 'Chưa có số liệu';
  return unit === '%' ? `${nf.format(v)} %` : `${nf.format(v)} ${unit}`;
}

function targetText(i: PublicIndicator): string {
  if (i.target === null) return '—';
  if (i.targetMax !== null && i.targetMax !== i.target) return `${nf.format(i.target)}–${nf.format(i.targetMax)} ${i.unitLabel}`;
  return figure(i.target, i.unitLabel);
}

function bar(i: PublicIndicator): SafeHtml {
  if (i.value === null || i.target === null || i.target === 0) return html``;
  const pct = Math.max(0, Math.min(100, Math.round((i.value / i.target) * 100)));
  return html`<div class="progress" aria-hidden="true"><span style="width:${pct}%"></span></div>`;
}

/** The programme's targets and how far each has come, from accepted figures only. */
export function renderProgressPage(p: { programmeTitle: string; year: number; unitName: string; indicators: PublicIndicator[] }): string {
  const years = p.indicators[0]?.series.map((s) => s.year) ?? [];
  const main = html`<div class="wrap section">
  <h1>Tiến độ thực hiện các chỉ tiêu</h1>
  <p class="lead">${p.programmeTitle}. Số liệu năm ${p.year} của ${p.unitName}, tính từ các báo cáo và kế hoạch đã được cơ quan thường trực tiếp nhận; năm chưa kết thúc là số liệu đến hiện tại.</p>
  <ol class="target-grid">${p.indicators.map(
    (i) => html`<li class="card">
      <h2 class="card-title"><span class="task-number">${i.targetNumber ?? ''}.</span> ${i.name}</h2>
      <p class="figure"><strong>${figure(i.value, i.unitLabel)}</strong> <span class="muted">/ mục tiêu ${targetText(i)}</span>
        ${i.met === null ? '' : i.met ? html`<span class="tag tag-ok">Đạt</span>` : html`<span class="tag tag-behind">Chưa đạt</span>`}</p>
      ${bar(i)}
      <table class="series">
        <caption>Theo năm</caption>
        <thead><tr><th scope="col">Năm</th><th scope="col">Thực hiện</th><th scope="col">Mục tiêu</th></tr></thead>
        <tbody>${i.series.map((s) => html`<tr><th scope="row">${s.year}</th><td>${figure(s.value, i.unitLabel)}</td><td>${s.target === null ? '—' : figure(s.target, i.unitLabel)}</td></tr>`)}</tbody>
      </table>
      <p class="source">${i.description}</p>
    </li>`,
  )}</ol>
  ${years.length ? '' : html`<p>Chưa có số liệu được công bố.</p>`}
</div>`;
  return renderPage({ title: 'Tiến độ thực hiện', description: `Tiến độ các chỉ tiêu của ${p.programmeTitle}`, path: '/tien-do', main });
}
