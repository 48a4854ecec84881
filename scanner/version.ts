import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** leakhound's own package.json, found from this module whether run from dist/ or source. */
function packageJson(): { version: string; homepage?: string } {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate)) {
      const pkg = JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string; version: string; homepage?: string };
      if (pkg.name === 'leakhound') return pkg;
    }
    const parent = dirname(dir);
    if (parent === dir) return { version: '0.0.0' };
    dir = parent;
  }
}

const pkg = packageJson();
export const VERSION = pkg.version;
export const HOMEPAGE = pkg.homepage ?? 'https://github.com/leakhound/leakhound';
