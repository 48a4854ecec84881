// Block Kit for an incident: the channel message that is kept up to date, and the thread
// replies that follow each playbook step. Built from the ledger only, so the secret (which
// the ledger never holds) cannot reach Slack; the credential appears redacted.
import { PHASES, stepTitle, type StepId, openTasks, orderedSteps } from '../playbook/playbook.js';
import { duration } from '../ledger/report.js';
import type { Incident, TimelineEntry } from '../ledger/types.js';
import type { SlackAction } from '../queue/job-map.js';
import { approveButton, retriable } from '../providers/registry.js';
import { awaitingApproval } from '../triage/evidence.js';
import type { SlackMessage } from './client.js';
import { closable } from '../review/closable.js';

const SEVERITY_ICON: Record<string, string> = { critical: '🔴', high: '🟠', medium: '🟡', low: '🔵', info: '⚪' };
const STEP_ICON: Record<string, string> = { done: '✅', task: '🧑‍💻', pending: '⏳', skipped: '➖' };
const STATE_TEXT: Record<string, string> = {
  open: 'Open: containment running',
  'needs-human': '⚠️ Needs a human',
  contained: 'Contained',
  closed: 'Closed',
};

export const ACTION_PREFIX = 'leakhound_';

/** What a person says with each step's "Done" button: exactly that step, nothing more. */
const DONE_LABEL: Partial<Record<StepId, string>> = {
  'aws-identify': 'I found the owner',
  'aws-deactivate': 'I deactivated the key',
  'aws-quarantine': 'I quarantined the owner',
  'aws-verify': 'I checked it no longer works',
  revoke: 'I revoked it',
  rotate: 'I rotated it',
  redeploy: 'I redeployed the services',
  history: 'I cleaned the history',
  compliance: 'Compliance was told',
  customers: 'Customer notice decided',
};

const EVIDENCE_TEXT: Record<string, string> = {
  'verified-live': 'verified live with its own secret',
  'github-alert': 'reported by GitHub secret scanning',
  'responder-approved': 'a responder approved containment',
};

export function incidentMessage(i: Incident, now = new Date()): SlackMessage {
  const loc = i.locations[0];
  const where = loc ? link(fileUrl(i, loc.file, loc.startLine, loc.commit), `${loc.file}:${loc.startLine}`) : 'unknown';
  const more = i.locations.length > 1 ? ` (+${i.locations.length - 1} more)` : '';
  const commit = loc?.commit ? `\`${loc.commit.slice(0, 8)}\` by ${esc(loc.author || 'unknown')}` : 'n/a';
  const exposedUntil = i.containedAt ? Date.parse(i.containedAt) : now.getTime();
  const exposure = i.exposureStart
    ? `${duration(exposedUntil - Date.parse(i.exposureStart))} since ${i.exposureStart}`
    : 'unknown';
  const title = `${SEVERITY_ICON[i.severity] ?? ''} Leaked ${i.description} in ${i.repo}${i.suppressedInCode ? ' (suppressed in code, but live)' : ''}`;
  const blocks: unknown[] = [
    { type: 'header', text: { type: 'plain_text', text: title.slice(0, 150), emoji: true } },
    {
      type: 'section',
      fields: [
        field('Severity', i.severity),
        field('Credential', `\`${i.credential}\` (${i.ruleId})`),
        field('Repository', `${link(i.repoUrl, i.repo)} (${i.visibility})`),
        field('Location', where + more),
        field('Introduced in', commit),
        field('Exposed', exposure),
        field('State', `${STATE_TEXT[i.state] ?? i.state}${i.resolution ? ` (${i.resolution})` : ''}`),
        field(
          'Evidence',
          i.evidence
            ? (EVIDENCE_TEXT[i.evidence.kind] ?? i.evidence.kind)
            : 'none: leakhound will not act on it by itself',
        ),
        field('Acknowledged', i.acknowledged ? `by <@${i.acknowledged.by.replace(/^slack:/, '')}>` : 'not yet'),
      ],
    },
    { type: 'section', text: { type: 'mrkdwn', text: checklist(i) } },
  ];
  if (i.needsHuman && i.state === 'needs-human') {
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: `*Needs a human:* ${esc(i.needsHuman)}` } });
  }
  if (i.state !== 'closed') blocks.push({ type: 'actions', block_id: `incident_${i.id}`, elements: buttons(i) });
  blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: `leakhound incident \`${i.id}\`` }] });
  return { text: `${title}: ${STATE_TEXT[i.state] ?? i.state}`, blocks };
}

export function timelineReply(e: TimelineEntry): SlackMessage {
  const who = e.actor.startsWith('slack:') ? `<@${e.actor.slice(6)}>` : e.actor;
  const text = `${e.step ? `*${stepTitle(e.step)}*: ` : ''}${esc(e.text)} (${who})`;
  return { text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }] };
}

/** A task says what to do (a provider's instructions, a dashboard link), briefly. */
function taskNote(detail: string | undefined): string {
  if (!detail) return ' _(task for a person)_';
  const short = detail.length > 300 ? `${detail.slice(0, 299)}…` : detail;
  return ` _(task for a person: ${esc(short)})_`;
}

