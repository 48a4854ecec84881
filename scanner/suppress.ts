import { loadBaseline } from './baseline.js';
import type { Finding } from './finding.js';
import { loadIgnoreFile } from './ignore-file.js';

/**
 * The findings that `.gitleaksignore`/`.leakhoundignore` at `root` and the baseline report
 * (when given) do not allow. Unusable ignore-file lines are passed to `warn`, not dropped silently.
 */
export async function dropAllowed(
  findings: Finding[],
  root: string,
  baseline: string | undefined,
  warn: (line: string) => void,
): Promise<Finding[]> {
  const ignore = await loadIgnoreFile(root);
  for (const w of ignore.warnings) warn(w);
  const base = baseline ? await loadBaseline(baseline) : null;
  return findings.filter((f) => !ignore.isIgnored(f) && !base?.has(f));
}
