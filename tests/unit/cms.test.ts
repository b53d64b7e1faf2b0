/**
 * The CMS config against the content schemas (so they cannot drift), the file format it reads
 * and writes (a lossless round trip over every demo entry), the pre-save check and the
 * backend chosen by environment variables.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { CmsField } from 'decap-cms-core';
import { mdxToMdast } from 'satteri';
import { describe, expect, test } from 'vitest';
import { backendFromEnv, backendNames } from '../../cms/backend.ts';
import { cmsCollections } from '../../cms/collections/index.ts';
import { buildCmsConfig, mediaFolder, publicFolder } from '../../cms/config.ts';
import { fieldsFor } from '../../cms/fields.ts';
import { entryExists } from '../../cms/entry-lookup.ts';
import { entryFormat, escapeMdx } from '../../cms/format.ts';
import { describeProblems, entryProblems } from '../../cms/validate-entry.ts';
import { defaultLocale, localeCodes } from '../../src/config/locales.ts';
import { collectionJsonSchema, isShared, type SchemaNode } from '../../src/model/field-policy.ts';
import { parseFrontmatter } from '../../src/model/frontmatter.ts';
import { referenceFields } from '../../src/model/references.ts';
import { collectionNames, type CollectionName } from '../../src/model/collections.ts';
import { areaIds, ocopCategories } from '../../src/model/schemas/index.ts';

const config = buildCmsConfig({}, 'vi');
const fieldsOf = (name: CollectionName) => config.collections.find((c) => c.name === name)!.fields as CmsField[];
type AnyField = CmsField & Record<string, unknown>;

/**
 * Compares a CMS field with the schema node it edits, independently of the generator:
 * every difference in name, requiredness, widget, options, limits or language handling.
 */
