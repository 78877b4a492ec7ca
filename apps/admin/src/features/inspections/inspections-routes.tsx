import { Route, Routes } from 'react-router';
import { EmptyState } from '../../components/ui/empty-state.tsx';
import { useT } from '../../lib/i18n.tsx';
import './messages.ts';
import './inspections.css';
import { AssessmentPage } from './components/assessment-page.tsx';
import { AssessmentsPage } from './components/assessments-page.tsx';
import { CriteriaPage } from './components/criteria-page.tsx';
import { FeedbackPage } from './components/feedback-page.tsx';
import { PlanEditPage, PlanNewPage } from './components/plan-form-page.tsx';
import { PlanPage } from './components/plan-page.tsx';
import { PlansPage } from './components/plans-page.tsx';
import { RecommendationPage } from './components/recommendation-page.tsx';
import { RecommendationsPage } from './components/recommendations-page.tsx';

function NotFound() {
  const t = useT();
  return <EmptyState title={t('error.NOT_FOUND')} />;
}

/** Inspections and evaluation, self-assessments and citizen feedback, mounted under /admin/inspections/*. */
export default function InspectionsRoutes() {
  return (
    <Routes>
      <Route index element={<PlansPage />} />
      <Route path="plans/new" element={<PlanNewPage />} />
      <Route path="plans/:id" element={<PlanPage />} />
      <Route path="plans/:id/edit" element={<PlanEditPage />} />
      <Route path="recommendations" element={<RecommendationsPage />} />
      <Route path="recommendations/:id" element={<RecommendationPage />} />
      <Route path="assessments" element={<AssessmentsPage />} />
      <Route path="assessments/:id" element={<AssessmentPage />} />
      <Route path="criteria" element={<CriteriaPage />} />
      <Route path="feedback" element={<FeedbackPage />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
