import type { CollectionDefinition } from '../types.ts';

export const destinations: CollectionDefinition = {
  name: 'destinations',
  label: ['Điểm đến', 'Destinations'],
  labelSingular: ['điểm đến', 'destination'],
  description: ['Điểm tham quan, di tích, làng nghề, với hướng dẫn đi lại và bản đồ.', 'Sights, heritage sites and craft villages, with directions and a map.'],
  fields: {
    practical: ['Thông tin thiết thực', 'Practical information'],
    'practical.gettingThere': ['Cách đi đến', 'Getting there'],
    'practical.bestSeason': ['Thời điểm đẹp nhất', 'Best season'],
    'practical.openingHours': ['Giờ mở cửa', 'Opening hours'],
    'practical.tickets': ['Giá vé', 'Tickets'],
  },
  multiline: ['practical.gettingThere'],
  summary: '{{title}}',
  sortable: ['title'],
};
