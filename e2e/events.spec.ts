import { expect, test, type Page } from '@playwright/test';
import { loginAs, mainNav } from './fixtures/login.ts';
import { saveScreen } from './fixtures/screens.ts';

const TITLE = 'Cuộc thi Ý tưởng số Hải Châu 2030';
const PRODUCT = 'Ứng dụng Chợ Cồn trực tuyến';

async function expectNoSidewaysScroll(page: Page) {
  const size = await page.evaluate(() => ({ scrollWidth: document.scrollingElement?.scrollWidth ?? 0, innerWidth: window.innerWidth }));
  expect(size.scrollWidth).toBeLessThanOrEqual(size.innerWidth + 1);
}

test.describe.serial('Sự kiện và sản phẩm Make in Da Nang', () => {
  let page: Page;
  test.beforeAll(async ({ browser }) => {
    page = await browser.newPage();
    await loginAs(page, 'bientap.haichau');
  });
  test.afterAll(async () => page.close());

  test('a ward editor records a contest with a product, Vietnamese messages first', async () => {
    await mainNav(page).getByRole('link', { name: 'Sự kiện', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Sự kiện truyền thông chuyển đổi số', level: 1 })).toBeVisible();
    await page.getByRole('link', { name: 'Thêm sự kiện' }).click();
    await page.getByRole('button', { name: 'Lưu sự kiện' }).click();
    await expect(page.getByText('Vui lòng nhập tên sự kiện')).toBeVisible();

    await page.getByLabel('Loại sự kiện').selectOption({ label: 'Cuộc thi' });
    await page.getByLabel('Tên sự kiện').fill(TITLE);
    await page.getByRole('textbox', { name: 'Ngày bắt đầu' }).fill('05/12/2030');
    await page.getByRole('textbox', { name: 'Ngày kết thúc' }).fill('06/12/2030');
    await page.getByLabel('Địa điểm').fill('Nhà văn hóa phường Hải Châu');
    await page.getByRole('combobox', { name: 'Đơn vị tổ chức' }).fill('hai chau');
    await page.getByRole('option').filter({ has: page.getByText('Phường Hải Châu', { exact: true }) }).click();
    await page.getByLabel('Số đăng ký').fill('120');
    await page.getByRole('button', { name: '+ Thêm bài viết' }).click();
    await page.getByLabel('Tiêu đề bài viết').fill('Hải Châu phát động cuộc thi ý tưởng số');
    await page.getByLabel('Đường dẫn', { exact: true }).fill('baodanang.vn/bai-viet');
    await page.getByRole('button', { name: '+ Thêm sản phẩm' }).click();
    await page.getByLabel('Tên sản phẩm').fill(PRODUCT);
    await page.getByLabel('Doanh nghiệp').fill('Công ty TNHH Chợ Số Hải Châu');
    await page.getByLabel('Nhóm sản phẩm').selectOption({ label: 'Sản phẩm số' });
    await page.getByRole('button', { name: 'Lưu sự kiện' }).click();
    await expect(page.getByText('Đường dẫn bài viết phải là địa chỉ web bắt đầu bằng http:// hoặc https://')).toBeVisible();
    await page.getByLabel('Đường dẫn', { exact: true }).fill('https://baodanang.vn/bai-viet');
    await saveScreen(page, 'event-form');
    await page.getByRole('button', { name: 'Lưu sự kiện' }).click();

    await expect(page.getByRole('heading', { name: TITLE, level: 1 })).toBeVisible();
    await expect(page.getByText('Đã thêm sự kiện.')).toBeVisible();
    await expect(page.getByText(PRODUCT)).toBeVisible();
    await saveScreen(page, 'event-detail');
  });

  test('finds it in the list without diacritics and in the month calendar', async () => {
    await page.goto('/admin/events');
    await page.getByRole('searchbox', { name: 'Tìm sự kiện' }).fill('cho con truc tuyen');
    await expect(page.getByRole('link', { name: TITLE })).toBeVisible();
    await saveScreen(page, 'events-list');
    await page.getByRole('link', { name: 'Lịch tháng' }).click();
    await page.goto('/admin/events/calendar?month=2030-12');
    await expect(page.getByRole('heading', { name: 'Tháng 12 năm 2030' })).toBeVisible();
    const grid = page.getByRole('table', { name: 'Lịch sự kiện 12/2030' });
    await expect(grid.getByRole('link', { name: TITLE })).toHaveCount(2);
    await saveScreen(page, 'events-calendar');
  });

  test('the public portal shows the event and the product, without script', async () => {
    await page.goto('/make-in-da-nang?nam=2030');
    await expect(page.getByRole('heading', { name: 'Sản phẩm Make in Da Nang', level: 1 })).toBeVisible();
    await expect(page.getByRole('heading', { name: PRODUCT })).toBeVisible();
    expect(await page.locator('script').count()).toBe(0);
    await page.getByRole('link', { name: TITLE }).click();
    await expect(page.getByRole('heading', { name: TITLE, level: 1 })).toBeVisible();
    // This month's page lists it among the events to come; its own month's page lists it once.
    await page.goto('/su-kien');
    await expect(page.getByRole('region', { name: 'Sự kiện sắp tới' }).getByRole('link', { name: TITLE })).toBeVisible();
    await page.goto('/su-kien?thang=2030-12');
    await expect(page.getByRole('link', { name: TITLE })).toHaveCount(1);
    await saveScreen(page, 'portal-events');
  });
});

test.describe.serial('Lịch sự kiện trên điện thoại @phone', () => {
  test('reads a month as a list, no sideways scrolling', async ({ page }) => {
    await loginAs(page, 'bientap.haichau');
    // A ward editor sees the ward's own events: the August 2025 campaign of the demo data.
    await page.goto('/admin/events/calendar?month=2025-08');
    await expect(page.getByRole('heading', { name: 'Tháng 8 năm 2025' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Lịch sự kiện 8/2025' })).toBeHidden();
    await expect(page.getByRole('list', { name: 'Tháng 8 năm 2025' }).getByRole('link', { name: /Mỗi gia đình một tài khoản định danh điện tử/ })).toBeVisible();
    await expectNoSidewaysScroll(page);
    await saveScreen(page, 'events-calendar');
    await page.goto('/admin/events/new');
    await expect(page.getByRole('heading', { name: 'Thêm sự kiện', level: 1 })).toBeVisible();
    await page.getByLabel('Loại sự kiện').selectOption({ label: 'Ngày Chuyển đổi số thành phố Đà Nẵng' });
    await page.getByRole('button', { name: '+ Thêm sản phẩm' }).click();
    await expectNoSidewaysScroll(page);
    await saveScreen(page, 'event-form');
    await page.goto('/su-kien?thang=2024-10');
    await expectNoSidewaysScroll(page);
    await saveScreen(page, 'portal-events');
  });
});

test.describe.serial('Mô hình truyền thông: từ đề xuất đến triển khai', () => {
  const MODEL = 'Điểm hỗ trợ ví điện tử cho người cao tuổi';
  let url: string;

  test('a ward editor proposes a model', async ({ browser }) => {
    const page = await browser.newPage();
    await loginAs(page, 'bientap.haichau');
    await mainNav(page).getByRole('link', { name: 'Mô hình truyền thông', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Mô hình truyền thông chuyển đổi số', level: 1 })).toBeVisible();
    await page.getByRole('link', { name: 'Đề xuất mô hình' }).click();
    await page.getByRole('button', { name: 'Gửi đề xuất' }).click();
    await expect(page.getByText('Vui lòng nhập tên mô hình')).toBeVisible();
    await page.getByLabel('Đối tượng').selectOption({ label: 'Người dân' });
    await page.getByRole('combobox', { name: 'Đơn vị đề xuất' }).fill('hai chau');
    await page.getByRole('option').filter({ has: page.getByText('Phường Hải Châu', { exact: true }) }).click();
    await page.getByLabel('Tên mô hình').fill(MODEL);
    await page.getByLabel('Mô tả mô hình').fill('Đoàn viên hướng dẫn người cao tuổi dùng ví điện tử tại nhà văn hóa khu dân cư.');
    await page.getByLabel('Số người dự kiến tiếp cận').fill('600');
    await page.getByRole('button', { name: 'Gửi đề xuất' }).click();
    await expect(page.getByRole('heading', { name: MODEL, level: 1 })).toBeVisible();
    await expect(page.getByText('Đã gửi đề xuất mô hình.')).toBeVisible();
    url = page.url();
    await page.close();
  });

  test('the standing agency names a panel and scores; a leader scores and selects it', async ({ browser }) => {
    const pm = await browser.newPage();
    await loginAs(pm, 'thuongtruc');
    await pm.goto(url);
    await pm.getByRole('checkbox', { name: /Nguyễn Thị Thường Trực/ }).check();
    await pm.getByRole('checkbox', { name: /Hoàng Văn Lãnh Đạo/ }).check();
    await pm.getByRole('button', { name: 'Đưa ra hội đồng chấm điểm' }).click();
    await expect(pm.getByText('Đang chấm điểm').first()).toBeVisible();
    const scores = ['8', '6', '9', '5'];
    const fields = pm.getByRole('group').or(pm.locator('.model-score-grid')).getByRole('textbox', { name: /^Điểm:/ });
    for (const [i, v] of scores.entries()) await fields.nth(i).fill(v);
    await pm.getByRole('button', { name: 'Lưu điểm' }).click();
    await expect(pm.getByText('Điểm bình quân của hội đồng: 73,75/100')).toBeVisible();
    await saveScreen(pm, 'model-scoring');
    await pm.close();

    const leader = await browser.newPage();
    await loginAs(leader, 'lanhdao');
    await leader.goto(url);
    const mine = leader.locator('.model-score-grid').getByRole('textbox', { name: /^Điểm:/ });
    for (const [i, v] of ['10', '8', '7', '10'].entries()) await mine.nth(i).fill(v);
    await leader.getByRole('button', { name: 'Lưu điểm' }).click();
    await expect(leader.getByText('Điểm bình quân của hội đồng: 80,63/100')).toBeVisible();
    await leader.getByRole('button', { name: 'Không chọn' }).click();
    await expect(leader.getByText('Vui lòng ghi rõ lý do')).toBeVisible();
    await leader.getByLabel('Lý do, nhận xét').fill('Chi phí thấp, dễ nhân rộng');
    await leader.getByRole('button', { name: 'Chọn mô hình' }).click();
    await expect(leader.getByText('Được chọn').first()).toBeVisible();
    await leader.close();
  });

  test('the ward deploys it and it counts as deployed', async ({ browser }) => {
    const page = await browser.newPage();
    await loginAs(page, 'bientap.haichau');
    await page.goto(url);
    await page.getByRole('textbox', { name: 'Ngày bắt đầu triển khai' }).fill('01/12/2026');
    await page.getByRole('button', { name: 'Bắt đầu triển khai' }).click();
    await expect(page.getByRole('heading', { name: 'Triển khai và nhân rộng' })).toBeVisible();
    await expect(page.getByText('Đã triển khai').first()).toBeVisible();
    await saveScreen(page, 'model-deployed');
    await page.goto('/admin/models?status=deployed&q=vi dien tu cho nguoi cao tuoi');
    await expect(page.getByRole('link', { name: MODEL })).toBeVisible();
    await page.close();
  });
});

test.describe.serial('Đối tác và nguồn lực', () => {
  test('the standing agency adds a partner with an agreement and a contribution', async ({ browser }) => {
    const page = await browser.newPage();
    await loginAs(page, 'thuongtruc');
    await mainNav(page).getByRole('link', { name: 'Đối tác', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Đối tác và nguồn lực', level: 1 })).toBeVisible();
    await expect(page.getByRole('link', { name: 'VNPT Đà Nẵng' })).toBeVisible();
    await saveScreen(page, 'partners-list');
    await page.getByRole('link', { name: 'Thêm đối tác' }).click();
    await page.getByRole('button', { name: 'Lưu đối tác' }).click();
    await expect(page.getByText('Vui lòng nhập tên đối tác')).toBeVisible();
    await page.getByLabel('Tên đối tác').fill('Công ty CP Dữ liệu Ngũ Hành Sơn');
    await page.getByLabel('Loại đối tác').selectOption({ label: 'Doanh nghiệp' });
    await page.getByRole('button', { name: 'Lưu đối tác' }).click();
    await expect(page.getByRole('heading', { name: 'Công ty CP Dữ liệu Ngũ Hành Sơn', level: 1 })).toBeVisible();

    const agreement = page.locator('form', { has: page.getByRole('heading', { name: 'Thêm thỏa thuận' }) });
    await agreement.getByRole('combobox', { name: 'Đơn vị ký' }).fill('hai chau');
    await page.getByRole('option').filter({ has: page.getByText('Phường Hải Châu', { exact: true }) }).click();
    await agreement.getByLabel('Số văn bản').fill('05/TTHT-UBND');
    await agreement.getByRole('textbox', { name: 'Ngày ký' }).fill('01/03/2026');
    await agreement.getByLabel('Phạm vi hợp tác').fill('Dữ liệu mở cho doanh nghiệp nhỏ');
    await agreement.getByRole('button', { name: 'Thêm thỏa thuận' }).click();
    await expect(page.getByText('05/TTHT-UBND, ký ngày 01/03/2026 với Phường Hải Châu')).toBeVisible();

    const contribution = page.locator('form', { has: page.getByRole('heading', { name: 'Thêm đóng góp' }) });
    await contribution.getByRole('combobox', { name: 'Đơn vị nhận' }).fill('hai chau');
    await page.getByRole('option').filter({ has: page.getByText('Phường Hải Châu', { exact: true }) }).click();
    await contribution.getByLabel('Hình thức').selectOption({ label: 'Tiền mặt' });
    await contribution.getByLabel('Giá trị (đồng)').fill('25.000.000');
    await contribution.getByRole('textbox', { name: 'Ngày nhận' }).fill('15/03/2026');
    await contribution.getByLabel('Nội dung').fill('Tài trợ cuộc thi ý tưởng số');
    await contribution.getByRole('button', { name: 'Thêm đóng góp' }).click();
    await expect(page.getByText(/Tổng đóng góp: 25\.000\.000/)).toBeVisible();
    await saveScreen(page, 'partner-detail');
    await page.close();
  });
});
