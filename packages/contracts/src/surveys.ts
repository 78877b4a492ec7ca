import { z } from 'zod';
import { PageQuerySchema, UuidSchema } from './common.ts';

/** Status surveys (task area 1: assessment every year or two): questionnaires and their results. */

export const QUESTION_KINDS = ['single', 'multiple', 'likert', 'number', 'text'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];
export const SURVEY_AUDIENCES = ['officials', 'public'] as const;
export type SurveyAudience = (typeof SURVEY_AUDIENCES)[number];
export const SURVEY_STATUSES = ['draft', 'open', 'closed'] as const;
export type SurveyStatus = (typeof SURVEY_STATUSES)[number];
export const SURVEY_ACTIONS = ['open', 'close', 'reopen'] as const;
export type SurveyAction = (typeof SURVEY_ACTIONS)[number];
export const LIKERT_POINTS = [1, 2, 3, 4, 5] as const;

export const QUESTION_KIND_LABELS_VI: Record<QuestionKind, string> = {
  single: 'Chọn một',
  multiple: 'Chọn nhiều',
  likert: 'Thang đo 1–5',
  number: 'Số',
  text: 'Văn bản',
};
export const SURVEY_AUDIENCE_LABELS_VI: Record<SurveyAudience, string> = { officials: 'Cán bộ các đơn vị được chọn', public: 'Người dân (công khai)' };
export const SURVEY_STATUS_LABELS_VI: Record<SurveyStatus, string> = { draft: 'Đang soạn', open: 'Đang nhận trả lời', closed: 'Đã đóng' };
export const LIKERT_LABELS_VI = ['Rất không đồng ý', 'Không đồng ý', 'Phân vân', 'Đồng ý', 'Rất đồng ý'] as const;

export const QuestionSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/, { message: 'Mã câu hỏi chỉ gồm chữ thường, số và dấu gạch' }),
  kind: z.enum(QUESTION_KINDS, { message: 'Loại câu hỏi không hợp lệ' }),
  text: z.string().trim().min(1, { message: 'Vui lòng nhập nội dung câu hỏi' }).max(500, { message: 'Câu hỏi tối đa 500 ký tự' }),
  required: z.boolean().default(false),
  options: z.array(z.string().trim().min(1, { message: 'Phương án không được để trống' }).max(200)).max(20).default([]),
  /** Shown only when an earlier question's answer is (or includes) this option. */
  showIf: z.object({ questionId: z.string(), equals: z.string() }).nullable().default(null),
});
export type Question = z.infer<typeof QuestionSchema>;

export const SurveyInputSchema = z.object({
  title: z.string().trim().min(1, { message: 'Vui lòng nhập tên khảo sát' }).max(300, { message: 'Tên khảo sát tối đa 300 ký tự' }),
  description: z.string().trim().max(4000).nullish().transform((v) => v || null),
  year: z.number({ message: 'Vui lòng nhập năm' }).int().min(2000, { message: 'Năm không hợp lệ' }).max(2100, { message: 'Năm không hợp lệ' }),
  audience: z.enum(SURVEY_AUDIENCES, { message: 'Vui lòng chọn đối tượng' }),
  isAnonymous: z.boolean(),
  questions: z.array(QuestionSchema).max(100, { message: 'Tối đa 100 câu hỏi' }),
  targetUnitIds: z.array(UuidSchema).max(500).default([]),
  previousSurveyId: UuidSchema.nullish().transform((v) => v ?? null),
});
export type SurveyInput = z.infer<typeof SurveyInputSchema>;
export const UpdateSurveyBodySchema = SurveyInputSchema.extend({ lockVersion: z.number().int().min(1) });

export const SurveySummarySchema = z.object({
  id: z.uuid(),
  title: z.string(),
  year: z.number().int(),
  audience: z.enum(SURVEY_AUDIENCES),
  isAnonymous: z.boolean(),
  status: z.enum(SURVEY_STATUSES),
  questionCount: z.number().int(),
  responseCount: z.number().int(),
  updatedAt: z.string(),
});
export type SurveySummary = z.infer<typeof SurveySummarySchema>;

export const SurveyViewSchema = SurveySummarySchema.extend({
  description: z.string().nullable(),
  questions: z.array(QuestionSchema),
  targetUnits: z.array(z.object({ id: z.uuid(), name: z.string() })),
  previousSurvey: z.object({ id: z.uuid(), title: z.string(), year: z.number().int() }).nullable(),
  lockVersion: z.number().int(),
  actions: z.array(z.enum(SURVEY_ACTIONS)),
  canEdit: z.boolean(),
  /** For the reader: may they answer it now, and have they. */
  canAnswer: z.boolean(),
  hasAnswered: z.boolean(),
  publicUrl: z.string().nullable(),
});
export type SurveyView = z.infer<typeof SurveyViewSchema>;

export const SurveyListQuerySchema = PageQuerySchema.extend({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  status: z.enum(SURVEY_STATUSES).optional(),
  q: z.string().trim().max(200).optional(),
});

/** Answers by question id: an option, a list of options, 1–5, a number or text. */
export const AnswersSchema = z.record(z.string(), z.union([z.string().max(4000), z.number(), z.array(z.string().max(200)).max(20)]));
export type Answers = z.infer<typeof AnswersSchema>;
export const SubmitAnswersBodySchema = z.object({ answers: AnswersSchema });

export const SurveyTransitionBodySchema = z.object({ action: z.enum(SURVEY_ACTIONS), lockVersion: z.number().int().min(1), comment: z.string().trim().max(2000).nullish() });

export const QuestionResultSchema = z.object({
  questionId: z.string(),
  kind: z.enum(QUESTION_KINDS),
  text: z.string(),
  answered: z.number().int(),
  /** single, multiple, likert: count per option (likert: "1".."5"). */
  counts: z.record(z.string(), z.number().int()),
  mean: z.number().nullable(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  /** text: the latest answers. */
  samples: z.array(z.string()),
});
export type QuestionResult = z.infer<typeof QuestionResultSchema>;

export const SurveyResultsSchema = z.object({
  surveyId: z.uuid(),
  year: z.number().int(),
  respondents: z.number().int(),
  byUnit: z.array(z.object({ unitId: z.uuid().nullable(), unitName: z.string(), respondents: z.number().int() })),
  questions: z.array(QuestionResultSchema),
  previous: z.object({ surveyId: z.uuid(), year: z.number().int(), respondents: z.number().int(), questions: z.array(QuestionResultSchema) }).nullable(),
});
export type SurveyResults = z.infer<typeof SurveyResultsSchema>;
export const SurveyResultsQuerySchema = z.object({ unitId: UuidSchema.optional(), audience: z.enum(SURVEY_AUDIENCES).optional() });
