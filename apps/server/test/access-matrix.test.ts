import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS, type Role } from '@lantoa/contracts/access';
import type { RouteAccess } from '../src/platform/http/route-config.ts';
import { startTestServer, type Client, type TestServer } from './http.ts';
import { unitId } from './db.ts';

/**
 * What every API route requires. A route added without a line here fails this test, and so does
 * a route whose declared access differs from the line.
 */
const EXPECTED: Record<string, RouteAccess> = {
  'GET /api/v1/health': 'public',
  'POST /api/v1/auth/login': 'public',
  'POST /api/v1/auth/logout': 'authenticated',
  'GET /api/v1/auth/me': 'authenticated',
  'POST /api/v1/auth/change-password': 'authenticated',
  'GET /api/v1/org-units/tree': 'org-unit:read',
  'GET /api/v1/org-units': 'org-unit:read',
  'GET /api/v1/org-units/search': 'org-unit:read',
  'GET /api/v1/org-units/export': 'org-unit:read',
  'GET /api/v1/org-units/:id': 'org-unit:read',
  'POST /api/v1/org-units': 'org-unit:restructure',
  'POST /api/v1/org-units/:id/rename': 'org-unit:restructure',
  'POST /api/v1/org-units/:id/move': 'org-unit:restructure',
  'POST /api/v1/org-units/:id/close': 'org-unit:restructure',
  'POST /api/v1/org-units/merge': 'org-unit:restructure',
  'POST /api/v1/org-units/:id/split': 'org-unit:restructure',
  'PUT /api/v1/org-units/:id/profile': 'org-unit:update-profile',
  'GET /api/v1/users': 'user:read',
  'GET /api/v1/users/:id': 'user:read',
  'GET /api/v1/users/export': 'user:read',
  'POST /api/v1/users': 'user:manage',
  'PUT /api/v1/users/:id': 'user:manage',
  'POST /api/v1/users/:id/reset-password': 'user:manage',
  'GET /api/v1/audit': 'audit:read',
  'GET /api/v1/files/:id': 'authenticated',
  'POST /api/v1/files': 'authenticated',
  'GET /api/v1/imports/:kind/template': 'authenticated',
  'POST /api/v1/imports/:kind/preview': 'authenticated',
  'POST /api/v1/imports/:id/commit': 'authenticated',
  'GET /api/v1/imports/:id': 'authenticated',
  'GET /api/v1/imports': 'authenticated',
  'GET /api/v1/plans': 'plan:read',
  'GET /api/v1/plans/board': 'plan:read',
  'GET /api/v1/plans/export': 'plan:read',
  'GET /api/v1/plans/board/export': 'plan:read',
  'POST /api/v1/plans/:id/render': 'plan:read',
  'GET /api/v1/budget-estimates/:year/export': 'budget:read',
  'POST /api/v1/budget-estimates/:year/render': 'budget:read',
  'POST /api/v1/plans/remind': 'plan:review',
  'POST /api/v1/plans': 'plan:edit',
  'GET /api/v1/plans/:id': 'plan:read',
  'PUT /api/v1/plans/:id': 'plan:edit',
  'POST /api/v1/plans/:id/transition': 'plan:read',
  'GET /api/v1/plans/:id/compare': 'plan:read',
  'GET /api/v1/budget-estimates/:year': 'budget:read',
  'POST /api/v1/budget-estimates/:year/consolidate': 'budget:consolidate',
  'POST /api/v1/budget-estimates/:year/lines/:lineId/appraise': 'budget:appraise',
  'POST /api/v1/budget-estimates/:year/transition': 'budget:read',
  'GET /api/v1/trainings/courses': 'training:read',
  'POST /api/v1/trainings/courses': 'training:manage',
  'GET /api/v1/trainings/classes': 'training:read',
  'POST /api/v1/trainings/classes': 'training:manage',
  'GET /api/v1/trainings/classes/:id': 'training:read',
  'PUT /api/v1/trainings/classes/:id': 'training:manage',
  'DELETE /api/v1/trainings/classes/:id': 'training:manage',
  'PUT /api/v1/trainings/classes/:id/participants': 'training:manage',
  'GET /api/v1/trainings/classes/export': 'training:read',
  'GET /api/v1/trainings/facts': 'training:read',
  'GET /api/v1/trainings/classes/:id/participants/export': 'training:read',
  'GET /api/v1/trainings/classes/:id/participants/:participantId/certificate': 'training:read',
  'GET /api/v1/press/channels': 'press:read',
  'GET /api/v1/press/channels/export': 'press:read',
  'POST /api/v1/press/channels': 'press:manage',
  'GET /api/v1/press/channels/:id': 'press:read',
  'PUT /api/v1/press/channels/:id': 'press:manage',
  'DELETE /api/v1/press/channels/:id': 'press:manage',
  'POST /api/v1/press/channels/:id/pull': 'press:manage',
  'GET /api/v1/press/channels/:id/articles': 'press:read',
  'POST /api/v1/press/channels/:id/articles': 'press:manage',
  'DELETE /api/v1/press/channels/:id/articles/:articleId': 'press:manage',
  'GET /api/v1/press/article-counts': 'press:read',
  'GET /api/v1/press/article-counts/export': 'press:read',
  'GET /api/v1/schools': 'school:read',
  'GET /api/v1/schools/export': 'school:read',
  'GET /api/v1/schools/sessions': 'school:read',
  'GET /api/v1/schools/sessions/export': 'school:read',
  'POST /api/v1/schools': 'school:manage',
  'GET /api/v1/schools/:id': 'school:read',
  'PUT /api/v1/schools/:id': 'school:manage',
  'POST /api/v1/schools/:id/sessions': 'school:manage',
  'DELETE /api/v1/schools/:id/sessions/:sessionId': 'school:manage',
  'GET /api/v1/events': 'event:read',
  'GET /api/v1/events/export': 'event:read',
  'POST /api/v1/events': 'event:manage',
  'GET /api/v1/events/:id': 'event:read',
  'PUT /api/v1/events/:id': 'event:manage',
  'DELETE /api/v1/events/:id': 'event:manage',
  'POST /api/v1/events/:id/photos': 'event:manage',
  'DELETE /api/v1/events/:id/photos/:photoId': 'event:manage',
  'GET /api/v1/comm-models': 'comm-model:read',
  'GET /api/v1/comm-models/export': 'comm-model:read',
  'GET /api/v1/comm-models/criteria': 'comm-model:read',
  'PUT /api/v1/comm-models/criteria': 'comm-model:decide',
  'GET /api/v1/comm-models/panel-candidates': 'comm-model:decide',
  'POST /api/v1/comm-models': 'comm-model:propose',
  'GET /api/v1/comm-models/:id': 'comm-model:read',
  'PUT /api/v1/comm-models/:id': 'comm-model:propose',
  'POST /api/v1/comm-models/:id/transition': 'comm-model:read',
  'PUT /api/v1/comm-models/:id/scores': 'comm-model:evaluate',
  'PUT /api/v1/comm-models/:id/results': 'comm-model:propose',
  'POST /api/v1/comm-models/:id/replications': 'comm-model:propose',
  'GET /api/v1/partners': 'partner:read',
  'GET /api/v1/partners/export': 'partner:read',
  'POST /api/v1/partners': 'partner:manage',
  'GET /api/v1/partners/:id': 'partner:read',
  'PUT /api/v1/partners/:id': 'partner:manage',
  'POST /api/v1/partners/:id/agreements': 'partner:manage',
  'POST /api/v1/partners/:id/contributions': 'partner:manage',
  'POST /api/v1/partners/:id/activities': 'partner:manage',
  'DELETE /api/v1/partners/:id/agreements/:itemId': 'partner:manage',
  'DELETE /api/v1/partners/:id/contributions/:itemId': 'partner:manage',
  'DELETE /api/v1/partners/:id/activities/:itemId': 'partner:manage',
  'GET /api/v1/cdt/teams': 'cdt:read',
  'GET /api/v1/cdt/teams/export': 'cdt:read',
  'POST /api/v1/cdt/teams': 'cdt:manage',
  'GET /api/v1/cdt/teams/:id': 'cdt:read',
  'PUT /api/v1/cdt/teams/:id': 'cdt:manage',
  'GET /api/v1/cdt/log-teams': 'cdt:log',
  'POST /api/v1/cdt/support-logs': 'cdt:log',
  'GET /api/v1/cdt/support-logs': 'cdt:read',
  'GET /api/v1/cdt/summary': 'cdt:read',
  'GET /api/v1/cases': 'case:read',
  'GET /api/v1/cases/export': 'case:read',
  'GET /api/v1/cases/stats': 'case:read',
  'GET /api/v1/cases/stats/export': 'case:read',
  'POST /api/v1/cases': 'case:intake',
  'GET /api/v1/cases/:id': 'case:read',
  'POST /api/v1/cases/:id/transition': 'case:read',
  'GET /api/v1/difficulties': 'difficulty:read',
  'GET /api/v1/difficulties/export': 'difficulty:read',
  'GET /api/v1/difficulties/board': 'difficulty:read',
  'POST /api/v1/difficulties': 'difficulty:report',
  'GET /api/v1/difficulties/:id': 'difficulty:read',
  'POST /api/v1/difficulties/:id/transition': 'difficulty:read',
  'GET /api/v1/surveys': 'survey:read',
  'GET /api/v1/surveys/mine': 'authenticated',
  'POST /api/v1/surveys': 'survey:manage',
  'GET /api/v1/surveys/:id': 'authenticated',
  'PUT /api/v1/surveys/:id': 'survey:manage',
  'POST /api/v1/surveys/:id/transition': 'survey:manage',
  'POST /api/v1/surveys/:id/responses': 'authenticated',
  'GET /api/v1/surveys/:id/results': 'survey:read',
  'GET /api/v1/surveys/:id/results/export': 'survey:read',
  'GET /api/v1/rewards': 'reward:read',
  'GET /api/v1/rewards/evidence': 'reward:read',
  'POST /api/v1/rewards': 'reward:manage',
  'GET /api/v1/rewards/:id': 'reward:read',
  'POST /api/v1/rewards/:id/transition': 'reward:manage',
  'GET /api/v1/inspections/plans': 'inspection:read',
  'GET /api/v1/inspections/plans/export': 'inspection:read',
  'POST /api/v1/inspections/plans': 'inspection:manage',
  'GET /api/v1/inspections/plans/:id': 'inspection:read',
  'PUT /api/v1/inspections/plans/:id': 'inspection:manage',
  'POST /api/v1/inspections/plans/:id/visits': 'inspection:manage',
  'POST /api/v1/inspections/visits/:id/findings': 'inspection:manage',
  'POST /api/v1/inspections/findings/:id/recommendations': 'inspection:manage',
  'GET /api/v1/inspections/recommendations': 'inspection:read',
  'GET /api/v1/inspections/recommendations/export': 'inspection:read',
  'GET /api/v1/inspections/recommendations/:id': 'inspection:read',
  'POST /api/v1/inspections/recommendations/:id/reports': 'inspection:respond',
  'POST /api/v1/inspections/recommendations/:id/transition': 'inspection:read',
  'GET /api/v1/assessments/criteria/:year': 'assessment:read',
  'PUT /api/v1/assessments/criteria/:year': 'assessment:review',
  'GET /api/v1/assessments': 'assessment:read',
  'GET /api/v1/assessments/export': 'assessment:read',
  'POST /api/v1/assessments': 'assessment:edit',
  'GET /api/v1/assessments/:id': 'assessment:read',
  'PUT /api/v1/assessments/:id/self': 'assessment:edit',
  'PUT /api/v1/assessments/:id/review': 'assessment:review',
  'POST /api/v1/assessments/:id/transition': 'assessment:read',
  'GET /api/v1/feedback': 'feedback:read',
  'GET /api/v1/feedback/export': 'feedback:read',
  'GET /api/v1/feedback/:id': 'feedback:read',
  'PUT /api/v1/feedback/:id/moderation': 'feedback:moderate',
  'GET /api/v1/content': 'content:read',
  'POST /api/v1/content': 'content:edit',
  'GET /api/v1/content/usage': 'content:read',
  'GET /api/v1/content/export': 'content:read',
  'GET /api/v1/content/usage/export': 'content:read',
  'GET /api/v1/content/:id': 'content:read',
  'PUT /api/v1/content/:id': 'content:edit',
  'POST /api/v1/content/:id/transition': 'content:read',
  'GET /api/v1/content/:id/versions': 'content:read',
  'GET /api/v1/content/:id/versions/:versionNo': 'content:read',
  'POST /api/v1/content/:id/files': 'content:edit',
  'DELETE /api/v1/content/:id/files/:fileId': 'content:edit',
  'POST /api/v1/content/:id/usage': 'content:edit',
  'GET /api/v1/report-forms': 'report:read',
  'GET /api/v1/reports': 'report:read',
  'GET /api/v1/reports/entry': 'report:read',
  'PUT /api/v1/reports': 'report:edit',
  'POST /api/v1/reports/:id/transition': 'report:read',
  'GET /api/v1/reports/completeness': 'report:read',
  'POST /api/v1/report-exceptions': 'report:manage',
  'GET /api/v1/dashboard': 'dashboard:read',
  'GET /api/v1/indicators/:code/breakdown': 'dashboard:read',
  'GET /api/v1/indicators/:code/facts': 'dashboard:read',
  'GET /api/v1/indicators': 'dashboard:read',
  'PUT /api/v1/indicators/:id': 'report:manage',
  'GET /api/v1/programme-reports/:year': 'dashboard:read',
  'PUT /api/v1/programme-reports/:year': 'report:manage',
  'POST /api/v1/programme-reports/:year/issue': 'report:manage',
  'POST /api/v1/programme-reports/:year/render': 'dashboard:read',
  'GET /api/v1/jobs': 'authenticated',
  'GET /api/v1/jobs/:id': 'authenticated',
  'POST /api/v1/jobs/:id/retry': 'authenticated',
  'POST /api/v1/jobs/:id/cancel': 'authenticated',
  'POST /api/v1/documents/render': 'authenticated',
  'GET /api/v1/notifications': 'authenticated',
  'GET /api/v1/notifications/unread-count': 'authenticated',
  'POST /api/v1/notifications/:id/read': 'authenticated',
  'POST /api/v1/notifications/read-all': 'authenticated',
  'GET /api/v1/notifications/preferences': 'authenticated',
  'PUT /api/v1/notifications/preferences': 'authenticated',
  ...PROGRAMME_ROUTES(),
};

