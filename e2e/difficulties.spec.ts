import { expect, test, type Browser, type Page } from '@playwright/test';
import { loginAs } from './fixtures/login.ts';
import { saveScreen } from './fixtures/screens.ts';

const TITLE = 'Loa truyền thanh khu dân cư số 3 không hoạt động';

async function signedIn(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await loginAs(page, username);
  return page;
}

async function open(page: Page) {
  await page.goto('/admin/difficulties');
  await page.getByLabel('Tìm', { exact: true }).fill('loa truyen thanh khu dan cu so 3');
  await page.getByRole('table').getByRole('link', { name: TITLE }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
}

async function step(page: Page, action: string, fill: (form: ReturnType<Page['getByRole']>) => Promise<unknown>, status: string) {
  await page.getByRole('button', { name: action, exact: true }).click();
  const form = page.getByRole('form', { name: action });
  await fill(form);
  await form.getByRole('button', { name: 'Xác nhận' }).click();
  await expect(page.getByText('Đã cập nhật.')).toBeVisible();
  await expect(page.locator('.page-subtitle')).toContainText(status);
}

test('a difficulty goes from a ward to UBND and back resolved', async ({ browser }) => {
  const ward = await signedIn(browser, 'bientap.haichau');
  await ward.goto('/admin/difficulties');
  await expect(ward.getByRole('heading', { name: /Bảng theo dõi/ })).toBeVisible();
  await ward.getByRole('link', { name: 'Báo cáo khó khăn' }).click();
  await ward.getByRole('button', { name: 'Gửi cơ quan thường trực' }).click();
  await expect(ward.getByText('Vui lòng chọn nội dung nhiệm vụ của đề án')).toBeVisible();
  await ward.getByLabel('Nội dung nhiệm vụ của Đề án').selectOption({ label: 'Nội dung 6' });
  await ward.getByLabel('Mức độ').selectOption({ label: 'Cao' });
  await ward.getByLabel('Tiêu đề').fill(TITLE);
  await ward.getByLabel('Mô tả khó khăn, vướng mắc').fill('Cụm loa hỏng từ tháng trước; người dân không nghe được tin về dịch vụ công trực tuyến.');
  await ward.getByLabel('Đề xuất, kiến nghị của đơn vị').fill('Đề nghị bố trí kinh phí thay cụm loa.');
  await ward.getByRole('button', { name: 'Gửi cơ quan thường trực' }).click();
  await expect(ward.getByText('Đã gửi khó khăn, vướng mắc tới cơ quan thường trực.')).toBeVisible();
  await expect(ward.locator('.page-subtitle')).toContainText('Đơn vị đã báo cáo');
  await ward.context().close();

  const agency = await signedIn(browser, 'thuongtruc');
  await open(agency);
  await step(
    agency,
    'Phối hợp giải quyết',
    async (f) => {
      await f.getByLabel('Đơn vị phối hợp').fill('so tai chinh');
      await agency.getByRole('option', { name: /Sở Tài chính/ }).first().click();
    },
    'Cơ quan thường trực đang phối hợp',
  );
  await step(agency, 'Trình UBND thành phố', (f) => f.getByLabel('Đề xuất trình UBND thành phố').fill('Đề nghị UBND thành phố bổ sung 45 triệu đồng thay cụm loa.'), 'Đã trình UBND thành phố');
  await agency.context().close();

  const leader = await signedIn(browser, 'lanhdao');
  await open(leader);
  await step(leader, 'Cho ý kiến chỉ đạo', (f) => f.getByLabel('Ý kiến chỉ đạo của UBND thành phố').fill('Đồng ý; giao Sở Tài chính bố trí kinh phí trong quý.'), 'UBND thành phố đã chỉ đạo');
  await leader.context().close();

  const back = await signedIn(browser, 'thuongtruc');
  await open(back);
  await step(back, 'Ghi nhận đã giải quyết', (f) => f.getByLabel('Kết quả giải quyết').fill('Đã thay cụm loa; đài phát lại bình thường.'), 'Đã giải quyết');
  await expect(back.getByRole('list').filter({ hasText: 'Cho ý kiến chỉ đạo' })).toContainText('Hoàng Văn Lãnh Đạo');
  await saveScreen(back, 'difficulty-resolved');
  await back.goto('/admin/difficulties');
  await expect(back.locator('.difficulty-column').filter({ hasText: 'Đã giải quyết' })).toContainText(TITLE);
  await saveScreen(back, 'difficulties-board');
  await back.context().close();

  // The ward sees it resolved.
  const wardAgain = await signedIn(browser, 'bientap.haichau');
  await open(wardAgain);
  await expect(wardAgain.getByText('Đã thay cụm loa; đài phát lại bình thường.')).toBeVisible();
  await wardAgain.context().close();
});
