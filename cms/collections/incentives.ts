import type { CollectionDefinition } from '../types.ts';

export const incentives: CollectionDefinition = {
  name: 'incentives',
  label: ['Chính sách ưu đãi', 'Incentives'],
  labelSingular: ['chính sách ưu đãi', 'incentive'],
  description: ['Chính sách hỗ trợ, ưu đãi đầu tư, mỗi chính sách theo một văn bản.', 'Investment support policies, one legal document each.'],
  fields: {
    legalReference: ['Văn bản', 'Legal document'],
    'legalReference.number': ['Số hiệu', 'Number'],
    'legalReference.date': ['Ngày ban hành', 'Date issued'],
    'legalReference.issuer': ['Cơ quan ban hành', 'Issued by'],
    sectors: ['Lĩnh vực (dùng để lọc)', 'Sectors (for filtering)'],
    coverage: ['Lĩnh vực, địa bàn áp dụng', 'Sectors and areas covered'],
    eligibility: ['Đối tượng được hưởng', 'Who can apply'],
    support: ['Nội dung hỗ trợ', 'Support given'],
    'support.type': ['Loại hỗ trợ', 'Kind of support'],
    'support.detail': ['Chi tiết', 'Detail'],
    howToApply: ['Các bước đề nghị hỗ trợ', 'How to apply'],
    documentUrl: ['Đường dẫn văn bản gốc', 'Link to the original document'],
  },
  hints: {
    documentUrl: [
      'Đường dẫn https://, hoặc tệp PDF đặt trong thư mục public/ (ví dụ /documents/296-2019.pdf).',
      'An https:// link, or a PDF under public/ (for example /documents/296-2019.pdf).',
    ],
  },
  options: { sectors: 'sector', 'support.type': 'support' },
  multiline: ['coverage', 'eligibility', 'support.detail', 'howToApply'],
  summary: '{{title}}',
  sortable: ['title'],
};
