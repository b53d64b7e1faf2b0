/** Labels for the fields every collection has, and for parts several collections share. */
import { areas, formerDistricts, type AreaNames } from '../../src/config/areas.ts';
import { localeCodes } from '../../src/config/locales.ts';
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

/** One caption file per site language, labelled with the language's name in each interface language. */
const languageNames = (ui: string) => new Intl.DisplayNames([ui], { type: 'language' });
const captionFields: Record<string, Label> = Object.fromEntries(
  localeCodes.map((code) => [`videos.captions.${code}`, [`${languageNames('vi').of(code)} (${code})`, `${languageNames('en').of(code)} (${code})`]]),
);
const captionHints: Record<string, Label> = Object.fromEntries(localeCodes.map((code) => [`videos.captions.${code}`, ['WebVTT (.vtt)', 'WebVTT (.vtt)']]));

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
  ...captionFields,
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
  videos: [
    'Mỗi video cần tên, ảnh đại diện, thời lượng và ngày đăng. Ở các bản dịch chỉ cần viết lại tên video (và đơn vị thực hiện); tệp, ảnh và phụ đề lấy từ bản tiếng Việt.',
    'Each video needs a title, a poster, its length and the date it was published. Translations only rewrite the title (and the credit); the file, poster and captions come from the Vietnamese version.',
  ],
  'videos.src': [
    'Có hai cách. Video của đơn vị: bấm "Chọn một tập tin", tải lên hoặc chọn tệp MP4 hay WebM trong thư viện. Video đã đăng trên mạng: bấm "Chèn từ URL" rồi dán địa chỉ video trên YouTube, Facebook hoặc TikTok (ví dụ https://www.youtube.com/watch?v=…). Video YouTube, Facebook, TikTok chỉ được tải và phát khi người đọc bấm nút phát; trước đó trang chỉ hiện ảnh đại diện và không kết nối tới các trang đó.',
    'Two ways. Your own clip: click "Choose a file" and upload or pick an MP4 or WebM file from the library. A video already online: click "Insert from URL" and paste its address on YouTube, Facebook or TikTok (for example https://www.youtube.com/watch?v=…). YouTube, Facebook and TikTok videos load and play only after the reader clicks play; until then the page shows the poster and contacts none of those sites.',
  ],
  'videos.poster': [
    'Bắt buộc. Ảnh hiện thay cho video cho đến khi người đọc bấm phát, nên trang tải nhanh và không lấy gì từ YouTube, Facebook hay TikTok trước khi người đọc đồng ý.',
    'Required. It stands in for the video until the reader clicks play, so the page loads fast and fetches nothing from YouTube, Facebook or TikTok before the reader chooses to.',
  ],
  'videos.captions': [
    'Với tệp video tải lên: bắt buộc có phụ đề tiếng Việt, nên có thêm các ngôn ngữ khác, để người khiếm thính và người xem ở nơi ồn hoặc tắt tiếng vẫn theo dõi được. Video YouTube, Facebook, TikTok không dùng các ô này: phụ đề đăng kèm video trên trang đó.',
    'For an uploaded clip: Vietnamese captions are required, other languages are welcome, so that deaf viewers and people watching with the sound off can follow. YouTube, Facebook and TikTok videos do not use these fields: their captions are uploaded with the video there.',
  ],
  ...captionHints,
  'videos.durationSeconds': ['Tính bằng giây, ví dụ 2 phút 5 giây là 125.', 'In seconds, for example 2 min 5 s is 125.'],
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
