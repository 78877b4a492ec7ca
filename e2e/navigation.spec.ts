import { expect, test, type Page } from '@playwright/test';
import { loginAs, mainNav } from './fixtures/login.ts';
import { expectMenuSections } from './fixtures/menu.ts';
import { saveScreen } from './fixtures/screens.ts';

/** Where the menu panel (the element that scrolls) sits, and how far it can scroll. */
async function menuPanel(page: Page) {
  return mainNav(page).evaluate((nav) => {
    const panel = nav.parentElement!;
    const box = panel.getBoundingClientRect();
    const header = document.querySelector('.app-header')!.getBoundingClientRect();
    return {
      top: Math.round(box.top),
      left: Math.round(box.left),
      width: Math.round(box.width),
      bottom: Math.round(box.bottom),
      headerBottom: Math.round(header.bottom),
      scrollable: panel.scrollHeight > panel.clientHeight + 1,
      scrollTop: panel.scrollTop,
    };
  });
}

async function expectNoSidewaysScroll(page: Page) {
  const [scrollWidth, innerWidth] = await page.evaluate(() => [
    document.scrollingElement?.scrollWidth ?? 0,
    window.innerWidth,
  ]);
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth + 1);
}

test.describe('Menu chính theo nhóm', () => {
  test('on a wide screen the sections stay in a sidebar that scrolls on its own', async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await loginAs(page, 'admin');
    await expectMenuSections(page, 'system_admin');
    await expectNoSidewaysScroll(page);
    await saveScreen(page, 'nav-sidebar-admin', { fullPage: false });

    // The last section is below the fold of the sidebar, not of the page.
    let panel = await menuPanel(page);
    expect(panel.left).toBe(0);
    expect(panel.top).toBe(panel.headerBottom);
    expect(panel.bottom).toBeLessThanOrEqual(768);
    expect(panel.scrollable).toBe(true);

    // Scrolling a long page (the home page's cards, down to the footer) leaves the menu where it
    // is, under the header.
    await expect(page.getByRole('region', { name: 'Các mục làm việc' }).getByRole('link')).toHaveCount(23);
    await page.mouse.move(800, 500);
    await page.mouse.wheel(0, 3000);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
    await expect(page.getByRole('contentinfo')).toBeInViewport();
    panel = await menuPanel(page);
    expect(panel.top).toBe(panel.headerBottom);
    expect(panel.bottom).toBeLessThanOrEqual(768);

    // The current area is brought into the sidebar's view.
    const audit = mainNav(page).getByRole('link', { name: 'Nhật ký', exact: true });
    await audit.click();
    await expect(page.getByRole('heading', { name: 'Nhật ký', level: 1 })).toBeVisible();
    await expect(audit).toHaveAttribute('aria-current', 'page');
    await expect(audit).toHaveClass(/active/);
    await expect(mainNav(page).locator('[aria-current="page"]')).toHaveCount(1);
    await page.goto('/admin/audit');
    await expect(page.getByRole('heading', { name: 'Nhật ký', level: 1 })).toBeVisible();
    await expect(audit).toBeInViewport();
    expect((await menuPanel(page)).scrollTop).toBeGreaterThan(0);

    // A page below an area keeps that area marked.
    await page.goto('/admin/plans');
    const plans = mainNav(page).getByRole('link', { name: 'Kế hoạch', exact: true });
    await expect(plans).toHaveAttribute('aria-current', 'page');
    await expect(mainNav(page).getByRole('link', { name: 'Trang chủ', exact: true })).not.toHaveAttribute(
      'aria-current',
      'page',
    );
    await expectNoSidewaysScroll(page);
  });

  test('the menu is reached with the keyboard and shows where the focus is', async ({ page }) => {
    await loginAs(page, 'bientap.haichau');
    await expectMenuSections(page, 'unit_editor');
    // Tab moves from the header into the menu, in the menu's order.
    await page.locator('.brand').focus();
    const first = mainNav(page).getByRole('link').first();
    for (let i = 0; i < 20 && !(await first.evaluate((el) => el === document.activeElement)); i += 1) {
      await page.keyboard.press('Tab');
    }
    await expect(first).toBeFocused();
    const outline = await first.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).toBe('solid');
    await page.keyboard.press('Tab');
    await expect(mainNav(page).getByRole('link').nth(1)).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Tổng hợp chỉ tiêu', level: 1 })).toBeVisible();
    await saveScreen(page, 'nav-sidebar-editor', { fullPage: false });
  });

  test('a team member of a community digital technology team sees only the sections of their work', async ({
    page,
  }) => {
    await loginAs(page, 'cdt.haichau');
    const nav = mainNav(page);
    await expect(nav.getByRole('heading', { level: 2 })).toHaveText([
      'Tổng quan',
      'Sổ theo dõi',
      'Nội dung và phản ánh',
      'Hệ thống',
    ]);
    await expect(nav.getByRole('link')).toHaveText(['Trang chủ', 'Tổ công nghệ số', 'Khảo sát', 'Công việc nền']);
    await expectMenuSections(page, 'cdt_member');
    const areas = page.getByRole('region', { name: 'Các mục làm việc' });
    await expect(areas.getByRole('heading', { level: 3 })).toHaveText([
      'Sổ theo dõi',
      'Nội dung và phản ánh',
      'Hệ thống',
    ]);
    await saveScreen(page, 'nav-sidebar-cdt', { fullPage: false });
  });
});

