import type { CollectionDefinition } from '../types.ts';

export const handbook: CollectionDefinition = {
  name: 'handbook',
  label: ['Cẩm nang đầu tư', 'Investment handbook'],
  labelSingular: ['chương cẩm nang', 'handbook chapter'],
  description: ['Các chương của cẩm nang đầu tư, đọc trên web và tải PDF.', 'Chapters of the investment handbook, read online and as a PDF.'],
  fields: {
    order: ['Thứ tự chương', 'Chapter number'],
    includes: ['Dữ liệu kèm theo chương', 'Data shown after the text'],
  },
  hints: {
    includes: [
      'Bảng chính sách, dự án, khu công nghiệp hoặc thông tin liên hệ được lấy tự động từ các mục khác, không cần gõ lại.',
      'Incentive, project, park or contact tables are taken from the other collections, so nothing is typed twice.',
    ],
  },
  options: {
    includes: {
      incentives: ['Chính sách ưu đãi', 'Incentives'],
      opportunities: ['Dự án kêu gọi đầu tư', 'Opportunities'],
      parks: ['Khu, cụm công nghiệp', 'Industrial parks'],
      contacts: ['Liên hệ', 'Contacts'],
    },
  },
  summary: '{{order}}. {{title}}',
  sortable: ['order', 'title'],
};
