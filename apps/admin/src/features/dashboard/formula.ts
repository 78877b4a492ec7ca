/**
 * An indicator's formula as the server stores it, and the plain fields the settings form edits it
 * with. The providers' parameters are known here by name: the server lists the providers but not
 * what each of them takes.
 */
export const AGGREGATIONS = ['ratio', 'sum', 'count', 'average', 'latest'] as const;
export type Aggregation = (typeof AGGREGATIONS)[number];
export const MISSING_RULES = ['exclude', 'zero'] as const;
export type MissingRule = (typeof MISSING_RULES)[number];
export const UNIT_GROUPS = ['locality', 'department', 'mass_organisation', 'press', 'school', 'cdt_team'] as const;

export type FormulaPart = { provider: string; params: Record<string, unknown> };
export type Formula = {
  numerator: FormulaPart;
  denominator: FormulaPart | null;
  aggregation: Aggregation;
  missing: MissingRule;
  scale: number;
};

export const PARAM_NAMES = ['element', 'group', 'min'] as const;
export type ParamName = (typeof PARAM_NAMES)[number];

const PROVIDER_PARAMS: Record<string, readonly ParamName[]> = {
  data_element: ['element'],
  units_in_group: ['group'],
  element_flag: ['element', 'group', 'min'],
  plan_target2: [],
  plan_target3: [],
};

/** The parameters a provider takes (none for one this screen does not know). */
export function paramsOf(provider: string): readonly ParamName[] {
  return PROVIDER_PARAMS[provider] ?? [];
}

export type PartDraft = { provider: string; element: string; group: string; min: string };
export type FormulaDraft = {
  numerator: PartDraft;
  /** provider '' means no denominator. */
  denominator: PartDraft;
  aggregation: Aggregation;
  missing: MissingRule;
  scale: string;
};

/** A parameter as text: numbers and words as they are, anything else as JSON. */
export function paramText(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
}

const str = paramText;

function partDraft(part: FormulaPart | null): PartDraft {
  if (!part) return { provider: '', element: '', group: '', min: '1' };
  return {
    provider: part.provider,
    element: str(part.params.element),
    group: str(part.params.group),
    min: part.params.min === undefined ? '1' : str(part.params.min),
  };
}

export function draftFromFormula(f: Formula): FormulaDraft {
  return {
    numerator: partDraft(f.numerator),
    denominator: partDraft(f.denominator),
    aggregation: f.aggregation,
    missing: f.missing,
    scale: String(f.scale),
  };
}

/** A number typed with a decimal comma or point, or null. */
function readNumber(text: string): number | null {
  const s = text.trim().replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(s)) return null;
  return Number(s);
}

export type DraftProblem = 'required' | 'notNumber' | 'ratioNeedsDenominator';

function partFromDraft(d: PartDraft, side: string, problems: Record<string, DraftProblem>): FormulaPart {
  const params: Record<string, unknown> = {};
  for (const name of paramsOf(d.provider)) {
    if (name === 'min') {
      const n = readNumber(d.min);
      if (n === null) problems[`${side}.min`] = 'notNumber';
      else params.min = n;
    } else if (!d[name]) problems[`${side}.${name}`] = 'required';
    else params[name] = d[name];
  }
  if (!d.provider) problems[`${side}.provider`] = 'required';
  return { provider: d.provider, params };
}

/** The formula to send, keeping only the parameters each provider takes; or the problems, by field. */
export function formulaFromDraft(
  d: FormulaDraft,
): { formula: Formula; problems: null } | { formula: null; problems: Record<string, DraftProblem> } {
  const problems: Record<string, DraftProblem> = {};
  const numerator = partFromDraft(d.numerator, 'numerator', problems);
  const denominator = d.denominator.provider ? partFromDraft(d.denominator, 'denominator', problems) : null;
  if (d.aggregation === 'ratio' && !denominator) problems['denominator.provider'] = 'ratioNeedsDenominator';
  const scale = readNumber(d.scale);
  if (scale === null) problems.scale = 'notNumber';
  if (Object.keys(problems).length) return { formula: null, problems };
  return {
    formula: { numerator, denominator, aggregation: d.aggregation, missing: d.missing, scale: scale! },
    problems: null,
  };
}
