import type { ReportForm } from '@lantoa/contracts/reporting';

type Element = ReportForm['elements'][number];
export type ValueType = Element['valueType'];
export type ReportValue = { element: string; category: string; value: number };

/** What is typed in the entry form, by cell: `${element}|${category}` ('' for no category). */
export type EntryTexts = Record<string, string>;

export const cellKey = (element: string, category = '') => `${element}|${category}`;
/** Where problems of a whole data element are shown (a rule across fields, a required figure). */
export const elementKey = (element: string) => `element:${element}`;

/** The cells of a form, in its order: one per element, or one per category of a disaggregated one. */
export function formCells(elements: readonly Element[]): { element: Element; category: string }[] {
  return elements.flatMap((e) =>
    e.categories.length ? e.categories.map((category) => ({ element: e, category })) : [{ element: e, category: '' }],
  );
}

/** A stored value as it is typed back: digits, and a decimal comma in Vietnamese style. */
export function valueText(value: number, valueType: ValueType): string {
  return valueType === 'integer' ? String(value) : String(value).replace('.', ',');
}

export function textsFromValues(values: readonly ReportValue[], elements: readonly Element[]): EntryTexts {
  const types = new Map(elements.map((e) => [e.code, e.valueType]));
  const texts: EntryTexts = {};
  for (const v of values) texts[cellKey(v.element, v.category)] = valueText(v.value, types.get(v.element) ?? 'decimal');
  return texts;
}

export type ParsedValue = { value: number } | { problem: 'notNumber' | 'notInteger' } | null;

/**
 * Reads a typed figure. Whole numbers take digits, with dots or spaces as thousands separators
 * ("1.250" is one thousand two hundred and fifty); other numbers take a decimal comma or point.
 * Anything else ("N/A", "khoảng 10") is refused rather than guessed. Empty is null.
 */
export function parseValueText(text: string, valueType: ValueType): ParsedValue {
  const s = text.replace(/\s/g, '');
  if (s === '') return null;
  if (valueType === 'integer') {
    if (/^-?\d+$/.test(s)) return { value: Number(s) };
    if (/^-?\d{1,3}(\.\d{3})+$/.test(s)) return { value: Number(s.replace(/\./g, '')) };
    if (/^-?\d+([.,]\d+)?$/.test(s)) return { problem: 'notInteger' };
    return { problem: 'notNumber' };
  }
  if (/^-?\d+([.,]\d+)?$/.test(s)) return { value: Number(s.replace(',', '.')) };
  return { problem: 'notNumber' };
}

export type BuiltValues = {
  values: ReportValue[];
  /** The cell each sent value came from, by index (the server names problems by index). */
  cells: string[];
  /** Cells whose text is not a number, keyed by cell. */
  problems: Record<string, 'notNumber' | 'notInteger'>;
};

/** The values to send: every cell with a figure, in the form's order. */
export function buildValues(elements: readonly Element[], texts: EntryTexts): BuiltValues {
  const out: BuiltValues = { values: [], cells: [], problems: {} };
  for (const { element, category } of formCells(elements)) {
    const key = cellKey(element.code, category);
    const parsed = parseValueText(texts[key] ?? '', element.valueType);
    if (parsed === null) continue;
    if ('problem' in parsed) out.problems[key] = parsed.problem;
    else {
      out.values.push({ element: element.code, category, value: parsed.value });
      out.cells.push(key);
    }
  }
  return out;
}

/** The sum of a disaggregated element's categories, or null when none is typed (or one is not a number). */
export function categoryTotal(element: Element, texts: EntryTexts): number | null {
  let total = 0;
  let any = false;
  for (const category of element.categories) {
    const parsed = parseValueText(texts[cellKey(element.code, category)] ?? '', element.valueType);
    if (parsed === null) continue;
    if ('problem' in parsed) return null;
    total += parsed.value;
    any = true;
  }
  return any ? total : null;
}

/**
 * The server's problems placed on the form: "values.3.value" is the fourth value sent,
 * "element.CDT_TEAMS_TOTAL" a whole element; anything else is for the whole form ('_').
 */
export function placeIssues(
  issues: readonly { path: string; message: string }[],
  cells: readonly string[],
): Record<string, string> {
  const placed: Record<string, string> = {};
  for (const issue of issues) {
    let key = '_';
    const byIndex = /^values\.(\d+)(\.|$)/.exec(issue.path);
    const byElement = /^element\.(.+)$/.exec(issue.path);
    if (byIndex) key = cells[Number(byIndex[1])] ?? '_';
    else if (byElement) key = elementKey(byElement[1]!);
    placed[key] = placed[key] ? `${placed[key]} ${issue.message}` : issue.message;
  }
  return placed;
}

/** Whether what is typed differs from what is stored (ignoring how the same number is written). */
export function isDirty(elements: readonly Element[], texts: EntryTexts, stored: readonly ReportValue[]): boolean {
  const built = buildValues(elements, texts);
  if (Object.keys(built.problems).length) return true;
  const a = new Map(built.values.map((v) => [cellKey(v.element, v.category), v.value]));
  const b = new Map(stored.map((v) => [cellKey(v.element, v.category), v.value]));
  if (a.size !== b.size) return true;
  for (const [k, v] of a) if (b.get(k) !== v) return true;
  return false;
}
