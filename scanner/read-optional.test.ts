import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readOptional } from './read-optional.js';

const dir = mkdtempSync(join(tmpdir(), 'lh-read-optional-'));
const read = (name: string) => readOptional(join(dir, name), (code) => new Error(`failed: ${code}`));

describe('readOptional', () => {
  it('reads a file, through a link too, and gives null for none', async () => {
    writeFileSync(join(dir, 'a.toml'), 'title = "a"\n');
    symlinkSync(join(dir, 'a.toml'), join(dir, 'link.toml'));
    expect(await read('a.toml')).toBe('title = "a"\n');
    expect(await read('link.toml')).toBe('title = "a"\n');
    expect(await read('none.toml')).toBeNull();
  });

  it('refuses what is not a regular file instead of reading for ever', async () => {
    mkdirSync(join(dir, 'folder'));
    execFileSync('mkfifo', [join(dir, 'fifo.toml')]);
    symlinkSync('/dev/zero', join(dir, 'zero.toml'));
    await expect(read('folder')).rejects.toThrow('failed: EISDIR');
    await expect(read('fifo.toml')).rejects.toThrow('failed: ENOTREG');
    await expect(read('zero.toml')).rejects.toThrow('failed: ENOTREG');
  });
});