function differences(field: AnyField, node: SchemaNode, required: boolean, at: string, collection: CollectionName): string[] {
  const out: string[] = [];
  const expectField = (ok: boolean, what: string) => ok || out.push(`${at}: ${what}`);
  expectField(field.required === (node.type === 'boolean' ? false : required), `required is ${String(field.required)}, the schema says ${required}`);
  const shared = isShared(node);
  if (field.i18n === true) expectField(!shared, 'translated, but the schema shares it between languages');
  else expectField(shared, `i18n is ${String(field.i18n)}, but the schema translates it`);
  const childRequired = (parent: SchemaNode, key: string, parentRequired: boolean) =>
    parentRequired && (parent.required ?? []).includes(key) && parent.properties![key]!.default === undefined;
  const compareObject = (fields: AnyField[], object: SchemaNode, parentRequired: boolean, skip?: string) => {
    const keys = Object.keys(object.properties ?? {}).filter((k) => k !== skip);
    expectField(JSON.stringify(fields.map((f) => f.name)) === JSON.stringify(keys), `fields ${fields.map((f) => f.name).join(',')} ≠ schema ${keys.join(',')}`);
    for (const f of fields) {
      const child = object.properties?.[f.name];
      if (child) out.push(...differences(f, child, childRequired(object, f.name, parentRequired), `${at}.${f.name}`, collection));
    }
  };
  const values = (options: unknown) => (options as { value: unknown }[]).map((o) => o.value);
  // A field the build checks as naming another entry (src/model/references.ts) is picked from that collection's entries.
  const target = referenceFields[collection]?.[at.slice(collection.length + 1)];

  if (target) {
    expectField(
      field.widget === 'relation' &&
        field.collection === target &&
        field.value_field === '{{slug}}' &&
        field.multiple === (node.type === 'array') &&
        JSON.stringify(field.search_fields) === JSON.stringify(['title']),
      `must be a relation to ${target} storing the file name`,
    );
  } else if (node.oneOf) {
    expectField(field.widget === 'list' && field.max === 1 && field.min === 1, 'a union must be a one-item typed list');
    const types = field.types as { name: string; fields: AnyField[] }[];
    const typeKey = field.typeKey as string;
    expectField(JSON.stringify(types.map((t) => t.name)) === JSON.stringify(node.oneOf.map((v) => v.properties![typeKey]!.const)), 'union variants differ');
    node.oneOf.forEach((variant, i) => types[i] && compareObject(types[i]!.fields, variant, true, typeKey));
  } else if (node.anyOf) {
    expectField(
      field.widget === 'select' && JSON.stringify(values(field.options)) === JSON.stringify(node.anyOf.map((v) => v.const)),
      'literal options differ',
    );
  } else if (node.enum) {
    expectField(field.widget === 'select' && JSON.stringify(values(field.options)) === JSON.stringify(node.enum), 'options differ from the enum');
  } else if (node.type === 'string') {
    const widget = node.widget === 'image' ? 'image' : node.widget === 'date' ? 'datetime' : node.widget === 'file' ? 'file' : ['string', 'text'];
    expectField([widget].flat().includes(field.widget as string), `widget ${String(field.widget)} for a ${node.widget ?? 'text'} string`);
    if (node.widget === 'date') expectField(field.format === 'YYYY-MM-DD', 'dates must be stored as YYYY-MM-DD');
    if (node.widget === 'file' || node.widget === 'image') {
      expectField(field.choose_url === (node.acceptsUrl === true), `choose_url is ${String(field.choose_url)}, the schema says ${node.acceptsUrl === true}`);
    }
  } else if (node.type === 'object' && node.propertyNames?.enum) {
    // A record keyed by a fixed list: one optional field per key.
    const keys = node.propertyNames.enum.map(String);
    const fields = (field.fields ?? []) as AnyField[];
    expectField(field.widget === 'object' && JSON.stringify(fields.map((f) => f.name)) === JSON.stringify(keys), `record fields ≠ keys ${keys.join(',')}`);
    for (const f of fields) out.push(...differences(f, node.additionalProperties as SchemaNode, false, `${at}.${f.name}`, collection));
  } else if (node.type === 'number' || node.type === 'integer') {
    expectField(field.widget === 'number' && field.value_type === (node.type === 'integer' ? 'int' : 'float'), 'number type differs');
    if (node.minimum !== undefined) expectField(field.min === node.minimum, `min ${String(field.min)} ≠ ${node.minimum}`);
    if (node.maximum !== undefined && node.maximum < Number.MAX_SAFE_INTEGER)
      expectField(field.max === node.maximum, `max ${String(field.max)} ≠ ${node.maximum}`);
  } else if (node.type === 'boolean') {
    expectField(field.widget === 'boolean', 'not a boolean widget');
  } else if (node.type === 'object') {
    expectField(field.widget === 'object', 'not an object widget');
    compareObject(field.fields as AnyField[], node, required);
  } else if (node.type === 'array') {
    const items = node.items!;
    if (items.enum) {
      expectField(
        field.widget === 'select' && field.multiple === true && JSON.stringify(values(field.options)) === JSON.stringify(items.enum),
        'multi-select options differ',
      );
    } else if (items.type === 'object') {
      expectField(field.widget === 'list', 'not a list widget');
      compareObject(field.fields as AnyField[], items, true);
    } else {
      expectField(field.widget === 'list' && Boolean(field.field), 'a list of text needs one text field per item');
    }
    if (node.minItems) expectField(field.min === node.minItems, `min items ${String(field.min)} ≠ ${node.minItems}`);
  }
  return out;
}

function configDifferences(name: CollectionName, fields: AnyField[]): string[] {
  const schema = collectionJsonSchema(name);
  const keys = [...Object.keys(schema.properties!), 'body'];
  const out = JSON.stringify(fields.map((f) => f.name)) === JSON.stringify(keys) ? [] : [`${name}: fields ${fields.map((f) => f.name).join(',')}`];
  for (const field of fields) {
    const node = schema.properties![field.name];
    if (!node) continue;
    out.push(...differences(field, node, (schema.required ?? []).includes(field.name) && node.default === undefined, `${name}.${field.name}`, name));
  }
  return out;
}

