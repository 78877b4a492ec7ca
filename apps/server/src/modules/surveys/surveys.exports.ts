import { z } from 'zod';
import { LIKERT_LABELS_VI, QUESTION_KIND_LABELS_VI, SURVEY_AUDIENCES } from '@lantoa/contracts/surveys';
import { defineExportSource } from '../../platform/exports/exports.ts';
import type { AuthedCtx } from '../../platform/context.ts';
import { getSurveyResults } from './surveys.service.ts';

/** A survey's results: one row per option (or per figure), with last year's beside it. */
export const surveyResultsExport = defineExportSource({
  name: 'survey-results',
  title: 'Kết quả khảo sát',
  query: z.object({ id: z.uuid(), unitId: z.uuid().optional(), audience: z.enum(SURVEY_AUDIENCES).optional() }),
  columns: [
    { header: 'Câu hỏi', key: 'question', type: 'text', width: 50 },
    { header: 'Loại', key: 'kind', type: 'text', width: 14 },
    { header: 'Phương án / chỉ số', key: 'option', type: 'text', width: 30 },
    { header: 'Năm nay', key: 'value', type: 'number', width: 12 },
    { header: 'Năm trước', key: 'previous', type: 'number', width: 12 },
  ],
  count: async () => 1,
  rows: async function* (ctx: AuthedCtx, q) {
    const r = await getSurveyResults(ctx, q.id, { unitId: q.unitId, audience: q.audience });
    const out: Record<string, string | number | null>[] = [{ question: 'Số người trả lời', kind: '', option: '', value: r.respondents, previous: r.previous?.respondents ?? null }];
    for (const question of r.questions) {
      const prev = r.previous?.questions.find((p) => p.questionId === question.questionId);
      const base = { question: question.text, kind: QUESTION_KIND_LABELS_VI[question.kind] };
      if (question.kind === 'number' || question.kind === 'likert') out.push({ ...base, option: 'Trung bình', value: question.mean, previous: prev?.mean ?? null });
      if (question.kind === 'text') out.push({ ...base, option: 'Số câu trả lời', value: question.answered, previous: prev?.answered ?? null });
      for (const [k, n] of Object.entries(question.counts)) {
        const label = question.kind === 'likert' ? `${k} — ${LIKERT_LABELS_VI[Number(k) - 1]}` : k;
        out.push({ ...base, option: label, value: n, previous: prev?.counts[k] ?? null });
      }
    }
    yield out;
  },
});
