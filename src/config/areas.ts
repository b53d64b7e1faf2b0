/**
 * The province's commune-level administrative units since 1 July 2025, and the districts that older documents and
 * visitors still name. Facts come from public reports of Resolution 1663/NQ-UBTVQH15; sources in scripts/migrations/README.md.
 */
import type { Locale } from './locales.ts';

/** A name per locale; the Vietnamese official name is required, the others fall back to it. */
export type AreaNames = { vi: string } & Partial<Record<Locale, string>>;

/** The two provinces that together form the new Đồng Tháp province since 1 July 2025. */
export type FormerProvince = 'dong-thap' | 'tien-giang';

/** Districts that existed until 30 June 2025. Visitors and older documents still use their names, so they group areas as a label, never as an official unit. */
export const formerDistricts = {
  'cao-lanh-city': {
    province: 'dong-thap',
    names: { vi: 'Thành phố Cao Lãnh', en: 'Cao Lanh City', zh: '高岭市', ja: 'カオラン市', ko: '까오란시', ru: 'Город Каолань' },
  },
  'sa-dec-city': {
    province: 'dong-thap',
    names: { vi: 'Thành phố Sa Đéc', en: 'Sa Dec City', zh: '沙沥市', ja: 'サデック市', ko: '사덱시', ru: 'Город Шадек' },
  },
  'hong-ngu-city': {
    province: 'dong-thap',
    names: { vi: 'Thành phố Hồng Ngự', en: 'Hong Ngu City', zh: '红御市', ja: 'ホンガー市', ko: '홍응으시', ru: 'Город Хонгнгы' },
  },
  'cao-lanh': {
    province: 'dong-thap',
    names: { vi: 'Huyện Cao Lãnh', en: 'Cao Lanh District', zh: '高岭县', ja: 'カオラン郡', ko: '까오란군', ru: 'Уезд Каолань' },
  },
  'thap-muoi': {
    province: 'dong-thap',
    names: { vi: 'Huyện Tháp Mười', en: 'Thap Muoi District', zh: '塔梅县', ja: 'タップムオイ郡', ko: '탑므어이군', ru: 'Уезд Тхапмыой' },
  },
  'tam-nong': {
    province: 'dong-thap',
    names: { vi: 'Huyện Tam Nông', en: 'Tam Nong District', zh: '三农县', ja: 'タムノン郡', ko: '땀농군', ru: 'Уезд Тамнонг' },
  },
  'thanh-binh': {
    province: 'dong-thap',
    names: { vi: 'Huyện Thanh Bình', en: 'Thanh Binh District', zh: '清平县', ja: 'タインビン郡', ko: '타인빈군', ru: 'Уезд Тханьбинь' },
  },
  'tan-hong': {
    province: 'dong-thap',
    names: { vi: 'Huyện Tân Hồng', en: 'Tan Hong District', zh: '新红县', ja: 'タンホン郡', ko: '떤홍군', ru: 'Уезд Танхонг' },
  },
  'hong-ngu': {
    province: 'dong-thap',
    names: { vi: 'Huyện Hồng Ngự', en: 'Hong Ngu District', zh: '红御县', ja: 'ホンガー郡', ko: '홍응으군', ru: 'Уезд Хонгнгы' },
  },
  'lap-vo': { province: 'dong-thap', names: { vi: 'Huyện Lấp Vò', en: 'Lap Vo District', zh: '立武县', ja: 'ラップボー郡', ko: '럽보군', ru: 'Уезд Лапво' } },
  'lai-vung': {
    province: 'dong-thap',
    names: { vi: 'Huyện Lai Vung', en: 'Lai Vung District', zh: '来望县', ja: 'ライブン郡', ko: '라이붕군', ru: 'Уезд Лайвунг' },
  },
  'chau-thanh-dong-thap': {
    province: 'dong-thap',
    names: { vi: 'Huyện Châu Thành', en: 'Chau Thanh District', zh: '周城县', ja: 'チャウタイン郡', ko: '쩌우타인군', ru: 'Уезд Чаутхань' },
  },
  'my-tho-city': {
    province: 'tien-giang',
    names: { vi: 'Thành phố Mỹ Tho', en: 'My Tho City', zh: '美萩市', ja: 'ミトー市', ko: '미토시', ru: 'Город Митхо' },
  },
  'go-cong-city': {
    province: 'tien-giang',
    names: { vi: 'Thành phố Gò Công', en: 'Go Cong City', zh: '鹅贡市', ja: 'ゴーコン市', ko: '고꽁시', ru: 'Город Гоконг' },
  },
  'cai-lay-town': {
    province: 'tien-giang',
    names: { vi: 'Thị xã Cai Lậy', en: 'Cai Lay Town', ja: 'カイライ市社', ko: '까이러이시사', ru: 'Городской уезд Кайлэй' },
  },
  'cai-be': { province: 'tien-giang', names: { vi: 'Huyện Cái Bè', en: 'Cai Be District', ja: 'カイベー郡', ko: '까이베군', ru: 'Уезд Кайбе' } },
  'cai-lay': { province: 'tien-giang', names: { vi: 'Huyện Cai Lậy', en: 'Cai Lay District', ja: 'カイライ郡', ko: '까이러이군', ru: 'Уезд Кайлэй' } },
  'tan-phuoc': {
    province: 'tien-giang',
    names: { vi: 'Huyện Tân Phước', en: 'Tan Phuoc District', zh: '新福县', ja: 'タンフオック郡', ko: '떤프억군', ru: 'Уезд Танфыок' },
  },
  'chau-thanh-tien-giang': {
    province: 'tien-giang',
    names: { vi: 'Huyện Châu Thành', en: 'Chau Thanh District', zh: '周城县', ja: 'チャウタイン郡', ko: '쩌우타인군', ru: 'Уезд Чаутхань' },
  },
  'cho-gao': { province: 'tien-giang', names: { vi: 'Huyện Chợ Gạo', en: 'Cho Gao District', ja: 'チョーガオ郡', ko: '쩌가오군', ru: 'Уезд Чогао' } },
  'go-cong-tay': {
    province: 'tien-giang',
    names: { vi: 'Huyện Gò Công Tây', en: 'Go Cong Tay District', zh: '鹅贡西县', ja: 'ゴーコンタイ郡', ko: '고꽁떠이군', ru: 'Уезд Гоконгтэй' },
  },
  'go-cong-dong': {
    province: 'tien-giang',
    names: { vi: 'Huyện Gò Công Đông', en: 'Go Cong Dong District', zh: '鹅贡东县', ja: 'ゴーコンドン郡', ko: '고꽁동군', ru: 'Уезд Гоконгдонг' },
  },
  'tan-phu-dong': {
    province: 'tien-giang',
    names: { vi: 'Huyện Tân Phú Đông', en: 'Tan Phu Dong District', zh: '新富东县', ja: 'タンフードン郡', ko: '떤푸동군', ru: 'Уезд Танфудонг' },
  },
} as const satisfies Record<string, { province: FormerProvince; names: AreaNames }>;