describe('the CMS config follows the content schemas and the locales', () => {
  test.each(collectionNames)('%s: every field, type, required flag, option and language rule matches', (name) => {
    expect(configDifferences(name, fieldsOf(name) as AnyField[])).toEqual([]);
  });

  test('the comparison catches a difference', () => {
    const fields = structuredClone(fieldsOf('products')) as AnyField[];
    const category = fields.find((f) => f.name === 'category')!;
    category.options = (category.options as { value: string }[]).slice(1);
    const stars = fields.find((f) => f.name === 'stars')!;
    stars.required = false;
    expect(configDifferences('products', fields)).toEqual([
      'products.category: options differ from the enum',
      'products.stars: required is false, the schema says true',
    ]);
  });

  test('OCOP categories, stars and communes or wards are the schema values, with their site labels', () => {
    const products = fieldsOf('products') as AnyField[];
    const options = (name: string) => products.find((f) => f.name === name)!.options as { label: string; value: unknown }[];
    expect(options('category').map((o) => o.value)).toEqual([...ocopCategories]);
    expect(options('category')[0]!.label).toBe('Thực phẩm');
    expect(options('stars').map((o) => o.value)).toEqual([3, 4, 5]);
    const producer = products.find((f) => f.name === 'producer')!.fields as AnyField[];
    const areaField = producer.find((f) => f.name === 'area')!.options as { label: string; value: string }[];
    expect(areaField.map((o) => o.value)).toEqual([...areaIds]);
    // Staff find a commune by the district it used to belong to.
    expect(areaField.find((o) => o.value === 'tram-chim')!.label).toBe('Xã Tràm Chim (Huyện Tam Nông cũ)');
  });

  test('i18n: multiple folders over content/<collection>/<locale>/, the six locales, Vietnamese first', () => {
    expect(config.i18n).toEqual({ structure: 'multiple_folders', locales: [...localeCodes], default_locale: defaultLocale });
    for (const collection of config.collections) {
      expect(collection.folder).toBe(`content/${collection.name}`);
      expect(collection.i18n).toBe(true);
      expect(collection.extension).toBe('mdx');
    }
    expect(config.collections.map((c) => c.name)).toEqual(collectionNames);
    expect(config.locale).toBe('vi');
    expect(buildCmsConfig({}, 'en').collections[0]!.label).toBe('Festivals');
  });

  test('uploads go to content/_media and entries refer to them relative to the entry file', () => {
    expect(config.media_folder).toBe(mediaFolder);
    expect(path.posix.join('content/festivals/vi', publicFolder)).toBe(mediaFolder);
  });

  test('news: related festivals, products and projects and the corrected item are picked by title and stored as file names', () => {
    const news = fieldsOf('news') as AnyField[];
    const relation = (f: AnyField) => ({
      widget: f.widget,
      collection: f.collection,
      value_field: f.value_field,
      search_fields: f.search_fields,
      multiple: f.multiple,
    });
    const related = news.find((f) => f.name === 'related')!.fields as AnyField[];
    const list = (collection: string) => ({ widget: 'relation', collection, value_field: '{{slug}}', search_fields: ['title'], multiple: true });
    expect(Object.fromEntries(related.map((f) => [f.name, relation(f)]))).toEqual({
      festivals: list('festivals'),
      products: list('products'),
      opportunities: list('opportunities'),
    });
    const corrects = news.find((f) => f.name === 'corrects')!;
    expect(relation(corrects)).toEqual({ widget: 'relation', collection: 'news', value_field: '{{slug}}', search_fields: ['title'], multiple: false });
    // Each entry is shown as in its own list: news by date and title.
    expect(corrects.display_fields).toEqual(['{{date}} – {{title}}']);
    expect(corrects.pattern).toBeUndefined();
    // Shared by every language: shown read-only (or hidden) in translations.
    expect(corrects.i18n).toBe('duplicate');
    expect(news.find((f) => f.name === 'related')!.i18n).toBe(false);
    for (const f of [...related, corrects]) expect(config.collections.map((c) => c.name)).toContain(f.collection);
  });

  test('a relation the build checks but the CMS module does not declare, or points elsewhere, is an error', () => {
    const schema = collectionJsonSchema('news');
    const withoutCorrects = Object.fromEntries(Object.entries(cmsCollections.news.relations!).filter(([field]) => field !== 'corrects'));
    expect(() => fieldsFor({ ...cmsCollections.news, relations: withoutCorrects }, schema, 'vi')).toThrow(
      `cms/collections/news.ts: "corrects" holds file names of news entries (src/model/references.ts); declare it in relations as 'news'`,
    );
    expect(() =>
      fieldsFor({ ...cmsCollections.news, relations: { ...cmsCollections.news.relations, 'related.products': 'destinations' } }, schema, 'vi'),
    ).toThrow('"related.products" holds file names of products entries');
    expect(() => fieldsFor({ ...cmsCollections.pages, relations: { description: 'pages' } }, collectionJsonSchema('pages'), 'vi')).toThrow(
      'relations has "description" → pages, which src/model/references.ts does not',
    );
    expect(() => fieldsFor({ ...cmsCollections.pages, relations: { showContact: 'pages' } }, collectionJsonSchema('pages'), 'vi')).toThrow(
      'pages.showContact: a relation must be a text field or a list of text fields in the schema',
    );
  });

  test.each(collectionNames)('%s: a video is a clip file or a pasted address, with a poster and one caption file per language', (name) => {
    const videos = (fieldsOf(name) as AnyField[]).find((f) => f.name === 'videos')!.fields as AnyField[];
    const byName = (fields: AnyField[], n: string) => fields.find((f) => f.name === n)!;
    // "Choose a file" uploads into content/_media like images; "Insert from URL" takes a YouTube, Facebook or TikTok address.
    expect(byName(videos, 'src')).toMatchObject({ widget: 'file', choose_url: true, required: true, i18n: 'duplicate' });
    expect(byName(videos, 'src').hint).toMatch(/"Chèn từ URL".*YouTube, Facebook hoặc TikTok.*chỉ được tải và phát khi người đọc bấm nút phát/);
    expect(byName(videos, 'poster')).toMatchObject({ widget: 'image', choose_url: false, required: true });
    const captions = byName(videos, 'captions');
    expect(captions.widget).toBe('object');
    const files = captions.fields as AnyField[];
    expect(files.map((f) => f.name)).toEqual([...localeCodes]);
    for (const f of files) expect(f).toMatchObject({ widget: 'file', choose_url: false, required: false, hint: 'WebVTT (.vtt)' });
    expect(files.map((f) => f.label)).toEqual(['Tiếng Việt (vi)', 'Tiếng Anh (en)', 'Tiếng Trung (zh)', 'Tiếng Nhật (ja)', 'Tiếng Hàn (ko)', 'Tiếng Nga (ru)']);
    const english = (buildCmsConfig({}, 'en').collections.find((c) => c.name === name)!.fields as AnyField[]).find((f) => f.name === 'videos')!;
    const englishCaptions = (english.fields as AnyField[]).find((f) => f.name === 'captions')!.fields as AnyField[];
    expect(englishCaptions.find((f) => f.name === 'ja')!.label).toBe('Japanese (ja)');
  });

  test('a clip or caption file chosen in the CMS is written like a picture, relative to the entry', () => {
    // Decap writes public_folder + file name for both the image and the file widget.
    expect(config.public_folder).toBe(publicFolder);
    expect(path.posix.join('content/news/vi', `${publicFolder}/clip.mp4`)).toBe(`${mediaFolder}/clip.mp4`);
    const format = entryFormat(collectionJsonSchema('news'));
    const video = {
      title: 'Mùa sen',
      src: `${publicFolder}/mua-sen.mp4`,
      poster: `${publicFolder}/mua-sen.jpg`,
      captions: { vi: `${publicFolder}/mua-sen.vi.vtt`, en: '', ja: '' },
      durationSeconds: 95,
      uploaded: '2026-06-01',
    };
    const saved = parseFrontmatter(format.toFile({ title: 'Tin', videos: [video] }))!.data;
    // Languages left empty are not written.
    expect(saved.videos).toEqual([{ ...video, captions: { vi: '../../_media/mua-sen.vi.vtt' } }]);
  });

  test('a field without a label, or a label for a field that is gone, is an error', () => {
    const schema = collectionJsonSchema('pages');
    const fields = Object.fromEntries(Object.entries(cmsCollections.pages.fields).filter(([key]) => key !== 'showContact'));
    expect(() => fieldsFor({ ...cmsCollections.pages, fields }, schema, 'vi')).toThrow('cms/collections/pages.ts has no label for the field "showContact"');
    expect(() => fieldsFor({ ...cmsCollections.pages, fields: { ...cmsCollections.pages.fields, hero: ['Ảnh bìa', 'Hero'] } }, schema, 'vi')).toThrow(
      'labels fields the schema does not have: hero',
    );
  });
});

