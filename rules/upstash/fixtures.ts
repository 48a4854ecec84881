import { ALNUM, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const redisRestToken = (): string => join('AY', rand(ALNUM, 70), '=');
  return {
    'upstash-redis-rest-token': (() => {
      const [a, b, c] = [redisRestToken(), redisRestToken(), redisRestToken()];
      return {
        truePositives: [
          { text: `UPSTASH_REDIS_REST_TOKEN=${a}`, secret: a },
          { text: `upstash_token: "${b}"`, secret: b },
          { text: `upstashRedisToken = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `UPSTASH_REDIS_REST_TOKEN=\${UPSTASH_REDIS_REST_TOKEN}` },
          { text: `UPSTASH_REDIS_REST_TOKEN=<your-upstash-key>` },
        ],
      };
    })(),
  };
}
