import type { CollectionDefinition } from '../types.ts';

export const news: CollectionDefinition = {
  name: 'news',
  label: ['Tin tức', 'News'],
  labelSingular: ['tin', 'news item'],
  description: [
    'Thông cáo báo chí, thông báo, tin hoạt động và đính chính. Tin mới hiện ở trang chủ, nguồn tin RSS, bản tin tháng và màn hình điện tử.',
    'Press releases, announcements, event reports and corrections. New items appear on the home page, in the feeds, the monthly bulletin and on the screens.',
  ],
  fields: {
    date: ['Ngày đăng', 'Date of publication'],
    category: ['Chuyên mục', 'Category'],
    tags: ['Từ khóa', 'Tags'],
    related: ['Nội dung liên quan', 'Related entries'],
    'related.festivals': ['Lễ hội liên quan', 'Related festivals'],
    'related.products': ['Sản phẩm OCOP liên quan', 'Related OCOP products'],
    'related.opportunities': ['Dự án kêu gọi đầu tư liên quan', 'Related investment projects'],
    corrects: ['Tin được đính chính', 'Item this corrects'],
    spokesperson: ['Người phát ngôn, liên hệ báo chí', 'Spokesperson (press contact)'],
    'spokesperson.name': ['Họ và tên', 'Full name'],
    'spokesperson.role': ['Chức vụ, đơn vị', 'Position and office'],
    'spokesperson.phone': ['Điện thoại', 'Phone'],
    'spokesperson.email': ['Email', 'Email'],
  },
  hints: {
    date: [
      'Tin được xếp theo ngày này, mới nhất trước, và vào bản tin của tháng đó.',
      'Items are listed by this day, newest first, and go into that month’s bulletin.',
    ],
    corrects: [
      'Chỉ dùng cho tin chuyên mục "Đính chính": ghi tên tệp của tin cần đính chính (ví dụ hop-bao-quy-3-2026). Tin gốc sẽ tự hiện liên kết tới bản đính chính.',
      'Only for a correction: the file name of the item it corrects (for example hop-bao-quy-3-2026). That item then links to the correction.',
    ],
    related: [
      'Ghi tên tệp của lễ hội, sản phẩm hoặc dự án (ví dụ le-hoi-sen). Trang tin sẽ hiện liên kết tới chúng.',
      'The file names of festivals, products or projects (for example le-hoi-sen). The item links to them.',
    ],
  },
  options: { category: 'newsCategory' },
  summary: '{{date}} – {{title}}',
  sortable: ['date', 'title'],
};