/** Keeps only what the CMS form has fields for, as if an editor opened and saved the entry. */
function throughForm(value: unknown, fields: readonly AnyField[]): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    const v = (value as Record<string, unknown>)[field.name];
    if (v === undefined) continue;
    if (field.types && Array.isArray(v)) {
      out[field.name] = v.map((item: Record<string, unknown>) => {
        const type = (field.types as { name: string; fields: AnyField[] }[]).find((t) => t.name === item[field.typeKey as string]);
        return { [field.typeKey as string]: item[field.typeKey as string], ...(throughForm(item, type?.fields ?? []) as object) };
      });
    } else if (field.fields && Array.isArray(v)) out[field.name] = v.map((item) => throughForm(item, field.fields as AnyField[]));
    else if (field.fields) out[field.name] = throughForm(v, field.fields as AnyField[]);
    else out[field.name] = v;
  }
  return out;
}

describe('load → save keeps every field of every demo entry', () => {
  const files = collectionNames.flatMap((name) =>
    localeCodes.flatMap((locale) => {
      const dir = path.resolve('content', name, locale);
      let names: string[] = [];
      try {
        names = readdirSync(dir).filter((f) => f.endsWith('.mdx'));
      } catch {
        return [];
      }
      return names.map((f) => [name, path.join(dir, f)] as const);
    }),
  );

  test('there are demo entries in every collection', () => {
    expect(new Set(files.map(([name]) => name))).toEqual(new Set(collectionNames));
  });

  test.each(files.map(([name, file]) => [`${name}/${path.relative(path.resolve('content', name), file)}`, name, file] as const))('%s', (_label, name, file) => {
    const source = readFileSync(file, 'utf8');
    const format = entryFormat(collectionJsonSchema(name));
    const loaded = format.fromFile(source);
    const saved = format.toFile(throughForm(loaded, [...(fieldsOf(name) as AnyField[])]) as Record<string, unknown>);
    const before = parseFrontmatter(source)!;
    const after = parseFrontmatter(saved)!;
    expect(after.data).toEqual(before.data);
    expect(after.body.trim()).toBe(escapeMdx(before.body.trim()));
    expect(() => mdxToMdast(after.body)).not.toThrow();
    // Saving again changes nothing.
    expect(format.toFile(format.fromFile(saved))).toBe(saved);
  });
});

