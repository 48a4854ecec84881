// Which findings in a mirror's history are this incident's credential. The job data names
// only the incident; the secret is found again here, by scanning the mirror with the detector
// and keeping the findings whose credential id (an HMAC of the secret) is the incident's id,
// plus the paired secret (AWS) while the secret store still holds it.
import { defaultScanConfig } from '../../scanner/config/defaults.js';
import { Detector } from '../../scanner/detect/detector.js';
import { scanHistory } from '../../scanner/git/history-scan.js';
import { scanMessages } from '../../scanner/rewrite/message-scan.js';
import type { RewriteFinding } from '../../scanner/rewrite/plan.js';
import type { Incident } from '../ledger/types.js';
import type { JobContext } from '../queue/context.js';

export async function incidentFindings(ctx: JobContext, incident: Incident, dir: string): Promise<RewriteFinding[]> {
  const config = defaultScanConfig();
  const detector = new Detector({ rules: config.rules, allowlists: config.allowlists, keepInlineAllowed: true });
  const history = await scanHistory({ repo: dir, engine: detector, progress: false });
  const all = [...history.findings, ...(await scanMessages(dir, detector))];
  const mine: RewriteFinding[] = [];
  for (const f of all) {
    if (!f.secret || ctx.s.box.credentialId('credential', f.secret) !== incident.id) continue;
    ctx.scrubber.add(f.secret);
    mine.push({ ruleId: f.ruleId, secret: f.secret, file: f.file, commit: f.commit, tags: f.tags });
  }
  // The pair (an AWS secret key) has no id of its own; it goes where its identity went.
  const pair = await ctx.s.secrets.get(incident.id, 'pair', ctx.scrubber);
  if (pair && mine.length > 0) mine.push({ ruleId: incident.ruleId, secret: pair, file: '', commit: '', tags: [] });
  return mine;
}
