import type { Rule } from '../types.js';

// cloudinary-url: https://cloudinary.com/documentation/how_to_integrate_cloudinary#the_cloudinary_url
export const rules: Rule[] = [
  {
    id: 'cloudinary-url',
    description: 'Cloudinary URL with API key and secret (`cloudinary://key:secret@cloud`)',
    severity: 'high',
    regex: /\bcloudinary:\/\/[0-9]{15}:([A-Za-z0-9_-]{27})@[A-Za-z0-9_-]{1,64}/,
    secretGroup: 1,
    keywords: ['cloudinary://'],
    entropy: 3,
    tags: ['cloudinary', 'media', 'api-key'],
  },
];
