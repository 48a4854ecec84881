import { ALNUM, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const [p1, p2, p3, p4] = [rand(ALNUM, 14), rand(ALNUM, 18), rand(ALNUM, 12), rand(ALNUM, 20)];
  return {
    'url-credentials': {
      truePositives: [
        { text: `const API_URL = "https://deploy:${p1}@artifacts.internal.example.net/repo";`, secret: p1 },
        { text: `lftp ftp://backup:${p2}@ftp.example.org/nightly`, secret: p2 },
        { text: `export https_proxy=http://proxyuser:${p3}@proxy.corp:3128`, secret: p3 },
        { text: `git clone https://oauth2:${p4}@gitlab.example.com/group/repo.git`, secret: p4 },
        { text: `- markdown [mirror](https://mirror-bot:${p1}@mirror.example.com)`, secret: p1 },
      ],
      falsePositives: [
        { text: join('This URL: https://user:', 'pass@example.com includes credential.') },
        { text: 'const API_URL = "https://${username}:${password}@api.example.com/v1";' },
        { text: 'const TEMPLATE_URL = "https://{USER}:{PASS}@template.example.com";' },
        { text: 'const DOC_URL = "https://YOUR_USERNAME:YOUR_PASSWORD@api.service.com";' },
        { text: 'const LOCAL_URL = "https://dbuser:password@127.0.0.1:3000/";' },
        { text: 'const SHORT_URL = "https://user:abc@api.com/v1";' },
        { text: 'const REPETITIVE_URL = "https://user:1111@service.com/api";' },
        { text: 'https://user:****@host.example.com/' },
        { text: 'ftp://anonymous:guest@ftp.example.com/pub' },
        { text: 'https://example.com:8443/path?next=/login@home' },
      ],
    },
  };
}