describe('the file format', () => {
  const format = entryFormat(collectionJsonSchema('festivals'));

  test('a lunar or Gregorian date is one object in the file and a one-item typed list in the form', () => {
    const file = '---\ntitle: Lễ hội\ndateRule:\n  calendar: lunar\n  month: 1\n  day: 15\n---\n\nNội dung.\n';
    const data = format.fromFile(file);
    expect(data.dateRule).toEqual([{ calendar: 'lunar', month: 1, day: 15 }]);
    expect(parseFrontmatter(format.toFile(data))!.data.dateRule).toEqual({ calendar: 'lunar', month: 1, day: 15 });
  });

  test('a translation without a title is not written, and NFD text is saved as NFC', () => {
    expect(format.toFile({ description: 'Only a description' })).toBe('');
    const saved = format.toFile({ title: 'Lễ hội Sen Đồng Tháp'.normalize('NFD'), body: 'Đồng Tháp'.normalize('NFD') });
    expect(saved).toContain('title: Lễ hội Sen Đồng Tháp');
    expect(saved.normalize('NFC')).toBe(saved);
  });

  test('empty optional values are dropped, dates stay quoted strings', () => {
    const saved = format.toFile({ title: 'A', updated: '2026-11-23', organizer: '', images: [{ src: '../../_media/a.jpg', alt: 'x', credit: '' }] });
    expect(saved).toContain('updated: "2026-11-23"');
    expect(saved).not.toMatch(/organizer|credit/);
  });

  test('Markdown that MDX would read as code is escaped, code is left alone, and escaping twice changes nothing', () => {
    const body = 'Giá {khoảng 20.000 đồng <b>rẻ và a < b.\n\n`{code}` giữ nguyên.\n\n```\n<div>{x}</div>\n```\n';
    const escaped = escapeMdx(body);
    expect(escaped).toContain('Giá \\{khoảng 20.000 đồng \\<b>rẻ và a < b.');
    expect(escaped).toContain('`{code}` giữ nguyên.');
    expect(escaped).toContain('<div>{x}</div>');
    expect(escapeMdx(escaped)).toBe(escaped);
    expect(() => mdxToMdast(escaped)).not.toThrow();
    expect(() => mdxToMdast(body)).toThrow();
  });
});

