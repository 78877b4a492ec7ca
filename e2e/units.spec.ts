import { expect, test, type Locator, type Page } from '@playwright/test';
import { loginAs } from './fixtures/login.ts';
import { saveScreen } from './fixtures/screens.ts';

const DISTRICTS_2024 = [
  'Huyện Hòa Vang',
  'Huyện Hoàng Sa',
  'Quận Cẩm Lệ',
  'Quận Hải Châu',
  'Quận Liên Chiểu',
  'Quận Ngũ Hành Sơn',
  'Quận Sơn Trà',
  'Quận Thanh Khê',
];

/** A unit's entry at the top of the tree, and the entries directly under it. */
function rootEntry(tree: Locator, name: string): Locator {
  return tree.locator(':scope > li').filter({ has: tree.page().getByRole('link', { name, exact: true }) });
}
function childEntries(entry: Locator): Locator {
  return entry.locator(':scope > ul > li');
}
/** Entries whose type badge reads exactly one of `types` ("Phường", "Xã", "Quận/Huyện"…). */
function ofType(entries: Locator, page: Page, types: RegExp): Locator {
  return entries.filter({ has: page.getByText(types) });
}

async function showStructureOn(page: Page, label: string) {
  await page.getByRole('group', { name: 'Chọn nhanh ngày' }).getByRole('button', { name: label }).click();
  await expect(page.getByRole('button', { name: label })).toHaveAttribute('aria-pressed', 'true');
  const tree = page.getByRole('list', { name: `Cây đơn vị ngày ${label}` });
  await expect(tree).toBeVisible();
  return tree;
}

