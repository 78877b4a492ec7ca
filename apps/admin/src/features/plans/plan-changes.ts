import { formatDate, formatNumber, formatVnd } from '../../lib/format.ts';
import type { Translate } from '../../lib/i18n.tsx';

export type RawChange = { path: string; label: string; before: unknown; after: unknown };
export type ShownChange = { path: string; label: string; before: string; after: string };

export type ChangeContext = {
  t: Translate;
  /** "5. Tài liệu, video…" for a task area number, or the number alone when unknown. */
  taskArea: (n: number) => string;
  /** The name of a unit chosen as responsible, when the plan still names it. */
  unitName: (id: string) => string | undefined;
};

const TOP_FIELDS = new Set([
  'title',
  'summary',
  'inSocioEconomicPlan',
  'inYearlyProgramme',
  'inMidTermProgramme',
  'inLongTermProgramme',
]);
const ITEM_PATH = /^(activities|budgetLines)\[(\d+)\](?:\.(\w+))?$/;

/** A scalar as text; anything else as JSON, so that nothing reads "[object Object]". */
function text(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function formatValue(field: string, value: unknown, ctx: ChangeContext): string {
  const { t } = ctx;
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return t(value ? 'plans.compare.yes' : 'plans.compare.no');
  switch (field) {
    case 'amount':
      return typeof value === 'number' ? formatVnd(value) : text(value);
    case 'source':
      return t(`plans.source.${text(value)}`);
    case 'taskAreaNumber':
      return typeof value === 'number' ? ctx.taskArea(value) : text(value);
    case 'audiences':
    case 'channels': {
      const kind = field === 'audiences' ? 'audience' : 'channel';
      return Array.isArray(value) && value.length > 0
        ? value.map((v) => t(`plans.${kind}.${text(v)}`)).join(', ')
        : '—';
    }
    case 'periodStart':
    case 'periodEnd':
      return formatDate(text(value));
    case 'activityIndex':
      return typeof value === 'number' ? t('plans.activity.numbered', { n: value + 1 }) : text(value);
    case 'responsibleUnitId':
      return ctx.unitName(text(value)) ?? t('plans.compare.otherUnit');
    case 'coordinatingUnitIds':
      return Array.isArray(value) && value.length > 0 ? t('plans.compare.unitCount', { count: value.length }) : '—';
    case 'outputQuantity':
      return typeof value === 'number' ? formatNumber(value) : text(value);
    case 'linkedProgrammes':
      return Array.isArray(value) && value.length > 0 ? value.map(text).join('; ') : '—';
    default:
      return Array.isArray(value) ? value.map(text).join(', ') : text(value);
  }
}

/** An added or removed activity or budget line, in one line. */
function formatItem(kind: string, value: unknown, ctx: ChangeContext): string {
  if (!isRecord(value)) return '—';
  if (kind === 'activities') {
    const area = typeof value.taskAreaNumber === 'number' ? ` (${ctx.taskArea(value.taskAreaNumber)})` : '';
    return `${text(value.title)}${area}`;
  }
  const amount = typeof value.amount === 'number' ? formatVnd(value.amount) : '';
  const source = value.source ? ` — ${ctx.t(`plans.source.${text(value.source)}`)}` : '';
  return `${text(value.description)}: ${amount}${source}`;
}

/**
 * One change between two versions, said for people: field names in words, amounts in đồng,
 * dates as dd/mm/yyyy, codes as their labels. Paths the screen does not know keep the server's label.
 */
export function describeChange(change: RawChange, ctx: ChangeContext): ShownChange {
  const { t } = ctx;
  if (TOP_FIELDS.has(change.path)) {
    return {
      path: change.path,
      label: t(`plans.field.${change.path}`),
      before: formatValue(change.path, change.before, ctx),
      after: formatValue(change.path, change.after, ctx),
    };
  }
  const m = ITEM_PATH.exec(change.path);
  if (!m) {
    return {
      path: change.path,
      label: change.label,
      before: formatValue('', change.before, ctx),
      after: formatValue('', change.after, ctx),
    };
  }
  const [, kind = '', index = '0', field] = m;
  const item = t(kind === 'activities' ? 'plans.activity.numbered' : 'plans.line.numbered', { n: Number(index) + 1 });
  if (!field) {
    const added = change.before === null || change.before === undefined;
    return {
      path: change.path,
      label: `${item} ${t(added ? 'plans.compare.added' : 'plans.compare.removed')}`,
      before: added ? '—' : formatItem(kind, change.before, ctx),
      after: added ? formatItem(kind, change.after, ctx) : '—',
    };
  }
  const fieldKey = kind === 'activities' ? `plans.activity.${field}` : `plans.line.${field}`;
  return {
    path: change.path,
    label: `${item}: ${t(fieldKey)}`,
    before: formatValue(field, change.before, ctx),
    after: formatValue(field, change.after, ctx),
  };
}
