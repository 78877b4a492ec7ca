import { expect, test } from '@playwright/test';
import { loginAs, mainNav } from './fixtures/login.ts';
import { saveScreen } from './fixtures/screens.ts';

const TITLE = 'Đề án truyền thông Chuyển đổi số tại thành phố Đà Nẵng giai đoạn 2022 – 2025';
/** A few task areas and targets of Decision 2780, quoted as the decision words them. */
const SOME_AREAS = [
  '1. Kế hoạch truyền thông và đánh giá thực trạng',
  '4. Quy chế phối hợp',
  '11. Huy động nguồn lực, hợp tác trong và ngoài nước',
];
const SOME_TARGETS = [
  'Lãnh đạo các cấp được tuyên truyền, phổ biến về Chuyển đổi số',
  'Lớp tập huấn báo cáo viên về truyền thông Chuyển đổi số',
  'Mô hình truyền thông Chuyển đổi số gắn với người dân, doanh nghiệp',
];

test.describe('Đề án 2780', () => {
  test('the standing agency opens Decision 2780: 11 task areas and 9 targets', async ({ page }) => {
    await loginAs(page, 'thuongtruc');
    await mainNav(page).getByRole('link', { name: 'Đề án', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Đề án', level: 1 })).toBeVisible();

    const row = page
      .getByRole('table', { name: 'Danh sách đề án' })
      .getByRole('row')
      .filter({ hasText: '2780/QĐ-UBND' });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('2780/QĐ-UBND — 28/10/2022');
    await expect(row).toContainText('11 nội dung · 9 chỉ tiêu');
    await expect(row).toContainText('Đang thực hiện');
    await saveScreen(page, 'programme-list');
    await row.getByRole('link', { name: TITLE }).click();

    await expect(page.getByRole('heading', { name: TITLE, level: 1 })).toBeVisible();
    const general = page.getByRole('region', { name: 'Thông tin chung' });
    await expect(general).toContainText('2780/QĐ-UBND');
    await expect(general).toContainText('01/01/2022 – 31/12/2025');

    const areas = page.getByRole('region', { name: /^Nội dung nhiệm vụ/ });
    await expect(areas.getByRole('heading', { level: 2 })).toHaveText('Nội dung nhiệm vụ (11 nội dung)');
    await expect(areas.getByRole('listitem')).toHaveCount(11);
    for (const title of SOME_AREAS) await expect(areas.getByText(title, { exact: true })).toBeVisible();

    const targets = page.getByRole('region', { name: /^Chỉ tiêu/ });
    await expect(targets.getByRole('heading', { level: 2 })).toHaveText('Chỉ tiêu (9 chỉ tiêu)');
    const targetRows = targets.getByRole('table', { name: 'Các chỉ tiêu của đề án' }).getByRole('row');
    await expect(targetRows).toHaveCount(1 + 9);
    for (const title of SOME_TARGETS) await expect(targets.getByText(title, { exact: true })).toBeVisible();
    // The page is long: one picture of its top, one of the targets.
    await page.evaluate(() => window.scrollTo(0, 0));
    await saveScreen(page, 'programme-2780', { fullPage: false });
    await targets.scrollIntoViewIfNeeded();
    await saveScreen(page, 'programme-2780-targets', { fullPage: false });
  });

  test('the public portal shows the programme without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const response = await page.goto('/');
    expect(response?.status()).toBe(200);

    await expect(page.getByRole('heading', { name: TITLE, level: 1 })).toBeVisible();
    await expect(page.getByText('Quyết định số 2780/QĐ-UBND ngày 28/10/2022', { exact: false }).first()).toBeVisible();

    const areas = page.getByRole('region', { name: '11 nội dung nhiệm vụ' });
    await expect(areas.getByRole('heading', { level: 3 })).toHaveCount(11);
    for (const title of SOME_AREAS) await expect(areas.getByRole('heading', { name: title })).toBeVisible();

    const targets = page.getByRole('region', { name: '9 chỉ tiêu đến năm 2025' });
    await expect(targets.getByRole('heading', { level: 3 })).toHaveCount(9);
    for (const title of SOME_TARGETS) await expect(targets.getByRole('heading', { name: title })).toBeVisible();
    await saveScreen(page, 'portal-home-no-js', { fullPage: false });
    await targets.scrollIntoViewIfNeeded();
    await saveScreen(page, 'portal-home-no-js-targets', { fullPage: false });
    await context.close();
  });
});
