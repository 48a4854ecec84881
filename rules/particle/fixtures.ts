import { HEX, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const accessToken = (): string => rand(HEX, 40);
  const url = rand(HEX, 40);
  return {
    'particle-access-token': (() => {
      const [a, b, c] = [accessToken(), accessToken(), accessToken()];
      return {
        truePositives: [
          { text: `PARTICLE_ACCESS_TOKEN=${a}`, secret: a },
          { text: `particle_token: "${b}"`, secret: b },
          { text: `particleToken = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `PARTICLE_ACCESS_TOKEN=\${PARTICLE_ACCESS_TOKEN}` },
          { text: `PARTICLE_ACCESS_TOKEN=<your-particle-key>` },
        ],
      };
    })(),
    'particle-access-token-url': {
      truePositives: [
        { text: `curl "https://api.particle.io/v1/devices/events?access_token=${url}"`, secret: url },
        { text: `fetch('https://api.particle.io/v1/devices?format=json&access_token=${url}')`, secret: url },
      ],
      falsePositives: [{ text: 'https://api.particle.io/v1/devices?access_token=<access_token>' }],
    },
  };
}
