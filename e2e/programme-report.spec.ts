import { expect, test, type Page } from '@playwright/test';
import { loginAs, mainNav } from './fixtures/login.ts';
import { saveScreen } from './fixtures/screens.ts';

const OVERVIEW = 'Năm 2025, các sở, ngành và 94 phường, xã đã triển khai kế hoạch truyền thông chuyển đổi số đúng tiến độ.';

function targetsTable(page: Page) {
  return page.getByRole('table', { name: /^Bảng 1\. Kết quả các chỉ tiêu năm 2025/ });
}

/** Renders the report and waits for the job's two files; both must download. */
async function renderAndDownload(page: Page) {
  await page.getByRole('button', { name: 'Xuất Word, PDF' }).click();
  const job = page.getByRole('region', { name: 'Văn bản Word và PDF' });
  await expect(job.getByText('Đã xong.')).toBeVisible({ timeout: 60_000 });
  const links = job.getByRole('link');
  await expect(links).toHaveCount(2);
  await expect(links.nth(0)).toHaveText(/\.docx$/);
  await expect(links.nth(1)).toHaveText(/\.pdf$/);
  for (const link of await links.all()) {
    const res = await page.request.get((await link.getAttribute('href'))!);
    expect(res.status()).toBe(200);
  }
}

test.describe.serial('Báo cáo kết quả thực hiện Đề án năm 2025', () => {
  test('the standing agency writes the overview, saves it, and gets the Word and PDF files', async ({ page }) => {
    await loginAs(page, 'thuongtruc');
    await mainNav(page).getByRole('link', { name: 'Báo cáo Đề án' }).click();
    await expect(page).toHaveURL(/\/admin\/programme-report\/2025$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Báo cáo kết quả thực hiện Đề án năm 2025' })).toBeVisible();
    await expect(page.locator('.page-subtitle')).toHaveText('Dự thảo');

    // The figures come from the system: one row for each of the programme's 9 targets.
    await expect(targetsTable(page).locator('tbody tr')).toHaveCount(9);

    const overview = page.getByRole('textbox', { name: 'Tình hình triển khai' });
    await overview.fill(OVERVIEW);
    await expect(page.getByText('Có thay đổi chưa lưu')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Ban hành', exact: true })).toBeDisabled();
    await page.getByRole('button', { name: 'Lưu phần nhận định' }).click();
    await expect(page.getByText('Đã lưu phần nhận định.')).toBeVisible();
    // The saved text is in the document now, under its section.
    await expect(page.locator('.doc-paper').getByText(OVERVIEW)).toBeVisible();
    await expect(overview).toHaveValue(OVERVIEW);

    await renderAndDownload(page);
    await saveScreen(page, 'programme-report-draft');
  });

  test('a leader reads the draft without fields to edit and exports it too', async ({ page }) => {
    await loginAs(page, 'lanhdao');
    await page.goto('/admin/programme-report');
    await expect(targetsTable(page).locator('tbody tr')).toHaveCount(9);
    await expect(page.locator('.doc-paper').getByText(OVERVIEW)).toBeVisible();
    await expect(page.getByRole('textbox')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Ban hành', exact: true })).toHaveCount(0);
    await renderAndDownload(page);
  });

  test('the standing agency issues the report, which locks its narrative', async ({ page }) => {
    await loginAs(page, 'thuongtruc');
    await page.goto('/admin/programme-report/2025');
    await page.getByRole('button', { name: 'Ban hành', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Ban hành báo cáo năm 2025?' });
    await dialog.getByRole('button', { name: 'Ban hành báo cáo' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText('Đã ban hành báo cáo.')).toBeVisible();
    await expect(page.locator('.page-subtitle')).toHaveText(/^Đã ban hành ngày \d{2}\/\d{2}\/\d{4}$/);
    await expect(page.getByRole('textbox')).toHaveCount(0);
    await expect(page.locator('.doc-paper').getByText(OVERVIEW)).toBeVisible();
    await saveScreen(page, 'programme-report-issued');
  });
});

test('@phone the report reads on a phone without sideways scrolling; its tables scroll in their box', async ({
  page,
}) => {
  await loginAs(page, 'thuongtruc');
  await page.goto('/admin/programme-report/2025');
  await expect(targetsTable(page).locator('tbody tr')).toHaveCount(9);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await saveScreen(page, 'programme-report');
});
