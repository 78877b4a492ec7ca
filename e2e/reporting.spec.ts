import { expect, test, type Page } from '@playwright/test';
import { loginAs, mainNav } from './fixtures/login.ts';
import { saveScreen } from './fixtures/screens.ts';
import { DEMO_PASSWORD } from './fixtures/constants.ts';

/** Today in Vietnam, as the server counts reporting windows. */
const TODAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
const YEAR = Number(TODAY.slice(0, 4));
const QUARTER = Math.floor((Number(TODAY.slice(5, 7)) - 1) / 3) + 1;
/** Two quarters back: its entry window (deadline the 15th after the quarter, 30 days late) has closed. */
const CLOSED = QUARTER > 2 ? { q: QUARTER - 2, year: YEAR } : { q: QUARTER + 2, year: YEAR - 1 };
const CURRENT_LABEL = `Quý ${QUARTER}/${YEAR}`;
const CLOSED_LABEL = `Quý ${CLOSED.q}/${CLOSED.year}`;
const FORM = 'Báo cáo quý về truyền thông chuyển đổi số (cấp xã)';

async function openReport(page: Page, periodLabel: string) {
  await mainNav(page).getByRole('link', { name: 'Báo cáo định kỳ', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Báo cáo định kỳ', level: 1 })).toBeVisible();
  const chooser = page.getByRole('region', { name: 'Mở báo cáo' });
  // A ward's editor starts on the ward's quarterly form and the running quarter.
  await expect(chooser.getByRole('combobox', { name: 'Biểu mẫu' })).toHaveValue(/.+/);
  await expect(chooser.getByRole('combobox', { name: 'Biểu mẫu' }).locator('option:checked')).toHaveText(
    `${FORM} (theo quý)`,
  );
  await expect(chooser.getByRole('combobox', { name: 'Kỳ báo cáo' }).locator('option:checked')).toHaveText(
    CURRENT_LABEL,
  );
  await expect(chooser.getByText('Phường Hải Châu', { exact: true })).toBeVisible();
  await chooser.getByRole('combobox', { name: 'Kỳ báo cáo' }).selectOption({ label: periodLabel });
  await chooser.getByRole('button', { name: 'Mở báo cáo' }).click();
  await expect(page.getByRole('heading', { name: FORM, level: 1 })).toBeVisible();
  await expect(page.getByText(`Phường Hải Châu — ${periodLabel}`)).toBeVisible();
}

/** Confirms a workflow step in its dialog, whose button repeats the step's name. */
async function confirmStep(page: Page, button: string) {
  await page.getByRole('button', { name: button, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: button, exact: true }).click();
  await expect(dialog).toBeHidden();
}

/** The figure of target 8 (schools with DX extracurricular, from the quarterly report) for Phường Hải Châu this year. */
async function target8ForHaiChau(page: Page) {
  await mainNav(page).getByRole('link', { name: 'Tổng hợp chỉ tiêu', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Tổng hợp chỉ tiêu', level: 1 })).toBeVisible();
  await page.getByRole('combobox', { name: 'Năm' }).selectOption(String(YEAR));
  await page.getByRole('button', { name: /^Chọn đơn vị khác thay cho/ }).click();
  await page.getByRole('combobox', { name: 'Đơn vị' }).fill('hai chau');
  await page
    .getByRole('option')
    .filter({ has: page.getByText('Phường Hải Châu', { exact: true }) })
    .click();
  await expect(page.getByText(`Phường Hải Châu, năm ${YEAR}`)).toBeVisible();
  const card = page.getByRole('article', {
    name: 'Tỷ lệ trường từ THCS trở lên có phổ biến, giảng dạy ngoại khóa về chuyển đổi số',
  });
  await expect(card).toBeVisible();
  return card;
}

test.describe.serial('Báo cáo quý: phường gửi, lãnh đạo phường duyệt, cơ quan thường trực tiếp nhận', () => {
  // Every seeded target reads a register; an administrator sets T8 to read the quarterly report
  // from this year on (as the indicator API allows), so the report is followed to the dashboard.
  test.beforeAll(async ({ playwright, baseURL }) => {
    const api = await playwright.request.newContext({ baseURL });
    const login = await api.post('/api/v1/auth/login', { data: { username: 'admin', password: DEMO_PASSWORD } });
    expect(login.status()).toBe(200);
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const defs = (await (await api.get('/api/v1/indicators')).json()) as { items: { id: string; code: string; name: string; description: string; unitLabel: string; version: number; validFromYear: number }[] };
    const t8 = defs.items.filter((i) => i.code === 'T8').sort((a, b) => b.validFromYear - a.validFromYear)[0]!;
    if (t8.validFromYear === YEAR) return;
    const res = await api.put(`/api/v1/indicators/${t8.id}`, {
      headers: { 'x-csrf-token': csrfToken },
      data: {
        name: t8.name, description: `${t8.description} Từ năm ${YEAR}: theo báo cáo quý.`, unitLabel: t8.unitLabel, version: t8.version, fromYear: YEAR,
        formula: { numerator: { provider: 'data_element', params: { element: 'SCHOOLS_DX' } }, denominator: { provider: 'data_element', params: { element: 'SCHOOLS_TOTAL' } }, aggregation: 'ratio', missing: 'exclude', scale: 100 },
      },
    });
    expect(res.status(), await res.text()).toBe(200);
    await api.dispose();
  });

  test('a closed period says why it is locked and until when it was open', async ({ page }) => {
    await loginAs(page, 'bientap.haichau');
    await openReport(page, CLOSED_LABEL);
    await expect(page.getByText('Biểu mẫu đang khóa')).toBeVisible();
    await expect(
      page.getByText(/^Đã hết thời hạn nhập \(hạn nộp \d\d\/\d\d\/\d{4}, nhận muộn đến hết ngày \d\d\/\d\d\/\d{4}\)/),
    ).toBeVisible();
    await expect(page.getByText(/^Thời gian nhập: từ \d\d\/\d\d\/\d{4} đến hết ngày/)).toBeVisible();
    // Nothing to type into and nothing to send.
    await expect(page.getByRole('textbox')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Lưu số liệu' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Gửi', exact: true })).toHaveCount(0);
    await saveScreen(page, 'report-locked');
  });

  test('the ward editor enters the running quarter and submits it', async ({ page }) => {
    await loginAs(page, 'bientap.haichau');
    await openReport(page, CURRENT_LABEL);
    await expect(page.getByText(/^(Đang mở nhập|Đã quá hạn nộp)/)).toBeVisible();

    // Only whole numbers are taken; the server's cross-field rule is shown beside its field.
    const teams = page.getByRole('textbox', { name: 'Số tổ công nghệ số cộng đồng trên địa bàn' });
    const trained = page.getByRole('textbox', { name: /^Số tổ công nghệ số cộng đồng đã được tập huấn/ });
    await teams.fill('40');
    await trained.fill('4,5');
    await page.getByRole('button', { name: 'Lưu số liệu' }).click();
    await expect(page.getByText('Chỉ nhập số nguyên (ví dụ 12).')).toBeVisible();
    await trained.fill('45');
    await page.getByRole('button', { name: 'Lưu số liệu' }).click();
    await expect(page.getByText('Số tổ đã tập huấn không được lớn hơn tổng số tổ')).toBeVisible();
    await expect(trained).toHaveAttribute('aria-invalid', 'true');

    await trained.fill('20');
    await page.getByRole('textbox', { name: /^Số trường từ trung học cơ sở/ }).fill('40');
    await page.getByRole('textbox', { name: /^Số trường có phổ biến/ }).fill('20');
    await page.getByRole('textbox', { name: /Người dân$/ }).fill('420');
    await expect(page.getByText('Tổng: 420 lượt')).toBeVisible();
    await page.getByRole('button', { name: 'Lưu số liệu' }).click();
    await expect(page.getByText('Đã lưu số liệu.')).toBeVisible();

    await confirmStep(page, 'Gửi');
    await expect(page.getByText('Đã gửi báo cáo. Lãnh đạo đơn vị được thông báo để duyệt.')).toBeVisible();
    await expect(page.locator('.rpt-status-row')).toContainText('Chờ duyệt');
    await expect(page.getByRole('region', { name: 'Quá trình xử lý' })).toContainText(
      'Gửi báo cáo — Trần Văn Biên Tập',
    );
    await saveScreen(page, 'report-submitted');
  });

  test('the ward’s approver approves it', async ({ page }) => {
    await loginAs(page, 'duyet.haichau');
    await openReport(page, CURRENT_LABEL);
    await expect(page.getByText('40 tổ', { exact: true })).toBeVisible();
    await confirmStep(page, 'Duyệt');
    await expect(page.getByText('Đã duyệt báo cáo; cơ quan thường trực được thông báo.')).toBeVisible();
    await expect(page.locator('.rpt-status-row')).toContainText('Chờ tiếp nhận');
  });

  test('the standing agency accepts it and the ward’s figure on the dashboard changes', async ({ page }) => {
    await loginAs(page, 'thuongtruc');
    const before = await target8ForHaiChau(page);
    const valueBefore = (await before.locator('.dash-figure-value').textContent())?.trim();
    expect(valueBefore).not.toBe('50 %');

    await mainNav(page).getByRole('link', { name: 'Báo cáo định kỳ', exact: true }).click();
    // The standing agency's own unit reports yearly: the quarterly form is chosen.
    await page.getByRole('combobox', { name: 'Biểu mẫu' }).selectOption({ label: `${FORM} (theo quý)` });
    const list = page.getByRole('region', { name: 'Báo cáo trong phạm vi của bạn' });
    await list.getByRole('combobox', { name: 'Trạng thái' }).selectOption({ label: 'Chờ tiếp nhận' });
    await list
      .getByRole('row')
      .filter({ hasText: CURRENT_LABEL })
      .getByRole('link', { name: 'Phường Hải Châu' })
      .click();
    await expect(page.getByText(`Phường Hải Châu — ${CURRENT_LABEL}`)).toBeVisible();
    await confirmStep(page, 'Tiếp nhận');
    await expect(page.getByText('Đã tiếp nhận báo cáo. Số liệu đã được tính vào các chỉ tiêu.')).toBeVisible();
    await expect(page.locator('.rpt-status-row')).toContainText('Đã tiếp nhận');

    const after = await target8ForHaiChau(page);
    // 20 of 40 schools.
    await expect(after.locator('.dash-figure-value')).toHaveText('50 %');
    await expect(after).toContainText('Tử số 20 / mẫu số 40');
    await saveScreen(page, 'dashboard-after-accept', { fullPage: false });

    // The figure opens on its source: the accepted report.
    await after.getByRole('link').click();
    const facts = page.getByRole('region', { name: 'Dữ liệu gốc' });
    await expect(facts.getByRole('row').filter({ hasText: 'Số trường từ trung học cơ sở trở lên trên địa bàn' })).toContainText(
      '40',
    );
    await facts.getByRole('link', { name: 'Xem báo cáo' }).first().click();
    await expect(page.getByText(`Phường Hải Châu — ${CURRENT_LABEL}`)).toBeVisible();
  });

  test('the standing agency sees who has not reported and reopens the closed quarter for the ward', async ({
    page,
  }) => {
    await loginAs(page, 'thuongtruc');
    await mainNav(page).getByRole('link', { name: 'Báo cáo định kỳ', exact: true }).click();
    await page.getByRole('combobox', { name: 'Biểu mẫu' }).selectOption({ label: `${FORM} (theo quý)` });
    await page.getByRole('combobox', { name: 'Kỳ báo cáo' }).selectOption({ label: CLOSED_LABEL });
    await page.getByRole('link', { name: 'Tình hình nộp báo cáo' }).click();
    await expect(page.getByRole('heading', { name: 'Tình hình nộp báo cáo', level: 1 })).toBeVisible();
    await expect(page.getByRole('heading', { name: `Tổng hợp — ${CLOSED_LABEL}` })).toBeVisible();
    const units = page.getByRole('table', { name: 'Tình hình nộp báo cáo của các đơn vị' });
    const haiChau = units
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: 'Phường Hải Châu', exact: true }) });
    await expect(haiChau).toContainText('Chưa gửi');
    await saveScreen(page, 'report-completeness', { fullPage: false });

    await haiChau.getByRole('button', { name: 'Mở lại cho Phường Hải Châu' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Lý do mở lại' }).fill('Phường bổ sung số liệu của quý');
    await dialog.getByRole('button', { name: 'Mở lại', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(
      page.getByText(/^Đã mở lại biểu mẫu cho Phường Hải Châu đến hết ngày \d\d\/\d\d\/\d{4}\.$/),
    ).toBeVisible();

    // The ward can enter it again, late.
    await haiChau.getByRole('link', { name: 'Phường Hải Châu', exact: true }).click();
    await expect(page.getByText(`Phường Hải Châu — ${CLOSED_LABEL}`)).toBeVisible();
    await expect(page.getByText(/^Đã quá hạn nộp/)).toBeVisible();
    await expect(page.getByText('Biểu mẫu đang khóa')).toHaveCount(0);
  });
});

test('@phone a ward editor reads the locked quarter and the dashboard on a phone without sideways scrolling', async ({
  page,
}) => {
  await loginAs(page, 'bientap.haichau');
  await page.getByRole('button', { name: 'Menu' }).click();
  await openReport(page, CLOSED_LABEL);
  await expect(page.getByText(/^Đã hết thời hạn nhập|^Đã quá hạn nộp/)).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await saveScreen(page, 'report-entry');
  await page.getByRole('button', { name: 'Menu' }).click();
  await mainNav(page).getByRole('link', { name: 'Tổng hợp chỉ tiêu', exact: true }).click();
  await expect(page.getByRole('article')).toHaveCount(9);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await saveScreen(page, 'dashboard', { fullPage: false });
});
