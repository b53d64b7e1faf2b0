/**
 * Everything that is specific to one province. Another province reuses the generator by
 * editing this file, the UI strings' `province.*` keys stay generic, and `content/`.
 */
import type { Licence } from '../model/schemas/vocabularies.ts';
import type { Locale, LocalizedText } from './locales.ts';

type PerLocale = LocalizedText;

export interface SiteConfig {
  /** Absolute origin of the deployed site, used for canonical and Open Graph URLs. */
  url: string;
  /** Sub-path the site is served under; `/` at a domain root. Overridden by `BASE_PATH`. */
  basePath: string;
  /** The province's name in each locale. */
  provinceName: PerLocale;
  /** The tourism slogan in each locale. */
  slogan: PerLocale;
  /** The investment message in each locale. */
  investmentMessage: PerLocale;
  /** The body that publishes the site, in each locale. */
  publisher: PerLocale;
  /** Public contact details shown in the footer and on the contact page. */
  contact: {
    address: PerLocale;
    phone: string;
    email: string;
    website?: string;
    /** Marks contact details that are demo values to be replaced by the province. */
    sample?: boolean;
  };
  /**
   * The rate used to show USD equivalents of VND amounts. Amounts are stored in VND only; the
   * rate and its date are printed next to every converted figure, so readers know how old it is.
   */
  exchangeRate: {
    /** Dong per US dollar. */
    vndPerUsd: number;
    /** Day the rate was taken, `YYYY-MM-DD`. */
    date: string;
    /** Where the rate comes from, in each locale. */
    source: PerLocale;
    /** Marks a demo rate to be replaced by the province. */
    sample?: boolean;
  };
  /** The office investors contact first; shown on every investment page and in the handbook. */
  investmentContact: {
    name: PerLocale;
    address: PerLocale;
    phone: string;
    email: string;
    /** Office hours, in each locale. */
    hours: PerLocale;
    /** Languages the office can answer in, as locale codes. */
    languages: Locale[];
    /** Marks contact details that are demo values to be replaced by the province. */
    sample?: boolean;
  };
  /**
   * The province's official accounts, shown in the footer, on the press page and on the leaflets.
   * Each is the account's public address; leave one out if the province has no such account.
   */
  officialAccounts: {
    facebook?: string;
    /** Zalo Official Account (OA) page, `https://zalo.me/<id>`. */
    zalo?: string;
    tiktok?: string;
    youtube?: string;
    /** Marks addresses that are demo values to be replaced by the province. */
    sample?: boolean;
  };
  /**
   * Who the press page names for journalists' questions, and the terms under which pictures
   * and clips without a licence of their own may be reused (see `licences` in the schemas).
   */
  press: {
    /** Office or person answering the press, in each locale. */
    name: PerLocale;
    phone: string;
    email: string;
    /** Credit line for a picture or clip that names none. */
    defaultCredit: PerLocale;
    /** Licence of a picture or clip that names none. */
    defaultLicence: Licence;
    /** Marks contact details that are demo values to be replaced by the province. */
    sample?: boolean;
  };
  /** Brand colours, exposed to CSS as custom properties. Each must pass WCAG AA on white. */
  colors: { primary: string; primaryDark: string; accent: string; surface: string };
  /** Logo file under `public/`, and its text alternative comes from the province name. */
  logo: string;
  /** Default social-sharing image under `public/` (1200×630). */
  ogImage: string;
  /** Time zone used for all dates on the site. */
  timeZone: string;
  /**
   * Where product enquiries go: the POST endpoint of a static form service (Formspree, Netlify
   * Forms, a portal endpoint…). Without one, "send an enquiry" becomes a prefilled email.
   */
  enquiryEndpoint?: string | undefined;
  /**
   * Sites allowed to show the widgets under `/embed/` in a frame (the provincial portal and its
   * subdomains). Every other page refuses to be framed by any other site. Overridden by
   * `EMBED_ORIGINS` (comma-separated), e.g. `https://dongthap.gov.vn,https://*.dongthap.gov.vn`.
   */
  embedOrigins: readonly string[];
  /** The interactive map: tile server, its attribution, and the initial view. */
  map: {
    /** Leaflet tile URL template; `{s}`, `{z}`, `{x}`, `{y}` are filled in by Leaflet. */
    tileUrl: string;
    /** Attribution required by the tile provider, shown on the map (HTML allowed). */
    attribution: string;
    /** Centre of the province, [lat, lng]. */
    center: [number, number];
    zoom: number;
  };
}

function normaliseBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** The promotion centre's address; its investment office works from the same building. */
const centreAddress: LocalizedText = {
  vi: 'Số 12 đường 30 Tháng 4, Phường 1, TP. Cao Lãnh, Đồng Tháp',
  en: '12 Ba Muoi Thang Tu Street, Ward 1, Cao Lanh City, Dong Thap',
  zh: '同塔省高岭市第1坊4月30日街12号',
  ja: 'ドンタップ省カオラン市第1区 4月30日通り12番地',
  ko: '동탑성 까오란시 1동 4월30일로 12',
  ru: 'ул. 30 Апреля, 12, квартал 1, г. Каолань, Донгтхап',
};

