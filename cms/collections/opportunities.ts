import type { CollectionDefinition } from '../types.ts';

export const opportunities: CollectionDefinition = {
  name: 'opportunities',
  label: ['Dự án kêu gọi đầu tư', 'Investment opportunities'],
  labelSingular: ['dự án', 'project'],
  description: ['Danh mục dự án kêu gọi đầu tư, có vốn, diện tích và bản đồ.', 'Projects open to investors, with capital, area and a map.'],
  fields: {
    sector: ['Lĩnh vực', 'Sector'],
    areaHa: ['Diện tích (ha)', 'Area (ha)'],
    capitalVnd: ['Tổng vốn dự kiến (đồng)', 'Estimated capital (VND)'],
    form: ['Hình thức đầu tư', 'Form of investment'],
    status: ['Tình trạng', 'Status'],
  },
  hints: {
    capitalVnd: ['Ghi số đồng, không dấu chấm: 1200000000000 là 1.200 tỷ đồng.', 'In dong, digits only: 1200000000000 is 1,200 billion dong.'],
  },
  options: { sector: 'sector', form: 'form', status: 'status' },
  summary: '{{title}}',
  sortable: ['title', 'capitalVnd'],
};
