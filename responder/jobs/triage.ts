// Triage: the parent of a scan (or alert fetch) job. Opens the stash its child sealed,
// groups the candidates by credential, drops what the repository suppresses and opens one
// incident per credential. Safe to run twice: every incident is opened idempotently.
import { UnrecoverableError } from 'bullmq';
import { parse } from '../schema.js';
import type { JobContext } from '../queue/context.js';
import type { JobData, StashResult } from '../queue/job-map.js';
import { stashSchema } from '../triage/candidate.js';
import { groupCandidates } from '../triage/group.js';
import { openIncident } from '../triage/open-incident.js';
import { suppressor } from '../triage/suppress.js';
import { verifyCredential } from '../providers/verify-credential.js';
import { capIncidents, MAX_LOCATIONS } from '../triage/caps.js';
import { openMassLeak } from '../triage/mass-leak.js';

export async function triage(
  data: JobData<'intake', 'triage'>,
  ctx: JobContext,
): Promise<{ incidents: string[]; suppressed: number }> {
  const children = Object.values(await ctx.job.getChildrenValues<StashResult>());
  const incidents: string[] = [];
  let suppressed = 0;
  for (const child of children) {
    if (!child?.stash) continue;
    const raw = await ctx.s.secrets.getStash(child.stash);
    if (raw === undefined) {
      if ((ctx.job.data as { done?: string[] }).done?.includes(child.stash)) continue;
      throw new UnrecoverableError(
        `the sealed scan results ${child.stash} expired before triage; redeliver the webhook`,
      );
    }
    const stash = parse(stashSchema, raw, 'stash');
    for (const c of stash.candidates) ctx.scrubber.add(c.secret);
    const policy = suppressor(stash.suppressions, (m) => ctx.s.log.warn(m, { repo: data.repo.fullName }));
    const grouped = groupCandidates(stash.candidates, {
      isSuppressed: (c) => policy(c) === 'ignored',
      visibility: data.repo.visibility,
    });
    suppressed += grouped.suppressed;
    const { open, folded } = capIncidents(grouped.groups, ctx.s.config.limits.incidentsPerPush);
    const overCap = stash.capped?.overCap ?? 0;
    if (folded.length > 0 || overCap > 0) {
      incidents.push(
        await openMassLeak(ctx, data.repo, ctx.job.id ?? child.stash, {
          folded,
          overCap,
          extraLocations: stash.capped?.extraLocations ?? 0,
        }),
      );
    }
    for (const g of open) {
      // A comment or a baseline quiets a credential only when it does not work: never a live one.
      const quiet = g.candidates.every((c) => c.inlineAllowed || policy(c) === 'baselined');
      let suppressedInCode: string | undefined;
      if (quiet) {
        const v = await verifyCredential(ctx.s, g);
        if (v.status !== 'live') {
          suppressed += g.candidates.length;
          continue;
        }
        suppressedInCode = g.candidates.some((c) => c.inlineAllowed) ? 'an inline allow comment' : 'the baseline';
      }
      const opened = await openIncident(ctx, g, {
        source: data.source,
        repo: data.repo,
        installationId: data.installationId,
        alert: stash.alert,
        pushedAt: data.pushedAt,
        pushedBy: data.pushedBy,
        pusher: data.pusher,
        suppressedInCode,
        alertAction: data.alertAction,
      });
      incidents.push(opened);
      const more = g.candidates.reduce((n, c) => n + (c.morePlaces ?? 0), 0);
      if (more > 0) {
        await ctx.s.ledger.append(opened, {
          actor: 'leakhound',
          kind: 'more-places',
          text: `this push carries the credential in ${more} more places than those listed (at most ${MAX_LOCATIONS} places of one credential are kept per push)`,
          key: `more-places:${ctx.job.id ?? child.stash}`,
        });
      }
    }
    const done = [...((ctx.job.data as { done?: string[] }).done ?? []), child.stash];
    await ctx.job.updateData({ ...data, done });
    await ctx.s.secrets.deleteStash(child.stash);
  }
  return { incidents, suppressed };
}
