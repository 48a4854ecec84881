// The eradication step, from Slack: "Prepare history rewrite" rewrites a mirror clone in the
// worker's cache with `leakhound rewrite`'s library and puts the dry-run summary on the
// timeline; "Push rewritten history" force-pushes each rewritten branch and tag with a lease;
// "Not needed" settles the step with a reason. Refs and commit ids only ever reach the
// ledger and Slack; the secret is found again in the mirror, never carried in job data.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { applyRewrite } from '../../scanner/rewrite/apply.js';
import { DEFAULT_REPLACEMENT, planRewrite } from '../../scanner/rewrite/plan.js';
import { inspectRepo } from '../../scanner/rewrite/preflight.js';
import { pushCommands } from '../../scanner/rewrite/summary.js';
import { githubToken } from '../github/auth.js';
import { repoFetchUrl } from '../github/repo-url.js';
import { cloneMirror, mirrorDir, pruneMirror, pushLeased } from '../github/rewrite-mirror.js';
import type { HistoryRewrite, Incident } from '../ledger/types.js';
import type { JobContext } from '../queue/context.js';
import type { JobData } from '../queue/job-map.js';
import { incidentFindings } from './history-findings.js';
import { requestReview } from './lifecycle.js';
import { notifySlack, recordStep } from './record.js';

type Click = JobData<'incident', 'slack-action'>;

/** Where applyRewrite() keeps commit-map and ref-map in a bare repository (its workDir()). */
const REWRITE_DIR = 'leakhound-rewrite';

export const NOT_NEEDED_REASONS = {
  private: 'the repository is private and was never public; the secret is revoked',
  revoked: 'the secret is revoked and useless; rewriting shared history costs more than it protects',
  'not-pushed': 'the commit never reached a shared branch (deleted before anyone fetched it)',
} as const;
export type NotNeededReason = keyof typeof NOT_NEEDED_REASONS;

function open(incident: Incident): boolean {
  return incident.state !== 'closed' && incident.steps.history?.status === 'task';
}

const token = (ctx: JobContext, i: Incident, scope: 'contents' | 'push'): Promise<string | undefined> =>
  // A push incident keeps the installation its webhook came from; an alert's is on the alert.
  githubToken(ctx.s.config.github, i.installationId ?? i.alert?.installationId, { repo: i.repo, scope }).then((t) => {
    if (t) ctx.scrubber.add(t);
    return t;
  });

export async function prepareHistory(ctx: JobContext, incident: Incident, data: Click): Promise<string> {
  const id = incident.id;
  const by = `slack:${data.user}`;
  if (!open(incident)) return 'history step is not open';
  const url = repoFetchUrl(ctx.s.config.github, incident.repo);
  const dir = await cloneMirror(ctx.s.config.workDir, id, url, await token(ctx, incident, 'contents'));
  const findings = await incidentFindings(ctx, incident, dir);
  const key = `history-prepared:${data.actionTs ?? ''}`;
  if (findings.length === 0) {
    await ctx.s.ledger.append(id, {
      actor: by,
      kind: 'history-prepared',
      step: 'history',
      text: `prepared a history rewrite: no reachable commit, tag or message of ${incident.repo} holds the credential any more, so there is nothing to push; if that is right, mark the step "Not needed"`,
      key,
    });
    return notifySlack(ctx, id, key).then(() => 'nothing to remove');
  }
  const plan = planRewrite(findings, { rules: [], replacement: DEFAULT_REPLACEMENT });
  const result = await applyRewrite({
    repo: await inspectRepo(dir),
    plan,
    findingBlobs: new Set(),
    dryRun: false,
    progress: false,
  });
  // refs/pull/* are read-only on GitHub: only branches and tags are pushed.
  const refs = result.refs.filter((r) => r.ref.startsWith('refs/heads/') || r.ref.startsWith('refs/tags/'));
  const { stats } = result;
  const prepared: HistoryRewrite = {
    at: new Date().toISOString(),
    by,
    refs,
    commits: stats.commits,
    changedCommits: stats.changedCommits,
    firstChanged: stats.firstChanged,
  };
  await ctx.s.ledger.setFields(id, { historyRewrite: JSON.stringify(prepared) });
  await ctx.s.ledger.append(id, {
    actor: by,
    kind: 'history-prepared',
    step: 'history',
    text: ctx.scrubber.text(
      `prepared a history rewrite in the worker's mirror clone (dry run: nothing pushed yet): ${refs.length} ref(s) to rewrite (${refs.map((r) => r.ref).join(', ')}); ${stats.changedCommits} of ${stats.commits} commit(s) change, the first is ${stats.firstChanged ?? 'none'}; a responder may now press "Push rewritten history"`,
    ),
    key,
  });
  return notifySlack(ctx, id, key).then(() => `prepared ${refs.length} ref(s)`);
}

