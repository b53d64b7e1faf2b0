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
    category: [
      'Chọn "Đính chính" cho tin sửa lại thông tin của một tin đã đăng, rồi chọn tin đó ở ô "Tin được đính chính".',
      'Choose "Correction" for an item that corrects one already published, then pick that item under "Item this corrects".',
    ],
    corrects: [
      'Chỉ dùng cho tin chuyên mục "Đính chính": gõ vài chữ trong tiêu đề của tin cần đính chính rồi chọn tin đó. Tin gốc sẽ tự hiện liên kết tới bản đính chính.',
      'Only for a correction: type a few words of the title of the item it corrects and pick it. That item then links to the correction.',
    ],
    related: [
      'Gõ vài chữ trong tên lễ hội, sản phẩm hoặc dự án rồi chọn trong danh sách; có thể chọn nhiều mục. Trang tin sẽ hiện liên kết tới chúng.',
      'Type a few words of the name of a festival, product or project and pick it from the list; several may be chosen. The item links to them.',
    ],
    spokesperson: [
      'Người trả lời câu hỏi của phóng viên về tin này. Số điện thoại và email hiện trên trang tin.',
      'Who answers journalists’ questions about this item. The phone number and email are shown on the page.',
    ],
  },
  options: { category: 'newsCategory' },
  relations: {
    'related.festivals': 'festivals',
    'related.products': 'products',
    'related.opportunities': 'opportunities',
    corrects: 'news',
  },
  summary: '{{date}} – {{title}}',
  sortable: ['date', 'title'],
};
