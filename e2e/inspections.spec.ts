import { expect, test, type Browser, type Page } from '@playwright/test';
import { loginAs } from './fixtures/login.ts';

async function asUser(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await loginAs(page, username);
  return page;
}

test.describe.serial('Tự đánh giá: phường tự chấm điểm, cơ quan thường trực công nhận', () => {
  test('a ward scores itself with evidence beside its plan and sends it; the standing agency scores and accepts', async ({ browser }) => {
    const ward = await asUser(browser, 'bientap.haichau');
    await ward.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Kiểm tra, đánh giá' }).click();
    await ward.getByRole('link', { name: 'Tự đánh giá' }).click();
    await ward.getByRole('combobox', { name: 'Năm' }).first().selectOption('2025');
    await ward.getByRole('button', { name: 'Lập bản tự đánh giá' }).click();
    await expect(ward.getByRole('heading', { name: 'Tự đánh giá năm 2025 — Phường Hải Châu', level: 1 })).toBeVisible();
    await expect(ward.getByRole('heading', { name: 'Kế hoạch năm 2025 của đơn vị' })).toBeVisible();

    // Sending before every criterion is scored is refused in Vietnamese.
    await ward.getByRole('button', { name: 'Lưu và gửi cơ quan thường trực' }).click();
    await expect(ward.getByText(/Chưa tự chấm điểm tiêu chí: TC1, TC2, TC3, TC4, TC5/)).toBeVisible();
    // A score above the criterion's points is refused before sending.
    await ward.getByRole('textbox', { name: 'Điểm tự chấm TC1' }).fill('16');
    await ward.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect(ward.getByText('Điểm tiêu chí TC1 không được vượt quá 15')).toBeVisible();
    const scores: Record<string, string> = { TC1: '14', TC2: '27,5', TC3: '18', TC4: '17', TC5: '13' };
    for (const [code, v] of Object.entries(scores)) {
      await ward.getByRole('textbox', { name: `Điểm tự chấm ${code}` }).fill(v);
      await ward.getByRole('textbox', { name: `Minh chứng ${code}` }).fill(`Văn bản minh chứng ${code}`);
    }
    await expect(ward.getByText('Tổng điểm tự chấm: 89,5/100')).toBeVisible();
    await ward.getByRole('button', { name: 'Lưu và gửi cơ quan thường trực' }).click();
    await expect(ward.getByText('Đã gửi, chờ thẩm định').first()).toBeVisible();
    const url = ward.url();

    const agency = await asUser(browser, 'thuongtruc');
    await agency.goto('/admin/inspections/assessments?year=2025&status=submitted');
    await agency.getByRole('searchbox', { name: 'Tìm kiếm' }).fill('hai chau');
    await agency.getByRole('link', { name: 'Phường Hải Châu' }).click();
    await expect(agency).toHaveURL(url);
    await expect(agency.getByText('Văn bản minh chứng TC2')).toBeVisible();
    // Returning needs a reason.
    await agency.getByRole('button', { name: 'Trả lại đơn vị' }).click();
    await expect(agency.getByText('Vui lòng ghi rõ lý do')).toBeVisible();
    for (const [code, v] of Object.entries({ TC1: '13', TC2: '25', TC3: '17', TC4: '16', TC5: '12' })) {
      await agency.getByRole('textbox', { name: `Điểm thẩm định ${code}` }).fill(v);
    }
    await agency.getByRole('textbox', { name: 'Nhận xét của cơ quan thường trực' }).fill('Hoàn thành tốt nhiệm vụ năm 2025');
    await agency.getByRole('button', { name: 'Lưu điểm và công nhận' }).click();
    await expect(agency.getByText('Đã công nhận').first()).toBeVisible();
    await expect(agency.getByText('Tổng điểm tự chấm: 89,5/100 · thẩm định: 83')).toBeVisible();

    await ward.reload();
    await expect(ward.getByText('Đã công nhận').first()).toBeVisible();
    await expect(ward.getByText('Nhận xét của cơ quan thường trực: Hoàn thành tốt nhiệm vụ năm 2025')).toBeVisible();
  });
});

