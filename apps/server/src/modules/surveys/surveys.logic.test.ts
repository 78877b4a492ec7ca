import { describe, expect, it } from 'vitest';
import type { Question } from '@lantoa/contracts/surveys';
import { checkQuestions, computeResults, isQuestionShown, validateAnswers } from './surveys.logic.ts';

const Q: Question[] = [
  { id: 'used', kind: 'single', text: 'Đã dùng dịch vụ công trực tuyến?', required: true, options: ['Có', 'Chưa'], showIf: null },
  { id: 'why-not', kind: 'multiple', text: 'Vì sao chưa?', required: true, options: ['Không biết', 'Khó dùng', 'Không có máy'], showIf: { questionId: 'used', equals: 'Chưa' } },
  { id: 'easy', kind: 'likert', text: 'Dễ sử dụng', required: true, options: [], showIf: { questionId: 'used', equals: 'Có' } },
  { id: 'times', kind: 'number', text: 'Số lần trong năm', required: false, options: [], showIf: null },
  { id: 'note', kind: 'text', text: 'Góp ý', required: false, options: [], showIf: null },
];

describe('conditional questions', () => {
  it('are shown only after the answer they depend on', () => {
    expect(isQuestionShown(Q[1]!, { used: 'Chưa' })).toBe(true);
    expect(isQuestionShown(Q[1]!, { used: 'Có' })).toBe(false);
    expect(isQuestionShown(Q[1]!, {})).toBe(false);
  });
});

describe('validateAnswers', () => {
  it('asks the required questions that are shown, and drops answers to hidden ones', () => {
    expect(validateAnswers(Q, {})).toEqual({ ok: false, errors: { used: 'Vui lòng trả lời câu hỏi này' } });
    expect(validateAnswers(Q, { used: 'Có' })).toEqual({ ok: false, errors: { easy: 'Vui lòng trả lời câu hỏi này' } });
    expect(validateAnswers(Q, { used: 'Có', easy: '4', 'why-not': ['Khó dùng'], times: '3,5', note: '  tốt ' })).toEqual({ ok: true, answers: { used: 'Có', easy: 4, times: 3.5, note: 'tốt' } });
  });

  it.each([
    [{ used: 'Có lẽ' }, 'used'],
    [{ used: 'Chưa', 'why-not': ['Bận'] }, 'why-not'],
    [{ used: 'Có', easy: 6 }, 'easy'],
    [{ used: 'Có', easy: 3, times: 'nhiều' }, 'times'],
  ])('refuses %j at %s', (answers, field) => {
    const r = validateAnswers(Q, answers);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(Object.keys(r.errors)).toEqual([field]);
  });
});

describe('checkQuestions', () => {
  it('finds duplicate ids, choice questions without options and conditions that cannot hold', () => {
    expect(checkQuestions(Q)).toEqual({});
    const bad: Question[] = [Q[0]!, { ...Q[0]!, options: ['x'] }, { ...Q[3]!, showIf: { questionId: 'times', equals: '1' } }, { ...Q[4]!, id: 'n2', showIf: { questionId: 'used', equals: 'Không' } }];
    expect(checkQuestions(bad)).toEqual({
      'questions.1.id': 'Mã câu hỏi "used" bị trùng',
      'questions.1.options': 'Câu hỏi lựa chọn cần ít nhất 2 phương án',
      'questions.2.showIf': 'Điều kiện phải dựa trên một câu hỏi đứng trước',
      'questions.3.showIf': 'Phương án điều kiện không có trong câu hỏi trước',
    });
  });
});

describe('computeResults', () => {
  it('counts options, scales and numbers', () => {
    const r = computeResults(Q, [{ used: 'Có', easy: 4, times: 2 }, { used: 'Có', easy: 5, times: 4 }, { used: 'Chưa', 'why-not': ['Khó dùng', 'Không có máy'] }]);
    expect(r[0]).toMatchObject({ answered: 3, counts: { Có: 2, Chưa: 1 } });
    expect(r[1]).toMatchObject({ answered: 1, counts: { 'Không biết': 0, 'Khó dùng': 1, 'Không có máy': 1 } });
    expect(r[2]).toMatchObject({ answered: 2, counts: { '1': 0, '2': 0, '3': 0, '4': 1, '5': 1 }, mean: 4.5 });
    expect(r[3]).toMatchObject({ answered: 2, mean: 3, min: 2, max: 4 });
    expect(r[4]).toMatchObject({ answered: 0, samples: [] });
  });
});
