/** Labels for the fields every collection has, and for parts several collections share. */
import { areas, formerDistricts, type AreaNames } from '../../src/config/areas.ts';
import { logisticsHubIds, logisticsHubs } from '../../src/config/province.ts';
import { useTranslations } from '../../src/i18n/createTranslator.ts';
import type { Label, OptionLabels } from '../types.ts';
import { areaLabel } from '../../src/utils/areas.ts';

/** The logistics hubs of src/config/province.ts that parks give distances to. */
export const hubOptions: Readonly<Record<string, Label>> = Object.fromEntries(
  logisticsHubIds.map((hub) => [hub, [logisticsHubs[hub].names.vi, logisticsHubs[hub].names.en]]),
);

/**
 * The communes and wards of src/config/areas.ts, each with the district it belonged to until
 * June 2025, because staff still know many places by their old district.
 */
const [viT, enT] = [useTranslations('vi'), useTranslations('en')];
export const areaOptions: Readonly<Record<string, Label>> = Object.fromEntries(
  areas.map((area) => {
    const former = formerDistricts[area.formerDistrict].names;
    return [
      area.id,
      [`${areaLabel(area.id, 'vi', viT)} (${former.vi} cũ)`, `${areaLabel(area.id, 'en', enT)} (former ${(former as AreaNames).en ?? former.vi})`],
    ];
  }),
);

const placeFields = (root: string): Record<string, Label> => ({
  [root]: ['Địa điểm', 'Location'],
  [`${root}.name`]: ['Tên địa điểm', 'Name of the place'],
  [`${root}.area`]: ['Xã, phường', 'Commune or ward'],
  [`${root}.address`]: ['Địa chỉ', 'Address'],
  [`${root}.coordinates`]: ['Toạ độ trên bản đồ', 'Map coordinates'],
  [`${root}.coordinates.lat`]: ['Vĩ độ (lat)', 'Latitude'],
  [`${root}.coordinates.lng`]: ['Kinh độ (lng)', 'Longitude'],
});

export const commonFields: Readonly<Record<string, Label>> = {
  title: ['Tiêu đề', 'Title'],
  description: ['Mô tả ngắn', 'Short description'],
  images: ['Ảnh', 'Images'],
  'images.src': ['Tệp ảnh', 'Image file'],
  'images.alt': ['Mô tả ảnh cho người không nhìn thấy (alt)', 'Text alternative (alt)'],
  'images.credit': ['Nguồn ảnh, tác giả', 'Credit'],
  'images.licence': ['Giấy phép sử dụng lại', 'Licence for reuse'],
  videos: ['Video', 'Videos'],
  'videos.title': ['Tên video', 'Title of the clip'],
  'videos.src': ['Tệp video (MP4, WebM) hoặc địa chỉ YouTube, Facebook, TikTok', 'Clip file (MP4, WebM) or a YouTube, Facebook or TikTok address'],
  'videos.poster': ['Ảnh đại diện (hiện trước khi phát)', 'Poster (shown before play)'],
  'videos.captions': ['Phụ đề WebVTT theo ngôn ngữ', 'WebVTT captions by language'],
  'videos.durationSeconds': ['Thời lượng (giây)', 'Length (seconds)'],
  'videos.uploaded': ['Ngày đăng video', 'Date published'],
  'videos.credit': ['Đơn vị thực hiện', 'Credit'],
  'videos.licence': ['Giấy phép sử dụng lại', 'Licence for reuse'],
  updated: ['Ngày rà soát nội dung', 'Last reviewed'],
  draft: ['Bản nháp (chưa hiện trên trang)', 'Draft (hidden from the site)'],
  sampleData: ['Có số liệu minh hoạ (hiện nhãn "dữ liệu mẫu")', 'Contains sample figures (shows a "sample data" badge)'],
  body: ['Nội dung', 'Body'],
  ...placeFields('place'),
  ...placeFields('location'),
  coordinates: ['Toạ độ trên bản đồ', 'Map coordinates'],
  'coordinates.lat': ['Vĩ độ (lat)', 'Latitude'],
  'coordinates.lng': ['Kinh độ (lng)', 'Longitude'],
  contact: ['Liên hệ', 'Contact'],
  'contact.name': ['Đơn vị hoặc người liên hệ', 'Office or person'],
  'contact.phone': ['Điện thoại', 'Phone'],
  'contact.email': ['Email', 'Email'],
};

export const commonHints: Readonly<Record<string, Label>> = {
  description: [
    'Một hai câu, tối đa 300 ký tự. Dùng trong danh sách, kết quả tìm kiếm và khi chia sẻ.',
    'One or two sentences, at most 300 characters. Used in lists, search results and when shared.',
  ],
  images: [
    'Ảnh đầu tiên là ảnh lớn đầu trang. Ở các bản dịch chỉ cần viết lại phần mô tả ảnh; tệp ảnh lấy từ bản tiếng Việt.',
    'The first image is the large one at the top. Translations only rewrite the descriptions; the files come from the Vietnamese version.',
  ],
  'images.alt': [
    'Tả điều người xem thấy trong ảnh, bằng ngôn ngữ đang soạn. Bắt buộc ở mọi ngôn ngữ.',
    'Describe what the picture shows, in the language being edited. Required in every language.',
  ],
  'place.coordinates': [
    'Lấy từ bản đồ: nhấp chuột phải vào địa điểm trên OpenStreetMap hoặc Google Maps.',
    'Right-click the place on OpenStreetMap or Google Maps to copy them.',
  ],
  'location.coordinates': [
    'Lấy từ bản đồ: nhấp chuột phải vào địa điểm trên OpenStreetMap hoặc Google Maps.',
    'Right-click the place on OpenStreetMap or Google Maps to copy them.',
  ],
  body: [
    'Văn bản thường: tiêu đề mục, đoạn văn, danh sách, chữ đậm, liên kết. Ảnh, bản đồ và các ô thông tin được nhập ở các trường riêng phía trên.',
    'Plain text: headings, paragraphs, lists, bold and links. Images, the map and fact boxes come from the fields above.',
  ],
  sampleData: [
    'Bật khi trang có con số hoặc ngày tháng chưa được xác nhận chính thức.',
    'Turn on when the page has figures or dates not yet officially confirmed.',
  ],
};

export const commonOptions: Readonly<Record<string, OptionLabels>> = {
  'images.licence': 'licence',
  'videos.licence': 'licence',
  'place.area': areaOptions,
  'location.area': areaOptions,
};
