import { expect, test, type Page } from '@playwright/test';
import { loginAs, mainNav } from './fixtures/login.ts';
import { expectedMenu, expectMenuSections } from './fixtures/menu.ts';
import { saveScreen } from './fixtures/screens.ts';

/** The page fits the screen: nothing to scroll sideways, and the browser did not zoom out to fit. */
async function expectNoSidewaysScroll(page: Page) {
  const size = await page.evaluate(() => ({
    scrollWidth: document.scrollingElement?.scrollWidth ?? 0,
    innerWidth: window.innerWidth,
    path: location.pathname + location.search,
  }));
  expect(size.innerWidth, `zoomed out on ${size.path}`).toBe(page.viewportSize()?.width);
  expect(size.scrollWidth, `sideways scrolling on ${size.path}`).toBeLessThanOrEqual(size.innerWidth + 1);
}

test.describe.serial('Trên điện thoại @phone', () => {
  let page: Page;

  test.beforeAll(async ({ browser }) => {
    page = await browser.newPage();
  });
  test.afterAll(async () => {
    await page.close();
  });

  test('signs in on a 375 px screen', async () => {
    await page.goto('/admin/login');
    await expect(page.getByRole('heading', { name: 'Đăng nhập', level: 1 })).toBeVisible();
    await expectNoSidewaysScroll(page);
    await saveScreen(page, 'login');
    await loginAs(page, 'bientap.haichau');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Trần Văn Biên Tập');
    await expectNoSidewaysScroll(page);
    await saveScreen(page, 'home');
  });

  test('opens the menu and goes to the units', async () => {
    const menu = page.getByRole('button', { name: 'Menu' });
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(mainNav(page)).toBeHidden();
    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(mainNav(page).getByRole('link')).toHaveText(expectedMenu('unit_editor'));
    await expectMenuSections(page, 'unit_editor');
    await expect(page.getByRole('button', { name: 'Đăng xuất' })).toBeVisible();
    await expectNoSidewaysScroll(page);
    await saveScreen(page, 'menu-open', { fullPage: false });

    await mainNav(page).getByRole('link', { name: 'Đơn vị', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Đơn vị', level: 1 })).toBeVisible();
    // The menu folds away once a page is chosen.
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(mainNav(page)).toBeHidden();
    await expect(page.getByRole('list', { name: /^Cây đơn vị ngày / })).toBeVisible();
    await expectNoSidewaysScroll(page);
    await saveScreen(page, 'units', { fullPage: false });
  });

  test('browses the 2024 tree three levels deep', async () => {
    await page.getByRole('group', { name: 'Chọn nhanh ngày' }).getByRole('button', { name: '01/06/2024' }).click();
    const tree = page.getByRole('list', { name: 'Cây đơn vị ngày 01/06/2024' });
    await tree.getByRole('button', { name: 'Mở Quận Hải Châu' }).click();
    await expect(tree.getByRole('link', { name: 'Phường Hải Châu II', exact: true })).toBeVisible();
    await expectNoSidewaysScroll(page);
    await tree.getByRole('link', { name: 'Phường Hải Châu II', exact: true }).scrollIntoViewIfNeeded();
    await saveScreen(page, 'units-tree-2024', { fullPage: false });

    await tree.getByRole('link', { name: 'Phường Hải Châu II', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Phường Hải Châu II', level: 1 })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Đơn vị kế thừa', exact: true })).toBeVisible();
    await expectNoSidewaysScroll(page);
    await saveScreen(page, 'unit-merged-ward');
  });

  test('opens its own ward and its contact form', async () => {
    await page.goto('/admin/org-units');
    const tree = page.getByRole('list', { name: /^Cây đơn vị ngày / });
    await tree.getByRole('link', { name: 'Phường Hải Châu', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Phường Hải Châu', level: 1 })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Lịch sử thay đổi' })).toBeVisible();
    await expectNoSidewaysScroll(page);
    await saveScreen(page, 'unit');

    await page.getByRole('button', { name: 'Sửa thông tin liên hệ' }).click();
    await expect(page.getByRole('textbox', { name: 'Người đứng đầu' })).toBeVisible();
    await expectNoSidewaysScroll(page);
    await page.getByRole('region', { name: 'Thông tin liên hệ' }).scrollIntoViewIfNeeded();
    await saveScreen(page, 'unit-contact-form', { fullPage: false });
    await page.getByRole('button', { name: 'Hủy' }).click();
    await expect(page.getByRole('textbox', { name: 'Người đứng đầu' })).toHaveCount(0);
  });

  test('reads the search results as cards', async () => {
    await page.goto('/admin/org-units');
    await page.getByRole('searchbox', { name: 'Tìm đơn vị' }).fill('hoa khanh');
    // The box reflects the address, which changes a moment after the click: click, then wait.
    const historical = page.getByLabel('Gồm cả đơn vị đã giải thể, sáp nhập');
    await historical.click();
    await expect(historical).toBeChecked();
    const results = page.getByRole('table', { name: 'Đơn vị khớp với “hoa khanh”' });
    await expect(results.getByRole('link')).toHaveCount(3);
    await expectNoSidewaysScroll(page);
    await saveScreen(page, 'units-search');
  });
});
