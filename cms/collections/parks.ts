import type { CollectionDefinition } from '../types.ts';
import { hubOptions } from './common.ts';

export const parks: CollectionDefinition = {
  name: 'parks',
  label: ['Khu, cụm công nghiệp', 'Industrial parks'],
  labelSingular: ['khu, cụm công nghiệp', 'industrial park'],
  description: [
    'Khu và cụm công nghiệp: diện tích, lấp đầy, hạ tầng, giá thuê, giao thông.',
    'Industrial parks and clusters: area, occupancy, infrastructure, rent and logistics.',
  ],
  fields: {
    kind: ['Loại hình', 'Kind'],
    status: ['Tình trạng', 'Status'],
    areaHa: ['Diện tích quy hoạch (ha)', 'Planned area (ha)'],
    occupancyPercent: ['Tỷ lệ lấp đầy (%)', 'Occupancy (%)'],
    sectors: ['Ngành nghề thu hút', 'Target sectors'],
    infrastructure: ['Hạ tầng kỹ thuật', 'Infrastructure'],
    landRent: ['Giá thuê đất', 'Land rent'],
    'landRent.amountVnd': ['Giá (đồng/m²)', 'Price (VND per m²)'],
    'landRent.per': ['Tính theo', 'Charged'],
    'landRent.note': ['Điều kiện giá', 'Conditions'],
    logistics: ['Giao thông, logistics', 'Logistics'],
    'logistics.roads': ['Đường bộ', 'Roads'],
    'logistics.riverPorts': ['Cảng sông', 'River ports'],
    'logistics.distances': ['Khoảng cách đường bộ', 'Road distances'],
    'logistics.distances.to': ['Đến', 'To'],
    'logistics.distances.km': ['Số km', 'Kilometres'],
    developer: ['Chủ đầu tư hạ tầng', 'Infrastructure developer'],
  },
  hints: {
    'logistics.distances': [
      'Một dòng cho mỗi đầu mối trong cấu hình tỉnh (src/config/province.ts).',
      'One line for each hub in the province configuration (src/config/province.ts).',
    ],
    landRent: ['Để trống nếu chưa công bố giá; trang web sẽ ghi "Liên hệ".', 'Leave empty if no price is published; the site then says "on request".'],
  },
  options: {
    kind: 'parkKind',
    status: 'parkStatus',
    sectors: 'sector',
    'landRent.per': { year: ['Mỗi năm', 'Per year'], term: ['Cả thời hạn thuê', 'For the whole term'] },
    'logistics.distances.to': hubOptions,
  },
  summary: '{{title}}',
  sortable: ['title', 'areaHa'],
};
