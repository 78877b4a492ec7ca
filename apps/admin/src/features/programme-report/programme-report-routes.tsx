import { Navigate, Route, Routes } from 'react-router';
import './messages.ts';
import './programme-report.css';
import { ProgrammeReportPage } from './components/programme-report-page.tsx';
import { DEFAULT_REPORT_YEAR } from './report-years.ts';

/** The annual programme report, mounted under /admin/programme-report/*: one page per year. */
export default function ProgrammeReportRoutes() {
  return (
    <Routes>
      <Route index element={<Navigate to={String(DEFAULT_REPORT_YEAR)} replace />} />
      <Route path=":year" element={<ProgrammeReportPage />} />
      <Route path="*" element={<Navigate to={String(DEFAULT_REPORT_YEAR)} replace />} />
    </Routes>
  );
}
