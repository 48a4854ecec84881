import type { CommitInfo, Finding } from '../finding.js';
import { STABLE_CONFIG, runGit } from './git-process.js';

const FIELDS = 5;

/**
 * Author, email, author date (strict ISO 8601 with the author's UTC offset, git's `%aI`) and
 * subject line (git's `%s`) of the given commits, in one `git log --no-walk` run. Scans look
 * this up only for the commits their findings name, never for the whole history.
 */
export async function commitInfo(repo: string, oids: Iterable<string>): Promise<Map<string, CommitInfo>> {
  const list = [...new Set(oids)].filter((o) => o !== '');
  const out = new Map<string, CommitInfo>();
  if (list.length === 0) return out;
  const { stdout } = await runGit(
    repo,
    [
      ...STABLE_CONFIG,
      '-c',
      'log.mailmap=false',
      'log',
      '--no-walk=unsorted',
      '--stdin',
      '-z',
      '--format=%H%x00%an%x00%ae%x00%aI%x00%s',
    ],
    { input: `${list.join('\n')}\n` },
  );
  const f = stdout.toString('utf8').split('\0');
  for (let i = 0; i + FIELDS <= f.length; i += FIELDS) {
    const commit = f[i]!.replace(/^\n/, '');
    out.set(commit, { commit, author: f[i + 1]!, email: f[i + 2]!, date: f[i + 3]!, message: f[i + 4]! });
  }
  return out;
}

/** Fills in author, email, date and message on findings that so far carry only a commit id. */
export async function attachCommitInfo(repo: string, findings: Finding[]): Promise<void> {
  const info = await commitInfo(
    repo,
    findings.map((f) => f.commit),
  );
  for (const f of findings) {
    const c = info.get(f.commit);
    if (!c) continue;
    f.author = c.author;
    f.email = c.email;
    f.date = c.date;
    f.message = c.message;
  }
}

/** A commit as the detector needs it while scanning: the id only (it is in the fingerprint). */
export function commitStub(commit: string): CommitInfo {
  return { commit, author: '', email: '', date: '', message: '' };
}