test('Kiến nghị sau kiểm tra: phường báo cáo thực hiện, cơ quan thường trực xác nhận hoàn thành', async ({ browser }) => {
  const REC = 'Xây dựng chuyên mục chuyển đổi số trên trang thông tin điện tử của phường. (dữ liệu mẫu)';
  const ward = await asUser(browser, 'bientap.haichau');
  await ward.goto('/admin/inspections/recommendations?status=open');
  await ward.getByRole('link', { name: REC }).click();
  await expect(ward.getByText('Chưa thực hiện').first()).toBeVisible();
  await ward.getByRole('button', { name: 'Gửi báo cáo thực hiện' }).click();
  await expect(ward.getByText('Vui lòng nhập nội dung báo cáo thực hiện')).toBeVisible();
  await ward.getByRole('textbox', { name: 'Kết quả đơn vị đã thực hiện' }).fill('Đã mở chuyên mục "Chuyển đổi số" và đăng 6 tin bài.');
  await ward.getByRole('button', { name: 'Gửi báo cáo thực hiện' }).click();
  await expect(ward.getByText('Đang thực hiện').first()).toBeVisible();
  await expect(ward.getByText('Đã mở chuyên mục "Chuyển đổi số" và đăng 6 tin bài.')).toBeVisible();
  await expect(ward.getByRole('button', { name: 'Xác nhận hoàn thành' })).toHaveCount(0);

  const agency = await asUser(browser, 'thuongtruc');
  await agency.goto(ward.url());
  await agency.getByRole('textbox', { name: 'Ý kiến (bắt buộc khi mở lại)' }).fill('Đạt yêu cầu');
  await agency.getByRole('button', { name: 'Xác nhận hoàn thành' }).click();
  await expect(agency.getByText('Đã hoàn thành').first()).toBeVisible();
  await expect(agency.getByText('Ý kiến khi xác nhận hoàn thành')).toBeVisible();
  await agency.goto('/admin/inspections/recommendations?status=overdue');
  await expect(agency.getByText('Quá hạn').first()).toBeVisible();
});

test('Góp ý của người dân: gửi không cần tài khoản, được kiểm duyệt và trả lời công khai', async ({ browser, page }) => {
  const ITEM = '/phan-hoi/su-kien/e2e-ngay-hoi-so';
  await page.goto(ITEM);
  await page.getByRole('button', { name: 'Gửi góp ý' }).click();
  await expect(page.getByText('Nội dung góp ý cần ít nhất 10 ký tự')).toBeVisible();
  await page.getByRole('textbox', { name: 'Họ và tên (không bắt buộc)' }).fill('Lê Văn Dân');
  await page.getByRole('textbox', { name: 'Nội dung góp ý' }).fill('Đề nghị có thêm bàn hướng dẫn cài VNeID cho người cao tuổi.');
  await page.getByRole('button', { name: 'Gửi góp ý' }).click();
  await expect(page.getByText('Cảm ơn anh/chị đã góp ý.')).toBeVisible();
  await expect(page.getByText('Chưa có góp ý nào được công bố cho nội dung này.')).toBeVisible();

  const agency = await asUser(browser, 'thuongtruc');
  await agency.goto('/admin/inspections/feedback?status=pending');
  const item = agency.getByRole('listitem', { name: 'Góp ý của Lê Văn Dân' });
  await item.getByRole('button', { name: 'Đăng kèm trả lời' }).click();
  await expect(item.getByText('Vui lòng nhập câu trả lời trước khi đăng')).toBeVisible();
  await item.getByRole('textbox', { name: 'Trả lời công khai' }).fill('Ngày hội tới sẽ có bàn hướng dẫn riêng cho người cao tuổi.');
  await item.getByRole('button', { name: 'Đăng kèm trả lời' }).click();
  await expect(agency.getByRole('listitem', { name: 'Góp ý của Lê Văn Dân' })).toHaveCount(0);

  await page.goto(ITEM);
  await expect(page.getByText('Đề nghị có thêm bàn hướng dẫn cài VNeID cho người cao tuổi.')).toBeVisible();
  await expect(page.getByText('Ngày hội tới sẽ có bàn hướng dẫn riêng cho người cao tuổi.')).toBeVisible();
});

test('Trên điện thoại, người dân gửi góp ý không cần JavaScript và không phải cuộn ngang @phone', async ({ browser }) => {
  const ctx = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 812 } });
  const page = await ctx.newPage();
  await page.goto('/phan-hoi/tai-lieu/so-tay-cong-dan-so');
  await expect(page.getByText('Sổ tay dễ hiểu, nhưng chữ hơi nhỏ khi in ra.', { exact: false })).toBeVisible();
  const wide = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(wide).toBeLessThanOrEqual(375);
  await page.getByRole('textbox', { name: 'Nội dung góp ý' }).fill('Nên có bản sổ tay chữ lớn cho người lớn tuổi.');
  await page.getByRole('button', { name: 'Gửi góp ý' }).click();
  await expect(page.getByText('Cảm ơn anh/chị đã góp ý.')).toBeVisible();
  await ctx.close();
});