export async function pushHistory(ctx: JobContext, incident: Incident, data: Click): Promise<string> {
  const id = incident.id;
  const by = `slack:${data.user}`;
  const prepared = incident.historyRewrite;
  if (!open(incident) || !prepared) return 'nothing prepared to push';
  const dir = mirrorDir(ctx.s.config.workDir, id);
  const key = `history-push:${data.actionTs ?? ''}`;
  if (!existsSync(join(dir, 'HEAD'))) {
    await ctx.s.ledger.append(id, {
      actor: by,
      kind: 'history-push-failed',
      step: 'history',
      text: 'the prepared mirror is not in this worker\'s cache (pruned, or prepared on another machine); press "Prepare history rewrite" again, then push',
      key,
    });
    return notifySlack(ctx, id, key).then(() => 'mirror missing');
  }
  const url = repoFetchUrl(ctx.s.config.github, incident.repo);
  const auth = await token(ctx, incident, 'push');
  const outcomes = [];
  for (const r of prepared.refs) outcomes.push(await pushLeased(dir, url, r.ref, r.old, auth));
  const refused = outcomes.filter((o) => !o.ok);
  const maps = join(dir, REWRITE_DIR);
  if (refused.length === 0) {
    const first = await firstMapped(join(maps, 'commit-map'), prepared.firstChanged);
    await pruneMirror(dir).catch((err: unknown) =>
      ctx.s.log.warn('could not drop the old objects from the rewrite mirror', {
        error: ctx.scrubber.text(String(err)),
      }),
    );
    await ctx.s.ledger.append(id, {
      actor: by,
      kind: 'history-pushed',
      step: 'history',
      text: `force-pushed ${outcomes.length} rewritten ref(s) with lease; commit map (old → new, ${prepared.changedCommits} of ${prepared.commits} commits changed${first ? `, e.g. ${first}` : ''}) kept at ${maps}/commit-map on the worker`,
      key,
    });
    await recordStep(
      ctx,
      id,
      'history',
      'done',
      `rewritten history pushed (${outcomes.map((o) => o.ref).join(', ')}); ask GitHub Support to purge cached views and pull request refs, and tell collaborators to re-clone`,
      by,
    );
    await requestReview(ctx, id, 'history-pushed');
    return `pushed ${outcomes.length} ref(s)`;
  }
  const pushed = outcomes.filter((o) => o.ok).map((o) => o.ref);
  const left = prepared.refs.filter((r) => refused.some((o) => o.ref === r.ref));
  const commands = pushCommands(left, url.replace(/\/\/[^/@]*@/, '//'));
  const detail = ctx.scrubber.text(
    `the push was refused for ${refused.map((o) => o.ref).join(', ')} (${refused[0]!.why ?? 'no reason given'})${pushed.length ? `; pushed: ${pushed.join(', ')}` : ''}. Lift branch protection for them (or ask an admin), then run in a mirror clone rewritten the same way (on the worker: ${dir}): ${commands.join(' && ')}`,
  );
  await ctx.s.ledger.setStep(id, 'history', { status: 'task', at: new Date().toISOString(), by, detail });
  await ctx.s.ledger.append(id, { actor: by, kind: 'history-push-refused', step: 'history', text: detail, key });
  await ctx.s.ledger.transition(id, ['open', 'contained'], 'needs-human', { needsHuman: detail });
  return notifySlack(ctx, id, key).then(() => 'push refused');
}

export async function historyNotNeeded(ctx: JobContext, incident: Incident, data: Click): Promise<string> {
  const reason = data.reason as NotNeededReason | undefined;
  if (!reason || !open(incident)) return 'history step is not open, or no reason given';
  const by = `slack:${data.user}`;
  await recordStep(ctx, incident.id, 'history', 'skipped', `not needed: ${NOT_NEEDED_REASONS[reason]}`, by);
  await requestReview(ctx, incident.id, 'history-not-needed');
  return 'not needed';
}

/** The first changed commit's line of the commit map, `old → new`. */
async function firstMapped(file: string, old: string | null): Promise<string | null> {
  if (!old) return null;
  const text = await readFile(file, 'utf8').catch(() => '');
  const line = text.split('\n').find((l) => l.startsWith(`${old} `));
  return line ? line.replace(' ', ' → ') : null;
}
