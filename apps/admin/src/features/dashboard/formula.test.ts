import { describe, expect, it } from 'vitest';
import { draftFromFormula, formulaFromDraft, paramsOf, type Formula } from './formula.ts';

const t7: Formula = {
  numerator: { provider: 'element_flag', params: { element: 'HAS_DX_COLUMN', group: 'press', min: 1 } },
  denominator: { provider: 'units_in_group', params: { group: 'press' } },
  aggregation: 'ratio',
  missing: 'zero',
  scale: 100,
};

describe('formula drafts', () => {
  it('round-trips a stored formula', () => {
    expect(formulaFromDraft(draftFromFormula(t7))).toEqual({ formula: t7, problems: null });
  });

  it('keeps only the parameters a provider takes', () => {
    const d = draftFromFormula(t7);
    d.numerator.provider = 'data_element';
    d.numerator.element = 'LEADERS_INFORMED';
    const out = formulaFromDraft(d);
    expect(out.formula?.numerator).toEqual({ provider: 'data_element', params: { element: 'LEADERS_INFORMED' } });
  });

  it('sends no denominator for a sum', () => {
    const d = draftFromFormula(t7);
    d.aggregation = 'sum';
    d.denominator.provider = '';
    expect(formulaFromDraft(d).formula?.denominator).toBeNull();
  });

  it('names the fields that are missing or not numbers', () => {
    const d = draftFromFormula(t7);
    d.numerator.element = '';
    d.numerator.min = 'một';
    d.denominator.provider = '';
    d.scale = '100%';
    expect(formulaFromDraft(d).problems).toEqual({
      'numerator.element': 'required',
      'numerator.min': 'notNumber',
      'denominator.provider': 'ratioNeedsDenominator',
      scale: 'notNumber',
    });
  });

  it('reads a decimal comma', () => {
    const d = draftFromFormula(t7);
    d.scale = '0,5';
    expect(formulaFromDraft(d).formula?.scale).toBe(0.5);
  });
});

describe('paramsOf', () => {
  it('knows the providers the server offers and takes nothing for others', () => {
    expect(paramsOf('data_element')).toEqual(['element']);
    expect(paramsOf('plan_target2')).toEqual([]);
    expect(paramsOf('khong_co')).toEqual([]);
  });
});
