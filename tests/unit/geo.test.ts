import { expect, test } from 'vitest';
import { distanceKm, nearest } from '../../src/utils/geo.ts';

const caoLanh = { lat: 10.4597, lng: 105.6394 };
const saDec = { lat: 10.2986, lng: 105.759 };
const hcmc = { lat: 10.7769, lng: 106.7009 };

test('distances match known road-free distances within a few percent', () => {
  expect(distanceKm(caoLanh, saDec)).toBeGreaterThan(20);
  expect(distanceKm(caoLanh, saDec)).toBeLessThan(24);
  expect(distanceKm(caoLanh, hcmc)).toBeGreaterThan(115);
  expect(distanceKm(caoLanh, hcmc)).toBeLessThan(125);
  expect(distanceKm(caoLanh, caoLanh)).toBe(0);
});

test('nearest keeps places at the same spot, orders by distance and respects the limit', () => {
  const items = [
    { id: 'far', at: hcmc },
    { id: 'same', at: caoLanh },
    { id: 'near', at: saDec },
  ];
  expect(nearest(caoLanh, items, (i) => i.at, 3, 60).map((x) => x.item.id)).toEqual(['same', 'near']);
  expect(nearest(caoLanh, items, (i) => i.at, 1, 200).map((x) => x.item.id)).toEqual(['same']);
});
