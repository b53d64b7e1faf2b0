import type { CollectionDefinition } from '../types.ts';

export const pages: CollectionDefinition = {
  name: 'pages',
  label: ['Trang thông tin', 'Pages'],
  labelSingular: ['trang', 'page'],
  description: ['Trang giới thiệu, liên hệ, điều khoản… liên kết ở chân trang.', 'About, contact, terms and other pages linked from the footer.'],
  fields: {
    inFooter: ['Hiện liên kết ở chân trang', 'Link from the footer'],
    showContact: ['Hiện thông tin liên hệ dưới nội dung', 'Show contact details under the text'],
  },
  summary: '{{title}}',
  sortable: ['title'],
};
