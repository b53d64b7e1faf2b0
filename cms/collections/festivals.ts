import type { CollectionDefinition } from '../types.ts';

export const festivals: CollectionDefinition = {
  name: 'festivals',
  label: ['Lễ hội', 'Festivals'],
  labelSingular: ['lễ hội', 'festival'],
  description: ['Lễ hội, sự kiện văn hoá và thể thao trong năm, kèm lịch và bản đồ.', 'Festivals and cultural or sports events, with dates and a map.'],
  fields: {
    dateRule: ['Thời gian tổ chức', 'When it happens'],
    'dateRule.calendar': ['Loại lịch', 'Calendar'],
    'dateRule.start': ['Ngày bắt đầu', 'First day'],
    'dateRule.end': ['Ngày kết thúc', 'Last day'],
    'dateRule.yearly': ['Lặp lại cùng ngày mỗi năm', 'Same day every year'],
    'dateRule.month': ['Tháng âm lịch', 'Lunar month'],
    'dateRule.day': ['Ngày âm lịch', 'Lunar day'],
    'dateRule.leapMonth': ['Thuộc tháng nhuận', 'In the leap month'],
    'dateRule.durationDays': ['Số ngày diễn ra', 'Number of days'],
    organizer: ['Đơn vị tổ chức', 'Organiser'],
    highlights: ['Điểm nhấn', 'Highlights'],
    programme: ['Chương trình', 'Programme'],
    'programme.when': ['Thời gian', 'When'],
    'programme.what': ['Hoạt động', 'What happens'],
    tips: ['Lời khuyên cho du khách', 'Tips for visitors'],
    status: ['Tình trạng', 'Status'],
  },
  hints: {
    dateRule: [
      'Chọn "Dương lịch" cho ngày cố định, hoặc "Âm lịch" cho lễ hội theo ngày âm (trang web tự tính ngày dương lịch mỗi năm).',
      'Choose Gregorian for a fixed date, or lunar for a festival on a lunar day (the site works out the Gregorian date every year).',
    ],
    'programme.when': ['Ví dụ: "26/12, 19:30" hoặc "Cả ngày".', 'For example "26/12, 19:30" or "All day".'],
  },
  options: {
    'dateRule.calendar': { gregorian: ['Dương lịch', 'Gregorian'], lunar: ['Âm lịch', 'Lunar'] },
    status: {
      scheduled: ['Diễn ra như kế hoạch', 'Scheduled'],
      postponed: ['Tạm hoãn', 'Postponed'],
      cancelled: ['Huỷ', 'Cancelled'],
      rescheduled: ['Đổi ngày', 'Rescheduled'],
    },
  },
  multiline: ['programme.what', 'tips'],
  summary: '{{title}}',
  sortable: ['title'],
};
