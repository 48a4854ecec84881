// A child process for the benchmark: runs one scan and prints one JSON line with its wall
// time, peak RSS and findings, so the parent measures a whole process as a user would run it.
// Stands in for the CLI until `leakhound history` / `diff --staged` are wired.
//   node scan-entry.js history <repo> [threads] [ref]
//   node scan-entry.js staged <repo>
import { defaultRules } from '../../../rules/index.js';
import { Detector } from '../../../scanner/detect/detector.js';
import { enableRegexFallback } from '../../../scanner/detect/regex-safety.js';

enableRegexFallback();
const [mode, repo, threadsArg, ref] = process.argv.slice(2);
const started = performance.now();
let findings: { secret: string; file: string; commit: string }[] = [];
let extra: Record<string, unknown> = {};
if (mode === 'history') {
  const { scanHistory } = await import('../../../scanner/git/history-scan.js');
  const threads = Number(threadsArg ?? '1');
  const detector = new Detector({ rules: defaultRules });
  let engine: import('../../../scanner/git/engine.js').Engine = detector;
  let close = async (): Promise<void> => {};
  if (threads > 1) {
    const { DetectPool } = await import('../../../scanner/pool/detect-pool.js');
    const pool = DetectPool.start({ threads, configText: null, configFile: null });
    engine = pool;
    close = () => pool.close();
  }
  const r = await scanHistory({ repo: repo!, engine, progress: false, ...(ref ? { refs: [ref] } : {}) });
  await close();
  findings = r.findings;
  extra = { stats: r.stats, skipped: r.skipped.length };
} else if (mode === 'staged') {
  const { scanStaged } = await import('../../../scanner/git/diff-scan.js');
  const r = await scanStaged({ repo: repo!, detector: new Detector({ rules: defaultRules }) });
  findings = r.findings;
} else {
  process.stderr.write('usage: scan-entry history|staged <repo> [threads] [ref]\n');
  process.exit(2);
}
const ms = performance.now() - started;
process.stdout.write(
  `${JSON.stringify({
    ms,
    maxRssKb: process.resourceUsage().maxRSS,
    findings: findings.map((f) => ({ secret: f.secret, file: f.file, commit: f.commit })),
    ...extra,
  })}\n`,
);
