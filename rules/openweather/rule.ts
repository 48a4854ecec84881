import type { Rule } from '../types.js';

// openweather-api-key: https://openweathermap.org/appid
export const rules: Rule[] = [
  {
    id: 'openweather-api-key',
    description: 'OpenWeather API key (32 hex) assigned to an OpenWeather key setting',
    severity: 'low',
    regex:
      /\b(?:OPENWEATHER_API_KEY|OPENWEATHERMAP_API_KEY|OWM_API_KEY)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([a-f0-9]{32})(?:[^A-Za-z0-9]|$)/i,
    keywords: ['openweather_api_key', 'openweathermap_api_key', 'owm_api_key'],
    entropy: 3,
    tags: ['openweather', 'weather', 'api-key'],
  },
];
