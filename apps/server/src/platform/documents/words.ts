/**
 * Numbers, money and dates written the way Vietnamese official documents write them. Pure
 * functions, no locale data: the output must not depend on the ICU build of the machine.
 */

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;

function checkInteger(n: number, what: string): void {
  if (!Number.isSafeInteger(n)) throw new RangeError(`${what} must be a safe integer, got ${n}`);
}

/** 1234567 → "1.234.567"; -5000 → "-5.000" (vi-VN grouping: dots between thousands). */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) throw new RangeError(`not a finite number: ${n}`);
  const negative = n < 0;
  const [int = '0', frac] = Math.abs(n).toString().split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${negative ? '-' : ''}${grouped}${frac ? `,${frac}` : ''}`;
}

/** 120000000 → "120.000.000 đ". Amounts of đồng are whole numbers. */
export function formatVnd(amount: number): string {
  checkInteger(amount, 'An amount of đồng');
  return `${formatNumber(amount)} đ`;
}

/**
 * One group of three digits. `full` reads the hundreds even when they are zero ("không trăm
 * linh năm"), as every group after the first must.
 */
function groupInWords(n: number, full: boolean): string[] {
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const units = n % 10;
  const words: string[] = [];
  if (hundreds > 0 || full) words.push(DIGITS[hundreds]!, 'trăm');
  if (tens === 0) {
    if (units > 0 && words.length > 0) words.push('linh');
  } else if (tens === 1) {
    words.push('mười');
  } else {
    words.push(DIGITS[tens]!, 'mươi');
  }
  if (units === 0) return words;
  if (units === 1 && tens >= 2) words.push('mốt');
  else if (units === 5 && tens >= 1) words.push('lăm');
  else words.push(DIGITS[units]!);
  return words;
}

/** Groups below a billion: nghìn and triệu. */
const SCALES = ['', 'nghìn', 'triệu'] as const;

function belowBillion(n: number, leading: boolean): string[] {
  const groups = [n % 1000, Math.floor(n / 1000) % 1000, Math.floor(n / 1_000_000)];
  const words: string[] = [];
  let first = leading;
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i]!;
    if (g === 0) continue;
    words.push(...groupInWords(g, !first));
    if (SCALES[i]) words.push(SCALES[i]!);
    first = false;
  }
  return words;
}

/** Billions repeat: 10^12 is "một nghìn tỷ", 10^18 "một tỷ tỷ". */
function integerInWords(n: number, leading: boolean): string[] {
  if (n < 1_000_000_000) return belowBillion(n, leading);
  const high = Math.floor(n / 1_000_000_000);
  const low = n % 1_000_000_000;
  const words = [...integerInWords(high, leading), 'tỷ'];
  if (low > 0) words.push(...belowBillion(low, false));
  return words;
}

/** 12345 → "mười hai nghìn ba trăm bốn mươi lăm" (lower case, no unit). */
export function numberInWords(n: number): string {
  checkInteger(n, 'A number to read');
  if (n === 0) return DIGITS[0];
  const words = integerInWords(Math.abs(n), true);
  return (n < 0 ? ['âm', ...words] : words).join(' ');
}

/** 120000000 → "Một trăm hai mươi triệu đồng". */
export function vndInWords(amount: number): string {
  const words = `${numberInWords(amount)} đồng`;
  return words.charAt(0).toLocaleUpperCase('vi') + words.slice(1);
}

function parseIsoDate(iso: string): { year: number; month: number; day: number } {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new RangeError(`not a YYYY-MM-DD date: ${iso}`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/**
 * "2022-10-28" → "ngày 28 tháng 10 năm 2022". Days below 10 and the months 1 and 2 take a
 * leading zero (Nghị định 30/2020/NĐ-CP), so that nobody can add a digit: "ngày 05 tháng 01".
 */
export function dateInWords(iso: string): string {
  const { year, month, day } = parseIsoDate(iso);
  const dd = day < 10 ? `0${day}` : String(day);
  const mm = month <= 2 ? `0${month}` : String(month);
  return `ngày ${dd} tháng ${mm} năm ${year}`;
}

/** "Đà Nẵng, ngày 28 tháng 10 năm 2022". */
export function placeAndDate(place: string, iso: string): string {
  return `${place}, ${dateInWords(iso)}`;
}

/** Upper case with Vietnamese rules (the letters with diacritics keep them). */
export function upper(s: string): string {
  return s.toLocaleUpperCase('vi');
}
