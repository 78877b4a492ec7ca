import { expect, test } from '@playwright/test';
import type { Role } from '@lantoa/contracts/access';
import { loginAs, mainNav } from './fixtures/login.ts';
import { expectedMenu, expectedMenuSections, expectMenuSections } from './fixtures/menu.ts';
import { saveScreen } from './fixtures/screens.ts';

/** The demo accounts (README) and what their role must and must not open. */
const ACCOUNTS: { username: string; fullName: string; role: Role; roleLabel: string; oversight: boolean }[] = [
  {
    username: 'admin',
    fullName: 'Quản trị hệ thống',
    role: 'system_admin',
    roleLabel: 'Quản trị hệ thống',
    oversight: true,
  },
  {
    username: 'thuongtruc',
    fullName: 'Nguyễn Thị Thường Trực',
    role: 'programme_manager',
    roleLabel: 'Cơ quan thường trực (quản lý đề án)',
    oversight: true,
  },
  {
    username: 'bientap.haichau',
    fullName: 'Trần Văn Biên Tập',
    role: 'unit_editor',
    roleLabel: 'Biên tập viên đơn vị',
    oversight: false,
  },
  {
    username: 'duyet.haichau',
    fullName: 'Lê Thị Phê Duyệt',
    role: 'unit_approver',
    roleLabel: 'Lãnh đạo duyệt của đơn vị',
    oversight: false,
  },
  {
    username: 'taichinh',
    fullName: 'Võ Thị Thẩm Định',
    role: 'finance_appraiser',
    roleLabel: 'Thẩm định tài chính',
    oversight: false,
  },
  { username: 'lanhdao', fullName: 'Hoàng Văn Lãnh Đạo', role: 'leader', roleLabel: 'Lãnh đạo UBND', oversight: true },
  { username: 'xem', fullName: 'Đặng Thị Người Xem', role: 'viewer', roleLabel: 'Người xem', oversight: false },
];
/** Every role works with units and the programme. */
const EVERYONE = ['Trang chủ', 'Đơn vị', 'Đề án'];
/** Accounts (user:read) and the audit log (audit:read): administrator, standing agency, city leaders. */
const OVERSIGHT = ['Người dùng', 'Nhật ký'];

test.describe('Vai trò và menu', () => {
  for (const account of ACCOUNTS) {
    test(`${account.username} sees exactly the menu of the role ${account.roleLabel}`, async ({ page }) => {
      await loginAs(page, account.username);
      await expect(page).toHaveURL(/\/admin\/?$/);
      await expect(page.getByTestId('current-user')).toContainText(account.fullName);

      const menu = expectedMenu(account.role);
      expect(menu).toEqual(expect.arrayContaining(account.oversight ? [...EVERYONE, ...OVERSIGHT] : EVERYONE));
      await expect(mainNav(page).getByRole('link')).toHaveText(menu);
      await expectMenuSections(page, account.role);
      // On a wide screen the menu is a sidebar, always there, the current page marked.
      await expect(mainNav(page).getByRole('link', { name: 'Trang chủ', exact: true })).toHaveAttribute(
        'aria-current',
        'page',
      );
      await expect(page.getByRole('button', { name: 'Menu' })).toBeHidden();
      for (const label of EVERYONE) {
        await expect(mainNav(page).getByRole('link', { name: label, exact: true })).toBeVisible();
      }
      for (const label of OVERSIGHT) {
        await expect(mainNav(page).getByRole('link', { name: label, exact: true })).toHaveCount(
          account.oversight ? 1 : 0,
        );
      }

      // The home page offers the same areas as cards, and names the role.
      const areas = page.getByRole('region', { name: 'Các mục làm việc' });
      await expect(areas.getByRole('link')).toHaveCount(menu.length - 1);
      // … by the menu's sections (the home page does not list itself).
      const homeSections = expectedMenuSections(account.role)
        .map((section) => ({ ...section, links: section.links.filter((link) => link !== 'Trang chủ') }))
        .filter((section) => section.links.length > 0);
      await expect(areas.getByRole('heading', { level: 3 })).toHaveText(homeSections.map((section) => section.title));
      for (const section of homeSections) {
        await expect(areas.getByRole('list', { name: section.title, exact: true }).getByRole('link')).toHaveText(
          section.links.map((link) => new RegExp(`^${link.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)),
        );
      }
      await expect(page.getByRole('region', { name: 'Vai trò của bạn' })).toContainText(account.roleLabel);

      if (!account.oversight) {
        // The address alone does not open what the menu hides.
        await page.goto('/admin/users');
        await expect(page.getByText('Bạn không có quyền thực hiện thao tác này')).toBeVisible();
        await expect(page.getByRole('heading', { name: 'Người dùng', level: 1 })).toHaveCount(0);
        await expect(page.getByRole('table', { name: 'Danh sách người dùng' })).toHaveCount(0);
      }
      if (account.username === 'admin' || account.username === 'bientap.haichau') {
        await page.goto('/admin/');
        await expect(mainNav(page)).toBeVisible();
        await saveScreen(page, `home-${account.username}`);
      }
    });
  }

  test('a wrong password is refused in Vietnamese', async ({ page }) => {
    await page.goto('/admin/login');
    await expect(page.getByRole('heading', { name: 'Đăng nhập', level: 1 })).toBeVisible();
    await page.getByLabel('Tên đăng nhập').fill('xem');
    await page.getByLabel('Mật khẩu').fill('sai-mat-khau-123');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(page.getByRole('alert')).toHaveText('Tên đăng nhập hoặc mật khẩu không đúng');
    await expect(page).toHaveURL(/\/admin\/login/);
    await saveScreen(page, 'login-wrong-password');

    // An empty form is checked before anything is sent.
    await page.getByLabel('Tên đăng nhập').fill('');
    await page.getByLabel('Mật khẩu').fill('');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(page.getByText('Vui lòng nhập tên đăng nhập')).toBeVisible();
    await expect(page.getByText('Vui lòng nhập mật khẩu')).toBeVisible();
  });

  test('logging out returns to the login page and ends the session', async ({ page }) => {
    await loginAs(page, 'xem');
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await expect(page).toHaveURL(/\/admin\/login/);
    await expect(page.getByRole('heading', { name: 'Đăng nhập', level: 1 })).toBeVisible();
    await expect(page.getByRole('status')).toHaveText('Bạn đã đăng xuất.');

    // The session is gone on the server too: a signed-in page sends back to the login form.
    await page.goto('/admin/org-units');
    await expect(page).toHaveURL(/\/admin\/login\?next=%2Forg-units/);
    await expect(page.getByLabel('Tên đăng nhập')).toBeVisible();
  });
});
