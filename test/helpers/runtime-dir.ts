// Vitest's global setup: an empty XDG_RUNTIME_DIR for the whole run. Many tests run the CLI's
// pre-commit command lines, which hand their check to a hook daemon when one runs there
// (scanner/daemon/where.ts): a daemon the developer started must not answer them, and one a
// test starts must not outlive the run's directory.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'leakhound-test-runtime-'));
  process.env.XDG_RUNTIME_DIR = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
