/**
 * Runs the real build script on a copy of the project with one bad file, and checks that it
 * fails with a precise message and leaves the previous dist/ untouched.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { copyProject, previousDistFiles, projectRoot, type ProjectCopy } from '../support/project-copy.ts';

let project: ProjectCopy;
let copy: string;

beforeAll(() => {
  project = copyProject();
  copy = project.dir;
});
afterAll(() => project.remove());

const build = (env: Record<string, string> = {}) => project.build(env);

function expectPreviousDistIntact() {
  expect(project.distFiles()).toEqual(previousDistFiles());
  expect(project.leftoverTemps()).toEqual([]);
}

const page = (frontmatter: string, body = 'Nội dung.') => `---\n${frontmatter}\n---\n\n${body}\n`;

test('a schema error stops the build before Astro runs, naming file, locale and field', () => {
  writeFileSync(path.join(copy, 'content/pages/vi/gioi-thieu.mdx'), page('title: Giới thiệu\ndescription: Về tỉnh.\ninFooter: maybe'));
  const { status, output } = build();
  expect(status).toBe(1);
  expect(output).toContain('content/pages/vi/gioi-thieu.mdx [locale: vi] field "inFooter"');
  expect(output).toMatch(/dist is unchanged/);
  expectPreviousDistIntact();
}, 60_000);

test('NFD text stops the build', () => {
  writeFileSync(path.join(copy, 'content/pages/vi/gioi-thieu.mdx'), page('title: Giới thiệu Đồng Tháp'.normalize('NFD') + '\ndescription: Về tỉnh.'));
  const { status, output } = build();
  expect(status).toBe(1);
  expect(output).toContain('[locale: vi] field "title": text is NFD-decomposed');
  expectPreviousDistIntact();
}, 60_000);

test('a failure inside Astro also leaves the previous dist/ intact', () => {
  // Content is Markdown now and the validator refuses anything Astro could not render, so the
  // failure comes from code: a page of the site that throws while it is rendered.
  const broken = path.join(copy, 'src/pages/broken-page.astro');
  writeFileSync(path.join(copy, 'content/pages/vi/gioi-thieu.mdx'), page('title: Giới thiệu\ndescription: Về tỉnh.'));
  writeFileSync(broken, "---\nthrow new Error('broken-page: this page cannot render');\n---\n");
  try {
    const { status, output } = build();
    expect(status).toBe(1);
    expect(output).toMatch(/broken-page: this page cannot render/);
    expect(output).toMatch(/Build failed/);
    expectPreviousDistIntact();
    expect(existsSync(path.join(copy, 'dist/_astro'))).toBe(false);
  } finally {
    rmSync(broken, { force: true });
  }
}, 180_000);

test('a share card that cannot be written stops the build, naming the page and cause, and leaves no temporary folder', () => {
  // public/ goes into the build as it is, and the content check does not read it: a folder in
  // it named like the Japanese home page's card stands where the card must be written. Other
  // cards are still being drawn into the temporary build when this one fails.
  const collision = path.join(copy, 'public/og');
  project.write('public/og/ja/index.jpg/README.txt', 'A folder where a share card goes.');
  writeFileSync(path.join(copy, 'content/pages/vi/gioi-thieu.mdx'), page('title: Giới thiệu\ndescription: Về tỉnh.'));
  try {
    const { status, output } = build();
    expect(status, output).toBe(1);
    // The step runs inside `astro build` (src/integrations/post-build.ts): Astro prints one line
    // naming the step and the reason, without a stack trace, and the build script one line more.
    const lines = output.split('\n');
    const reason = lines.filter((line) => line.startsWith('Post-build step'));
    expect(reason, output).toHaveLength(1);
    expect(reason[0]).toMatch(
      /^Post-build step "share-cards" failed: share card for \/ja\/ \[locale: ja\]: EISDIR: illegal operation on a directory.*og\/ja\/index\.jpg'$/,
    );
    expect(lines.filter((line) => line.startsWith('Build failed'))).toEqual(['Build failed (astro build exited with 1). dist is unchanged.']);
    expect(output).not.toMatch(/Stack trace|^\s+at /m);
    expect(output).not.toMatch(/ENOTEMPTY|could not be removed/);
    expectPreviousDistIntact();
  } finally {
    rmSync(collision, { recursive: true, force: true });
  }
}, 180_000);

test('slugs that begin with a locale code route as pages of the default locale', async () => {
  const { load } = await import('cheerio');
  const pages = path.join(copy, 'content/pages');
  writeFileSync(path.join(pages, 'vi/gioi-thieu.mdx'), page('title: Giới thiệu\ndescription: Về tỉnh.'));
  writeFileSync(path.join(pages, 'vi/video.mdx'), page('title: Phim về Đồng Tháp\ndescription: Các phim ngắn.'));
  writeFileSync(path.join(pages, 'vi/visit-sa-dec.mdx'), page('title: Thăm Sa Đéc\ndescription: Làng hoa.'));
  mkdirSync(path.join(pages, 'en'), { recursive: true });
  writeFileSync(path.join(pages, 'en/visit-sa-dec.mdx'), page('title: Visit Sa Dec\ndescription: The flower village.', 'Text.'));
  // Ordinary text that a regular expression over the HTML once read as the end of the tag.
  const landTitle = 'Giá thuê đất > 1 tỷ đồng & "ưu đãi" <30%>';
  writeFileSync(path.join(pages, 'vi/gia-thue-dat.mdx'), page(`title: '${landTitle}'\ndescription: Bảng giá.`));
  // What editors type as text, though Markdown reads some of it as HTML: it must build and show as typed.
  const editorTitle = `Hướng dẫn nộp hồ sơ 🙂 <Your name> & "ưu đãi" ${'rất dài '.repeat(20)}`.trim();
  const editorBody = [
    'Gửi hồ sơ tới <Your name> hoặc <info>, ghi rõ <address> và <ho ten>.',
    'Chữ <b>đậm chưa đóng, thẻ thừa </main></div> và {process.env.SECRET}.',
    '<!-- ghi chú nội bộ: không đăng -->',
    '<info>\nDòng tiếp theo có **chữ đậm** và <sup>2</sup>.',
    'H<sub>2</sub>O và <abbr title="Hợp tác xã">HTX</abbr>.',
  ].join('\n\n');
  writeFileSync(path.join(pages, 'vi/ghi-chu-soan-thao.mdx'), page(`title: ${JSON.stringify(editorTitle)}\ndescription: Mẫu chữ.`, editorBody));
  const { status, output } = build();
  expect(status, output).toBe(0);
  const read = (p: string) => load(readFileSync(path.join(copy, 'dist', p, 'index.html'), 'utf8'));

  const notes = read('ghi-chu-soan-thao');
  expect(notes('h1').text()).toBe(editorTitle);
  const main = notes('main');
  for (const typed of ['<Your name>', '<info>', '<address>', '<ho ten>', '<b>đậm chưa đóng', '</main></div>', '{process.env.SECRET}']) {
    expect(main.text()).toContain(typed);
  }
  // Nothing typed became an element, spilled out of <main>, or published the editor's note.
  expect(main.find('address, info, b').length).toBe(0);
  expect(notes('main').length).toBe(1);
  expect(notes('footer.site-footer').parents('main, a, b, strong').length).toBe(0);
  expect(notes.html()).not.toContain('ghi chú nội bộ');
  expect(main.find('strong').text()).toBe('chữ đậm');
  expect(main.find('sub').text()).toBe('2');
  expect(main.find('abbr[title="Hợp tác xã"]').text()).toBe('HTX');

  expect(read('gia-thue-dat')('meta[property="og:title"]').attr('content')).toBe(landTitle);
  const card = await sharp(path.join(copy, 'dist/og/vi/gia-thue-dat.jpg')).metadata();
  expect([card.format, card.width, card.height]).toEqual(['jpeg', 1200, 630]);

  const video = read('video');
  expect(video('html').attr('lang')).toBe('vi-VN');
  expect(video('h1').text()).toBe('Phim về Đồng Tháp');
  expect(video('.lang-switcher a[data-locale="en"]').attr('href')).toBe('/en/video/');

  const enVideo = read('en/video');
  expect(enVideo('html').attr('lang')).toBe('en');
  expect(enVideo('[data-fallback-notice]').length).toBe(1);

  const visit = read('visit-sa-dec');
  expect(visit('html').attr('lang')).toBe('vi-VN');
  expect(visit('link[hreflang="en"]').attr('href')).toMatch(/\/en\/visit-sa-dec\/$/);
  const enVisit = read('en/visit-sa-dec');
  expect(enVisit('h1').text()).toBe('Visit Sa Dec');
  expect(enVisit('[data-fallback-notice]').length).toBe(0);

  // Without Chromium the build still succeeds, says the PDFs were skipped, and links no PDF.
  expect(output).toMatch(
    /PDFs skipped \(handbook, leaflet-tourism, leaflet-invest(, bulletin-\d{4}-\d{2})+\): Chromium was not found at \/nonexistent\/chromium/,
  );
  const handbook = read('invest/handbook');
  expect(handbook('[data-handbook-pdf="vi"]').attr('hidden')).toBeDefined();
  expect(handbook('[data-handbook-no-pdf="vi"]').length).toBe(1);
  expect(existsSync(path.join(copy, 'dist/invest/handbook.pdf'))).toBe(false);
}, 180_000);

test('with a form service configured, the product enquiry posts to it', async () => {
  const { load } = await import('cheerio');
  const products = path.join(copy, 'content/products/vi');
  mkdirSync(products, { recursive: true });
  cpSync(path.join(projectRoot, 'content/products/vi/tra-sen-thap-muoi.mdx'), path.join(products, 'tra-sen-thap-muoi.mdx'));
  const { status, output } = build({ ENQUIRY_ENDPOINT: 'https://forms.example/f/abc123' });
  expect(status, output).toBe(0);
  const $ = load(readFileSync(path.join(copy, 'dist/products/tra-sen-thap-muoi/index.html'), 'utf8'));
  const form = $('form[data-action="enquiry-form"]');
  expect(form.attr('method')).toBe('post');
  expect(form.attr('action')).toBe('https://forms.example/f/abc123');
  expect(form.find('input[name="subject"]').attr('value')).toContain($('h1').text());
  expect(form.find('input[name="email"][required]').length).toBe(1);
  expect($('a[data-action="enquiry"]').length).toBe(0);
}, 180_000);
