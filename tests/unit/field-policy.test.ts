import { describe, expect, test } from 'vitest';
import { collectionJsonSchema, collectionSharedPlan, fillShared, isShared } from '../../src/model/field-policy.ts';

describe('which values every language shares', () => {
  test('facts are shared, text is translated', () => {
    const festival = collectionJsonSchema('festivals').properties!;
    expect(isShared(festival.dateRule!)).toBe(true);
    expect(isShared(festival.status!)).toBe(true);
    expect(isShared(festival.title!)).toBe(false);
    expect(isShared(festival.highlights!)).toBe(false);
    // The review date and the draft flag belong to each translation, though they are not text.
    expect(isShared(festival.updated!)).toBe(false);
    expect(isShared(festival.draft!)).toBe(false);
    const product = collectionJsonSchema('products').properties!;
    expect(isShared(product.stars!)).toBe(true);
    expect(isShared(product.certification!)).toBe(true);
    expect(isShared(product.producer!.properties!.phone!)).toBe(true);
    expect(isShared(product.producer!.properties!.name!)).toBe(false);
  });

  test('the plan names shared parts inside translated objects and lists', () => {
    expect(collectionSharedPlan('festivals')).toMatchObject({
      fields: {
        dateRule: true,
        images: { items: { fields: { src: true } } },
        place: { fields: { area: true, coordinates: true } },
      },
    });
  });
});

describe('fillShared', () => {
  const plan = collectionSharedPlan('festivals');
  const vi = {
    title: 'Lễ hội Sen',
    dateRule: { calendar: 'gregorian', start: '2026-06-01' },
    place: { name: 'Tháp Mười', area: 'thap-muoi', coordinates: { lat: 10.5, lng: 105.8 } },
    images: [
      { src: '../../_media/a.jpg', alt: 'Sen hồng' },
      { src: '../../_media/b.jpg', alt: 'Đầm sen' },
    ],
  };

  test('fills what the translation leaves out and keeps what it gives', () => {
    const en = { title: 'Lotus Festival', place: { name: 'Thap Muoi' }, images: [{ alt: 'Pink lotus' }, { alt: 'Pond', src: '../../_media/c.jpg' }] };
    expect(fillShared(en, vi, plan)).toEqual({
      title: 'Lotus Festival',
      dateRule: vi.dateRule,
      place: { name: 'Thap Muoi', area: 'thap-muoi', coordinates: { lat: 10.5, lng: 105.8 } },
      images: [
        { alt: 'Pink lotus', src: '../../_media/a.jpg' },
        { alt: 'Pond', src: '../../_media/c.jpg' },
      ],
    });
  });

  test('never copies text, so an untranslated field stays missing and is reported', () => {
    const filled = fillShared({}, vi, plan) as Record<string, unknown>;
    expect(filled.title).toBeUndefined();
    expect(filled.images).toBeUndefined();
    expect(filled.dateRule).toEqual(vi.dateRule);
  });

  test('copies are independent of the source', () => {
    const filled = fillShared({}, vi, plan) as { dateRule: { start: string } };
    filled.dateRule.start = '2030-01-01';
    expect(vi.dateRule.start).toBe('2026-06-01');
  });
});
