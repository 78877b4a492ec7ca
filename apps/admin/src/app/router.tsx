import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { createBrowserRouter } from 'react-router';
import type { Permission } from '@lantoa/contracts/access';
import { Loading } from '../components/ui/spinner.tsx';
import { onCsrfRefresh, onUnauthenticated } from '../lib/api-client.ts';
import { getMe, keepOfflineMe, ME_QUERY_KEY, setSessionEndReason } from '../lib/auth.tsx';
import { queryClient } from '../lib/query-client.ts';
import { ChangePasswordPage } from '../features/auth/components/change-password-page.tsx';
import { LoginPage } from '../features/auth/components/login-page.tsx';
import { AuditPage } from '../features/audit/components/audit-page.tsx';
import { CloseUnitPage } from '../features/org-units/components/close-unit-page.tsx';
import { CreateUnitPage } from '../features/org-units/components/create-unit-page.tsx';
import { MergeUnitsPage } from '../features/org-units/components/merge-units-page.tsx';
import { MoveUnitPage } from '../features/org-units/components/move-unit-page.tsx';
import { RenameUnitPage } from '../features/org-units/components/rename-unit-page.tsx';
import { SplitUnitPage } from '../features/org-units/components/split-unit-page.tsx';
import { UnitPage } from '../features/org-units/components/unit-page.tsx';
import { UnitImportPage } from '../features/org-units/components/unit-import-page.tsx';
import { UnitsPage } from '../features/org-units/components/units-page.tsx';
import { UserCreatePage } from '../features/users/components/user-create-page.tsx';
import { UserEditPage } from '../features/users/components/user-edit-page.tsx';
import { UserImportPage } from '../features/users/components/user-import-page.tsx';
import { UserPage } from '../features/users/components/user-page.tsx';
import { UsersPage } from '../features/users/components/users-page.tsx';
import { AppLayout } from './app-layout.tsx';
import { RequireAuth } from './require-auth.tsx';
import { RequirePermission } from './require-permission.tsx';
import { HomePage } from './routes/home-page.tsx';
import { NotFoundPage } from './routes/not-found-page.tsx';
import { RouteError } from './routes/route-error.tsx';

// Features that bring their own <Routes> load only when someone opens them.
const ProgrammeRoutes = lazy(() => import('../features/programme/programme-routes.tsx'));
const PlansRoutes = lazy(() => import('../features/plans/plans-routes.tsx'));
const TrainingsRoutes = lazy(() => import('../features/trainings/trainings-routes.tsx'));
const InspectionsRoutes = lazy(() => import('../features/inspections/inspections-routes.tsx'));
const BudgetRoutes = lazy(() => import('../features/budget/budget-routes.tsx'));
const DashboardRoutes = lazy(() => import('../features/dashboard/dashboard-routes.tsx'));
const ReportsRoutes = lazy(() => import('../features/reports/reports-routes.tsx'));
const PressRoutes = lazy(() => import('../features/press/press-routes.tsx'));
const SchoolsRoutes = lazy(() => import('../features/schools/schools-routes.tsx'));
const EventsRoutes = lazy(() => import('../features/events/events-routes.tsx'));
const ModelsRoutes = lazy(() => import('../features/models/models-routes.tsx'));
const PartnersRoutes = lazy(() => import('../features/partners/partners-routes.tsx'));
const CdtRoutes = lazy(() => import('../features/cdt/cdt-routes.tsx'));
const CasesRoutes = lazy(() => import('../features/cases/cases-routes.tsx'));
const DifficultiesRoutes = lazy(() => import('../features/difficulties/difficulties-routes.tsx'));
const SurveysRoutes = lazy(() => import('../features/surveys/surveys-routes.tsx'));
const RewardsRoutes = lazy(() => import('../features/rewards/rewards-routes.tsx'));
const ProgrammeReportRoutes = lazy(() => import('../features/programme-report/programme-report-routes.tsx'));
const ContentRoutes = lazy(() => import('../features/content/content-routes.tsx'));
// Everyone's own jobs and inbox: no permission needed.
const JobsRoutes = lazy(() => import('../features/jobs/jobs-routes.tsx'));
const NotificationsRoutes = lazy(() => import('../features/notifications/notifications-routes.tsx'));

function guard(permission: Permission, element: ReactNode) {
  return <RequirePermission permission={permission}>{element}</RequirePermission>;
}