test.describe.serial('Đơn vị theo thời gian (quản trị)', () => {
  let page: Page;

  test.beforeAll(async ({ browser }) => {
    page = await browser.newPage();
    await loginAs(page, 'admin');
  });
  test.afterAll(async () => {
    await page.close();
  });

  test('on 01/06/2024 the city has its 8 districts, Quận Hải Châu its wards', async () => {
    await page
      .getByRole('navigation', { name: 'Điều hướng chính' })
      .getByRole('link', { name: 'Đơn vị', exact: true })
      .click();
    await expect(page.getByRole('heading', { name: 'Đơn vị', level: 1 })).toBeVisible();
    const tree = await showStructureOn(page, '01/06/2024');

    const city = rootEntry(tree, 'Thành phố Đà Nẵng');
    const districts = ofType(childEntries(city), page, /^Quận\/Huyện$/);
    await expect(districts.getByRole('link')).toHaveText(DISTRICTS_2024);

    await city.getByRole('button', { name: 'Mở Quận Hải Châu' }).click();
    const haiChau = childEntries(city).filter({ has: page.getByRole('link', { name: 'Quận Hải Châu', exact: true }) });
    await expect(haiChau.getByRole('button', { name: 'Thu gọn Quận Hải Châu' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    const wards = childEntries(haiChau);
    await expect(wards).toHaveCount(13);
    await expect(ofType(wards, page, /^Phường$/)).toHaveCount(13);
    for (const ward of [
      'Phường Hải Châu I',
      'Phường Hải Châu II',
      'Phường Thạch Thang',
      'Phường Phước Ninh',
      'Phường Hòa Cường Bắc',
    ]) {
      await expect(wards.getByRole('link', { name: ward, exact: true })).toBeVisible();
    }
    await saveScreen(page, 'units-tree-2024', { fullPage: false });
  });

  test('on 01/08/2025 there are no districts: 94 commune-level units sit under the city', async () => {
    const tree = await showStructureOn(page, '01/08/2025');
    const city = rootEntry(tree, 'Thành phố Đà Nẵng');
    const children = childEntries(city);
    await expect(ofType(children, page, /^(Phường|Xã|Đặc khu)$/)).toHaveCount(94);
    await expect(ofType(children, page, /^Phường$/)).toHaveCount(23);
    await expect(ofType(children, page, /^Xã$/)).toHaveCount(70);
    for (const name of ['Phường Hải Châu', 'Phường Hòa Khánh', 'Xã Tam Hải', 'Xã Hòa Vang', 'Đặc khu Hoàng Sa']) {
      await expect(children.getByRole('link', { name, exact: true })).toBeVisible();
    }
    await expect(tree.getByText(/^Quận\/Huyện$/)).toHaveCount(0);
    await expect(tree.getByRole('link', { name: 'Quận Hải Châu', exact: true })).toHaveCount(0);
    await expect(tree.getByRole('link', { name: 'Tỉnh Quảng Nam', exact: true })).toHaveCount(0);
    await saveScreen(page, 'units-tree-2025', { fullPage: false });
  });

  test('searching "hoa khanh" without diacritics finds the Hòa Khánh wards', async () => {
    await page.getByRole('searchbox', { name: 'Tìm đơn vị' }).fill('hoa khanh');
    const results = page.getByRole('table', { name: 'Đơn vị khớp với “hoa khanh”' });
    await expect(results.getByRole('link')).toHaveText(['Phường Hòa Khánh']);
    await expect(page.getByText('Tìm thấy 1 đơn vị khớp với “hoa khanh”')).toBeVisible();

    // The wards merged into it in 2025 are found once former units are included.
    // The box reflects the address, which changes a moment after the click: click, then wait.
    const historical = page.getByLabel('Gồm cả đơn vị đã giải thể, sáp nhập');
    await historical.click();
    await expect(historical).toBeChecked();
    await expect(results.getByRole('link', { name: 'Phường Hòa Khánh Bắc', exact: true })).toBeVisible();
    await expect(results.getByRole('link', { name: 'Phường Hòa Khánh Nam', exact: true })).toBeVisible();
    const bac = results
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: 'Phường Hòa Khánh Bắc', exact: true }) });
    await expect(bac).toContainText('Không còn tồn tại (đến 30/06/2025)');
    await saveScreen(page, 'units-search');
    await historical.click();
    await expect(historical).not.toBeChecked();
    await page.getByRole('searchbox', { name: 'Tìm đơn vị' }).fill('');
  });

  test('a ward merged on 01/01/2025 leads to its successor, whose history shows both names', async () => {
    await page.goto('/admin/org-units?asOf=2024-06-01');
    const tree = page.getByRole('list', { name: 'Cây đơn vị ngày 01/06/2024' });
    await tree.getByRole('button', { name: 'Mở Quận Hải Châu' }).click();
    await tree.getByRole('link', { name: 'Phường Hải Châu II', exact: true }).click();

    await expect(page.getByRole('heading', { name: 'Phường Hải Châu II', level: 1 })).toBeVisible();
    await expect(page.getByText('Đơn vị này không còn tồn tại (hiệu lực đến hết ngày 31/12/2024).')).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Vị trí' })).toContainText('Quận Hải Châu');
    const successors = page.getByRole('region', { name: 'Đơn vị kế thừa', exact: true });
    await expect(successors.getByRole('listitem')).toHaveCount(1);
    await expect(successors).toContainText('Sáp nhập');
    await expect(successors).toContainText('ngày 01/01/2025');
    await saveScreen(page, 'unit-merged-ward');

    await successors.getByRole('link', { name: 'Phường Hải Châu', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Phường Hải Châu', level: 1 })).toBeVisible();
    const predecessors = page.getByRole('region', { name: 'Đơn vị tiền thân' });
    await expect(predecessors.getByRole('link', { name: 'Phường Hải Châu II', exact: true })).toBeVisible();
    const history = page.getByRole('region', { name: 'Lịch sử thay đổi' }).getByRole('listitem');
    await expect(history).toHaveCount(2);
    // Newest first: the name from 01/01/2025, then the former Phường Hải Châu I.
    await expect(history.nth(0).getByText('Phường Hải Châu', { exact: true })).toBeVisible();
    await expect(history.nth(0)).toContainText('01/01/2025 – 30/06/2025');
    await expect(history.nth(1).getByText('Phường Hải Châu I', { exact: true })).toBeVisible();
    await expect(history.nth(1)).toContainText('không rõ – 31/12/2024');
    await saveScreen(page, 'unit-timeline');
  });

  test('merging two wards into a new ward from a future date shows the new ward and its predecessors', async () => {
    // Far enough ahead that today's structure, which the other journeys read, stays as it is.
    const year = new Date().getFullYear() + 5;
    const date = `01/01/${year}`;
    const newName = 'Phường Điện Bàn Bắc Đông';

    await page.goto('/admin/org-units');
    await page.getByRole('link', { name: 'Sáp nhập đơn vị' }).click();
    await expect(page.getByRole('heading', { name: 'Sáp nhập đơn vị', level: 1 })).toBeVisible();

    const effective = page.getByRole('textbox', { name: 'Ngày hiệu lực' });
    await effective.fill(date);
    await page.getByLabel('Căn cứ pháp lý').fill(`Nghị quyết thử nghiệm số 01/${year}`);

    const addSource = page.getByRole('combobox', { name: 'Thêm đơn vị cần sáp nhập' });
    for (const ward of ['Phường Điện Bàn Bắc', 'Phường Điện Bàn Đông']) {
      await addSource.fill(ward);
      await page
        .getByRole('option')
        .filter({ has: page.getByText(ward, { exact: true }) })
        .click();
      await expect(
        page
          .getByRole('list', { name: 'Đơn vị đã chọn' })
          .getByRole('button', { name: `Bỏ ${ward} khỏi danh sách sáp nhập` }),
      ).toBeVisible();
    }
    await expect(page.getByText('Đã chọn 2 đơn vị.')).toBeVisible();

    await page.getByRole('radio', { name: 'Thành lập đơn vị mới' }).check();
    await page.getByRole('textbox', { name: 'Tên đơn vị mới' }).fill(newName);
    await page.getByRole('combobox', { name: 'Loại đơn vị' }).selectOption({ label: 'Phường' });
    const parent = page.getByRole('combobox', { name: 'Đơn vị cấp trên' });
    await parent.fill('thanh pho da nang');
    await page
      .getByRole('option')
      .filter({ has: page.getByText('Thành phố Đà Nẵng', { exact: true }) })
      .click();
    await saveScreen(page, 'units-merge-form');

    await page.getByRole('button', { name: 'Sáp nhập', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Xác nhận sáp nhập' });
    await expect(dialog).toContainText(`Sáp nhập 2 đơn vị sau thành “${newName}” từ ngày ${date}?`);
    await expect(dialog.getByRole('listitem')).toHaveText(['Phường Điện Bàn Bắc', 'Phường Điện Bàn Đông']);
    await saveScreen(page, 'units-merge-confirm', { fullPage: false });
    const merged = page.waitForResponse(
      (r) => r.url().endsWith('/api/v1/org-units/merge') && r.request().method() === 'POST',
    );
    await dialog.getByRole('button', { name: 'Sáp nhập', exact: true }).click();
    expect((await merged).ok()).toBe(true);

    await expect(page.getByRole('heading', { name: newName, level: 1 })).toBeVisible();
    await expect(page.getByText('Đã ghi nhận thay đổi.')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Thông tin hiện tại' })).toContainText(`${date} – nay`);
    const predecessors = page.getByRole('region', { name: 'Đơn vị tiền thân' });
    await expect(predecessors.getByRole('link')).toHaveText(['Phường Điện Bàn Bắc', 'Phường Điện Bàn Đông']);
    await expect(predecessors.getByText('Sáp nhập', { exact: true })).toHaveCount(2);
    await expect(predecessors.getByText(`ngày ${date}`)).toHaveCount(2);
    await saveScreen(page, 'units-merge-result');

    // Today the two wards still stand; from the new date on, only the new ward does.
    await page.goto('/admin/org-units');
    const today = page.getByRole('list', { name: /^Cây đơn vị ngày / });
    await expect(today.getByRole('link', { name: 'Phường Điện Bàn Bắc', exact: true })).toBeVisible();
    await expect(today.getByRole('link', { name: newName, exact: true })).toHaveCount(0);
    await page.goto(`/admin/org-units?asOf=${year}-01-01`);
    const later = page.getByRole('list', { name: `Cây đơn vị ngày ${date}` });
    await expect(later.getByRole('link', { name: newName, exact: true })).toBeVisible();
    await expect(later.getByRole('link', { name: 'Phường Điện Bàn Bắc', exact: true })).toHaveCount(0);
  });

  test('a unit whose record is uncertain says so', async () => {
    await page.goto('/admin/org-units');
    await page.getByRole('searchbox', { name: 'Tìm đơn vị' }).fill('mat tran to quoc');
    await page.getByRole('link', { name: 'Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Đà Nẵng', exact: true }).click();
    await expect(
      page.getByRole('heading', { name: 'Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Đà Nẵng', level: 1 }),
    ).toBeVisible();
    const badge = page.locator('.page-header').getByText('không chắc chắn', { exact: true });
    await expect(badge).toBeVisible();
    await expect(badge).toHaveAttribute('title', 'Thông tin này được suy ra, chưa đối chiếu được với văn bản gốc');
    // A unit with a sure record carries no such badge.
    await page.goto('/admin/org-units');
    await page.getByRole('searchbox', { name: 'Tìm đơn vị' }).fill('hai chau');
    await page.getByRole('link', { name: 'Phường Hải Châu', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Phường Hải Châu', level: 1 })).toBeVisible();
    await expect(page.locator('.page-header').getByText('không chắc chắn')).toHaveCount(0);
    await saveScreen(page, 'unit-current-ward');
  });
});
