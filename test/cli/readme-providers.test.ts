import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { providerTable } from '../../rules/provider-table.js';

describe('README provider table', () => {
  it('is the table the registry generates (regenerate it from rules/provider-table.ts)', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const block = /<!-- providers:start -->\n([\s\S]*?)\n<!-- providers:end -->/.exec(readme)?.[1];
    expect(block).toBe(providerTable());
  });
});
