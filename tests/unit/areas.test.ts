/** The province's communes and wards (src/config/areas.ts) and how the site names them. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { areas, formerDistricts, type AreaId, type AreaNames } from '../../src/config/areas.ts';
import { localeCodes } from '../../src/config/locales.ts';
import { useTranslations } from '../../src/i18n/createTranslator.ts';
import { parseFrontmatter } from '../../src/model/frontmatter.ts';
import { areaLabel, areaWithFormerDistrict } from '../../src/utils/areas.ts';

/** Every area id the demo content uses, from any place field. */
function usedAreas(): Set<AreaId> {
  const used = new Set<AreaId>();
  const root = path.resolve('content');
  for (const collection of readdirSync(root).filter((name) => !name.startsWith('_'))) {
    const dir = path.join(root, collection, 'vi');
    for (const file of readdirSync(dir)) {
      const data = parseFrontmatter(readFileSync(path.join(dir, file), 'utf8'))!.data as Record<string, { area?: AreaId }>;
      for (const field of ['place', 'location', 'producer']) if (data[field]?.area) used.add(data[field].area);
    }
  }
  return used;
}

describe('communes and wards', () => {
  test('ids are unique slugs, and each names its Vietnamese official name and a former district', () => {
    const ids = areas.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const area of areas) {
      expect(area.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(area.names.vi.normalize('NFC')).toBe(area.names.vi);
      expect(formerDistricts[area.formerDistrict], area.id).toBeDefined();
    }
  });

  test('every area the demo content uses has its name in every locale, so no reader sees a fallback', () => {
    const used = usedAreas();
    expect(used.size).toBeGreaterThan(5);
    const missing = [...used].flatMap((id) => localeCodes.filter((l) => !(areas.find((a) => a.id === id)!.names as AreaNames)[l]).map((l) => `${id} (${l})`));
    expect(missing).toEqual([]);
  });

  test.each(localeCodes)('%s: a commune and a ward read with their unit, and the former district in brackets', (locale) => {
    const t = useTranslations(locale);
    const commune = areaLabel('tram-chim', locale, t);
    const ward = areaLabel('sa-dec', locale, t);
    expect(commune).toContain(areas.find((a) => a.id === 'tram-chim')!.names[locale]!);
    expect(commune).not.toBe(ward.replace(/Sa Đéc|Sa Dec/, 'x'));
    expect(commune).not.toMatch(/\{\{|area\./);
    const withDistrict = areaWithFormerDistrict('tram-chim', locale, t);
    expect(withDistrict).toContain(commune);
    expect(withDistrict).toContain(formerDistricts['tam-nong'].names[locale]);
  });

  test('a name missing in a locale falls back to the Vietnamese official name, not to a key', () => {
    const noChinese = areas.find((a) => !('zh' in a.names));
    expect(noChinese, 'the demo has units without a Chinese name').toBeDefined();
    expect(areaLabel(noChinese!.id, 'zh', useTranslations('zh'))).toContain(noChinese!.names.vi);
  });
});
