/** The city's time zone: "today" and times of day are those of Vietnam wherever the browser is. */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function isRealDate(y: number, m: number, d: number): boolean {
  if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1) return false;
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

/** Today's calendar date in Vietnam as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** YYYY-MM-DD → dd/mm/yyyy; anything else is returned as given. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = ISO_DATE.exec(iso.slice(0, 10));
  if (!m) return iso;
  return `${m[3]}/${m[2]}/${m[1]}`;
}

/** A timestamp → dd/mm/yyyy HH:mm in Vietnam time. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '';
  const dt = new Date(value);
  if (Number.isNaN(dt.getTime())) return value;
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(dt);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('day')}/${get('month')}/${get('year')} ${get('hour')}:${get('minute')}`;
}

const numberFormat = new Intl.NumberFormat('vi-VN');
export function formatNumber(n: number | null | undefined): string {
  return n === null || n === undefined ? '' : numberFormat.format(n);
}

/** An amount in whole đồng: "15.000.000 đ"; empty for null. */
export function formatVnd(n: number | null | undefined): string {
  return n === null || n === undefined ? '' : `${numberFormat.format(n)} đ`;
}

/**
 * Reads an amount in đồng typed by a person, with or without thousands separators ("15.000.000",
 * "15 000 000", "15000000"). Returns null for anything that is not a whole non-negative number,
 * so "1,5" or "N/A" never slip through as a different amount.
 */
export function parseVndInput(text: string): number | null {
  const s = text.replace(/\s/g, '').replace(/đ$/, '');
  if (!/^\d{1,3}(\.\d{3})*$|^\d+$/.test(s)) return null;
  const n = Number(s.replace(/\./g, ''));
  return Number.isSafeInteger(n) ? n : null;
}

/**
 * Reads a date typed by a person: dd/mm/yyyy (also d/m/yyyy, with dots or dashes) or YYYY-MM-DD.
 * Returns YYYY-MM-DD, or null when it is not a real date.
 */
export function parseDateInput(text: string): string | null {
  const s = text.trim();
  const iso = ISO_DATE.exec(s);
  if (iso) {
    const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    return isRealDate(y, m, d) ? s : null;
  }
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (!dmy) return null;
  const [d, m, y] = [Number(dmy[1]), Number(dmy[2]), Number(dmy[3])];
  return isRealDate(y, m, d) ? `${y}-${pad(m)}-${pad(d)}` : null;
}

/** Folds Vietnamese diacritics and đ so that "hoa khanh" finds "Hòa Khánh". */
export function foldText(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

const collator = new Intl.Collator('vi');
export function compareVi(a: string, b: string): number {
  return collator.compare(a, b);
}
