/**
 * Facts about the province that content chooses from: the economic sectors it courts and the
 * logistics hubs whose road distance every industrial park states. Administrative areas are in
 * `areas.ts`; names, slogans and contacts in `site.ts`. Another province edits these lists.
 */
import type { LocalizedText } from './locales.ts';

/** Economic sectors, shared by incentives, opportunities and industrial parks so they filter alike; each has a UI string `sector.<id>`. */
export const investmentSectors = [
  'agriculture',
  'food-processing',
  'manufacturing',
  'industrial-infrastructure',
  'logistics',
  'tourism',
  'energy',
  'innovation',
] as const;
export type InvestmentSector = (typeof investmentSectors)[number];

/** A logistics hub: a city or port that investors measure distances to. */
export interface LogisticsHub {
  /** Its name in each locale. */
  names: LocalizedText;
  /** The label of a distance to it, in each locale ("Distance to Can Tho"), since some languages decline the name. */
  distanceLabel: LocalizedText;
}

/** The hubs every park gives its road distance to, in the order the park table shows them. */
export const logisticsHubs = {
  'ho-chi-minh-city': {
    names: { vi: 'TP. Hồ Chí Minh', en: 'Ho Chi Minh City', zh: '胡志明市', ja: 'ホーチミン市', ko: '호찌민시', ru: 'Хошимин' },
    distanceLabel: {
      vi: 'Khoảng cách đến TP. Hồ Chí Minh',
      en: 'Distance to Ho Chi Minh City',
      zh: '距胡志明市',
      ja: 'ホーチミン市までの距離',
      ko: '호찌민시까지 거리',
      ru: 'Расстояние до Хошимина',
    },
  },
  'can-tho': {
    names: { vi: 'Cần Thơ', en: 'Can Tho', zh: '芹苴', ja: 'カントー', ko: '껀터', ru: 'Кантхо' },
    distanceLabel: {
      vi: 'Khoảng cách đến Cần Thơ',
      en: 'Distance to Can Tho',
      zh: '距芹苴',
      ja: 'カントーまでの距離',
      ko: '껀터까지 거리',
      ru: 'Расстояние до Кантхо',
    },
  },
} as const satisfies Record<string, LogisticsHub>;
export type LogisticsHubId = keyof typeof logisticsHubs;
export const logisticsHubIds = Object.keys(logisticsHubs) as [LogisticsHubId, ...LogisticsHubId[]];
