import { expect, test, type Locator, type Page } from '@playwright/test';
import { loginAs, mainNav } from './fixtures/login.ts';
import { saveScreen } from './fixtures/screens.ts';

/** This year in Vietnam: the plans and the estimate are the server's current year. */
const YEAR = Number(
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' }).format(new Date()),
);

/** Chooses a unit in a unit picker: typed without diacritics, picked by its exact name. */
async function pickUnit(scope: Locator, label: string, query: string, name: string) {
  await scope.getByRole('combobox', { name: label }).fill(query);
  await scope
    .getByRole('option')
    .filter({ has: scope.page().getByText(name, { exact: true }) })
    .click();
}

/** Confirms the step in its dialog, whose confirm button repeats the action's name. */
async function confirmStep(page: Page, button: string, reason?: string) {
  await page.getByRole('button', { name: button, exact: true }).click();
  const dialog = page.getByRole('dialog');
  if (reason !== undefined) await dialog.getByRole('textbox', { name: 'Lý do' }).fill(reason);
  await dialog.getByRole('button', { name: button, exact: true }).click();
  await expect(dialog).toBeHidden();
}

function statusBadge(page: Page) {
  return page.locator('.page-subtitle .badge');
}

test.describe.serial('Kế hoạch năm: phường lập, cơ quan thường trực trả lại rồi chấp nhận', () => {
  let planPath = '';

  test('the ward editor drafts its plan and submits it', async ({ page }) => {
    await loginAs(page, 'bientap.haichau');
    await mainNav(page).getByRole('link', { name: 'Kế hoạch', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Kế hoạch truyền thông', level: 1 })).toBeVisible();
    await expect(page.getByText(`Chưa có kế hoạch nào của năm ${YEAR}.`)).toBeVisible();

    // A ward editor edits one unit: it is chosen already.
    await page.getByRole('button', { name: 'Lập kế hoạch' }).click();
    await expect(page.getByRole('dialog').getByText('Phường Hải Châu', { exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await expect(page.getByRole('heading', { name: `Kế hoạch mới năm ${YEAR}`, level: 1 })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Tên kế hoạch' })).toHaveValue(
      `Kế hoạch truyền thông chuyển đổi số năm ${YEAR}`,
    );

    // An empty activity is refused before anything is sent, in Vietnamese.
    await page.getByRole('button', { name: 'Thêm hoạt động' }).click();
    await page.getByRole('button', { name: 'Lưu bản nháp' }).click();
    await expect(page.getByText('Vui lòng sửa 2 lỗi được đánh dấu ở trên.')).toBeVisible();
    const activity = page.getByRole('region', { name: /^Hoạt động 1/ });
    await expect(activity.getByText('Vui lòng nhập tên hoạt động')).toBeVisible();

    await page.getByRole('checkbox', { name: 'Đưa nội dung truyền thông CĐS vào kế hoạch phát triển KT-XH' }).check();
    await activity
      .getByRole('combobox', { name: 'Nội dung nhiệm vụ' })
      .selectOption({ label: '5. Tài liệu, video, bài viết, câu chuyện và thông điệp truyền thông' });
    await activity.getByRole('textbox', { name: 'Tên hoạt động' }).fill('Tờ rơi hướng dẫn kích hoạt VNeID');
    await activity.getByRole('button', { name: 'Người dân' }).click();
    await activity.getByRole('button', { name: 'Người cao tuổi' }).click();
    await expect(activity.getByRole('button', { name: 'Người cao tuổi' })).toHaveAttribute('aria-pressed', 'true');
    await activity.getByRole('button', { name: 'Trực tiếp tại cộng đồng' }).click();
    await activity.getByRole('textbox', { name: 'Từ ngày' }).fill(`01/03/${YEAR}`);
    await activity.getByRole('textbox', { name: 'Đến ngày' }).fill(`30/06/${YEAR}`);
    await activity.getByRole('textbox', { name: 'Số lượng sản phẩm' }).fill('3000');
    await activity.getByRole('textbox', { name: 'Đơn vị tính' }).fill('tờ');

    await page.getByRole('button', { name: 'Thêm dòng kinh phí' }).click();
    const line = page.getByRole('region', { name: 'Dòng kinh phí 1' });
    await line
      .getByRole('combobox', { name: 'Cho hoạt động' })
      .selectOption({ label: 'Hoạt động 1: Tờ rơi hướng dẫn kích hoạt VNeID' });
    // The line takes its activity's task area.
    await expect(line.getByRole('combobox', { name: 'Nội dung nhiệm vụ' })).toHaveValue('5');
    await line.getByRole('textbox', { name: 'Nội dung chi' }).fill('In 3.000 tờ rơi');
    const amount = line.getByRole('textbox', { name: 'Số tiền (đồng)' });
    await amount.fill('15000000');
    await amount.blur();
    await expect(amount).toHaveValue('15.000.000');
    await line
      .getByRole('combobox', { name: 'Nguồn kinh phí' })
      .selectOption({ label: 'Ngân sách quận/huyện, phường/xã' });
    const totals = page.getByRole('table', { name: 'Tổng kinh phí theo nguồn' });
    await expect(totals.getByRole('row', { name: /Ngân sách quận\/huyện, phường\/xã/ })).toContainText('15.000.000 đ');
    await saveScreen(page, 'plan-new-filled');

    await page.getByRole('button', { name: 'Lưu bản nháp' }).click();
    await expect(page.getByText('Đã lưu bản nháp kế hoạch.')).toBeVisible();
    await expect(page).toHaveURL(/\/admin\/plans\/[0-9a-f-]{36}$/);
    planPath = new URL(page.url()).pathname;
    await expect(statusBadge(page)).toHaveText('Đang soạn');
    await expect(page.getByText('Tổng cộng: 15.000.000 đ')).toBeVisible();

    await confirmStep(page, 'Gửi kế hoạch');
    await expect(page.getByText('Đã gửi kế hoạch cho cơ quan thường trực.')).toBeVisible();
    await expect(statusBadge(page)).toHaveText('Đã gửi');
    // Sent plans are read, not edited.
    await expect(page.getByRole('button', { name: 'Lưu kế hoạch' })).toHaveCount(0);
    await expect(page.getByRole('table', { name: 'Các phiên bản' }).getByRole('row')).toHaveCount(2);
    await saveScreen(page, 'plan-submitted');
  });

  test('the ward editor cannot make another ward’s plan', async ({ page }) => {
    await loginAs(page, 'bientap.haichau');
    const found = await page.request.get('/api/v1/org-units/search?q=thanh%20khe');
    const units = ((await found.json()) as { items: { id: string; name: string }[] }).items;
    const thanhKhe = units.find((u) => u.name === 'Phường Thanh Khê');
    expect(thanhKhe).toBeDefined();
    await page.goto(`/admin/plans/new?unitId=${thanhKhe!.id}&year=${YEAR}`);
    await expect(
      page.getByText('Bạn không có quyền lập kế hoạch cho Phường Thanh Khê.', { exact: false }),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Lưu bản nháp' })).toHaveCount(0);
  });

  test('the standing agency returns it with a reason', async ({ page }) => {
    await loginAs(page, 'thuongtruc');
    await page.goto(planPath);
    await expect(statusBadge(page)).toHaveText('Đã gửi');
    await page.getByRole('button', { name: 'Trả lại', exact: true }).click();
    const dialog = page.getByRole('dialog');
    // No reason, no return.
    await dialog.getByRole('button', { name: 'Trả lại', exact: true }).click();
    await expect(dialog.getByText('Vui lòng ghi lý do trả lại để đơn vị biết cần sửa gì')).toBeVisible();
    await saveScreen(page, 'plan-return-needs-reason', { fullPage: false });
    await dialog
      .getByRole('textbox', { name: 'Lý do' })
      .fill('Bổ sung kinh phí cho hội nghị tập huấn tổ công nghệ số cộng đồng');
    await dialog.getByRole('button', { name: 'Trả lại', exact: true }).click();
    await expect(page.getByText('Đã trả lại kế hoạch kèm lý do.')).toBeVisible();
    await expect(statusBadge(page)).toHaveText('Bị trả lại');
  });

  test('the editor reads the reason, fixes the plan and submits it again', async ({ page }) => {
    await loginAs(page, 'bientap.haichau');
    await page.goto(planPath);
    await expect(page.getByText('Lý do trả lại (Nguyễn Thị Thường Trực):')).toBeVisible();
    await expect(
      page.getByText('Bổ sung kinh phí cho hội nghị tập huấn tổ công nghệ số cộng đồng').first(),
    ).toBeVisible();

    await page.getByRole('button', { name: 'Thêm dòng kinh phí' }).click();
    const line = page.getByRole('region', { name: 'Dòng kinh phí 2' });
    await line.getByRole('combobox', { name: 'Nội dung nhiệm vụ' }).selectOption('6');
    await line.getByRole('textbox', { name: 'Nội dung chi' }).fill('Hội nghị tập huấn tổ công nghệ số cộng đồng');
    await line.getByRole('textbox', { name: 'Số tiền (đồng)' }).fill('8.500.000');
    await line
      .getByRole('combobox', { name: 'Nguồn kinh phí' })
      .selectOption({ label: 'Ngân sách quận/huyện, phường/xã' });
    // Unsaved changes are saved before the plan is sent.
    await expect(page.getByText('Có thay đổi chưa lưu')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Gửi kế hoạch' })).toBeDisabled();
    await page.getByRole('button', { name: 'Lưu kế hoạch' }).click();
    await expect(page.getByText('Đã lưu kế hoạch.')).toBeVisible();
    await expect(page.getByText('Tổng cộng: 23.500.000 đ')).toBeVisible();

    await confirmStep(page, 'Gửi kế hoạch');
    await expect(statusBadge(page)).toHaveText('Đã gửi');
  });

  test('the standing agency accepts it; versions compare; the board shows it', async ({ page }) => {
    await loginAs(page, 'thuongtruc');
    await page.goto(planPath);
    await confirmStep(page, 'Chấp nhận');
    await expect(page.getByText('Đã chấp nhận kế hoạch.')).toBeVisible();
    await expect(statusBadge(page)).toHaveText('Đã chấp nhận');

    const history = page.getByRole('region', { name: 'Lịch sử xử lý' });
    await expect(history.locator('.timeline-name')).toHaveText([
      'Lập kế hoạch — Trần Văn Biên Tập',
      'Gửi kế hoạch — Trần Văn Biên Tập',
      'Trả lại — Nguyễn Thị Thường Trực',
      'Gửi kế hoạch — Trần Văn Biên Tập',
      'Chấp nhận — Nguyễn Thị Thường Trực',
    ]);

    await page.getByRole('button', { name: /^So sánh Lần 1:/ }).click();
    const changes = page.getByRole('dialog').getByRole('table', { name: '1 thay đổi' });
    await expect(changes.getByRole('row', { name: /Dòng kinh phí 2 \(thêm mới\)/ })).toContainText(
      'Hội nghị tập huấn tổ công nghệ số cộng đồng: 8.500.000 đ',
    );
    await saveScreen(page, 'plan-compare', { fullPage: false });
    await page.getByRole('dialog').getByRole('button', { name: 'Đóng' }).click();
    await saveScreen(page, 'plan-accepted');

    await mainNav(page).getByRole('link', { name: 'Kế hoạch', exact: true }).click();
    await page.getByRole('link', { name: 'Tình hình các đơn vị' }).click();
    await expect(page.getByRole('heading', { name: `Tình hình lập kế hoạch năm ${YEAR}`, level: 1 })).toBeVisible();
    const groups = page.getByRole('table', { name: 'Theo nhóm đơn vị' });
    await expect(groups.getByRole('row', { name: /^Địa phương/ })).toBeVisible();
    await page.getByRole('button', { name: /Đã chấp nhận/ }).click();
    const units = page.getByRole('table', { name: `Các đơn vị và trạng thái kế hoạch năm ${YEAR}` });
    const row = units.getByRole('row').filter({ hasText: 'Phường Hải Châu' });
    await expect(row).toContainText('Đã chấp nhận');
    await expect(row).toContainText('23.500.000 đ');
    await saveScreen(page, 'plan-board');

    // Those behind are reminded in two steps, and told how many were reached.
    await page.getByRole('button', { name: 'Nhắc các đơn vị chậm' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('checkbox', { name: /Chưa có kế hoạch/ }).uncheck();
    await dialog.getByRole('button', { name: 'Tiếp tục' }).click();
    await dialog.getByRole('button', { name: 'Gửi nhắc' }).click();
    await expect(dialog.getByText(/^Đã nhắc \d+ đơn vị, \d+ người nhận\.$/)).toBeVisible();
  });
});

test.describe.serial('Dự toán: tổng hợp, thẩm định, phê duyệt bởi ba vai trò', () => {
  test('the administrator creates an editor for Sở Y tế', async ({ page }) => {
    await loginAs(page, 'admin');
    await page.goto('/admin/users/new');
    await page.getByRole('textbox', { name: 'Tên đăng nhập' }).fill('bientap.soyte');
    await page.getByRole('textbox', { name: 'Họ và tên' }).fill('Phan Thị Y Tế');
    await pickUnit(page.getByRole('group', { name: 'Tài khoản' }), 'Đơn vị công tác', 'so y te', 'Sở Y tế');
    await page.getByLabel('Mật khẩu ban đầu').fill('TamThoi2026yt');
    await page.getByRole('button', { name: 'Thêm vai trò' }).click();
    const assignment = page.getByRole('group', { name: 'Phân quyền 1' });
    await assignment.getByRole('combobox', { name: 'Vai trò' }).selectOption({ label: 'Biên tập viên đơn vị' });
    await pickUnit(assignment, 'Đơn vị áp dụng', 'so y te', 'Sở Y tế');
    await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await expect(page.getByRole('heading', { name: 'Phan Thị Y Tế', level: 1 })).toBeVisible();
  });

  test('the department drafts and submits its plan; the standing agency accepts it', async ({ browser }) => {
    const editor = await browser.newPage();
    await loginAs(editor, 'bientap.soyte', 'TamThoi2026yt');
    await editor.getByLabel('Mật khẩu hiện tại').fill('TamThoi2026yt');
    await editor.getByLabel('Mật khẩu mới', { exact: true }).fill('MatKhauYTe2026');
    await editor.getByLabel('Xác nhận mật khẩu').fill('MatKhauYTe2026');
    await editor.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await expect(editor.getByText(/Đã đổi mật khẩu/)).toBeVisible();

    await editor.goto('/admin/plans');
    await editor.getByRole('button', { name: 'Lập kế hoạch' }).click();
    await editor.getByRole('button', { name: 'Tiếp tục' }).click();
    await editor.getByRole('button', { name: 'Thêm hoạt động' }).click();
    const activity = editor.getByRole('region', { name: /^Hoạt động 1/ });
    await activity.getByRole('combobox', { name: 'Nội dung nhiệm vụ' }).selectOption('5');
    await activity.getByRole('textbox', { name: 'Tên hoạt động' }).fill('Video hướng dẫn đặt lịch khám trực tuyến');
    const lines = [
      ['5', 'Video clip hướng dẫn đặt lịch khám trực tuyến', '120.000.000', 'Ngân sách thành phố'],
      ['6', 'Tập huấn truyền thông cho cán bộ y tế', '45.000.000', 'Ngân sách thành phố'],
      ['6', 'Tài trợ in ấn', '10.000.000', 'Xã hội hóa, nguồn khác'],
    ] as const;
    for (const [i, [area, description, amount, source]] of lines.entries()) {
      await editor.getByRole('button', { name: 'Thêm dòng kinh phí' }).click();
      const line = editor.getByRole('region', { name: `Dòng kinh phí ${i + 1}` });
      await line.getByRole('combobox', { name: 'Nội dung nhiệm vụ' }).selectOption(area);
      await line.getByRole('textbox', { name: 'Nội dung chi' }).fill(description);
      await line.getByRole('textbox', { name: 'Số tiền (đồng)' }).fill(amount);
      await line.getByRole('combobox', { name: 'Nguồn kinh phí' }).selectOption({ label: source });
    }
    await editor.getByRole('button', { name: 'Lưu bản nháp' }).click();
    await expect(editor.getByText('Tổng cộng: 175.000.000 đ')).toBeVisible();
    const planPath = new URL(editor.url()).pathname;
    await confirmStep(editor, 'Gửi kế hoạch');
    await expect(statusBadge(editor)).toHaveText('Đã gửi');
    await editor.close();

    const manager = await browser.newPage();
    await loginAs(manager, 'thuongtruc');
    await manager.goto(planPath);
    await confirmStep(manager, 'Chấp nhận');
    await expect(statusBadge(manager)).toHaveText('Đã chấp nhận');
    await manager.close();
  });

  test('the standing agency consolidates the estimate and sends it to Sở Tài chính', async ({ page }) => {
    await loginAs(page, 'thuongtruc');
    await mainNav(page).getByRole('link', { name: 'Dự toán', exact: true }).click();
    await expect(
      page.getByRole('heading', { name: `Dự toán kinh phí truyền thông CĐS năm ${YEAR}`, level: 1 }),
    ).toBeVisible();
    await expect(page.getByText(/^Có \d+ kế hoạch đã chấp nhận chưa có trong dự toán\./)).toBeVisible();
    await page.getByRole('button', { name: 'Tổng hợp từ kế hoạch' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Tổng hợp từ kế hoạch' }).click();
    // City-budget lines of the department's accepted plan; the ward's own budget stays out.
    await expect(page.getByText('Đã tổng hợp 2 dòng kinh phí từ các kế hoạch đã chấp nhận.')).toBeVisible();
    await expect(page.locator('.total-proposed .total-value')).toHaveText('165.000.000 đ');
    await confirmStep(page, 'Gửi Sở Tài chính thẩm định');
    await expect(page.getByText('Sở Tài chính đang thẩm định').first()).toBeVisible();
  });

  test('Sở Tài chính cuts one line with a reason, keeps the other and submits for approval', async ({ page }) => {
    await loginAs(page, 'taichinh');
    await page.goto('/admin/budget');
    const video = page.getByRole('row').filter({ hasText: 'Video clip hướng dẫn đặt lịch khám trực tuyến' });
    await video.getByRole('button', { name: /^Thẩm định dòng/ }).click();
    await video.getByRole('textbox', { name: /^Số thẩm định/ }).fill('100.000.000');
    await video.getByRole('button', { name: 'Lưu', exact: true }).click();
    // A figure other than the proposed one needs a reason.
    await expect(video.getByText('Vui lòng ghi lý do khi điều chỉnh số đề xuất')).toBeVisible();
    await video
      .getByRole('textbox', { name: /^Lý do điều chỉnh/ })
      .fill('Định mức sản xuất video theo Quyết định của UBND thành phố');
    await video.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect(video).toContainText('−20.000.000 đ');

    await expect(page.getByRole('button', { name: 'Trình UBND thành phố phê duyệt' })).toBeDisabled();
    const training = page.getByRole('row').filter({ hasText: 'Tập huấn truyền thông cho cán bộ y tế' });
    await training.getByRole('button', { name: /^Giữ số đề xuất/ }).click();
    await expect(page.locator('.total-appraised .total-value')).toHaveText('145.000.000 đ');
    await saveScreen(page, 'budget-appraised');
    await confirmStep(page, 'Trình UBND thành phố phê duyệt');
    await expect(page.getByText('Chờ UBND thành phố phê duyệt').first()).toBeVisible();
  });

  test('UBND approves; every step’s figures stay side by side', async ({ page }) => {
    await loginAs(page, 'lanhdao');
    await page.goto('/admin/budget');
    await confirmStep(page, 'Phê duyệt dự toán');
    await expect(page.getByText('Đã phê duyệt dự toán.')).toBeVisible();
    await expect(page.locator('.total-proposed .total-value')).toHaveText('165.000.000 đ');
    await expect(page.locator('.total-appraised .total-value')).toHaveText('145.000.000 đ');
    await expect(page.locator('.total-approved .total-value')).toHaveText('145.000.000 đ');
    const video = page.getByRole('row').filter({ hasText: 'Video clip hướng dẫn đặt lịch khám trực tuyến' });
    await expect(video).toContainText('120.000.000 đ');
    await expect(video).toContainText('100.000.000 đ');
    await expect(video).toContainText('Định mức sản xuất video theo Quyết định của UBND thành phố');
    const history = page.getByRole('region', { name: 'Lịch sử xử lý' });
    await expect(history.locator('.timeline-name')).toHaveText([
      'Tổng hợp từ kế hoạch — Nguyễn Thị Thường Trực',
      'Gửi Sở Tài chính thẩm định — Nguyễn Thị Thường Trực',
      'Thẩm định dòng kinh phí — Võ Thị Thẩm Định',
      'Thẩm định dòng kinh phí — Võ Thị Thẩm Định',
      'Trình UBND thành phố phê duyệt — Võ Thị Thẩm Định',
      'Phê duyệt dự toán — Hoàng Văn Lãnh Đạo',
    ]);
    await saveScreen(page, 'budget-approved');
  });
});

test.describe('Kế hoạch và dự toán trên điện thoại @phone', () => {
  async function expectNoSidewaysScroll(page: Page) {
    const size = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
    }));
    expect(size.innerWidth).toBe(page.viewportSize()?.width);
    expect(size.scrollWidth).toBeLessThanOrEqual(size.innerWidth + 1);
  }

  test('the board, the plans and the estimate fit a 375 px screen', async ({ page }) => {
    await loginAs(page, 'thuongtruc');
    await page.goto('/admin/plans/board');
    await expect(page.getByRole('heading', { name: `Tình hình lập kế hoạch năm ${YEAR}`, level: 1 })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Theo nhóm đơn vị' })).toBeVisible();
    await expectNoSidewaysScroll(page);
    await saveScreen(page, 'plan-board', { fullPage: false });

    await page.goto('/admin/plans');
    await expect(page.getByRole('heading', { name: 'Kế hoạch truyền thông', level: 1 })).toBeVisible();
    await expectNoSidewaysScroll(page);
    const first = page.getByRole('link', { name: 'Phường Hải Châu' });
    if (await first.count()) {
      await first.click();
      await expect(page.getByRole('heading', { name: 'Lịch sử xử lý' })).toBeVisible();
      await expectNoSidewaysScroll(page);
      await saveScreen(page, 'plan');
    }

    await page.goto('/admin/budget');
    await expect(page.getByRole('list', { name: 'Các bước của dự toán' })).toBeVisible();
    await expectNoSidewaysScroll(page);
    await saveScreen(page, 'budget');
  });
});
