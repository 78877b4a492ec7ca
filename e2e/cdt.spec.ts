import { expect, test, type Locator, type Page } from '@playwright/test';
import { loginAs } from './fixtures/login.ts';
import { saveScreen } from './fixtures/screens.ts';

type LogPage = { total: number; items: { place: string; vneid: number; cashless: number; total: number }[] };

async function pickUnit(scope: Locator, label: string, query: string, name: string) {
  await scope.getByRole('combobox', { name: label }).fill(query);
  await scope
    .getByRole('option')
    .filter({ has: scope.page().getByText(name, { exact: true }) })
    .click();
}

async function expectNoSidewaysScroll(page: Page) {
  const size = await page.evaluate(() => ({ scrollWidth: document.scrollingElement?.scrollWidth ?? 0, innerWidth: window.innerWidth }));
  expect(size.scrollWidth).toBeLessThanOrEqual(size.innerWidth + 1);
}

test('a team member logs support on a phone with the network off, and it arrives once @phone', async ({ page, context }) => {
  await loginAs(page, 'cdt.haichau');
  await page.goto('/admin/cdt/log');
  await expect(page.getByRole('heading', { name: 'Ghi nhận hỗ trợ người dân', level: 1 })).toBeVisible();
  await expect(page.getByText('Tổ CNSCĐ', { exact: false }).first()).toBeVisible();
  // The service worker has cached the app shell and controls the page.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });
  const before = (await (await page.request.get('/api/v1/cdt/support-logs?pageSize=1')).json()) as LogPage;
  const place = `Nhà văn hóa tổ 1 (thử ngoại tuyến ${Date.now()})`;

  await context.setOffline(true);
  // Even a reload without a network opens the form: the shell comes from the service worker.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Ghi nhận hỗ trợ người dân', level: 1 })).toBeVisible();
  await page.getByRole('textbox', { name: 'Địa điểm' }).fill(place);
  await page.getByRole('textbox', { name: 'Kích hoạt VNeID' }).fill('3');
  await page.getByRole('textbox', { name: 'Thanh toán không dùng tiền mặt' }).fill('2');
  await expect(page.getByText('Tổng: 5 lượt người')).toBeVisible();
  await page.getByRole('button', { name: 'Ghi nhận', exact: true }).click();
  await expect(page.getByText('Đang chờ gửi (1)')).toBeVisible();
  await expect(page.getByText('Chưa có mạng: phiếu đã được lưu trên máy')).toBeVisible();
  await expectNoSidewaysScroll(page);
  await saveScreen(page, 'cdt-log-offline');

  await context.setOffline(false);
  await expect(page.getByText('Đang chờ gửi (1)')).toBeHidden({ timeout: 20_000 });
  const outbox = page.getByRole('list', { name: 'Các phiếu ghi nhận trên máy này' });
  await expect(outbox.getByRole('listitem').filter({ hasText: place })).toContainText('Đã gửi');
  await saveScreen(page, 'cdt-log-sent');

  const after = (await (await page.request.get('/api/v1/cdt/support-logs?pageSize=200')).json()) as LogPage;
  expect(after.total).toBe(before.total + 1);
  const mine = after.items.filter((l) => l.place === place);
  expect(mine).toHaveLength(1);
  expect(mine[0]).toMatchObject({ vneid: 3, cashless: 2, total: 5 });

  // A reload sends nothing again: the outbox remembers the log as sent.
  await page.reload();
  await expect(page.getByRole('list', { name: 'Các phiếu ghi nhận trên máy này' }).getByRole('listitem').filter({ hasText: place })).toContainText('Đã gửi');
  const again = (await (await page.request.get('/api/v1/cdt/support-logs?pageSize=1')).json()) as LogPage;
  expect(again.total).toBe(before.total + 1);
});

test('a ward editor adds a team, is warned below seven members, edits it and finds it without diacritics', async ({ page }) => {
  await loginAs(page, 'bientap.haichau');
  await page.goto('/admin/cdt');
  await expect(page.getByRole('heading', { name: 'Tổ công nghệ số cộng đồng', level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Xuất Excel' })).toBeVisible();
  await page.getByRole('link', { name: 'Thêm tổ' }).click();

  const form = page.getByRole('form', { name: 'Thêm tổ công nghệ số cộng đồng' });
  await form.getByRole('button', { name: 'Lưu hồ sơ tổ' }).click();
  await expect(form.getByText('Vui lòng chọn xã, phường')).toBeVisible();
  await pickUnit(form, 'Xã, phường, đặc khu', 'hai chau', 'Phường Hải Châu');
  await form.getByRole('textbox', { name: 'Tên tổ' }).fill('Tổ CNSCĐ tổ dân phố Đống Đa (thử nghiệm)');
  await form.getByRole('textbox', { name: 'Thôn, tổ dân phố phục vụ' }).fill('Tổ dân phố Đống Đa');
  await form.getByRole('group', { name: 'Thành viên 1' }).getByRole('textbox', { name: 'Họ và tên' }).fill('Trần Thị Tổ Trưởng');
  await expect(form.getByText('Tổ mới có 1 thành viên đang hoạt động, ít hơn 7 theo quy định.')).toBeVisible();
  await form.getByRole('button', { name: 'Lưu hồ sơ tổ' }).click();

  await expect(page.getByRole('heading', { name: 'Tổ CNSCĐ tổ dân phố Đống Đa (thử nghiệm)', level: 1 })).toBeVisible();
  await expect(page.getByText('Đã thêm tổ.')).toBeVisible();
  await expect(page.getByText('Tổ có 1 thành viên đang hoạt động, ít hơn 7 thành viên theo quy định')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Lịch sử trực thuộc của tổ' })).toContainText('Phường Hải Châu');

  await page.getByRole('button', { name: 'Sửa hồ sơ' }).click();
  const edit = page.getByRole('form', { name: 'Sửa hồ sơ tổ' });
  await edit.getByRole('textbox', { name: 'Người liên hệ' }).fill('Trần Thị Tổ Trưởng');
  await edit.getByRole('button', { name: 'Thêm thành viên' }).click();
  const second = edit.getByRole('group', { name: 'Thành viên 2' });
  await second.getByRole('textbox', { name: 'Họ và tên' }).fill('Lê Văn Phó');
  await second.getByRole('combobox', { name: 'Vai trò trong tổ' }).selectOption('deputy');
  await second.getByRole('textbox', { name: 'Điện thoại' }).fill('số sai');
  await edit.getByRole('button', { name: 'Lưu hồ sơ tổ' }).click();
  await expect(second.getByText('Số điện thoại: 6–20 chữ số', { exact: false })).toBeVisible();
  await second.getByRole('textbox', { name: 'Điện thoại' }).fill('0905 123 456');
  await edit.getByRole('button', { name: 'Lưu hồ sơ tổ' }).click();
  await expect(page.getByText('Đã lưu hồ sơ tổ.')).toBeVisible();
  const members = page.getByRole('table', { name: 'Danh sách thành viên của tổ' });
  await expect(members).toContainText('Lê Văn Phó');
  await expect(members).toContainText('Tổ phó');
  await saveScreen(page, 'cdt-team');

  await page.getByRole('link', { name: 'Danh sách tổ' }).click();
  await page.getByRole('searchbox', { name: 'Tìm tổ' }).fill('dong da thu nghiem');
  const table = page.getByRole('table', { name: 'Danh sách tổ công nghệ số cộng đồng' });
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table).toContainText('Tổ CNSCĐ tổ dân phố Đống Đa (thử nghiệm)');
  await expect(table).toContainText('Dưới 7');
  await saveScreen(page, 'cdt-list');
});
