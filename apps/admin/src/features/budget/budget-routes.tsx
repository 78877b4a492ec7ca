import { Navigate, Route, Routes } from 'react-router';
import './messages.ts';
import './budget.css';
import { currentYear, EstimatePage } from './components/estimate-page.tsx';

/** The budget-estimate screens, mounted under /admin/budget/*: one page per year. */
export default function BudgetRoutes() {
  return (
    <Routes>
      <Route index element={<Navigate to={String(currentYear())} replace />} />
      <Route path=":year" element={<EstimatePage />} />
      <Route path="*" element={<Navigate to={String(currentYear())} replace />} />
    </Routes>
  );
}
