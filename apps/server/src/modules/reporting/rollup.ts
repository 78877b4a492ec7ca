/**
 * Roll-up arithmetic, pure: values held by units are carried to the structure asked about and
 * combined into an indicator value. Tested in rollup.test.ts.
 */
export type Succession = { from: string; to: string; share: 'full' | 'partial' };

/**
 * Carries values of units that no longer exist to the units that exist now, following
 * successions: all of it to a full successor, or split equally among partial successors (the
 * data records a split as partial shares without fractions). Units that exist keep their value.
 */
export function mapToStructure(values: Map<string, number>, successions: Succession[], exists: (unitId: string) => boolean): Map<string, number> {
  const out = new Map<string, number>();
  const outgoing = new Map<string, Succession[]>();
  for (const s of successions) {
    const list = outgoing.get(s.from) ?? [];
    list.push(s);
    outgoing.set(s.from, list);
  }
  const carry = (unit: string, value: number, depth: number) => {
    if (exists(unit) || depth > 20) {
      if (exists(unit)) out.set(unit, (out.get(unit) ?? 0) + value);
      return;
    }
    const edges = outgoing.get(unit) ?? [];
    const full = edges.filter((e) => e.share === 'full');
    const targets = full.length > 0 ? full : edges;
    if (targets.length === 0) return; // no successor: the value has nowhere to go on this structure
    for (const e of targets) carry(e.to, value / targets.length, depth + 1);
  };
  for (const [unit, value] of values) carry(unit, value, 0);
  return out;
}

export type Aggregation = 'ratio' | 'sum' | 'count' | 'average' | 'latest';
export type MissingRule = 'exclude' | 'zero';

export type RollupInput = {
  /** Numerator per unit in scope; null or absent = no value reported. */
  numerator: Map<string, number | null>;
  /** Denominator per unit (for ratios); units absent here do not count. */
  denominator?: Map<string, number>;
  units: string[];
  aggregation: Aggregation;
  missing: MissingRule;
  scale: number;
};

export type RollupResult = { value: number | null; numerator: number; denominator: number | null; unitsWithData: number; unitsMissing: number };

/**
 * Combines per-unit values into one figure. With missing = 'exclude', a unit without a value
 * counts neither above nor below the line (never as zero); with 'zero' it counts as 0.
 */
export function computeRollup(input: RollupInput): RollupResult {
  let num = 0;
  let den = 0;
  let withData = 0;
  let missingUnits = 0;
  const values: number[] = [];
  for (const unit of input.units) {
    const raw = input.numerator.get(unit);
    const has = raw !== null && raw !== undefined;
    if (!has) missingUnits++;
    if (!has && input.missing === 'exclude') continue;
    const v = has ? raw : 0;
    if (has) withData++;
    num += v;
    values.push(v);
    if (input.denominator) den += input.denominator.get(unit) ?? 0;
  }
  const round = (x: number) => Math.round(x * 100) / 100;
  let value: number | null;
  switch (input.aggregation) {
    case 'ratio':
      value = den > 0 ? round((num / den) * input.scale) : null;
      break;
    case 'sum':
      value = withData > 0 || input.missing === 'zero' ? round(num * input.scale) : null;
      break;
    case 'count':
      value = values.filter((v) => v > 0).length;
      break;
    case 'average':
      value = values.length > 0 ? round((num / values.length) * input.scale) : null;
      break;
    case 'latest':
      value = values.length > 0 ? round(values[values.length - 1]! * input.scale) : null;
      break;
  }
  return { value, numerator: round(num), denominator: input.denominator ? round(den) : null, unitsWithData: withData, unitsMissing: missingUnits };
}
