// What `leakhound rewrite` prints: what changed (or would), then the steps that make the
// removal real on the server. Counts, rule ids, refs and commit ids only: never a secret.
import type { RewriteResult } from './apply.js';
import type { RewritePlan } from './plan.js';
import type { RefChange } from './refs.js';

export interface SummaryInput {
  root: string;
  plan: RewritePlan;
  result: RewriteResult;
  dryRun: boolean;
  remote: string;
}

export function summarize(s: SummaryInput): string {
  const { stats } = s.result;
  const would = s.dryRun ? 'would be ' : '';
  const rules = [...s.plan.byRule].map(([rule, n]) => `${rule} ${n}`).join(', ');
  const changedRefs = [...stats.refs].filter(([, changed]) => changed).map(([ref]) => ref);
  if (s.plan.secrets.length > 0 && sum(s.result.hits) === 0)
    return `leakhound rewrite: ${s.plan.secrets.length} secret(s) found, but none occurs in ${s.root} any more: nothing to rewrite\n`;
  const lines = [
    `leakhound rewrite${s.dryRun ? ' (dry run, nothing changed)' : ''}: ${s.plan.secrets.length} secret(s) ${would}removed from ${s.root} (${rules})`,
    `  refs ${would}rewritten: ${changedRefs.length} of ${stats.refs.size}${list(changedRefs)}`,
    `  commits ${would}rewritten: ${stats.changedCommits} of ${stats.commits}${stats.firstChanged ? `; the first is ${stats.firstChanged}` : ''}`,
    `  blobs ${would}rewritten: ${s.result.blobsRewritten}; messages: ${stats.messagesRewritten}; replacements: ${sum(s.result.hits)}`,
  ];
  if (stats.signedCommitsStripped + stats.signedTagsStripped > 0)
    lines.push(
      `  signatures ${would}dropped: ${stats.signedCommitsStripped} signed commit(s), ${stats.signedTagsStripped} signed tag(s) (a rewritten object cannot keep its signature)`,
    );
  if (s.result.binaryLeft > 0)
    lines.push(
      `  left alone: ${s.result.binaryLeft} binary blob(s) that contain a secret but no finding; to rewrite them too, pass --findings with a report that names them`,
    );
  if (s.plan.encoded.length > 0)
    lines.push(
      `  not removed: ${s.plan.encoded.length} finding(s) decoded from base64/hex/percent text, whose bytes differ from the secret; edit them out by hand (fingerprints: ${s.plan.encoded
        .slice(0, 3)
        .map((f) => `${f.commit}:${f.file}:${f.ruleId}`)
        .join(', ')})`,
    );
  if (s.result.mapsDir) lines.push(`  maps: ${s.result.mapsDir}/commit-map and ${s.result.mapsDir}/ref-map`);
  if (!s.dryRun && s.result.refs.length > 0) lines.push('', ...nextSteps(s.result.refs, s.remote, s.result.mapsDir));
  return `${lines.join('\n')}\n`;
}

function nextSteps(refs: readonly RefChange[], remote: string, dir: string | null): string[] {
  const pushes = pushCommands(refs, remote);
  return [
    'Next steps (rotate the secret first: rewriting history does not un-leak a key anyone has already copied):',
    '  1. Revoke and rotate every removed credential, if not done yet.',
    '  2. Drop the old objects here: git reflog expire --expire=now --all && git gc --prune=now',
    `  3. Push each rewritten branch and tag with a lease (also in ${dir}/push-commands):`,
    ...pushes.slice(0, 10).map((p) => `       ${p}`),
    ...(pushes.length > 10 ? [`       … and ${pushes.length - 10} more`] : []),
    '     A mirror push (git push --mirror) fails on GitHub: its refs/pull/* are read-only.',
    '  4. Ask GitHub Support to purge cached views and the pull request refs that still hold the old commits.',
    '  5. Tell collaborators to re-clone; a merge from an old clone brings the secrets back.',
  ];
}

/** One push per rewritten branch or tag, leased on the value the rewrite replaced. */
export function pushCommands(refs: readonly RefChange[], remote: string): string[] {
  const out = new Map<string, string>();
  for (const c of refs) {
    if (c.ref.startsWith('refs/heads/') || c.ref.startsWith('refs/tags/'))
      out.set(c.ref, `git push --force-with-lease=${c.ref}:${c.old} ${remote} ${c.ref}`);
  }
  for (const c of refs) {
    const m = /^refs\/remotes\/([^/]+)\/(.+)$/.exec(c.ref);
    if (!m || m[2] === 'HEAD') continue;
    const target = `refs/heads/${m[2]}`;
    if (!out.has(target)) out.set(target, `git push --force-with-lease=${target}:${c.old} ${m[1]} ${c.new}:${target}`);
  }
  return [...out.values()];
}

function list(refs: string[]): string {
  if (refs.length === 0) return '';
  return ` (${refs.slice(0, 5).join(', ')}${refs.length > 5 ? `, … ${refs.length - 5} more` : ''})`;
}

function sum(m: Map<string, number>): number {
  let n = 0;
  for (const v of m.values()) n += v;
  return n;
}