describe('the pre-save check of every language', () => {
  const format = entryFormat(collectionJsonSchema('festivals'));
  const fields = fieldsOf('festivals');
  const vi = {
    title: 'Lễ hội Đờn ca tài tử',
    description: 'Ba đêm đờn ca tài tử.',
    dateRule: [{ calendar: 'gregorian', start: '2027-03-15' }],
    place: { name: 'Quảng trường', area: 'cao-lanh', coordinates: { lat: 10.46, lng: 105.63 } },
    organizer: 'Sở Văn hoá',
    images: [{ src: '../../_media/don-ca-tai-tu.jpg', alt: 'Nghệ nhân đờn ca' }],
  };

  test('a translation with its text only passes: shared values come from Vietnamese', () => {
    const en = { title: 'Don ca tai tu', description: 'Three nights.', place: { name: 'Square' }, organizer: 'Department', images: [{ alt: 'Musicians' }] };
    expect(entryProblems('festivals', { vi, en, ja: { description: '' } }, format, fields, 'vi')).toEqual([]);
  });

  test('a started translation missing required text is named by language and field label', () => {
    const problems = entryProblems('festivals', { vi, en: { title: 'Half translated' } }, format, fields, 'vi');
    expect(problems.map((p) => `${p.locale} ${p.field}`)).toEqual(expect.arrayContaining(['en Mô tả ngắn', 'en Địa điểm', 'en Đơn vị tổ chức']));
    expect(describeProblems(problems, 'vi')).toMatch(/^Chưa lưu được\. Hãy sửa:\n• English – Mô tả ngắn: chưa điền \(bắt buộc\)/);
  });

  test('a control character pasted from another program is a problem to fix, not a crash', () => {
    // Word's soft line break is U+000B; the build would refuse the file, so the CMS does not save it.
    const problems = entryProblems('festivals', { vi, en: { title: 'Don ca\u000btai tu', description: 'Three nights.' } }, format, fields, 'vi');
    expect(problems).toEqual([{ locale: 'en', field: 'title', message: expect.stringMatching(/invisible control character U\+000B/) }]);
  });

  test('an image must come from the media library, and its alt text is required', () => {
    const problems = entryProblems('festivals', { vi: { ...vi, images: [{ src: 'https://example.com/a.jpg', alt: '' }] } }, format, fields, 'en');
    expect(problems.map((p) => p.field)).toEqual(expect.arrayContaining(['Ảnh › 1 › Tệp ảnh', 'Ảnh › 1 › Mô tả ảnh cho người không nhìn thấy (alt)']));
  });
});