test.describe('Menu chính trên điện thoại @phone', () => {
  test('the Menu button opens the sections full width; Escape and a link close it', async ({ page }) => {
    await loginAs(page, 'admin');
    const button = page.getByRole('button', { name: 'Menu' });
    await expect(mainNav(page)).toBeHidden();
    await button.click();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expectMenuSections(page, 'system_admin');
    const panel = await menuPanel(page);
    expect(panel.left).toBe(0);
    expect(panel.width).toBe(375);
    expect(panel.top).toBe(panel.headerBottom);
    expect(panel.scrollable).toBe(true);
    await expectNoSidewaysScroll(page);
    await saveScreen(page, 'nav-menu-admin', { fullPage: false });

    // The list scrolls inside the panel, down to the last area.
    const jobs = mainNav(page).getByRole('link', { name: 'Công việc nền', exact: true });
    await jobs.scrollIntoViewIfNeeded();
    await expect(jobs).toBeInViewport();
    await saveScreen(page, 'nav-menu-admin-end', { fullPage: false });

    await page.keyboard.press('Escape');
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(mainNav(page)).toBeHidden();
    await expect(button).toBeFocused();

    await button.click();
    await mainNav(page).getByRole('link', { name: 'Sự kiện', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page).toHaveURL(/\/admin\/events/);
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(mainNav(page)).toBeHidden();

    // A link to the page already open closes the menu too.
    await button.click();
    await mainNav(page).getByRole('link', { name: 'Sự kiện', exact: true }).click();
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(mainNav(page)).toBeHidden();
  });

  test('a ward editor and a team member get their own sections on a phone', async ({ page }) => {
    for (const [username, role] of [
      ['bientap.haichau', 'unit_editor'],
      ['cdt.haichau', 'cdt_member'],
    ] as const) {
      await loginAs(page, username);
      await expectNoSidewaysScroll(page);
      await saveScreen(page, `nav-home-${username}`);
      await page.getByRole('button', { name: 'Menu' }).click();
      await expectMenuSections(page, role);
      await expect(page.getByRole('button', { name: 'Đăng xuất' })).toBeVisible();
      await expectNoSidewaysScroll(page);
      await saveScreen(page, `nav-menu-${username}`, { fullPage: false });
      await page.getByRole('button', { name: 'Đăng xuất' }).click();
      await expect(page).toHaveURL(/\/admin\/login/);
    }
  });
});
