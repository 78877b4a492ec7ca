import { expect, test, type Locator, type Page } from '@playwright/test';
import { loginAs, mainNav } from './fixtures/login.ts';
import { saveScreen } from './fixtures/screens.ts';

/** Chooses a unit in a unit picker: type without diacritics, pick the exact name. */
async function pickUnit(scope: Locator, label: string, query: string, name: string) {
  await scope.getByRole('combobox', { name: label }).fill(query);
  await scope
    .getByRole('option')
    .filter({ has: scope.page().getByText(name, { exact: true }) })
    .click();
  await expect(scope.getByRole('button', { name: `Chọn đơn vị khác thay cho ${name}` })).toBeVisible();
}

test.describe.serial('Quản lý người dùng', () => {
  const username = 'bientap.sontra';
  const fullName = 'Lê Văn Sơn Trà';
  const initialPassword = 'TamThoi2025x';
  const newPassword = 'MatKhauMoi2026y';
  let admin: Page;

  test.beforeAll(async ({ browser }) => {
    admin = await browser.newPage();
    await loginAs(admin, 'admin');
  });
  test.afterAll(async () => {
    await admin.close();
  });

  test('the administrator creates an editor for Phường Sơn Trà and finds the account in the list', async () => {
    const page = admin;
    await mainNav(page).getByRole('link', { name: 'Người dùng', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Người dùng', level: 1 })).toBeVisible();
    await page.getByRole('link', { name: 'Thêm người dùng' }).click();
    await expect(page.getByRole('heading', { name: 'Thêm người dùng', level: 1 })).toBeVisible();

    await page.getByRole('textbox', { name: 'Tên đăng nhập' }).fill(username);
    await page.getByRole('textbox', { name: 'Họ và tên' }).fill(fullName);
    await page.getByRole('textbox', { name: 'Email' }).fill('sontra@example.vn');
    await pickUnit(page.getByRole('group', { name: 'Tài khoản' }), 'Đơn vị công tác', 'son tra', 'Phường Sơn Trà');
    await page.getByLabel('Mật khẩu ban đầu').fill(initialPassword);

    await page.getByRole('button', { name: 'Thêm vai trò' }).click();
    const assignment = page.getByRole('group', { name: 'Phân quyền 1' });
    await assignment.getByRole('combobox', { name: 'Vai trò' }).selectOption({ label: 'Biên tập viên đơn vị' });
    await pickUnit(assignment, 'Đơn vị áp dụng', 'son tra', 'Phường Sơn Trà');
    await saveScreen(page, 'users-create-form');

    await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await expect(page.getByRole('heading', { name: fullName, level: 1 })).toBeVisible();
    await expect(
      page.getByText('Đã tạo tài khoản. Người dùng sẽ phải đổi mật khẩu ở lần đăng nhập đầu tiên.'),
    ).toBeVisible();
    await expect(page.getByText('Phải đổi mật khẩu', { exact: true })).toBeVisible();
    const roles = page.getByRole('region', { name: 'Vai trò' });
    await expect(roles).toContainText('Biên tập viên đơn vị');
    await expect(roles).toContainText('Phường Sơn Trà');
    await saveScreen(page, 'users-created');

    await mainNav(page).getByRole('link', { name: 'Người dùng', exact: true }).click();
    const table = page.getByRole('table', { name: 'Danh sách người dùng' });
    await expect(table.getByRole('row').filter({ hasText: 'bientap.haichau' })).toHaveCount(1);
    // Found by the name typed without diacritics; the other accounts leave the list.
    await page.getByRole('searchbox', { name: 'Tìm người dùng' }).fill('son tra');
    await expect(page).toHaveURL(/q=son(\+|%20)tra/);
    await expect(table.getByRole('row')).toHaveCount(2);
    const row = table.getByRole('row').filter({ hasText: username });
    await expect(row).toHaveCount(1);
    await expect(row.getByRole('link', { name: fullName })).toBeVisible();
    await expect(row).toContainText('Biên tập viên đơn vị — Phường Sơn Trà');
    await expect(row).toContainText('Đang hoạt động');
    await expect(row).toContainText('Chưa đăng nhập');
    await saveScreen(page, 'users-list');
  });

  test('the new user, signing in for the first time, must change the password first', async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await loginAs(page, username, initialPassword);

    await expect(page).toHaveURL(/\/admin\/change-password$/);
    await expect(page.getByRole('heading', { name: 'Đổi mật khẩu', level: 1 })).toBeVisible();
    await expect(page.getByText('Bạn cần đổi mật khẩu trước khi tiếp tục sử dụng hệ thống.')).toBeVisible();
    await expect(mainNav(page)).toHaveCount(0);
    await saveScreen(page, 'users-forced-change');

    // No other page opens before the password is changed.
    await page.goto('/admin/org-units');
    await expect(page).toHaveURL(/\/admin\/change-password$/);
    await expect(page.getByText('Bạn cần đổi mật khẩu trước khi tiếp tục sử dụng hệ thống.')).toBeVisible();

    await page.getByLabel('Mật khẩu hiện tại').fill(initialPassword);
    await page.getByLabel('Mật khẩu mới').fill(newPassword);
    await page.getByLabel('Xác nhận mật khẩu').fill(newPassword);
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await expect(page.getByText('Đã đổi mật khẩu. Các phiên đăng nhập khác của bạn đã bị đăng xuất.')).toBeVisible();
    await page.getByRole('button', { name: 'Về Trang chủ' }).click();

    await expect(page).toHaveURL(/\/admin\/?$/);
    await expect(mainNav(page).getByRole('link', { name: 'Đơn vị', exact: true })).toBeVisible();
    await expect(mainNav(page).getByRole('link', { name: 'Người dùng', exact: true })).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Vai trò của bạn' })).toContainText(
      'Biên tập viên đơn vị — Phường Sơn Trà',
    );
    await context.close();

    // The administrator now sees a signed-in account that no longer has to change its password.
    await admin.reload();
    const row = admin
      .getByRole('table', { name: 'Danh sách người dùng' })
      .getByRole('row')
      .filter({ hasText: username });
    await expect(row).toHaveCount(1);
    await expect(row).not.toContainText('Chưa đăng nhập');
    await row.getByRole('link', { name: fullName }).click();
    await expect(admin.getByRole('heading', { name: fullName, level: 1 })).toBeVisible();
    await expect(admin.getByText('Phải đổi mật khẩu', { exact: true })).toHaveCount(0);
  });
});