export const site: SiteConfig = {
  url: process.env.SITE_URL ?? 'https://dongthap.example',
  basePath: normaliseBase(process.env.BASE_PATH ?? '/'),
  provinceName: {
    vi: 'Đồng Tháp',
    en: 'Dong Thap',
    zh: '同塔省',
    ja: 'ドンタップ省',
    ko: '동탑성',
    ru: 'Донгтхап',
  },
  slogan: {
    vi: 'Thuần khiết như hồn sen',
    en: 'Pure as the soul of the lotus',
    zh: '纯净如莲之魂',
    ja: '蓮の心のように清らかに',
    ko: '연꽃의 영혼처럼 순수한 곳',
    ru: 'Чистый, как душа лотоса',
  },
  investmentMessage: {
    vi: 'Tiềm năng của chúng tôi - Cơ hội của bạn',
    en: 'Our potential – your opportunity',
    zh: '我们的潜力——您的机遇',
    ja: '私たちの可能性、あなたのチャンス',
    ko: '우리의 잠재력, 당신의 기회',
    ru: 'Наш потенциал – ваши возможности',
  },
  publisher: {
    vi: 'Trung tâm Xúc tiến Thương mại, Du lịch và Đầu tư tỉnh Đồng Tháp',
    en: 'Dong Thap Trade, Tourism and Investment Promotion Centre',
    zh: '同塔省贸易、旅游与投资促进中心',
    ja: 'ドンタップ省 貿易・観光・投資促進センター',
    ko: '동탑성 무역·관광·투자 진흥센터',
    ru: 'Центр содействия торговле, туризму и инвестициям провинции Донгтхап',
  },
  contact: {
    address: centreAddress,
    phone: '+84 277 3000 000',
    email: 'info@dongthap.example',
    sample: true,
  },
  exchangeRate: {
    vndPerUsd: 26_350,
    date: '2026-11-02',
    source: {
      vi: 'tỷ giá bán tham khảo của ngân hàng thương mại',
      en: 'reference selling rate of a commercial bank',
      zh: '商业银行参考卖出汇率',
      ja: '市中銀行の参考売りレート',
      ko: '시중 은행 참고 매도 환율',
      ru: 'справочный курс продажи коммерческого банка',
    },
    sample: true,
  },
  investmentContact: {
    name: {
      vi: 'Trung tâm Xúc tiến Thương mại, Du lịch và Đầu tư tỉnh Đồng Tháp – Phòng Xúc tiến đầu tư',
      en: 'Dong Thap Trade, Tourism and Investment Promotion Centre – Investment Promotion Office',
      zh: '同塔省贸易、旅游与投资促进中心——投资促进科',
      ja: 'ドンタップ省 貿易・観光・投資促進センター 投資促進課',
      ko: '동탑성 무역·관광·투자 진흥센터 투자진흥과',
      ru: 'Центр содействия торговле, туризму и инвестициям провинции Донгтхап, отдел привлечения инвестиций',
    },
    address: centreAddress,
    phone: '+84 277 3000 111',
    email: 'xuctien@dongthap.example',
    hours: {
      vi: 'Thứ Hai – Thứ Sáu, 7:00–11:30 và 13:30–17:00 (giờ Việt Nam, UTC+7)',
      en: 'Monday to Friday, 7:00–11:30 and 13:30–17:00 (Viet Nam time, UTC+7)',
      zh: '周一至周五 7:00–11:30、13:30–17:00（越南时间，UTC+7）',
      ja: '月曜日～金曜日 7:00～11:30、13:30～17:00（ベトナム時間、UTC+7）',
      ko: '월요일~금요일 7:00~11:30, 13:30~17:00 (베트남 시간, UTC+7)',
      ru: 'понедельник – пятница, 7:00–11:30 и 13:30–17:00 (время Вьетнама, UTC+7)',
    },
    languages: ['vi', 'en', 'zh', 'ko'],
    sample: true,
  },
  officialAccounts: {
    facebook: 'https://www.facebook.com/dulichdongthap.example',
    zalo: 'https://zalo.me/dongthap.example',
    tiktok: 'https://www.tiktok.com/@dongthap.example',
    youtube: 'https://www.youtube.com/@dongthap.example',
    sample: true,
  },
  press: {
    name: {
      vi: 'Trung tâm Xúc tiến Thương mại, Du lịch và Đầu tư tỉnh Đồng Tháp – Bộ phận Truyền thông',
      en: 'Dong Thap Trade, Tourism and Investment Promotion Centre – Media Office',
      zh: '同塔省贸易、旅游与投资促进中心——媒体联络处',
      ja: 'ドンタップ省 貿易・観光・投資促進センター 広報担当',
      ko: '동탑성 무역·관광·투자 진흥센터 홍보팀',
      ru: 'Центр содействия торговле, туризму и инвестициям провинции Донгтхап, пресс-служба',
    },
    phone: '+84 277 3000 222',
    email: 'baochi@dongthap.example',
    defaultCredit: {
      vi: 'Trung tâm Xúc tiến Thương mại, Du lịch và Đầu tư tỉnh Đồng Tháp',
      en: 'Dong Thap Trade, Tourism and Investment Promotion Centre',
      zh: '同塔省贸易、旅游与投资促进中心',
      ja: 'ドンタップ省 貿易・観光・投資促進センター',
      ko: '동탑성 무역·관광·투자 진흥센터',
      ru: 'Центр содействия торговле, туризму и инвестициям провинции Донгтхап',
    },
    defaultLicence: 'cc-by-4.0',
    sample: true,
  },
  colors: {
    primary: '#b0124f',
    primaryDark: '#7a0c37',
    accent: '#1d6b3a',
    surface: '#fdf6f8',
  },
  logo: 'logo.svg',
  ogImage: 'og-default.jpg',
  timeZone: 'Asia/Ho_Chi_Minh',
  enquiryEndpoint: process.env.ENQUIRY_ENDPOINT || undefined,
  embedOrigins: (process.env.EMBED_ORIGINS ?? 'https://dongthap.gov.vn,https://*.dongthap.gov.vn')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean),
  map: {
    tileUrl: process.env.MAP_TILE_URL ?? 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
    attribution: process.env.MAP_ATTRIBUTION ?? '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>',
    center: [10.53, 105.68],
    zoom: 9,
  },
};
