import { describe, expect, it } from 'vitest';
import { repoFetchUrl } from './repo-url.js';

const github = { apiUrl: 'https://api.github.com', serverUrl: 'https://github.com' };

describe('repoFetchUrl', () => {
  it('builds the URL from configuration and owner/repo, never from the payload', () => {
    expect(repoFetchUrl(github, 'octo-org/app')).toBe('https://github.com/octo-org/app.git');
    expect(repoFetchUrl({ ...github, cloneUrlTemplate: 'https://mirror.example/{full_name}.git' }, 'o/r.js')).toBe(
      'https://mirror.example/o/r.js.git',
    );
  });

  it.each(['octo-org/..', '../etc', 'octo-org/-upload-pack=touch', '-o/r', 'o/r/x', 'o/.hidden', 'o/a..b', 'o/r s'])(
    'refuses %s',
    (name) => {
      expect(() => repoFetchUrl(github, name)).toThrow(/is not a valid owner\/repo/);
    },
  );
});
