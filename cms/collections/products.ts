import type { CollectionDefinition } from '../types.ts';
import { areaOptions } from './common.ts';

export const products: CollectionDefinition = {
  name: 'products',
  label: ['Sản phẩm OCOP', 'OCOP products'],
  labelSingular: ['sản phẩm OCOP', 'OCOP product'],
  description: [
    'Sản phẩm được công nhận OCOP 3 đến 5 sao, với chủ thể và nơi mua.',
    'Products certified OCOP 3 to 5 stars, with their producer and where to buy them.',
  ],
  fields: {
    category: ['Nhóm sản phẩm', 'Category'],
    stars: ['Hạng sao OCOP', 'OCOP stars'],
    certification: ['Quyết định công nhận', 'Certification'],
    'certification.decision': ['Số quyết định', 'Decision number'],
    'certification.year': ['Năm công nhận', 'Year'],
    producer: ['Chủ thể sản xuất', 'Producer'],
    'producer.name': ['Tên chủ thể', 'Name'],
    'producer.type': ['Loại hình', 'Kind'],
    'producer.area': ['Xã, phường', 'Commune or ward'],
    'producer.address': ['Địa chỉ', 'Address'],
    'producer.phone': ['Điện thoại', 'Phone'],
    'producer.email': ['Email', 'Email'],
    'producer.website': ['Trang web', 'Website'],
    'producer.zalo': ['Số hoặc ID Zalo', 'Zalo number or ID'],
    whereToBuy: ['Nơi mua', 'Where to buy'],
    'whereToBuy.name': ['Tên nơi bán', 'Name'],
    'whereToBuy.kind': ['Loại nơi bán', 'Kind'],
    'whereToBuy.url': ['Đường dẫn', 'Link'],
    'whereToBuy.address': ['Địa chỉ', 'Address'],
    seasonality: ['Mùa vụ', 'Season'],
    packaging: ['Quy cách đóng gói', 'Packaging'],
    shelfLife: ['Hạn dùng, bảo quản', 'Shelf life and storage'],
  },
  hints: {
    'certification.decision': ['Ví dụ: 1234/QĐ-UBND.', 'For example 1234/QĐ-UBND.'],
    'producer.phone': ['Ghi theo dạng quốc tế, ví dụ +84 277 385 1234.', 'In international form, for example +84 277 385 1234.'],
  },
  options: {
    category: 'category',
    stars: { '3': ['3 sao', '3 stars'], '4': ['4 sao', '4 stars'], '5': ['5 sao (cấp quốc gia)', '5 stars (national)'] },
    'producer.type': 'producerType',
    'producer.area': areaOptions,
    'whereToBuy.kind': 'product.outlet',
  },
  summary: '{{title}} ({{stars}}★)',
  sortable: ['title', 'stars'],
};