function PROGRAMME_ROUTES(): Record<string, RouteAccess> {
  const routes: Record<string, RouteAccess> = {
    'GET /api/v1/programmes': 'programme:read',
    'GET /api/v1/programmes/:id': 'programme:read',
    'POST /api/v1/programmes': 'programme:manage',
    'PUT /api/v1/programmes/:id': 'programme:manage',
    'DELETE /api/v1/programmes/:id': 'programme:manage',
  };
  for (const part of ['documents', 'task-areas', 'targets', 'responsibilities']) {
    routes[`POST /api/v1/programmes/:id/${part}`] = 'programme:manage';
    routes[`PUT /api/v1/programmes/:id/${part}/:itemId`] = 'programme:manage';
    routes[`DELETE /api/v1/programmes/:id/${part}/:itemId`] = 'programme:manage';
  }
  return routes;
}

const ACCOUNTS: Record<Role, string> = {
  system_admin: 'admin',
  programme_manager: 'thuongtruc',
  unit_editor: 'bientap.haichau',
  unit_approver: 'duyet.haichau',
  finance_appraiser: 'taichinh',
  leader: 'lanhdao',
  viewer: 'xem',
  cdt_member: 'cdt.haichau',
};

let s: TestServer;
const clients = new Map<Role, Client>();
beforeAll(async () => {
  s = await startTestServer();
  for (const [role, username] of Object.entries(ACCOUNTS)) clients.set(role as Role, await s.as(username));
});
afterAll(async () => s?.close());

