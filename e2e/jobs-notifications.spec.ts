import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from './fixtures/constants.ts';
import { loginAs } from './fixtures/login.ts';
import { saveScreen } from './fixtures/screens.ts';

/** A short plan of Phường Hải Châu, enough for the document job to make a DOCX and a PDF. */
const WARD_PLAN = {
  document: {
    header: {
      parentAgency: 'UBND thành phố Đà Nẵng',
      agency: 'UBND phường Hải Châu',
      number: null,
      symbol: 'KH-UBND',
      place: 'Đà Nẵng',
      date: '2026-01-12',
    },
    kind: 'Kế hoạch',
    summary: 'Truyền thông chuyển đổi số năm 2026',
    body: [
      { type: 'heading', level: 1, text: 'I. MỤC ĐÍCH, YÊU CẦU' },
      { type: 'paragraph', text: 'Đưa dịch vụ công trực tuyến và thanh toán không dùng tiền mặt đến từng tổ dân phố.' },
      { type: 'list', style: 'dash', items: ['Tập huấn tổ công nghệ số cộng đồng.', 'Phát tờ rơi VNeID.'] },
    ],
    recipients: ['UBND thành phố (để b/c)', 'Lưu: VT, VP.'],
    signature: { authority: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'], title: 'Chủ tịch', name: 'Trần Văn Biên Tập' },
  },
  formats: ['docx', 'pdf'],
  fileName: 'Ke hoach truyen thong CDS 2026 - Hai Chau',
};

/** Signs in through the API (no page) and hands back the anti-forgery token of that session. */
async function apiLogin(request: APIRequestContext, username: string): Promise<string> {
  const login = await request.post('/api/v1/auth/login', { data: { username, password: DEMO_PASSWORD } });
  expect(login.status(), `login of ${username}`).toBe(200);
  const me = (await (await request.get('/api/v1/auth/me')).json()) as { csrfToken: string };
  return me.csrfToken;
}

/** The page's own session's token, for starting work the way a screen would. */
async function csrfOf(page: Page): Promise<string> {
  const me = (await (await page.request.get('/api/v1/auth/me')).json()) as { csrfToken: string };
  return me.csrfToken;
}

const bell = (page: Page) => page.getByRole('link', { name: /^Thông báo, \d+ chưa đọc$/ });

async function unreadOnBell(page: Page): Promise<number> {
  const name = (await bell(page).getAttribute('aria-label')) ?? '';
  return Number(/(\d+) chưa đọc/.exec(name)?.[1] ?? NaN);
}

test.describe('Background jobs and the inbox', () => {
  test('the bell counts reminders; reading one and then all clears the count', async ({ page, request }) => {
    // The standing agency reminds the units behind with their 2026 plan, twice: Hải Châu's editor
    // gets two (whether the ward has no plan yet or a draft).
    const csrf = await apiLogin(request, 'thuongtruc');
    for (let i = 0; i < 2; i++) {
      const remind = await request.post('/api/v1/plans/remind', {
        headers: { 'x-csrf-token': csrf },
        data: { year: 2026, statuses: ['none', 'draft', 'returned'] },
      });
      expect(remind.status()).toBe(200);
      expect(((await remind.json()) as { notified: number }).notified).toBeGreaterThan(0);
    }

    await loginAs(page, 'bientap.haichau');
    await expect(bell(page)).not.toHaveAccessibleName('Thông báo, 0 chưa đọc');
    const before = await unreadOnBell(page);
    expect(before).toBeGreaterThanOrEqual(2);
    await expect(bell(page).locator('.bell-count')).toHaveText(before > 99 ? '99+' : String(before));

    await bell(page).click();
    await expect(page).toHaveURL(/\/admin\/notifications$/);
    await expect(page.getByRole('heading', { name: 'Thông báo', level: 1 })).toBeVisible();
    const reminders = page
      .getByRole('list', { name: 'Các thông báo' })
      .getByRole('listitem')
      .filter({ hasText: /năm 2026 của Phường Hải Châu/ });
    await expect(reminders.first()).toContainText('Chưa đọc:');
    await expect(reminders.first()).toContainText('Nhắc hạn');
    await saveScreen(page, 'inbox');

    // Following a reminder reads it and opens what the server linked to: the ward's plan, or the
    // form for a new one.
    await reminders.first().getByRole('link').click();
    await expect(page).toHaveURL(/\/admin\/plans\/(new\?unitId=[0-9a-f-]+&year=2026|[0-9a-f-]{36})$/);
    await expect(bell(page)).toHaveAccessibleName(`Thông báo, ${before - 1} chưa đọc`);

    await bell(page).click();
    await page.getByRole('button', { name: 'Chưa đọc', exact: true }).click();
    await expect(page).toHaveURL(/unread=1/);
    await expect(reminders.first()).toBeVisible();
    await page.getByRole('button', { name: 'Đánh dấu tất cả đã đọc' }).click();
    await expect(page.getByText('Đã đánh dấu tất cả thông báo là đã đọc.')).toBeVisible();
    await expect(bell(page)).toHaveAccessibleName('Thông báo, 0 chưa đọc');
    await expect(bell(page).locator('.bell-count')).toHaveCount(0);
    await expect(page.getByText('Không có thông báo chưa đọc.')).toBeVisible();
    await saveScreen(page, 'inbox-all-read');
  });

  test('notification settings are saved per kind', async ({ page }) => {
    await loginAs(page, 'bientap.thanhkhe');
    await page.goto('/admin/notifications/settings');
    const jobsDone = page.getByRole('group', { name: 'Công việc hoàn thành' });
    await expect(jobsDone.getByLabel('Trong ứng dụng')).toBeChecked();
    await jobsDone.getByLabel('Thư điện tử').uncheck();
    await page.getByRole('button', { name: 'Lưu' }).click();
    await expect(page.getByText('Đã lưu cài đặt nhận thông báo.')).toBeVisible();
    await saveScreen(page, 'notification-settings');

    await page.reload();
    await expect(page.getByRole('group', { name: 'Công việc hoàn thành' }).getByLabel('Thư điện tử')).not.toBeChecked();
    await expect(page.getByRole('group', { name: 'Nhắc hạn' }).getByLabel('Thư điện tử')).toBeChecked();
  });

  test('a document job started by the user shows its progress, then its files to download', async ({ page }) => {
    await loginAs(page, 'bientap.haichau');
    const started = await page.request.post('/api/v1/documents/render', {
      headers: { 'x-csrf-token': await csrfOf(page) },
      data: WARD_PLAN,
    });
    expect(started.status()).toBe(202);
    const { jobId } = (await started.json()) as { jobId: string };

    await page.goto(`/admin/jobs/${jobId}`);
    await expect(page.getByRole('heading', { name: 'Tạo văn bản (Word, PDF)', level: 1 })).toBeVisible();
    const bar = page.getByRole('progressbar', { name: 'Tạo văn bản (Word, PDF)' });
    await expect(bar).toBeVisible();
    await expect(bar).toHaveAttribute('aria-valuenow', /^\d+$/);

    const docx = page.getByRole('link', { name: 'Tải về Ke hoach truyen thong CDS 2026 - Hai Chau.docx' });
    await expect(docx).toBeVisible({ timeout: 30_000 });
    await expect(
      page.getByRole('link', { name: 'Tải về Ke hoach truyen thong CDS 2026 - Hai Chau.pdf' }),
    ).toBeVisible();
    await expect(bar).toHaveAttribute('aria-valuenow', '100');
    await expect(page.getByRole('status').filter({ hasText: 'Đã xong.' })).toBeVisible();
    await saveScreen(page, 'job-done');

    // The link is the file itself, for this user.
    const href = await docx.getAttribute('href');
    expect(href).toMatch(/^\/api\/v1\/files\/[0-9a-f-]{36}$/);
    const file = await page.request.get(href!);
    expect(file.status()).toBe(200);
    expect(file.headers()['content-type']).toContain('wordprocessingml');

    // The list says the same, and the job is the user's own.
    await page.getByRole('link', { name: 'Công việc nền' }).first().click();
    await expect(page.getByRole('heading', { name: 'Công việc nền', level: 1 })).toBeVisible();
    const row = page
      .getByRole('table', { name: 'Danh sách công việc nền' })
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: 'Tải về Ke hoach truyen thong CDS 2026 - Hai Chau.pdf' }) });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('Hoàn thành');
    await expect(row).toContainText('Trần Văn Biên Tập');
    await expect(page.getByRole('group', { name: 'Công việc của' })).toHaveCount(0);
    await saveScreen(page, 'jobs');
  });

  test('an administrator sees everyone’s jobs and can narrow to their own', async ({ page }) => {
    await loginAs(page, 'admin');
    await page.goto('/admin/jobs');
    const whose = page.getByRole('group', { name: 'Công việc của' });
    await expect(whose.getByRole('button', { name: 'Tất cả' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('table', { name: 'Danh sách công việc nền' })).toContainText('Trần Văn Biên Tập');
    await whose.getByRole('button', { name: 'Của tôi' }).click();
    await expect(page).toHaveURL(/mine=1/);
    await expect(whose.getByRole('button', { name: 'Của tôi' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByText('Trần Văn Biên Tập')).toHaveCount(0);
  });

  test('on a phone the bell sits beside the menu and the inbox fits the screen @phone', async ({ page }) => {
    await loginAs(page, 'bientap.haichau');
    await expect(bell(page)).toBeVisible();
    await bell(page).click();
    await expect(page.getByRole('heading', { name: 'Thông báo', level: 1 })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Đánh dấu tất cả đã đọc' })).toBeVisible();
    const [scrollWidth, innerWidth] = await page.evaluate(() => [
      document.documentElement.scrollWidth,
      window.innerWidth,
    ]);
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
    await saveScreen(page, 'inbox');
    await page.goto('/admin/jobs');
    await expect(page.getByRole('heading', { name: 'Công việc nền', level: 1 })).toBeVisible();
    const [jobsWidth] = await page.evaluate(() => [document.documentElement.scrollWidth]);
    expect(jobsWidth).toBeLessThanOrEqual(innerWidth);
    await saveScreen(page, 'jobs');
  });
});