describe('the pre-save check of entries a news item names', () => {
  const format = entryFormat(collectionJsonSchema('news'));
  const fields = fieldsOf('news');
  const vi = {
    title: 'Đính chính số khách dự Lễ hội Sen',
    description: 'Sửa lại số khách trong thông cáo ngày 2/6.',
    date: '2026-06-05',
    category: 'correction',
    corrects: 'le-hoi-sen-don-khach',
    related: { festivals: ['le-hoi-sen', 'le-hoi-khong-co'], products: [], opportunities: [] },
    images: [{ src: '../../_media/lotus-field.jpg', alt: 'Cánh đồng sen' }],
    spokesperson: { name: 'Nguyễn Văn A', role: 'Phó Giám đốc Sở', phone: '+84 277 3851 234', email: 'baochi@dongthap.example' },
  };
  const existing = new Set(['festivals/le-hoi-sen', 'news/le-hoi-sen-don-khach']);
  const references = { exists: (collection: string, slug: string) => existing.has(`${collection}/${slug}`) };

  test('a related entry that no longer exists is named by field and file name, in Vietnamese or English', () => {
    expect(entryProblems('news', { vi }, format, fields, 'vi', references)).toEqual([
      {
        locale: 'vi',
        field: 'Nội dung liên quan › Lễ hội liên quan › 2',
        message: 'không có lễ hội "le-hoi-khong-co" (có thể đã bị xoá hoặc đổi tên); hãy chọn lại trong danh sách',
      },
    ]);
    const [english] = entryProblems(
      'news',
      { vi },
      format,
      buildCmsConfig({}, 'en').collections.find((c) => c.name === 'news')!.fields as CmsField[],
      'en',
      references,
    );
    expect(english).toEqual({
      locale: 'vi',
      field: 'Related entries › Related festivals › 2',
      message: 'there is no festival "le-hoi-khong-co" (it may have been deleted or renamed); pick one again from the list',
    });
  });

  test('a correction must name the item it corrects, which must exist and not be itself; only a correction may name one', () => {
    const check = (data: Record<string, unknown>, slug?: string) =>
      entryProblems('news', { vi: { ...vi, related: {}, ...data } }, format, fields, 'vi', { ...references, slug }).map((p) => `${p.field}: ${p.message}`);
    expect(check({})).toEqual([]);
    expect(check({ corrects: '' })).toEqual(['Tin được đính chính: tin chuyên mục "Đính chính" phải chọn tin được đính chính']);
    expect(check({ corrects: 'tin-da-xoa' })).toEqual([
      'Tin được đính chính: không có tin "tin-da-xoa" (có thể đã bị xoá hoặc đổi tên); hãy chọn lại trong danh sách',
    ]);
    expect(check({}, 'le-hoi-sen-don-khach')).toEqual(['Tin được đính chính: một tin không thể đính chính cho chính nó']);
    expect(check({ category: 'press-release' })).toEqual(['Chuyên mục: tin có "Tin được đính chính" phải thuộc chuyên mục "Đính chính"']);
    expect(describeProblems(entryProblems('news', { vi: { ...vi, corrects: undefined } }, format, fields, 'vi', references), 'vi')).toContain(
      '• Tiếng Việt – Tin được đính chính: tin chuyên mục "Đính chính" phải chọn tin được đính chính',
    );
  });

  test('without a lookup, the correction rules still apply', () => {
    expect(entryProblems('news', { vi: { ...vi, corrects: '' } }, format, fields, 'vi').map((p) => p.field)).toEqual(['Tin được đính chính']);
  });
});