const FAKE_ID = '0b7e1c52-3a43-4c1e-9d6c-1f2e3d4c5b6a';
const urlOf = (path: string) => path.replace(':year', '2026').replace(':code', 'T1').replace(/:[a-zA-Z]+/g, FAKE_ID);
const allows = (role: Role, access: RouteAccess) =>
  access === 'public' || access === 'authenticated' || ROLE_PERMISSIONS[role].includes(access);

describe('route × role matrix', () => {
  it('every registered API route declares the access listed here', () => {
    const declared = Object.fromEntries(s.app.apiRoutes.map((r) => [`${r.method} ${r.url}`, r.access]));
    for (const key of Object.keys(declared)) expect(EXPECTED, `missing line for ${key}`).toHaveProperty([key]);
    expect(declared).toEqual(EXPECTED);
  });

  it('answers 401 to anonymous callers on every non-public route', async () => {
    const anon = s.client();
    for (const r of s.app.apiRoutes.filter((x) => x.access !== 'public')) {
      const res = await anon.request(r.method, urlOf(r.url), r.method === 'GET' ? undefined : {});
      expect(res.status, `${r.method} ${r.url}`).toBe(401);
      expect(res.body.error.code).toBe('UNAUTHENTICATED');
    }
  });

  it('answers 403 exactly to the roles without the permission, before validating input', async () => {
    // Logging out would end the session the next checks use: it goes last.
    const routes = [...s.app.apiRoutes].sort((a, b) => Number(a.url.endsWith('/logout')) - Number(b.url.endsWith('/logout')));
    const table: string[] = [];
    for (const r of routes) {
      for (const [role, client] of clients) {
        const res = await client.request(r.method, urlOf(r.url), r.method === 'GET' ? undefined : {});
        const expectDenied = !allows(role, r.access);
        table.push(`${r.method} ${r.url} ${role} ${res.status}`);
        if (expectDenied) expect(res.status, `${role} → ${r.method} ${r.url}`).toBe(403);
        else expect([401, 403], `${role} → ${r.method} ${r.url} (${res.text.slice(0, 120)})`).not.toContain(res.status);
        expect(res.status, `${role} → ${r.method} ${r.url}`).toBeLessThan(500);
      }
    }
    expect(table.length).toBe(routes.length * clients.size);
    // Every route times every role: the time grows with each module, and more on a busy machine.
    // Every route for every role: well over a thousand requests.
  }, 120_000);

  it('limits the subtree-scoped routes to the subtree', async () => {
    const editor = await s.as('bientap.haichau');
    const own = await unitId(s.db, 'gso2025:20242');
    const other = await unitId(s.db, 'gso2025:20209');
    const city = await unitId(s.db, 'gso:48');
    const body = { address: 'Số 1', phone: null, email: null, website: null, headName: null, version: 1 };
    expect((await editor.put(`/api/v1/org-units/${own}/profile`, body)).status).toBe(200);
    expect((await editor.put(`/api/v1/org-units/${other}/profile`, body)).status).toBe(403);
    expect((await editor.put(`/api/v1/org-units/${city}/profile`, body)).status).toBe(403);
    const pm = await s.as('thuongtruc');
    expect((await pm.put(`/api/v1/org-units/${other}/profile`, body)).status).toBe(200);
  });
});
