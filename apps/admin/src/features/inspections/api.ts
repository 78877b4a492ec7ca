import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  AssessmentSummarySchema,
  AssessmentView,
  CreateInspectionPlanBody,
  CriteriaSet,
  InspectionPlanSummary,
  InspectionPlanView,
  RecommendationSummary,
  RecommendationView,
} from '@lantoa/contracts/inspections';
import type { Feedback } from '@lantoa/contracts/feedback';
import { apiFetch } from '../../lib/api-client.ts';

export type Page<T> = { items: T[]; total: number; page: number; pageSize: number };
export type AssessmentSummary = z.infer<typeof AssessmentSummarySchema>;
type Query = Record<string, string | number | undefined>;

export const keys = {
  all: ['inspections'] as const,
  plans: (q: Query) => ['inspections', 'plans', q] as const,
  plan: (id: string) => ['inspections', 'plan', id] as const,
  recs: (q: Query) => ['inspections', 'recs', q] as const,
  rec: (id: string) => ['inspections', 'rec', id] as const,
  assessments: (q: Query) => ['inspections', 'assessments', q] as const,
  assessment: (id: string) => ['inspections', 'assessment', id] as const,
  criteria: (year: number) => ['inspections', 'criteria', year] as const,
  feedback: (q: Query) => ['inspections', 'feedback', q] as const,
};

const list = <T,>(key: readonly unknown[], path: string, q: Query) =>
  ({ queryKey: key, queryFn: ({ signal }: { signal: AbortSignal }) => apiFetch<Page<T>>(path, { query: q, signal }), placeholderData: keepPreviousData });

export const usePlans = (q: Query) => useQuery(list<InspectionPlanSummary>(keys.plans(q), '/inspections/plans', q));
export const useRecommendations = (q: Query) => useQuery(list<RecommendationSummary>(keys.recs(q), '/inspections/recommendations', q));
export const useAssessments = (q: Query) => useQuery(list<AssessmentSummary>(keys.assessments(q), '/assessments', q));
export const useFeedback = (q: Query) => useQuery(list<Feedback>(keys.feedback(q), '/feedback', q));

export const usePlan = (id: string) =>
  useQuery({ queryKey: keys.plan(id), queryFn: ({ signal }) => apiFetch<InspectionPlanView>(`/inspections/plans/${encodeURIComponent(id)}`, { signal }) });
export const useRecommendation = (id: string) =>
  useQuery({ queryKey: keys.rec(id), queryFn: ({ signal }) => apiFetch<RecommendationView>(`/inspections/recommendations/${encodeURIComponent(id)}`, { signal }) });
export const useAssessment = (id: string) =>
  useQuery({ queryKey: keys.assessment(id), queryFn: ({ signal }) => apiFetch<AssessmentView>(`/assessments/${encodeURIComponent(id)}`, { signal }) });
export const useCriteria = (year: number) =>
  useQuery({ queryKey: keys.criteria(year), queryFn: ({ signal }) => apiFetch<CriteriaSet>(`/assessments/criteria/${year}`, { signal }) });

/** A write whose answer is the new state of a detail page; lists are refreshed after it. */
function useWrite<B, R>(fn: (body: B) => Promise<R>, detailKey?: (r: R) => readonly unknown[]) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (r) => {
      if (detailKey) qc.setQueryData(detailKey(r), r);
      void qc.invalidateQueries({ queryKey: keys.all, refetchType: 'active' });
    },
  });
}

export const useSavePlan = (id: string | null) =>
  useWrite(
    (body: CreateInspectionPlanBody & { lockVersion?: number }) =>
      id ? apiFetch<InspectionPlanView>(`/inspections/plans/${encodeURIComponent(id)}`, { method: 'PUT', body }) : apiFetch<InspectionPlanView>('/inspections/plans', { method: 'POST', body }),
    (p) => keys.plan(p.id),
  );
export const useAddVisit = (planId: string) =>
  useWrite((body: { unitId: string; visitDate: string; inspectors: string; summary: string | null }) => apiFetch<InspectionPlanView>(`/inspections/plans/${planId}/visits`, { method: 'POST', body }), (p) => keys.plan(p.id));
export const useAddFinding = () =>
  useWrite(({ visitId, content }: { visitId: string; content: string }) => apiFetch<InspectionPlanView>(`/inspections/visits/${visitId}/findings`, { method: 'POST', body: { content } }), (p) => keys.plan(p.id));
export const useAddRecommendation = () =>
  useWrite(
    ({ findingId, ...body }: { findingId: string; content: string; responsibleUnitId: string; deadline: string }) =>
      apiFetch<InspectionPlanView>(`/inspections/findings/${findingId}/recommendations`, { method: 'POST', body }),
    (p) => keys.plan(p.id),
  );
export const useReport = (id: string) =>
  useWrite((body: { body: string; lockVersion: number }) => apiFetch<RecommendationView>(`/inspections/recommendations/${id}/reports`, { method: 'POST', body }), (r) => keys.rec(r.id));
export const useRecTransition = (id: string) =>
  useWrite((body: { action: string; comment: string | null; lockVersion: number }) => apiFetch<RecommendationView>(`/inspections/recommendations/${id}/transition`, { method: 'POST', body }), (r) => keys.rec(r.id));

export const useCreateAssessment = () =>
  useWrite((body: { year: number; unitId: string }) => apiFetch<AssessmentView>('/assessments', { method: 'POST', body }), (a) => keys.assessment(a.id));
export const useSaveSelf = (id: string) =>
  useWrite(
    (body: { summary: string | null; scores: { criterionId: string; selfScore: number | null; evidence: string | null }[]; lockVersion: number }) =>
      apiFetch<AssessmentView>(`/assessments/${id}/self`, { method: 'PUT', body }),
    (a) => keys.assessment(a.id),
  );
export const useSaveReview = (id: string) =>
  useWrite(
    (body: { reviewComment: string | null; scores: { criterionId: string; reviewScore: number | null; reviewNote: string | null }[]; lockVersion: number }) =>
      apiFetch<AssessmentView>(`/assessments/${id}/review`, { method: 'PUT', body }),
    (a) => keys.assessment(a.id),
  );
export const useAssessmentTransition = (id: string) =>
  useWrite((body: { action: string; comment: string | null; lockVersion: number }) => apiFetch<AssessmentView>(`/assessments/${id}/transition`, { method: 'POST', body }), (a) => keys.assessment(a.id));
export const useSaveCriteria = (year: number) =>
  useWrite(
    (body: { criteria: { code: string; title: string; maxPoints: number }[]; lockVersion: number }) => apiFetch<CriteriaSet>(`/assessments/criteria/${year}`, { method: 'PUT', body }),
    () => keys.criteria(year),
  );
export const useModerate = () =>
  useWrite(({ id, ...body }: { id: string; status: string; answer: string | null; lockVersion: number }) => apiFetch<Feedback>(`/feedback/${id}/moderation`, { method: 'PUT', body }));
