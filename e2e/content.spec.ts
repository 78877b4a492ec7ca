import { createRequire } from 'node:module';
import { expect, test, type Page } from '@playwright/test';
import sharp from 'sharp';
import { loginAs, mainNav } from './fixtures/login.ts';
import { saveScreen } from './fixtures/screens.ts';

const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve('axe-core/axe.min.js');

const TITLE = 'Phường Hải Châu ra mắt infographic Chuyển đổi số cho người cao tuổi';
const TITLE_FOLDED = 'infographic chuyen doi so nguoi cao tuoi';

async function infographicPng(): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="900" height="1200"><rect width="900" height="1200" fill="#0b4f8a"/><text x="60" y="200" font-size="64" fill="#fff">Chuyển đổi số</text></svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

/** Runs axe-core (WCAG 2.0/2.1 A and AA rules) in the page and returns the violations. */
async function axeViolations(page: Page) {
  await page.addScriptTag({ path: AXE_PATH });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return r.violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
  });
}

test.describe.serial('Nội dung: biên tập viên soạn, lãnh đạo duyệt đăng, bài lên cổng thông tin', () => {
  let itemPath = '';
  let publicPath = '';

  test('the ward editor writes an article, attaches an infographic and submits it', async ({ page }) => {
    await loginAs(page, 'bientap.haichau');
    await mainNav(page).getByRole('link', { name: 'Nội dung', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Thư viện nội dung', level: 1 })).toBeVisible();
    await saveScreen(page, 'content-list');
    await page.getByRole('link', { name: 'Thêm nội dung' }).click();
    await expect(page.getByRole('heading', { name: 'Thêm nội dung', level: 1 })).toBeVisible();

    // Nothing typed: refused in Vietnamese, nothing sent.
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect(page.getByText('Vui lòng nhập tiêu đề')).toBeVisible();

    await page.getByRole('combobox', { name: 'Loại nội dung' }).selectOption({ label: 'Bài viết' });
    await page.getByRole('textbox', { name: 'Tiêu đề' }).fill(TITLE);
    await page.getByRole('textbox', { name: 'Tóm tắt' }).fill('Bộ infographic hướng dẫn người cao tuổi dùng VNeID và dịch vụ công trực tuyến.');
    await page
      .getByRole('textbox', { name: 'Nội dung' })
      .fill('Phường phát hành bộ infographic khổ A3 dán tại nhà văn hóa các tổ dân phố.\n\nTổ công nghệ số cộng đồng hướng dẫn trực tiếp tại nhà.');
    await page.getByRole('checkbox', { name: 'Người cao tuổi' }).check();
    await page.getByRole('textbox', { name: 'Thẻ chủ đề' }).fill('người cao tuổi, infographic');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect(page.getByRole('heading', { name: TITLE, level: 1 })).toBeVisible();
    itemPath = new URL(page.url()).pathname;

    await page.getByLabel('Chọn tệp').setInputFiles({ name: 'infographic-nguoi-cao-tuoi.png', mimeType: 'image/png', buffer: await infographicPng() });
    await page.getByRole('textbox', { name: 'Chú thích (dùng làm mô tả ảnh)' }).fill('Infographic: 5 bước dùng VNeID cho người cao tuổi');
    await page.getByRole('button', { name: 'Tải lên' }).click();
    await expect(page.getByText('Đã tải lên infographic-nguoi-cao-tuoi.png.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'infographic-nguoi-cao-tuoi.png' })).toBeVisible();

    // A program disguised as an image is refused.
    await page.getByLabel('Chọn tệp').setInputFiles({ name: 'anh.png', mimeType: 'image/png', buffer: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(300, 0)]) });
    await page.getByRole('button', { name: 'Tải lên' }).click();
    await expect(page.getByText(/Nội dung tệp không khớp với phần mở rộng \.png/)).toBeVisible();

    await page.getByRole('button', { name: 'Gửi duyệt' }).click();
    await expect(page.getByText('Đã chuyển sang: Chờ duyệt.')).toBeVisible();
    await saveScreen(page, 'content-submitted');
  });

  test('the ward approver publishes it', async ({ page }) => {
    await loginAs(page, 'duyet.haichau');
    await page.goto(itemPath);
    await expect(page.getByRole('heading', { name: TITLE, level: 1 })).toBeVisible();
    await page.getByRole('button', { name: 'Đăng ngay' }).click();
    await expect(page.getByText('Đã chuyển sang: Đã đăng.')).toBeVisible();
    const view = page.getByRole('link', { name: 'Xem trên cổng thông tin' });
    await expect(view).toBeVisible();
    publicPath = (await view.getAttribute('href'))!;
    await saveScreen(page, 'content-published');
  });

  test('it is on the portal, in the unit column, its feeds and the widget; search finds it without diacritics', async ({ page }) => {
    await page.goto('/tin-tuc');
    await page.getByRole('link', { name: TITLE }).first().click();
    await expect(page).toHaveURL(new RegExp(`${publicPath}$`));
    await expect(page.getByRole('heading', { name: TITLE, level: 1 })).toBeVisible();
    await expect(page.getByRole('img', { name: 'Infographic: 5 bước dùng VNeID cho người cao tuổi' })).toBeVisible();
    expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toBe(TITLE);
    await saveScreen(page, 'portal-article');

    await page.getByRole('link', { name: /Chuyển đổi số — Phường Hải Châu/ }).first().click();
    await expect(page.getByRole('heading', { name: 'Chuyển đổi số — Phường Hải Châu', level: 1 })).toBeVisible();
    await expect(page.getByRole('link', { name: TITLE })).toBeVisible();
    const columnPath = new URL(page.url()).pathname;
    const unitId = columnPath.split('/').at(-1)!;
    await saveScreen(page, 'portal-column');

    for (const feed of [`/rss.xml?don-vi=${unitId}`, `/atom.xml?don-vi=${unitId}`, `/feed.json?don-vi=${unitId}`]) {
      const res = await page.request.get(feed);
      expect(res.status(), feed).toBe(200);
      expect(await res.text(), feed).toContain(TITLE);
    }

    await page.goto(`/nhung/chuyen-muc/${unitId}`);
    await expect(page.getByRole('link', { name: TITLE })).toBeVisible();

    await page.goto('/tim-kiem');
    await page.getByRole('searchbox').fill(TITLE_FOLDED);
    await page.getByRole('button', { name: 'Tìm' }).click();
    await expect(page.getByRole('link', { name: TITLE })).toBeVisible();
    await saveScreen(page, 'portal-search');
  });

  test.describe('accessibility', () => {
    test.use({ bypassCSP: true });
    test('axe reports no violation on the portal pages', async ({ page }) => {
      await page.goto('/tin-tuc');
      const column = await page.locator('aside a[href^="/chuyen-muc/"]').filter({ hasText: 'Phường Hải Châu' }).first().getAttribute('href');
      const pages = ['/', '/de-an', '/tien-do', '/tin-tuc', publicPath, column!, '/huong-dan', '/tai-lieu', '/tim-kiem', `/tim-kiem?q=${encodeURIComponent('dinh danh')}`, `/nhung${column!}`];
      for (const p of pages) {
        await page.goto(p);
        expect(await axeViolations(page), p).toEqual([]);
      }
    });
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the portal reads and searches with JavaScript off', async ({ page }) => {
      await page.goto('/');
      await expect(page.getByRole('heading', { name: 'Tin mới về Chuyển đổi số' })).toBeVisible();
      await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Hướng dẫn' }).click();
      await page.getByRole('link', { name: 'Kích hoạt tài khoản định danh điện tử VNeID mức độ 2' }).click();
      await expect(page.getByRole('listitem').filter({ hasText: 'Tải ứng dụng VNeID' })).toBeVisible();
      await page.goto('/tim-kiem');
      await page.getByRole('searchbox').fill('"dich vu cong"');
      await page.getByRole('button', { name: 'Tìm' }).click();
      await expect(page.getByText(/Tìm thấy \d+ kết quả/)).toBeVisible();
      await page.getByRole('link', { name: 'Hỏi – đáp', exact: false }).first().click();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.goto('/tai-lieu');
      await page.getByRole('link', { name: 'Hỏi – đáp' }).first().click();
      await expect(page.getByRole('heading', { name: 'Tài liệu truyền thông' })).toBeVisible();
    });
  });
});