/** Id of a former district, for grouping areas by the name visitors know. */
export type FormerDistrictId = keyof typeof formerDistricts;

/** The kinds of commune-level unit: phường (ward), xã (commune) and đặc khu (special zone; Đồng Tháp has none). */
export const areaKinds = ['ward', 'commune', 'special-zone'] as const;

/** One of `areaKinds`. */
export type AreaKind = (typeof areaKinds)[number];

/** A commune-level administrative unit (ward, commune or special zone). */
export interface Area {
  /** Lower-case ASCII slug of the Vietnamese name; where two names share a slug, the former district id is appended. */
  readonly id: string;
  /** Ward, commune or special zone. */
  readonly kind: AreaKind;
  /** Official name without the unit word ("Tràm Chim", not "xã Tràm Chim"), in each locale we have it. */
  readonly names: AreaNames;
  /** The former district most of the unit's territory came from. */
  readonly formerDistrict: FormerDistrictId;
  /** Set when no source we found says which district most of the unit came from: `formerDistrict` is then the most plausible one. */
  readonly formerDistrictUncertain?: true;
}

/**
 * The commune-level units since 1 July 2025 (Resolution 1663/NQ-UBTVQH15): 20 wards and 82 communes, in the
 * resolution's order as press reports give it. Vĩnh Hựu, Gò Công Đông, Tân Điền, Tân Đông and Gia Thuận, which the
 * press reports cut off, come from public datasets of the 2025 units (the thanglequoc/vietnamese-provinces-database
 * lists, and the 2025 regional minimum-wage decree's list of Đồng Tháp communes).
 */
