// Arabic.
import type { Messages } from './format.js';

export const ar: Messages = {
  'feed.loading': 'جارٍ التحميل…',
  'feed.error': 'عذرًا، تعذّر تحميل هذا المحتوى الآن.',
  'feed.errorDetails': 'تفاصيل لمسؤول الموقع',
};