test.describe('Cổng thông tin trên điện thoại @phone', () => {
  test('news, an article and search fit a 375 px screen', async ({ page }) => {
    for (const p of ['/tin-tuc', '/huong-dan', '/tim-kiem?q=vneid']) {
      await page.goto(p);
      const size = await page.evaluate(() => ({ scrollWidth: document.scrollingElement?.scrollWidth ?? 0, innerWidth: window.innerWidth }));
      expect(size.scrollWidth, p).toBeLessThanOrEqual(size.innerWidth + 1);
    }
    await page.goto('/tin-tuc');
    await page.locator('.item-title a').first().click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const size = await page.evaluate(() => ({ scrollWidth: document.scrollingElement?.scrollWidth ?? 0, innerWidth: window.innerWidth }));
    expect(size.scrollWidth).toBeLessThanOrEqual(size.innerWidth + 1);
    await saveScreen(page, 'portal-article');
    await loginAs(page, 'bientap.haichau');
    await page.goto('/admin/content');
    await expect(page.getByRole('heading', { name: 'Thư viện nội dung', level: 1 })).toBeVisible();
    const admin = await page.evaluate(() => ({ scrollWidth: document.scrollingElement?.scrollWidth ?? 0, innerWidth: window.innerWidth }));
    expect(admin.scrollWidth).toBeLessThanOrEqual(admin.innerWidth + 1);
    await saveScreen(page, 'content-list');
  });
});