export const areas = [
  { id: 'my-tho', kind: 'ward', names: { vi: 'Mỹ Tho', en: 'My Tho', zh: '美萩', ja: 'ミトー', ko: '미토', ru: 'Митхо' }, formerDistrict: 'my-tho-city' },
  {
    id: 'dao-thanh',
    kind: 'ward',
    names: { vi: 'Đạo Thạnh', en: 'Dao Thanh', zh: '道盛', ja: 'ダオタイン', ko: '다오타인', ru: 'Даотхань' },
    formerDistrict: 'my-tho-city',
  },
  {
    id: 'my-phong',
    kind: 'ward',
    names: { vi: 'Mỹ Phong', en: 'My Phong', zh: '美丰', ja: 'ミフォン', ko: '미퐁', ru: 'Мифонг' },
    formerDistrict: 'my-tho-city',
  },
  { id: 'thoi-son', kind: 'ward', names: { vi: 'Thới Sơn', en: 'Thoi Son', ja: 'トイソン', ko: '터이선', ru: 'Тхойшон' }, formerDistrict: 'my-tho-city' },
  {
    id: 'trung-an',
    kind: 'ward',
    names: { vi: 'Trung An', en: 'Trung An', zh: '中安', ja: 'チュンアン', ko: '쭝안', ru: 'Чунган' },
    formerDistrict: 'my-tho-city',
    formerDistrictUncertain: true,
  },
  {
    id: 'go-cong',
    kind: 'ward',
    names: { vi: 'Gò Công', en: 'Go Cong', zh: '鹅贡', ja: 'ゴーコン', ko: '고꽁', ru: 'Гоконг' },
    formerDistrict: 'go-cong-city',
  },
  {
    id: 'long-thuan',
    kind: 'ward',
    names: { vi: 'Long Thuận', en: 'Long Thuan', zh: '隆顺', ja: 'ロントゥアン', ko: '롱투언', ru: 'Лонгтхуан' },
    formerDistrict: 'go-cong-city',
  },
  {
    id: 'binh-xuan',
    kind: 'ward',
    names: { vi: 'Bình Xuân', en: 'Binh Xuan', zh: '平春', ja: 'ビンスアン', ko: '빈쑤언', ru: 'Биньсуан' },
    formerDistrict: 'go-cong-city',
  },
  {
    id: 'son-qui',
    kind: 'ward',
    names: { vi: 'Sơn Qui', en: 'Son Qui', ja: 'ソンクイ', ko: '선꾸이', ru: 'Шонкуи' },
    formerDistrict: 'go-cong-city',
    formerDistrictUncertain: true,
  },
  {
    id: 'an-binh',
    kind: 'ward',
    names: { vi: 'An Bình', en: 'An Binh', zh: '安平', ja: 'アンビン', ko: '안빈', ru: 'Анбинь' },
    formerDistrict: 'hong-ngu-city',
  },
  {
    id: 'hong-ngu',
    kind: 'ward',
    names: { vi: 'Hồng Ngự', en: 'Hong Ngu', zh: '红御', ja: 'ホンガー', ko: '홍응으', ru: 'Хонгнгы' },
    formerDistrict: 'hong-ngu-city',
  },
  {
    id: 'thuong-lac',
    kind: 'ward',
    names: { vi: 'Thường Lạc', en: 'Thuong Lac', zh: '常乐', ja: 'トゥオンラック', ko: '트엉락', ru: 'Тхыонглак' },
    formerDistrict: 'hong-ngu-city',
    formerDistrictUncertain: true,
  },
  {
    id: 'cao-lanh',
    kind: 'ward',
    names: { vi: 'Cao Lãnh', en: 'Cao Lanh', zh: '高岭', ja: 'カオラン', ko: '까오란', ru: 'Каолань' },
    formerDistrict: 'cao-lanh-city',
  },
  {
    id: 'my-ngai',
    kind: 'ward',
    names: { vi: 'Mỹ Ngãi', en: 'My Ngai', zh: '美义', ja: 'ミガイ', ko: '미응아이', ru: 'Мингай' },
    formerDistrict: 'cao-lanh-city',
  },
  { id: 'my-tra', kind: 'ward', names: { vi: 'Mỹ Trà', en: 'My Tra', ja: 'ミチャ', ko: '미짜', ru: 'Мича' }, formerDistrict: 'cao-lanh-city' },
  { id: 'sa-dec', kind: 'ward', names: { vi: 'Sa Đéc', en: 'Sa Dec', zh: '沙沥', ja: 'サデック', ko: '사덱', ru: 'Шадек' }, formerDistrict: 'sa-dec-city' },
  {
    id: 'my-phuoc-tay',
    kind: 'ward',
    names: { vi: 'Mỹ Phước Tây', en: 'My Phuoc Tay', zh: '美福西', ja: 'ミフオックタイ', ko: '미프억떠이', ru: 'Мифыоктэй' },
    formerDistrict: 'cai-lay-town',
    formerDistrictUncertain: true,
  },
  {
    id: 'thanh-hoa',
    kind: 'ward',
    names: { vi: 'Thanh Hoà', en: 'Thanh Hoa', zh: '清和', ja: 'タインホア', ko: '타인호아', ru: 'Тханьхоа' },
    formerDistrict: 'cai-lay-town',
    formerDistrictUncertain: true,
  },
  { id: 'cai-lay', kind: 'ward', names: { vi: 'Cai Lậy', en: 'Cai Lay', ja: 'カイライ', ko: '까이러이', ru: 'Кайлэй' }, formerDistrict: 'cai-lay-town' },
  {
    id: 'nhi-quy',
    kind: 'ward',
    names: { vi: 'Nhị Quý', en: 'Nhi Quy', zh: '二贵', ja: 'ニクイ', ko: '니꾸이', ru: 'Ньикуи' },
    formerDistrict: 'cai-lay-town',
    formerDistrictUncertain: true,
  },
  {
    id: 'tan-hong',
    kind: 'commune',
    names: { vi: 'Tân Hồng', en: 'Tan Hong', zh: '新红', ja: 'タンホン', ko: '떤홍', ru: 'Танхонг' },
    formerDistrict: 'tan-hong',
  },
  {
    id: 'tan-thanh-tan-hong',
    kind: 'commune',
    names: { vi: 'Tân Thành', en: 'Tan Thanh', ja: 'タンタイン', ko: '떤타인', ru: 'Тантхань' },
    formerDistrict: 'tan-hong',
  },
  {
    id: 'tan-ho-co',
    kind: 'commune',
    names: { vi: 'Tân Hộ Cơ', en: 'Tan Ho Co', ja: 'タンホーコー', ko: '떤호꺼', ru: 'Танхоко' },
    formerDistrict: 'tan-hong',
  },
  {
    id: 'an-phuoc',
    kind: 'commune',
    names: { vi: 'An Phước', en: 'An Phuoc', zh: '安福', ja: 'アンフオック', ko: '안프억', ru: 'Анфыок' },
    formerDistrict: 'tan-hong',
  },
  {
    id: 'thuong-phuoc',
    kind: 'commune',
    names: { vi: 'Thường Phước', en: 'Thuong Phuoc', zh: '常福', ja: 'トゥオンフオック', ko: '트엉프억', ru: 'Тхыонгфыок' },
    formerDistrict: 'hong-ngu',
  },
  {
    id: 'long-khanh',
    kind: 'commune',
    names: { vi: 'Long Khánh', en: 'Long Khanh', zh: '隆庆', ja: 'ロンカイン', ko: '롱카인', ru: 'Лонгкхань' },
    formerDistrict: 'hong-ngu',
  },
  {
    id: 'long-phu-thuan',
    kind: 'commune',
    names: { vi: 'Long Phú Thuận', en: 'Long Phu Thuan', zh: '隆富顺', ja: 'ロンフートゥアン', ko: '롱푸투언', ru: 'Лонгфутхуан' },
    formerDistrict: 'hong-ngu',
  },
  { id: 'an-hoa', kind: 'commune', names: { vi: 'An Hòa', en: 'An Hoa', zh: '安和', ja: 'アンホア', ko: '안호아', ru: 'Анхоа' }, formerDistrict: 'tam-nong' },
  {
    id: 'tam-nong',
    kind: 'commune',
    names: { vi: 'Tam Nông', en: 'Tam Nong', zh: '三农', ja: 'タムノン', ko: '땀농', ru: 'Тамнонг' },
    formerDistrict: 'tam-nong',
  },
  { id: 'phu-tho', kind: 'commune', names: { vi: 'Phú Thọ', en: 'Phu Tho', zh: '富寿', ja: 'フートー', ko: '푸토', ru: 'Футхо' }, formerDistrict: 'tam-nong' },
  {
    id: 'tram-chim',
    kind: 'commune',
    names: { vi: 'Tràm Chim', en: 'Tram Chim', zh: '茶箕', ja: 'チャムチム', ko: '짬찜', ru: 'Чамчим' },
    formerDistrict: 'tam-nong',
  },
  {
    id: 'phu-cuong',
    kind: 'commune',
    names: { vi: 'Phú Cường', en: 'Phu Cuong', zh: '富强', ja: 'フークオン', ko: '푸끄엉', ru: 'Фукыонг' },
    formerDistrict: 'tam-nong',
    formerDistrictUncertain: true,
  },
  {
    id: 'an-long',
    kind: 'commune',
    names: { vi: 'An Long', en: 'An Long', zh: '安隆', ja: 'アンロン', ko: '안롱', ru: 'Анлонг' },
    formerDistrict: 'tam-nong',
    formerDistrictUncertain: true,
  },
  {
    id: 'thanh-binh',
    kind: 'commune',
    names: { vi: 'Thanh Bình', en: 'Thanh Binh', zh: '清平', ja: 'タインビン', ko: '타인빈', ru: 'Тханьбинь' },
    formerDistrict: 'thanh-binh',
  },
  {
    id: 'tan-thanh-thanh-binh',
    kind: 'commune',
    names: { vi: 'Tân Thạnh', en: 'Tan Thanh', zh: '新盛', ja: 'タンタイン', ko: '떤타인', ru: 'Тантхань' },
    formerDistrict: 'thanh-binh',
  },
  {
    id: 'binh-thanh',
    kind: 'commune',
    names: { vi: 'Bình Thành', en: 'Binh Thanh', zh: '平成', ja: 'ビンタイン', ko: '빈타인', ru: 'Биньтхань' },
    formerDistrict: 'thanh-binh',
  },
  {
    id: 'tan-long',
    kind: 'commune',
    names: { vi: 'Tân Long', en: 'Tan Long', zh: '新隆', ja: 'タンロン', ko: '떤롱', ru: 'Танлонг' },
    formerDistrict: 'thanh-binh',
  },
  {
    id: 'thap-muoi',
    kind: 'commune',
    names: { vi: 'Tháp Mười', en: 'Thap Muoi', zh: '塔梅', ja: 'タップムオイ', ko: '탑므어이', ru: 'Тхапмыой' },
    formerDistrict: 'thap-muoi',
  },
  {
    id: 'thanh-my',
    kind: 'commune',
    names: { vi: 'Thanh Mỹ', en: 'Thanh My', zh: '清美', ja: 'タインミ', ko: '타인미', ru: 'Тханьми' },
    formerDistrict: 'thap-muoi',
  },
  { id: 'my-qui', kind: 'commune', names: { vi: 'Mỹ Quí', en: 'My Qui', zh: '美贵', ja: 'ミクイ', ko: '미꾸이', ru: 'Микуи' }, formerDistrict: 'thap-muoi' },
  {
    id: 'doc-binh-kieu',
    kind: 'commune',
    names: { vi: 'Đốc Binh Kiều', en: 'Doc Binh Kieu', ja: 'ドックビンキエウ', ko: '독빈끼에우', ru: 'Докбинькьеу' },
    formerDistrict: 'thap-muoi',
  },
  {
    id: 'truong-xuan',
    kind: 'commune',
    names: { vi: 'Trường Xuân', en: 'Truong Xuan', zh: '长春', ja: 'チュオンスアン', ko: '쯔엉쑤언', ru: 'Чыонгсуан' },
    formerDistrict: 'thap-muoi',
  },
  {
    id: 'phuong-thinh',
    kind: 'commune',
    names: { vi: 'Phương Thịnh', en: 'Phuong Thinh', ja: 'フオンティン', ko: '프엉틴', ru: 'Фыонгтхинь' },
    formerDistrict: 'cao-lanh',
  },
  {
    id: 'phong-my',
    kind: 'commune',
    names: { vi: 'Phong Mỹ', en: 'Phong My', zh: '丰美', ja: 'フォンミ', ko: '퐁미', ru: 'Фонгми' },
    formerDistrict: 'cao-lanh',
  },
  { id: 'ba-sao', kind: 'commune', names: { vi: 'Ba Sao', en: 'Ba Sao', ja: 'バサオ', ko: '바사오', ru: 'Башао' }, formerDistrict: 'cao-lanh' },
  {
    id: 'my-tho-cao-lanh',
    kind: 'commune',
    names: { vi: 'Mỹ Thọ', en: 'My Tho', zh: '美寿', ja: 'ミトー', ko: '미토', ru: 'Митхо' },
    formerDistrict: 'cao-lanh',
  },
  {
    id: 'binh-hang-trung',
    kind: 'commune',
    names: { vi: 'Bình Hàng Trung', en: 'Binh Hang Trung', ja: 'ビンハンチュン', ko: '빈항쭝', ru: 'Биньхангчунг' },
    formerDistrict: 'cao-lanh',
  },
  {
    id: 'my-hiep',
    kind: 'commune',
    names: { vi: 'Mỹ Hiệp', en: 'My Hiep', zh: '美协', ja: 'ミヒエップ', ko: '미히엡', ru: 'Михьеп' },
    formerDistrict: 'cao-lanh',
  },
  {
    id: 'my-an-hung',
    kind: 'commune',
    names: { vi: 'Mỹ An Hưng', en: 'My An Hung', zh: '美安兴', ja: 'ミアンフン', ko: '미안흥', ru: 'Мианхынг' },
    formerDistrict: 'lap-vo',
  },
  {
    id: 'tan-khanh-trung',
    kind: 'commune',
    names: { vi: 'Tân Khánh Trung', en: 'Tan Khanh Trung', zh: '新庆中', ja: 'タンカインチュン', ko: '떤카인쭝', ru: 'Танкханьчунг' },
    formerDistrict: 'lap-vo',
  },
  { id: 'lap-vo', kind: 'commune', names: { vi: 'Lấp Vò', en: 'Lap Vo', zh: '立武', ja: 'ラップボー', ko: '럽보', ru: 'Лапво' }, formerDistrict: 'lap-vo' },
  {
    id: 'lai-vung',
    kind: 'commune',
    names: { vi: 'Lai Vung', en: 'Lai Vung', zh: '来望', ja: 'ライブン', ko: '라이붕', ru: 'Лайвунг' },
    formerDistrict: 'lai-vung',
    formerDistrictUncertain: true,
  },
  {
    id: 'hoa-long',
    kind: 'commune',
    names: { vi: 'Hoà Long', en: 'Hoa Long', zh: '和隆', ja: 'ホアロン', ko: '호아롱', ru: 'Хоалонг' },
    formerDistrict: 'lai-vung',
  },
  {
    id: 'phong-hoa',
    kind: 'commune',
    names: { vi: 'Phong Hoà', en: 'Phong Hoa', zh: '丰和', ja: 'フォンホア', ko: '퐁호아', ru: 'Фонгхоа' },
    formerDistrict: 'lai-vung',
  },
  { id: 'tan-duong', kind: 'commune', names: { vi: 'Tân Dương', en: 'Tan Duong', ja: 'タンズオン', ko: '떤즈엉', ru: 'Танзыонг' }, formerDistrict: 'lai-vung' },
  {
    id: 'phu-huu',
    kind: 'commune',
    names: { vi: 'Phú Hựu', en: 'Phu Huu', ja: 'フーフウ', ko: '푸흐우', ru: 'Фухыу' },
    formerDistrict: 'chau-thanh-dong-thap',
  },
  {
    id: 'tan-nhuan-dong',
    kind: 'commune',
    names: { vi: 'Tân Nhuận Đông', en: 'Tan Nhuan Dong', zh: '新润东', ja: 'タンニュアンドン', ko: '떤뉴언동', ru: 'Таннюандонг' },
    formerDistrict: 'chau-thanh-dong-thap',
  },
  {
    id: 'tan-phu-trung',
    kind: 'commune',
    names: { vi: 'Tân Phú Trung', en: 'Tan Phu Trung', zh: '新富中', ja: 'タンフーチュン', ko: '떤푸쭝', ru: 'Танфучунг' },
    formerDistrict: 'chau-thanh-dong-thap',
  },
  {
    id: 'tan-phu',
    kind: 'commune',
    names: { vi: 'Tân Phú', en: 'Tan Phu', zh: '新富', ja: 'タンフー', ko: '떤푸', ru: 'Танфу' },
    formerDistrict: 'cai-lay-town',
    formerDistrictUncertain: true,
  },
  {
    id: 'thanh-hung',
    kind: 'commune',
    names: { vi: 'Thanh Hưng', en: 'Thanh Hung', zh: '清兴', ja: 'タインフン', ko: '타인흥', ru: 'Тханьхынг' },
    formerDistrict: 'cai-be',
  },
  { id: 'an-huu', kind: 'commune', names: { vi: 'An Hữu', en: 'An Huu', ja: 'アンフウ', ko: '안흐우', ru: 'Анхыу' }, formerDistrict: 'cai-be' },
  { id: 'my-loi', kind: 'commune', names: { vi: 'Mỹ Lợi', en: 'My Loi', zh: '美利', ja: 'ミロイ', ko: '미러이', ru: 'Милой' }, formerDistrict: 'cai-be' },
  {
    id: 'my-duc-tay',
    kind: 'commune',
    names: { vi: 'Mỹ Đức Tây', en: 'My Duc Tay', zh: '美德西', ja: 'ミドゥックタイ', ko: '미득떠이', ru: 'Мидыктэй' },
    formerDistrict: 'cai-be',
  },
  {
    id: 'my-thien',
    kind: 'commune',
    names: { vi: 'Mỹ Thiện', en: 'My Thien', zh: '美善', ja: 'ミティエン', ko: '미티엔', ru: 'Митхьен' },
    formerDistrict: 'cai-be',
    formerDistrictUncertain: true,
  },
  { id: 'hau-my', kind: 'commune', names: { vi: 'Hậu Mỹ', en: 'Hau My', zh: '后美', ja: 'ハウミ', ko: '허우미', ru: 'Хауми' }, formerDistrict: 'cai-be' },
  { id: 'hoi-cu', kind: 'commune', names: { vi: 'Hội Cư', en: 'Hoi Cu', zh: '会居', ja: 'ホイクー', ko: '호이끄', ru: 'Хойкы' }, formerDistrict: 'cai-be' },
  { id: 'cai-be', kind: 'commune', names: { vi: 'Cái Bè', en: 'Cai Be', ja: 'カイベー', ko: '까이베', ru: 'Кайбе' }, formerDistrict: 'cai-be' },
  { id: 'my-thanh', kind: 'commune', names: { vi: 'Mỹ Thành', en: 'My Thanh', ja: 'ミタイン', ko: '미타인', ru: 'Митхань' }, formerDistrict: 'cai-lay' },
  {
    id: 'thanh-phu',
    kind: 'commune',
    names: { vi: 'Thạnh Phú', en: 'Thanh Phu', zh: '盛富', ja: 'タインフー', ko: '타인푸', ru: 'Тханьфу' },
    formerDistrict: 'cai-lay',
    formerDistrictUncertain: true,
  },
  {
    id: 'binh-phu',
    kind: 'commune',
    names: { vi: 'Bình Phú', en: 'Binh Phu', zh: '平富', ja: 'ビンフー', ko: '빈푸', ru: 'Биньфу' },
    formerDistrict: 'cai-lay',
    formerDistrictUncertain: true,
  },
  {
    id: 'hiep-duc',
    kind: 'commune',
    names: { vi: 'Hiệp Đức', en: 'Hiep Duc', zh: '协德', ja: 'ヒエップドゥック', ko: '히엡득', ru: 'Хьепдык' },
    formerDistrict: 'cai-lay',
  },
  {
    id: 'long-tien',
    kind: 'commune',
    names: { vi: 'Long Tiên', en: 'Long Tien', ja: 'ロンティエン', ko: '롱띠엔', ru: 'Лонгтьен' },
    formerDistrict: 'cai-lay',
    formerDistrictUncertain: true,
  },
  {
    id: 'ngu-hiep',
    kind: 'commune',
    names: { vi: 'Ngũ Hiệp', en: 'Ngu Hiep', zh: '五协', ja: 'グーヒエップ', ko: '응우히엡', ru: 'Нгухьеп' },
    formerDistrict: 'cai-lay',
    formerDistrictUncertain: true,
  },
  {
    id: 'tan-phuoc-1',
    kind: 'commune',
    names: { vi: 'Tân Phước 1', en: 'Tan Phuoc 1', zh: '新福1', ja: 'タンフオック1', ko: '떤프억1', ru: 'Танфыок 1' },
    formerDistrict: 'tan-phuoc',
  },
  {
    id: 'tan-phuoc-2',
    kind: 'commune',
    names: { vi: 'Tân Phước 2', en: 'Tan Phuoc 2', zh: '新福2', ja: 'タンフオック2', ko: '떤프억2', ru: 'Танфыок 2' },
    formerDistrict: 'tan-phuoc',
  },
  {
    id: 'tan-phuoc-3',
    kind: 'commune',
    names: { vi: 'Tân Phước 3', en: 'Tan Phuoc 3', zh: '新福3', ja: 'タンフオック3', ko: '떤프억3', ru: 'Танфыок 3' },
    formerDistrict: 'tan-phuoc',
  },
  {
    id: 'hung-thanh',
    kind: 'commune',
    names: { vi: 'Hưng Thạnh', en: 'Hung Thanh', zh: '兴盛', ja: 'フンタイン', ko: '흥타인', ru: 'Хынгтхань' },
    formerDistrict: 'tan-phuoc',
    formerDistrictUncertain: true,
  },
  {
    id: 'tan-huong',
    kind: 'commune',
    names: { vi: 'Tân Hương', en: 'Tan Huong', zh: '新香', ja: 'タンフオン', ko: '떤흐엉', ru: 'Танхыонг' },
    formerDistrict: 'chau-thanh-tien-giang',
    formerDistrictUncertain: true,
  },
  {
    id: 'chau-thanh',
    kind: 'commune',
    names: { vi: 'Châu Thành', en: 'Chau Thanh', zh: '周城', ja: 'チャウタイン', ko: '쩌우타인', ru: 'Чаутхань' },
    formerDistrict: 'chau-thanh-tien-giang',
  },
  {
    id: 'long-hung',
    kind: 'commune',
    names: { vi: 'Long Hưng', en: 'Long Hung', zh: '隆兴', ja: 'ロンフン', ko: '롱흥', ru: 'Лонгхынг' },
    formerDistrict: 'chau-thanh-tien-giang',
    formerDistrictUncertain: true,
  },
  {
    id: 'long-dinh',
    kind: 'commune',
    names: { vi: 'Long Định', en: 'Long Dinh', zh: '隆定', ja: 'ロンディン', ko: '롱딘', ru: 'Лонгдинь' },
    formerDistrict: 'chau-thanh-tien-giang',
    formerDistrictUncertain: true,
  },
  {
    id: 'binh-trung',
    kind: 'commune',
    names: { vi: 'Bình Trưng', en: 'Binh Trung', ja: 'ビンチュン', ko: '빈쯩', ru: 'Биньчынг' },
    formerDistrict: 'chau-thanh-tien-giang',
    formerDistrictUncertain: true,
  },
  {
    id: 'vinh-kim',
    kind: 'commune',
    names: { vi: 'Vĩnh Kim', en: 'Vinh Kim', zh: '永金', ja: 'ビンキム', ko: '빈낌', ru: 'Виньким' },
    formerDistrict: 'chau-thanh-tien-giang',
    formerDistrictUncertain: true,
  },
  {
    id: 'kim-son',
    kind: 'commune',
    names: { vi: 'Kim Sơn', en: 'Kim Son', zh: '金山', ja: 'キムソン', ko: '낌선', ru: 'Кимшон' },
    formerDistrict: 'chau-thanh-tien-giang',
    formerDistrictUncertain: true,
  },
  {
    id: 'my-tinh-an',
    kind: 'commune',
    names: { vi: 'Mỹ Tịnh An', en: 'My Tinh An', ja: 'ミティンアン', ko: '미띤안', ru: 'Митиньан' },
    formerDistrict: 'cho-gao',
    formerDistrictUncertain: true,
  },
  {
    id: 'luong-hoa-lac',
    kind: 'commune',
    names: { vi: 'Lương Hoà Lạc', en: 'Luong Hoa Lac', zh: '良和乐', ja: 'ルオンホアラック', ko: '르엉호아락', ru: 'Лыонгхоалак' },
    formerDistrict: 'cho-gao',
    formerDistrictUncertain: true,
  },
  {
    id: 'tan-thuan-binh',
    kind: 'commune',
    names: { vi: 'Tân Thuận Bình', en: 'Tan Thuan Binh', zh: '新顺平', ja: 'タントゥアンビン', ko: '떤투언빈', ru: 'Тантхуанбинь' },
    formerDistrict: 'cho-gao',
    formerDistrictUncertain: true,
  },
  { id: 'cho-gao', kind: 'commune', names: { vi: 'Chợ Gạo', en: 'Cho Gao', ja: 'チョーガオ', ko: '쩌가오', ru: 'Чогао' }, formerDistrict: 'cho-gao' },
  {
    id: 'an-thanh-thuy',
    kind: 'commune',
    names: { vi: 'An Thạnh Thuỷ', en: 'An Thanh Thuy', zh: '安盛水', ja: 'アンタイントゥイ', ko: '안타인투이', ru: 'Антханьтхуи' },
    formerDistrict: 'cho-gao',
    formerDistrictUncertain: true,
  },
  {
    id: 'binh-ninh',
    kind: 'commune',
    names: { vi: 'Bình Ninh', en: 'Binh Ninh', zh: '平宁', ja: 'ビンニン', ko: '빈닌', ru: 'Биньнинь' },
    formerDistrict: 'cho-gao',
  },
  {
    id: 'vinh-binh',
    kind: 'commune',
    names: { vi: 'Vĩnh Bình', en: 'Vinh Binh', zh: '永平', ja: 'ビンビン', ko: '빈빈', ru: 'Виньбинь' },
    formerDistrict: 'go-cong-tay',
  },
  { id: 'dong-son', kind: 'commune', names: { vi: 'Đồng Sơn', en: 'Dong Son', ja: 'ドンソン', ko: '동선', ru: 'Донгшон' }, formerDistrict: 'go-cong-tay' },
  {
    id: 'phu-thanh',
    kind: 'commune',
    names: { vi: 'Phú Thành', en: 'Phu Thanh', ja: 'フータイン', ko: '푸타인', ru: 'Футхань' },
    formerDistrict: 'go-cong-tay',
    formerDistrictUncertain: true,
  },
  {
    id: 'long-binh',
    kind: 'commune',
    names: { vi: 'Long Bình', en: 'Long Binh', zh: '隆平', ja: 'ロンビン', ko: '롱빈', ru: 'Лонгбинь' },
    formerDistrict: 'go-cong-tay',
  },
  {
    id: 'tan-hoa',
    kind: 'commune',
    names: { vi: 'Tân Hòa', en: 'Tan Hoa', zh: '新和', ja: 'タンホア', ko: '떤호아', ru: 'Танхоа' },
    formerDistrict: 'go-cong-dong',
  },
  {
    id: 'vinh-huu',
    kind: 'commune',
    names: { vi: 'Vĩnh Hựu', en: 'Vinh Huu', zh: '永佑', ja: 'ビンフウ', ko: '빈흐우', ru: 'Виньхыу' },
    formerDistrict: 'go-cong-tay',
  },
  {
    id: 'go-cong-dong',
    kind: 'commune',
    names: { vi: 'Gò Công Đông', en: 'Go Cong Dong', zh: '鹅贡东', ja: 'ゴーコンドン', ko: '고꽁동', ru: 'Гоконгдонг' },
    formerDistrict: 'go-cong-dong',
  },
  {
    id: 'tan-dien',
    kind: 'commune',
    names: { vi: 'Tân Điền', en: 'Tan Dien', zh: '新田', ja: 'タンディエン', ko: '떤디엔', ru: 'Тандьен' },
    formerDistrict: 'go-cong-dong',
  },
  {
    id: 'tan-dong',
    kind: 'commune',
    names: { vi: 'Tân Đông', en: 'Tan Dong', zh: '新东', ja: 'タンドン', ko: '떤동', ru: 'Тандонг' },
    formerDistrict: 'go-cong-dong',
  },
  {
    id: 'gia-thuan',
    kind: 'commune',
    names: { vi: 'Gia Thuận', en: 'Gia Thuan', zh: '嘉顺', ja: 'ザートゥアン', ko: '자투언', ru: 'Зятхуан' },
    formerDistrict: 'go-cong-dong',
  },
  { id: 'tan-thoi', kind: 'commune', names: { vi: 'Tân Thới', en: 'Tan Thoi', ja: 'タントイ', ko: '떤터이', ru: 'Тантхой' }, formerDistrict: 'tan-phu-dong' },
  {
    id: 'tan-phu-dong',
    kind: 'commune',
    names: { vi: 'Tân Phú Đông', en: 'Tan Phu Dong', zh: '新富东', ja: 'タンフードン', ko: '떤푸동', ru: 'Танфудонг' },
    formerDistrict: 'tan-phu-dong',
  },
] as const satisfies readonly Area[];

/** Id of a commune-level unit. */
export type AreaId = (typeof areas)[number]['id'];
