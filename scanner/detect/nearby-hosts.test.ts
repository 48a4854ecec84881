import { describe, expect, it } from 'vitest';
import { hostsIn } from './nearby-hosts.js';

describe('hosts named near a match', () => {
  it.each([
    ['CI_SERVER_URL: https://gitlab.example.com', ['gitlab.example.com']],
    ['url = https://oauth2:TOKEN@git.Example.org:8443/group/repo.git', ['git.example.org:8443']],
    ['remote: git@gitlab.internal.example:group/repo.git', ['gitlab.internal.example']],
    ['ssh://git@gitlab.example.com:2222/group/repo.git', ['gitlab.example.com:2222']],
    [
      'http://127.0.0.1:8080/api/v4 and https://gitlab.example.com/x https://gitlab.example.com/y',
      ['127.0.0.1:8080', 'gitlab.example.com'],
    ],
    ['token only, no URL; mail dev@example.com or see gitlab.example.com', []],
    ['https://user@ and https:// nothing', []],
  ])('%s', (text, hosts) => {
    expect(hostsIn(text)).toEqual(hosts);
  });

  it('keeps at most five', () => {
    const text = Array.from({ length: 9 }, (_, i) => `https://h${i}.example.com/`).join(' ');
    expect(hostsIn(text)).toHaveLength(5);
  });
});
