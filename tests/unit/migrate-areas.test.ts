/** The 2025 migration of places from districts to communes and wards (scripts/migrate-areas.ts). */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { areas } from '../../src/config/areas.ts';
import { parseFrontmatter } from '../../src/model/frontmatter.ts';
import { migrateFrontmatter, planMigration, type AreaMove } from '../../scripts/migrate-areas.ts';
import mapping from '../../scripts/migrations/dong-thap-2025-areas.json' with { type: 'json' };

const festival = `---
title: Lễ hội Sen
# the organiser's wording
place:
  name: "Khu du lịch Đồng Sen"
  district: thap-muoi
  coordinates: { lat: 10.5, lng: 105.8 }
organizer: Ban tổ chức
---

Body with district: thap-muoi in the text.
`;
const move: AreaMove = { collection: 'festivals', slug: 'le-hoi-sen', field: 'place', from: 'thap-muoi', to: 'thap-muoi', certain: true };

describe('one file', () => {
  test('district becomes area inside the named field; nothing else changes', () => {
    const after = migrateFrontmatter(festival, move);
    expect(after).toBe(festival.replace('  district: thap-muoi', '  area: thap-muoi'));
    expect(after).toContain('Body with district: thap-muoi in the text.');
  });

  test('an uncertain place marks the entry as sample data, once', () => {
    const after = migrateFrontmatter(festival, { ...move, to: 'my-hiep', certain: false });
    expect(after).toContain('  area: my-hiep');
    expect(after).toMatch(/organizer: Ban tổ chức\nsampleData: true\n---/);
    expect(migrateFrontmatter(after, { ...move, to: 'my-hiep', certain: false })).toBe(after);
    const withFlag = festival.replace('organizer:', 'sampleData: false\norganizer:');
    expect(migrateFrontmatter(withFlag, { ...move, certain: false })).toContain('sampleData: true\norganizer:');
  });

  test('running twice changes nothing', () => {
    const once = migrateFrontmatter(festival, move);
    expect(migrateFrontmatter(once, move)).toBe(once);
  });

  test('a file that does not match the mapping is refused, not guessed', () => {
    expect(() => migrateFrontmatter(festival, { ...move, from: 'lap-vo' })).toThrow('place.district is "thap-muoi", the mapping says "lap-vo"');
    expect(() => migrateFrontmatter(festival, { ...move, field: 'location' })).toThrow('no "location:" block');
    expect(() => migrateFrontmatter(festival, { ...move, to: 'atlantis' })).toThrow('"atlantis" is not an area');
    const migrated = migrateFrontmatter(festival, move);
    expect(() => migrateFrontmatter(migrated, { ...move, to: 'tram-chim' })).toThrow('place.area is "thap-muoi", the mapping says "tram-chim"');
  });
});

describe('the demo content', () => {
  const moves = mapping as AreaMove[];
  const dir = mkdtempSync(path.join(tmpdir(), 'migrate-areas-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('every move names a real area and says why', () => {
    const ids = new Set<string>(areas.map((a) => a.id));
    expect(moves.filter((m) => !ids.has(m.to)).map((m) => `${m.collection}/${m.slug}`)).toEqual([]);
    expect(moves.every((m) => typeof m.certain === 'boolean' && (m.why ?? '').length > 10)).toBe(true);
  });

  test('is already migrated: a second run over content/ changes no file', () => {
    expect([...planMigration(path.resolve('content'), moves).keys()]).toEqual([]);
  });

  test('moves the pre-2025 demo content: every place gets its area, uncertain ones become sample data', () => {
    // The demo content as it was before the move: district lines instead of area lines.
    cpSync(path.resolve('content'), dir, { recursive: true });
    for (const m of moves) {
      for (const locale of ['vi', 'en']) {
        const file = path.join(dir, m.collection, locale, `${m.slug}.mdx`);
        const text = readFileSync(file, 'utf8').replace(new RegExp(`^(\\s+)area: ${m.to}$`, 'm'), `$1district: ${m.from}`);
        writeFileSync(file, text);
      }
    }
    const writes = planMigration(dir, moves);
    expect(writes.size).toBeGreaterThan(0);
    for (const m of moves) {
      const file = path.join(dir, m.collection, 'vi', `${m.slug}.mdx`);
      const text = writes.get(file) ?? readFileSync(file, 'utf8');
      const data = parseFrontmatter(text)!.data as Record<string, { area?: string; district?: string }> & { sampleData?: boolean };
      expect(data[m.field]?.area, `${m.collection}/${m.slug}`).toBe(m.to);
      expect(data[m.field]?.district).toBeUndefined();
      if (!m.certain) expect(data.sampleData, `${m.collection}/${m.slug} is uncertain`).toBe(true);
    }
  });
});
