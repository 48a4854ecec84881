import { ALNUM, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const atlasServiceAccountSecret = (): string => join('mdb_sa_sk_', rand(ALNUM, 40));
  return {
    'mongodb-atlas-service-account-secret': (() => {
      const [a, b, c] = [atlasServiceAccountSecret(), atlasServiceAccountSecret(), atlasServiceAccountSecret()];
      return {
        truePositives: [
          { text: `MONGODB_ATLAS_CLIENT_SECRET=${a}`, secret: a },
          { text: `{"token": "${b}"}`, secret: b },
          { text: `client = Client(credential='${c}')`, secret: c },
        ],
        falsePositives: [{ text: `ref = "${join('mdb_sa_sk_', rand(ALNUM, 30))}"` }, { text: `ref = "Q${a}"` }],
      };
    })(),
  };
}