describe('asking the backend whether an entry exists', () => {
  const reader = (answer: (path: string) => Promise<{ data?: string | null }>) => {
    const asked: string[] = [];
    return { asked, getEntry: (p: string) => (asked.push(p), answer(p)) };
  };
  const notFound = Object.assign(new Error('Not Found'), { status: 404 });

  test('decap-server, GitHub and GitLab each say "missing" their own way', async () => {
    const local = reader(async () => ({ data: null }));
    expect(await entryExists(local, 'content/festivals', 'le-hoi-sen')).toBe(false);
    expect(local.asked).toEqual(['content/festivals/vi/le-hoi-sen.mdx', 'content/festivals/vi/le-hoi-sen.md']);
    expect(
      await entryExists(
        reader(async () => ({ data: '' })),
        'content/festivals',
        'x',
      ),
    ).toBe(false);
    expect(
      await entryExists(
        reader(() => Promise.reject(notFound)),
        'content/festivals',
        'x',
      ),
    ).toBe(false);
    expect(
      await entryExists(
        reader(async (p) => ({ data: p.endsWith('.md') ? '---\ntitle: x\n---\n' : null })),
        'content/festivals',
        'x',
      ),
    ).toBe(true);
  });

  test('any other failure is not taken for a missing entry', async () => {
    await expect(
      entryExists(
        reader(() => Promise.reject(new Error('Failed to fetch'))),
        'content/news',
        'x',
      ),
    ).rejects.toThrow('Failed to fetch');
  });
});

describe('the backend, chosen when the site is built', () => {
  test('by default, the local backend on 127.0.0.1 without review', () => {
    expect(backendFromEnv({})).toEqual({
      backend: { name: backendNames.local, proxy_url: 'http://127.0.0.1:8081/api/v1', branch: 'main' },
      publishMode: 'simple',
    });
  });

  test('GitLab, self-hosted, with PKCE login and the editorial workflow', () => {
    const { backend, publishMode } = backendFromEnv({
      CMS_BACKEND: 'gitlab',
      CMS_REPO: 'so-vhttdl/province-showcase',
      CMS_GITLAB_APP_ID: 'abc123',
      CMS_GITLAB_URL: 'https://git.dongthap.gov.vn/',
    });
    expect(backend).toMatchObject({
      name: backendNames.gitlab,
      repo: 'so-vhttdl/province-showcase',
      auth_type: 'pkce',
      app_id: 'abc123',
      base_url: 'https://git.dongthap.gov.vn',
      api_root: 'https://git.dongthap.gov.vn/api/v4',
    });
    expect(publishMode).toBe('editorial_workflow');
    expect(backendFromEnv({ CMS_BACKEND: 'gitlab', CMS_REPO: 'a/b', CMS_GITLAB_APP_ID: 'x', CMS_EDITORIAL_WORKFLOW: 'false' }).publishMode).toBe('simple');
  });

  test('GitHub through an OAuth proxy', () => {
    expect(backendFromEnv({ CMS_BACKEND: 'github', CMS_REPO: 'a/b', CMS_OAUTH_PROXY_URL: 'https://auth.example.org' }).backend).toMatchObject({
      name: backendNames.github,
      repo: 'a/b',
      base_url: 'https://auth.example.org',
    });
  });

  test('a missing setting or an unknown backend stops the build with a clear message', () => {
    expect(() => backendFromEnv({ CMS_BACKEND: 'gitlab', CMS_REPO: 'a/b' })).toThrow('CMS_BACKEND=gitlab needs CMS_GITLAB_APP_ID');
    expect(() => backendFromEnv({ CMS_BACKEND: 'github', CMS_REPO: 'a/b' })).toThrow('CMS_OAUTH_PROXY_URL');
    expect(() => backendFromEnv({ CMS_BACKEND: 'bitbucket' })).toThrow('CMS_BACKEND must be local, gitlab or github');
  });
});
