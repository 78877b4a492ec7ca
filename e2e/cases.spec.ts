import { expect, test, type Browser, type Page } from '@playwright/test';
import { loginAs } from './fixtures/login.ts';
import { saveScreen } from './fixtures/screens.ts';

/** A 1×1 PNG, as a screenshot would be. */
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000001e221bc330000000049454e44ae426082',
  'hex',
);

async function reportAsCitizen(page: Page, text: string): Promise<string> {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Phản ánh tin sai' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Phản ánh tin giả, tin sai sự thật trên mạng');
  await page.getByLabel('Đường dẫn đến bài viết, video').fill('https://www.facebook.com/groups/danang/posts/424242');
  await page.getByLabel('Nền tảng').selectOption({ label: 'Facebook' });
  await page.getByLabel('Nội dung sai sự thật là gì?').fill(text);
  await page.getByLabel('Ảnh chụp màn hình (không bắt buộc)').setInputFiles({ name: 'anh-chup.png', mimeType: 'image/png', buffer: PNG });
  // With JavaScript the browser does the anti-robot work: the sum question is not asked.
  await expect(page.getByText('Đã hoàn tất bước kiểm tra', { exact: false })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByLabel(/bằng mấy\?/)).toBeHidden();
  await page.getByRole('button', { name: 'Gửi phản ánh' }).click();
  await expect(page.getByRole('status')).toContainText('Cảm ơn anh/chị đã gửi phản ánh');
  const code = (await page.locator('.tracking-code').textContent())!.trim();
  expect(code).toMatch(/^PA-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
  return code;
}

async function openCase(page: Page, code: string) {
  await page.goto('/admin/cases');
  await page.getByLabel('Tìm phản ánh').fill(code.toLowerCase());
  await page.getByRole('link', { name: code }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Phản ánh ${code}`);
}

async function takeStep(page: Page, action: string, fill: (form: ReturnType<Page['getByRole']>) => Promise<unknown>, status: string) {
  await page.getByRole('button', { name: action, exact: true }).click();
  const form = page.getByRole('form', { name: action });
  await fill(form);
  await form.getByRole('button', { name: 'Xác nhận' }).click();
  await expect(page.getByText('Đã cập nhật vụ việc.')).toBeVisible();
  await expect(page.locator('.page-subtitle')).toContainText(status);
}

async function signedIn(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await loginAs(page, username);
  return page;
}

test.describe.serial('Phản ánh tin sai', () => {
  let code: string;

  test('a citizen reports a false post without an account and gets a tracking code', async ({ page }) => {
    code = await reportAsCitizen(page, 'Bài đăng nói phải nộp 300.000 đồng để được hỗ trợ kích hoạt VNeID mức 2 tại nhà.');
    await saveScreen(page, 'case-reported');
  });

  test('the standing agency triages, verifies and assigns it to the ward; overdue cases stand out', async ({ browser }) => {
    const page = await signedIn(browser, 'thuongtruc');
    await page.goto('/admin/cases?overdue=true');
    const overdueRows = page.locator('tbody tr');
    await expect(overdueRows.first()).toContainText('Quá hạn');
    expect(await overdueRows.count()).toBeGreaterThan(0);
    await saveScreen(page, 'cases-overdue');

    await openCase(page, code);
    await expect(page.getByRole('img', { name: 'Ảnh chụp màn hình' })).toBeVisible();
    await takeStep(page, 'Phân loại', (f) => f.getByLabel('Loại thông tin').selectOption({ label: 'Tin sai sự thật' }), 'Đã phân loại');
    await takeStep(page, 'Xác minh', (f) => f.getByLabel('Kết quả xác minh').fill('Phường xác nhận không thu bất kỳ khoản phí nào khi hỗ trợ VNeID.'), 'Đã xác minh');
    await page.getByRole('button', { name: 'Giao đơn vị xử lý', exact: true }).click();
    const form = page.getByRole('form', { name: 'Giao đơn vị xử lý' });
    // Checked before anything is sent.
    await form.getByRole('button', { name: 'Xác nhận' }).click();
    await expect(form.getByText('Vui lòng chọn đơn vị chịu trách nhiệm xử lý')).toBeVisible();
    await form.getByLabel('Đơn vị chịu trách nhiệm xử lý').fill('hai chau');
    await page.getByRole('option', { name: /^Phường Hải Châu/ }).first().click();
    await form.getByRole('button', { name: 'Xác nhận' }).click();
    await expect(page.locator('.page-subtitle')).toContainText('Đã giao xử lý');
    await saveScreen(page, 'case-assigned');
    await page.context().close();
  });

  test('the ward records its published correction, and the agency closes the case', async ({ browser }) => {
    const ward = await signedIn(browser, 'bientap.haichau');
    await openCase(ward, code);
    await takeStep(
      ward,
      'Ghi nhận tin cải chính',
      async (f) => {
        await f.getByLabel('Tiêu đề tin cải chính, làm rõ').fill('Cải chính: hỗ trợ VNeID tại nhà không thu phí');
        await f.getByLabel('Đường dẫn bài đã đăng').fill('https://haichau.danang.gov.vn/tin-tuc/cai-chinh-vneid');
      },
      'Đã đăng tin cải chính',
    );
    await ward.context().close();

    const agency = await signedIn(browser, 'thuongtruc');
    await openCase(agency, code);
    await takeStep(agency, 'Kết thúc vụ việc', (f) => f.getByLabel('Kết quả xử lý (người phản ánh sẽ thấy)').fill('Phường đã đăng tin cải chính; bài viết gốc đã được gỡ.'), 'Đã kết thúc');
    await expect(agency.getByRole('list').filter({ hasText: 'Ghi nhận tin cải chính' })).toContainText('Trần Văn Biên Tập');
    await saveScreen(agency, 'case-closed');
    await agency.context().close();
  });

  test('the citizen follows the code and sees the outcome and the correction', async ({ page }) => {
    await page.goto('/phan-anh/tra-cuu');
    await page.getByLabel('Mã theo dõi').fill(code.replaceAll('-', ' ').toLowerCase());
    await page.getByRole('button', { name: 'Tra cứu' }).click();
    await expect(page.getByRole('heading', { name: `Phản ánh ${code}` })).toBeVisible();
    await expect(page.getByText('Đã xử lý xong')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Cải chính: hỗ trợ VNeID tại nhà không thu phí' })).toHaveAttribute('href', 'https://haichau.danang.gov.vn/tin-tuc/cai-chinh-vneid');
    await expect(page.getByText('bài viết gốc đã được gỡ')).toBeVisible();
    await saveScreen(page, 'case-outcome');
  });
});

test('the public report form works on a phone @phone', async ({ page }) => {
  const code = await reportAsCitizen(page, 'Tin nhắn giả danh phường yêu cầu chuyển khoản để cập nhật dịch vụ công.');
  const size = await page.evaluate(() => ({ scrollWidth: document.scrollingElement?.scrollWidth ?? 0, innerWidth: window.innerWidth }));
  expect(size.scrollWidth).toBeLessThanOrEqual(size.innerWidth + 1);
  await expect(page.locator('.tracking-code')).toHaveText(code);
  await page.goto('/phan-anh');
  const formSize = await page.evaluate(() => ({ scrollWidth: document.scrollingElement?.scrollWidth ?? 0, innerWidth: window.innerWidth }));
  expect(formSize.scrollWidth).toBeLessThanOrEqual(formSize.innerWidth + 1);
  await saveScreen(page, 'case-form');
});
