import { ALNUM, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const token = (): string => join(rand(ALNUM, 30), '7q');
  const [a, b, c, d] = [token(), token(), token(), token()];
  const weak = join('Summer', 'Deploy', '2024!');
  return {
    'frontend-env-secret': {
      truePositives: [
        // the built bundle: webpack/Vite replace process.env with an object literal
        {
          text: `var o={NODE_ENV:"production",PUBLIC_URL:"",REACT_APP_PAYMENTS_SECRET:"${a}",REACT_APP_API_BASE:"/api"};`,
          secret: a,
          path: 'build/static/js/main.4f2a9c1e.js',
        },
        { text: `const cfg = { VITE_ADMIN_TOKEN: '${b}' };`, secret: b, path: 'src/config.ts' },
        { text: `      NEXT_PUBLIC_OPENSEARCH_API_KEY: ${c}\n`, secret: c, path: 'deploy/values.yaml' },
        { text: `ARG REACT_APP_ADMIN_PASSWORD=${weak}\n`, secret: weak, path: 'Dockerfile' },
        { text: `"EXPO_PUBLIC_SUPPORT_ACCESS_KEY": "${d}"`, secret: d, path: 'app.json' },
      ],
      falsePositives: [
        { text: `REACT_APP_STRIPE_PUBLISHABLE_KEY:"${a}"`, path: 'build/static/js/main.js' },
        { text: 'REACT_APP_API_TOKEN:process.env.REACT_APP_API_TOKEN', path: 'src/env.js' },
        { text: 'VITE_API_KEY: "${VITE_API_KEY}"', path: 'docker-compose.yml' },
        { text: 'NEXT_PUBLIC_AUTH_TOKEN_URL: "https://auth.acme.io/token"', path: 'next.config.js' },
        { text: 'REACT_APP_ADMIN_PASSWORD="changeme"', path: 'Dockerfile' },
        { text: 'REACT_APP_API_KEY="<your-api-key>"', path: 'README.md' },
        { text: `GATSBY_SECRET_KEY_ID: "${b}"`, path: 'gatsby-config.js' },
      ],
    },
  };
}
