import { expect, test, type Page } from '@playwright/test';
import { loginAs } from './fixtures/login.ts';
import { saveScreen } from './fixtures/screens.ts';

const GOOD = 'Cà phê số kiểm thử nhập tệp Hải Châu';
const CSV = [
  'Năm,Tên mô hình,Mã đơn vị đề xuất,Đối tượng,Mô tả,Dự kiến tiếp cận',
  `2027,${GOOD},20242,Người dân,Mỗi tháng một buổi hướng dẫn dùng VNeID,800`,
  '2027,Mô hình của phường khác,20209,Người dân,Không thuộc phạm vi,100',
].join('\r\n');

async function importBadFile(page: Page, screen: string) {
  await loginAs(page, 'bientap.haichau');
  await page.goto('/admin/models');
  await page.getByRole('link', { name: 'Nhập từ Excel' }).click();
  await expect(page.getByRole('heading', { name: 'Nhập đề xuất mô hình từ Excel', level: 1 })).toBeVisible();
  await page.getByLabel('Tệp Excel (.xlsx) hoặc CSV').setInputFiles({ name: 'mo-hinh.csv', mimeType: 'text/csv', buffer: Buffer.from(`\ufeff${CSV}\r\n`) });
  await page.getByRole('button', { name: 'Kiểm tra tệp' }).click();
  const errors = page.getByRole('table', { name: /lỗi/i });
  await expect(errors).toContainText('Bạn không được đề xuất mô hình cho');
  await expect(errors).toContainText('Mã đơn vị đề xuất');
  await expect(errors.getByRole('row')).toHaveCount(2);
  await saveScreen(page, screen);
  await page.getByRole('link', { name: 'Về danh sách mô hình' }).click();
  await page.getByRole('searchbox', { name: 'Tìm mô hình' }).fill('ca phe so kiem thu nhap tep');
  await expect(page.getByText('Không có mô hình nào khớp bộ lọc.')).toBeVisible();
}

test('Nhập đề xuất mô hình: dòng sai được liệt kê, không lưu gì', async ({ page }) => {
  await importBadFile(page, 'models-import-errors');
});

test('Nhập đề xuất mô hình trên điện thoại @phone', async ({ page }) => {
  await importBadFile(page, 'models-import-errors');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(page.viewportSize()!.width);
});
