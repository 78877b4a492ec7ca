import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { loginAs } from './fixtures/login.ts';
import { saveScreen } from './fixtures/screens.ts';

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Bản tin Chuyển đổi số</title><link>https://example.vn/</link>
  <item><title>Phường Hải Châu ra mắt sổ tay chuyển đổi số</title><link>https://example.vn/ban-tin/so-tay</link><guid>bt-1</guid><pubDate>Mon, 03 Nov 2025 08:00:00 +0700</pubDate></item>
  <item><title>Hướng dẫn người cao tuổi dùng VNeID</title><link>https://example.vn/ban-tin/vneid</link><guid>bt-2</guid><pubDate>Tue, 04 Nov 2025 08:00:00 +0700</pubDate></item>
</channel></rss>`;

let feeds: http.Server;
let feedUrl: string;

test.beforeAll(async () => {
  feeds = http.createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(RSS));
  await new Promise<void>((resolve) => feeds.listen(0, '127.0.0.1', resolve));
  feedUrl = `http://127.0.0.1:${(feeds.address() as AddressInfo).port}/rss.xml`;
});
test.afterAll(async () => {
  await new Promise((r) => feeds.close(r));
});

async function pickUnit(page: Page, label: string, query: string, name: string) {
  await page.getByRole('combobox', { name: label }).fill(query);
  await page.getByRole('option').filter({ hasText: name }).first().click();
}

async function noSidewaysScroll(page: Page) {
  const [scrollWidth, innerWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
}

test('a ward editor adds a bulletin with its DX column and feed, pulls it and sees the articles, then exports the counts', async ({ page }) => {
  await loginAs(page, 'bientap.haichau');
  await page.goto('/admin/press');
  await expect(page.getByRole('heading', { name: 'Báo chí, cổng thông tin', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Thêm kênh' }).click();
  await page.getByRole('button', { name: 'Lưu kênh' }).click();
  await expect(page.getByText('Vui lòng nhập tên kênh')).toBeVisible();
  await pickUnit(page, 'Đơn vị chủ quản', 'hai chau', 'Phường Hải Châu');
  await page.getByRole('combobox', { name: 'Loại kênh' }).selectOption({ label: 'Bản tin' });
  await page.getByRole('textbox', { name: 'Tên kênh' }).fill('Bản tin Chuyển đổi số phường Hải Châu');
  await page.getByRole('checkbox', { name: /có chuyên mục, chuyên đề/ }).check();
  await page.getByRole('textbox', { name: 'Có chuyên mục từ ngày' }).fill('01/09/2025');
  await page.getByRole('textbox', { name: 'Địa chỉ RSS/Atom của chuyên mục' }).fill(feedUrl);
  await saveScreen(page, 'press-channel-form');
  await page.getByRole('button', { name: 'Lưu kênh' }).click();
  await expect(page.getByRole('heading', { name: 'Bản tin Chuyển đổi số phường Hải Châu', level: 1 })).toBeVisible();
  await expect(page.getByText('Đã lưu kênh.')).toBeVisible();
  await expect(page.getByText('Có, từ 01/09/2025')).toBeVisible();

  await page.getByRole('button', { name: 'Lấy tin ngay' }).click();
  await expect(page.getByText('Đã đọc 2 mục, thêm 2 tin bài mới')).toBeVisible({ timeout: 20_000 });
  const articles = page.getByRole('table', { name: 'Tin bài của kênh' });
  await expect(articles.getByRole('link', { name: 'Phường Hải Châu ra mắt sổ tay chuyển đổi số' })).toBeVisible();
  await expect(articles.getByRole('link', { name: 'Hướng dẫn người cao tuổi dùng VNeID' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Tin bài trong chuyên mục (2)' })).toBeVisible();
  await saveScreen(page, 'press-channel-pulled');

  await page.goto('/admin/press/counts?year=2025');
  const counts = page.getByRole('region', { name: 'Số tin bài theo kênh và tháng năm 2025' });
  const row = counts.getByRole('row').filter({ hasText: 'Bản tin Chuyển đổi số phường Hải Châu' });
  await expect(row.getByRole('cell').last()).toHaveText('2');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất Excel' }).click();
  expect((await download).suggestedFilename()).toMatch(/^Số tin bài chuyển đổi số theo tháng .*\.xlsx$/);
});

test('a ward editor records a DX session at a school of the ward', async ({ page }) => {
  await loginAs(page, 'bientap.haichau');
  await page.goto('/admin/schools?q=thcs');
  const table = page.getByRole('table', { name: /Sổ trường học, năm học/ });
  await table.getByRole('link').first().click();
  await expect(page.getByRole('heading', { name: 'Buổi ngoại khóa về chuyển đổi số' })).toBeVisible();
  const form = page.getByRole('form', { name: 'Ghi buổi ngoại khóa' });
  await form.getByRole('button', { name: 'Ghi buổi ngoại khóa' }).click();
  await expect(form.getByText('Vui lòng nhập nội dung buổi ngoại khóa')).toBeVisible();
  await form.getByRole('textbox', { name: 'Ngày tổ chức' }).fill('14/10/2025');
  await form.getByRole('combobox', { name: 'Chủ đề' }).selectOption({ label: 'Trí tuệ nhân tạo (AI)' });
  await form.getByRole('textbox', { name: 'Nội dung' }).fill('Em tập làm quen với trợ lý AI');
  await form.getByRole('textbox', { name: 'Số lớp tham gia' }).fill('4');
  await form.getByRole('textbox', { name: 'Số học sinh tham gia' }).fill('152');
  await form.getByRole('button', { name: 'Ghi buổi ngoại khóa' }).click();
  await expect(form.getByText('Đã ghi buổi ngoại khóa.')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Các buổi ngoại khóa của trường' }).getByText('Em tập làm quen với trợ lý AI')).toBeVisible();
  await saveScreen(page, 'school-session');
});

test('on a phone, the school register and a session form fit the screen @phone', async ({ page }) => {
  await loginAs(page, 'bientap.haichau');
  await page.goto('/admin/schools');
  await expect(page.getByRole('heading', { name: 'Trường học', level: 1 })).toBeVisible();
  await noSidewaysScroll(page);
  await page.getByRole('table', { name: /Sổ trường học/ }).getByRole('link').first().click();
  const form = page.getByRole('form', { name: 'Ghi buổi ngoại khóa' });
  await form.getByRole('textbox', { name: 'Ngày tổ chức' }).fill('20/11/2025');
  await form.getByRole('combobox', { name: 'Chủ đề' }).selectOption({ label: 'An toàn trên không gian mạng' });
  await form.getByRole('textbox', { name: 'Nội dung' }).fill('Nhận diện lừa đảo trực tuyến');
  await form.getByRole('textbox', { name: 'Số lớp tham gia' }).fill('2');
  await form.getByRole('textbox', { name: 'Số học sinh tham gia' }).fill('80');
  await form.getByRole('button', { name: 'Ghi buổi ngoại khóa' }).click();
  await expect(form.getByText('Đã ghi buổi ngoại khóa.')).toBeVisible();
  await noSidewaysScroll(page);
  await saveScreen(page, 'school-session');
  await page.goto('/admin/press');
  await noSidewaysScroll(page);
});