function checklist(i: Incident): string {
  const rows: string[] = [];
  for (const phase of PHASES) {
    const steps = orderedSteps(i.steps, phase);
    if (steps.length === 0) continue;
    rows.push(`*${phase[0]!.toUpperCase()}${phase.slice(1)}*`);
    for (const [id, s] of steps)
      rows.push(`${STEP_ICON[s.status] ?? ''} ${stepTitle(id)}${s.status === 'task' ? taskNote(s.detail) : ''}`);
  }
  return rows.join('\n');
}

function buttons(i: Incident): unknown[] {
  const button = (action: SlackAction, text: string, style?: 'primary' | 'danger', confirm?: string): unknown => ({
    type: 'button',
    action_id: `${ACTION_PREFIX}${action}`,
    text: { type: 'plain_text', text },
    value: i.id,
    ...(style ? { style } : {}),
    ...(confirm
      ? {
          confirm: {
            title: { type: 'plain_text', text: 'Sure?' },
            text: { type: 'plain_text', text: confirm },
            confirm: { type: 'plain_text', text: 'Yes' },
            deny: { type: 'plain_text', text: 'No' },
          },
        }
      : {}),
  });
  const out = [];
  const approve = i.provider ? approveButton(i.provider) : undefined;
  if (approve && awaitingApproval(i)) out.push(button('contain', approve.label, 'danger', approve.confirm));
  if (!i.acknowledged) out.push(button('acknowledge', 'Acknowledge', 'primary'));
  if (i.falsePositiveAskedBy && i.evidence?.kind === 'verified-live') {
    out.push(
      button(
        'false-positive-confirm',
        'Yes, false positive although live',
        'danger',
        'leakhound verified this credential as live. Close the incident as a false positive anyway?',
      ),
    );
  } else {
    out.push(
      button(
        'false-positive',
        'False positive',
        undefined,
        'Close the incident as a false positive (and resolve the GitHub alert)?',
      ),
    );
  }
  out.push(
    button('used-in-tests', 'Used in tests', undefined, 'Close the incident: the credential is only used in tests?'),
  );
  if (i.steps.rotate?.status === 'task' && retriable(i.provider))
    out.push(button('rotate-retry', 'Retry rotation', undefined, 'Run the rotation again from its first step?'));
  out.push(...historyControls(i, button));
  // The report is never a "Done" button: it is written from the review that closing asks for.
  if (closable(i).ok) out.unshift(button('close', 'Close with review', 'primary'));
  for (const step of openTasks(i.steps).filter((st) => st !== 'report')) {
    out.push({
      ...(button(
        'done',
        DONE_LABEL[step] ?? `Done: ${step}`,
        undefined,
        `Confirm this step only: ${stepTitle(step)}. You did it?`,
      ) as object),
      value: `${i.id}:${step}`,
    });
  }
  return out;
}

type Button = (action: SlackAction, text: string, style?: 'primary' | 'danger', confirm?: string) => unknown;

/** While history is open: prepare (or re-prepare) a rewrite, push a prepared one, or say why it is not needed. */
function historyControls(i: Incident, button: Button): unknown[] {
  if (i.steps.history?.status !== 'task') return [];
  const out = [
    button(
      'history-prepare',
      i.historyRewrite ? 'Prepare history rewrite again' : 'Prepare history rewrite',
      undefined,
      'Rewrite a mirror clone of the repository in leakhound\'s cache? Nothing is pushed until someone presses "Push rewritten history".',
    ),
  ];
  if (i.historyRewrite) {
    const n = i.historyRewrite.refs.length;
    out.push(
      button(
        'history-push',
        'Push rewritten history',
        'danger',
        `Force-push ${n} rewritten ref(s) of ${i.repo} (with lease)? Everyone will have to re-clone.`,
      ),
    );
  }
  out.push({
    type: 'static_select',
    action_id: `${ACTION_PREFIX}history-not-needed`,
    placeholder: { type: 'plain_text', text: 'History rewrite not needed…' },
    options: Object.entries(NOT_NEEDED_LABELS).map(([reason, text]) => ({
      text: { type: 'plain_text', text },
      value: `${i.id}:history:${reason}`,
    })),
  });
  return out;
}

const NOT_NEEDED_LABELS: Record<string, string> = {
  private: 'Not needed: private repository',
  revoked: 'Not needed: secret revoked',
  'not-pushed': 'Not needed: never on a shared branch',
};

function field(name: string, value: string): unknown {
  return { type: 'mrkdwn', text: `*${name}*\n${value}` };
}

function link(url: string, text: string): string {
  return url ? `<${url}|${esc(text)}>` : esc(text);
}

function fileUrl(i: Incident, file: string, line: number, commit: string): string {
  if (!i.repoUrl) return '';
  return `${i.repoUrl}/blob/${commit || 'HEAD'}/${file.split('/').map(encodeURIComponent).join('/')}#L${line}`;
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
