import { Route, Routes } from 'react-router';
import { EmptyState } from '../../components/ui/empty-state.tsx';
import { useT } from '../../lib/i18n.tsx';
import './messages.ts';
import './surveys.css';
import { SurveyBuilderPage } from './components/survey-builder-page.tsx';
import { SurveyPage } from './components/survey-page.tsx';
import { SurveysPage } from './components/surveys-page.tsx';

function NotFound() {
  const t = useT();
  return <EmptyState title={t('error.NOT_FOUND')} />;
}

/** The survey screens, mounted under /admin/surveys/*. */
export default function SurveysRoutes() {
  return (
    <Routes>
      <Route index element={<SurveysPage />} />
      <Route path="new" element={<SurveyBuilderPage />} />
      <Route path=":id/edit" element={<SurveyBuilderPage />} />
      <Route path=":id" element={<SurveyPage />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