/** A feature with its own <Routes>, loaded when first opened, behind its read permission. */
function feature(permission: Permission, Routes: ComponentType) {
  return guard(
    permission,
    <Suspense fallback={<Loading />}>
      <Routes />
    </Suspense>,
  );
}

export const router = createBrowserRouter(
  [
    { path: '/login', element: <LoginPage />, errorElement: <RouteError /> },
    {
      element: <RequireAuth />,
      errorElement: <RouteError />,
      children: [
        {
          element: <AppLayout />,
          errorElement: <RouteError />,
          children: [
            { index: true, element: <HomePage /> },
            { path: 'change-password', element: <ChangePasswordPage /> },
            { path: 'org-units', element: guard('org-unit:read', <UnitsPage />) },
            { path: 'org-units/new', element: guard('org-unit:restructure', <CreateUnitPage />) },
            { path: 'org-units/merge', element: guard('org-unit:restructure', <MergeUnitsPage />) },
            { path: 'org-units/import', element: guard('org-unit:restructure', <UnitImportPage />) },
            { path: 'org-units/:id', element: guard('org-unit:read', <UnitPage />) },
            { path: 'org-units/:id/rename', element: guard('org-unit:restructure', <RenameUnitPage />) },
            { path: 'org-units/:id/move', element: guard('org-unit:restructure', <MoveUnitPage />) },
            { path: 'org-units/:id/close', element: guard('org-unit:restructure', <CloseUnitPage />) },
            { path: 'org-units/:id/split', element: guard('org-unit:restructure', <SplitUnitPage />) },
            { path: 'programme/*', element: feature('programme:read', ProgrammeRoutes) },
            { path: 'plans/*', element: feature('plan:read', PlansRoutes) },
            { path: 'trainings/*', element: feature('training:read', TrainingsRoutes) },
            { path: 'budget/*', element: feature('budget:read', BudgetRoutes) },
            { path: 'dashboard/*', element: feature('dashboard:read', DashboardRoutes) },
            { path: 'programme-report/*', element: feature('dashboard:read', ProgrammeReportRoutes) },
            { path: 'reports/*', element: feature('report:read', ReportsRoutes) },
            { path: 'press/*', element: feature('press:read', PressRoutes) },
            { path: 'schools/*', element: feature('school:read', SchoolsRoutes) },
            { path: 'events/*', element: feature('event:read', EventsRoutes) },
            { path: 'models/*', element: feature('comm-model:read', ModelsRoutes) },
            { path: 'partners/*', element: feature('partner:read', PartnersRoutes) },
            { path: 'cdt/*', element: feature('cdt:read', CdtRoutes) },
            {
              path: 'surveys/*',
              element: (
                <Suspense fallback={<Loading />}>
                  <SurveysRoutes />
                </Suspense>
              ),
            },
            { path: 'cases/*', element: feature('case:read', CasesRoutes) },
            { path: 'difficulties/*', element: feature('difficulty:read', DifficultiesRoutes) },
            { path: 'rewards/*', element: feature('reward:read', RewardsRoutes) },
            { path: 'inspections/*', element: feature('inspection:read', InspectionsRoutes) },
            { path: 'content/*', element: feature('content:read', ContentRoutes) },
            { path: 'users', element: guard('user:read', <UsersPage />) },
            { path: 'users/new', element: guard('user:manage', <UserCreatePage />) },
            { path: 'users/import', element: guard('user:manage', <UserImportPage />) },
            { path: 'users/:id', element: guard('user:read', <UserPage />) },
            { path: 'users/:id/edit', element: guard('user:manage', <UserEditPage />) },
            { path: 'audit', element: guard('audit:read', <AuditPage />) },
            {
              path: 'jobs/*',
              element: (
                <Suspense fallback={<Loading />}>
                  <JobsRoutes />
                </Suspense>
              ),
            },
            {
              path: 'notifications/*',
              element: (
                <Suspense fallback={<Loading />}>
                  <NotificationsRoutes />
                </Suspense>
              ),
            },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ],
  { basename: '/admin' },
);

// A request that finds the session gone sends the user to the login page, saying why.
onUnauthenticated((code) => {
  setSessionEndReason(code);
  keepOfflineMe(null);
  queryClient.setQueryData(ME_QUERY_KEY, null);
});

onCsrfRefresh(async () => {
  const me = await getMe();
  queryClient.setQueryData(ME_QUERY_KEY, me);
  return me?.csrfToken ?? null;
});
