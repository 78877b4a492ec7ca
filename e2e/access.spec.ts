import { expect, test, type Page } from '@playwright/test';
import { loginAs } from './fixtures/login.ts';
import { saveScreen } from './fixtures/screens.ts';

/** Finds a unit valid today through the search box and opens its page. */
async function openUnit(page: Page, query: string, name: string) {
  await page.goto('/admin/org-units');
  await page.getByRole('searchbox', { name: 'Tìm đơn vị' }).fill(query);
  await page
    .getByRole('table', { name: `Đơn vị khớp với “${query}”` })
    .getByRole('link', { name, exact: true })
    .click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
}

test.describe.serial('Biên tập viên phường: chỉ sửa đơn vị của mình', () => {
  let page: Page;
  const head = 'Nguyễn Thị Kiểm Thử';
  const phone = '0236 3821 555';
  const email = 'ubnd.haichau@danang.gov.vn';

  test.beforeAll(async ({ browser }) => {
    page = await browser.newPage();
    await loginAs(page, 'bientap.haichau');
  });
  test.afterAll(async () => {
    await page.close();
  });

  test('edits the contact details of Phường Hải Châu, and they are kept', async () => {
    await openUnit(page, 'hai chau', 'Phường Hải Châu');
    const contact = page.getByRole('region', { name: 'Thông tin liên hệ' });
    await contact.getByRole('button', { name: 'Sửa thông tin liên hệ' }).click();
    await contact.getByRole('textbox', { name: 'Người đứng đầu' }).fill(head);
    await contact.getByRole('textbox', { name: 'Điện thoại' }).fill(phone);
    await contact.getByRole('textbox', { name: 'Email' }).fill(email);
    await saveScreen(page, 'access-profile-form');
    const saved = page.waitForResponse(
      (r) => /\/api\/v1\/org-units\/[^/]+\/profile$/.test(r.url()) && r.request().method() !== 'GET',
    );
    await contact.getByRole('button', { name: 'Lưu' }).click();
    expect((await saved).ok()).toBe(true);
    await expect(contact.getByText('Đã lưu thông tin liên hệ.')).toBeVisible();
    await expect(contact.getByRole('textbox')).toHaveCount(0);

    await page.reload();
    await expect(page.getByRole('heading', { name: 'Phường Hải Châu', level: 1 })).toBeVisible();
    await expect(contact.getByText(head, { exact: true })).toBeVisible();
    await expect(contact.getByRole('link', { name: phone })).toHaveAttribute('href', 'tel:02363821555');
    await expect(contact.getByRole('link', { name: email })).toHaveAttribute('href', `mailto:${email}`);
    await saveScreen(page, 'access-profile-saved');
  });

  test('changes nothing in the structure of its own ward', async () => {
    // Still on Phường Hải Châu: contact details yes, restructuring no.
    await expect(page.getByRole('button', { name: 'Sửa thông tin liên hệ' })).toBeVisible();
    for (const action of [
      'Đổi tên',
      'Chuyển cấp trên',
      'Chia tách',
      'Sáp nhập',
      'Thêm đơn vị trực thuộc',
      'Giải thể',
    ]) {
      await expect(page.getByRole('link', { name: action, exact: true })).toHaveCount(0);
    }
    await page.goto('/admin/org-units');
    await expect(page.getByRole('heading', { name: 'Đơn vị', level: 1 })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Thêm đơn vị' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Sáp nhập đơn vị' })).toHaveCount(0);
    // Nor does the address of a restructuring form open it.
    await page.goto('/admin/org-units/merge');
    await expect(page.getByText('Bạn không có quyền thực hiện thao tác này')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Sáp nhập', exact: true })).toHaveCount(0);
  });

  test('sees another ward without a way to edit it', async () => {
    await openUnit(page, 'thanh khe', 'Phường Thanh Khê');
    const contact = page.getByRole('region', { name: 'Thông tin liên hệ' });
    await expect(contact).toBeVisible();
    await expect(page.getByRole('region', { name: 'Thông tin hiện tại' })).toContainText('Phường Thanh Khê');
    await expect(contact.getByRole('button', { name: 'Sửa thông tin liên hệ' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Sửa thông tin liên hệ' })).toHaveCount(0);
    for (const action of ['Đổi tên', 'Sáp nhập', 'Giải thể']) {
      await expect(page.getByRole('link', { name: action, exact: true })).toHaveCount(0);
    }
    await saveScreen(page, 'access-other-ward');
  });
});
