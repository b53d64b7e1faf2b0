import type { CollectionDefinition } from '../types.ts';

export const infographics: CollectionDefinition = {
  name: 'infographics',
  label: ['Infographic', 'Infographics'],
  labelSingular: ['infographic', 'infographic'],
  description: [
    'Ảnh infographic kèm toàn bộ số liệu dưới dạng chữ, để ai cũng đọc được và báo chí tải về.',
    'An infographic with all its figures as text, so that everyone can read them and the press can download it.',
  ],
  fields: {
    date: ['Ngày công bố số liệu', 'Date the figures were published'],
    figures: ['Các số liệu trong hình', 'The figures in the picture'],
    'figures.label': ['Nội dung', 'What is counted'],
    'figures.value': ['Số liệu', 'Figure'],
    'figures.note': ['Ghi chú', 'Note'],
    source: ['Nguồn số liệu', 'Source of the figures'],
  },
  hints: {
    images: [
      'Ảnh đầu tiên là infographic, ở kích thước gốc (người đọc tải được bản gốc). Bản dịch chỉ viết lại mô tả ảnh.',
      'The first picture is the infographic at full size (readers can download the original). Translations only rewrite the description.',
    ],
    figures: [
      'Ghi lại mọi con số có trong hình, mỗi số một dòng, để người không xem được ảnh vẫn có đủ thông tin.',
      'Write every figure the picture shows, one per line, so that people who cannot see it get the same facts.',
    ],
  },
  summary: '{{date}} – {{title}}',
  sortable: ['date', 'title'],
};
