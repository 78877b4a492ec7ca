import type { Answers, Question, QuestionResult } from '@lantoa/contracts/surveys';

/** Whether a question is asked, given the answers so far (conditional questions). Pure. */
export function isQuestionShown(q: Question, answers: Answers): boolean {
  if (!q.showIf) return true;
  const a = answers[q.showIf.questionId];
  return Array.isArray(a) ? a.includes(q.showIf.equals) : a === q.showIf.equals;
}

/** Checks a questionnaire's own consistency: unique ids, options where needed, conditions on earlier choice questions. */
export function checkQuestions(questions: readonly Question[]): Record<string, string> {
  const errors: Record<string, string> = {};
  const seen = new Map<string, Question>();
  questions.forEach((q, i) => {
    const at = `questions.${i}`;
    if (seen.has(q.id)) errors[`${at}.id`] = `Mã câu hỏi "${q.id}" bị trùng`;
    if ((q.kind === 'single' || q.kind === 'multiple') && q.options.length < 2) errors[`${at}.options`] = 'Câu hỏi lựa chọn cần ít nhất 2 phương án';
    if (q.showIf) {
      const on = seen.get(q.showIf.questionId);
      if (!on) errors[`${at}.showIf`] = 'Điều kiện phải dựa trên một câu hỏi đứng trước';
      else if (on.kind !== 'single' && on.kind !== 'multiple') errors[`${at}.showIf`] = 'Điều kiện chỉ dựa trên câu hỏi lựa chọn';
      else if (!on.options.includes(q.showIf.equals)) errors[`${at}.showIf`] = 'Phương án điều kiện không có trong câu hỏi trước';
    }
    seen.set(q.id, q);
  });
  return errors;
}

/**
 * Checks one respondent's answers: required questions that are shown, options that exist, 1–5 on
 * a scale, numbers as numbers. Answers to questions not shown are dropped. Returns the clean
 * answers or every question's message. Pure.
 */
export function validateAnswers(questions: readonly Question[], raw: Answers): { ok: true; answers: Answers } | { ok: false; errors: Record<string, string> } {
  const clean: Answers = {};
  const errors: Record<string, string> = {};
  for (const q of questions) {
    if (!isQuestionShown(q, clean)) continue;
    let v = raw[q.id];
    if (typeof v === 'string') v = v.trim();
    const empty = v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
    if (empty) {
      if (q.required) errors[q.id] = 'Vui lòng trả lời câu hỏi này';
      continue;
    }
    switch (q.kind) {
      case 'single':
        if (typeof v !== 'string' || !q.options.includes(v)) errors[q.id] = 'Vui lòng chọn một phương án có trong danh sách';
        else clean[q.id] = v;
        break;
      case 'multiple': {
        const list = Array.isArray(v) ? v : [String(v)];
        if (list.some((x) => !q.options.includes(x))) errors[q.id] = 'Có phương án không có trong danh sách';
        else clean[q.id] = [...new Set(list)];
        break;
      }
      case 'likert': {
        const n = Number(v);
        if (!Number.isInteger(n) || n < 1 || n > 5) errors[q.id] = 'Vui lòng chọn mức từ 1 đến 5';
        else clean[q.id] = n;
        break;
      }
      case 'number': {
        const n = typeof v === 'number' ? v : Number(String(v).replace(',', '.'));
        if (Array.isArray(v) || !Number.isFinite(n)) errors[q.id] = 'Vui lòng nhập một số';
        else clean[q.id] = n;
        break;
      }
      case 'text':
        if (typeof v !== 'string') errors[q.id] = 'Câu trả lời không hợp lệ';
        else if (v.length > 4000) errors[q.id] = 'Câu trả lời tối đa 4000 ký tự';
        else clean[q.id] = v;
        break;
    }
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, answers: clean };
}

/** Aggregates answers question by question (counts, mean, range, text samples). Pure. */
export function computeResults(questions: readonly Question[], responses: readonly Answers[]): QuestionResult[] {
  return questions.map((q) => {
    const values = responses.map((r) => r[q.id]).filter((v) => v !== undefined);
    const counts: Record<string, number> = {};
    if (q.kind === 'single' || q.kind === 'multiple') for (const o of q.options) counts[o] = 0;
    if (q.kind === 'likert') for (const p of ['1', '2', '3', '4', '5']) counts[p] = 0;
    for (const v of values) for (const k of Array.isArray(v) ? v : [String(v)]) if (q.kind !== 'number' && q.kind !== 'text' && k in counts) counts[k]! += 1;
    const nums = q.kind === 'likert' || q.kind === 'number' ? values.map(Number).filter(Number.isFinite) : [];
    const mean = nums.length ? Math.round((nums.reduce((a, b) => a + b, 0) / nums.length) * 100) / 100 : null;
    return {
      questionId: q.id,
      kind: q.kind,
      text: q.text,
      answered: values.length,
      counts,
      mean,
      min: nums.length ? Math.min(...nums) : null,
      max: nums.length ? Math.max(...nums) : null,
      samples: q.kind === 'text' ? values.slice(-20).map(String) : [],
    };
  });
}
