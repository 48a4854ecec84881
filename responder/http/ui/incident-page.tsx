// GET /ui/incidents/:id: everything the ledger knows about one incident — facts, the exposure
// bar, the four playbook phases with their steps, where it was found, investigation findings,
// the timeline and the report. The ledger holds only the redacted credential; nothing here
// reads a stored secret.
import type { Child } from 'hono/jsx';
import type { Incident, TimelineEntry } from '../../ledger/types.js';
import { PHASES, stepTitle, orderedSteps, type Phase } from '../../playbook/playbook.js';
import { ExposureBar } from './exposure-bar.js';
import { safeHref } from './format.js';
import { Layout, Time } from './layout.js';
import { Markdown } from './markdown.js';
import { ActionsSection, type ActionsView } from './action-forms.js';

export interface IncidentView {
  incident: Incident & { pushedAt?: string };
  timeline: TimelineEntry[];
  report?: string;
  /** Investigation sections (e.g. the CloudTrail summary), rendered by their own components. */
  investigation?: Child;
  /** The action forms for this viewer. */
  actions?: ActionsView;
  now: Date;
}

const PHASE_TITLES: Record<Phase, string> = {
  containment: '1. Containment',
  investigation: '2. Investigation',
  eradication: '3. Eradication and notification',
  review: '4. Post-incident review',
};

export function IncidentPage({ view }: { view: IncidentView }) {
  const i = view.incident;
  const repoHref = safeHref(i.repoUrl);
  const alertHref = safeHref(i.alert?.url);
  return (
    <Layout title={`${i.description} in ${i.repo}`} signedIn>
      <p>
        <a href="/ui">← All incidents</a>
      </p>
      <h1>
        {i.description} in {i.repo}
      </h1>
      <dl class="facts">
        <dt>Credential</dt>
        <dd>
          <code>{i.credential}</code> (rule <code>{i.ruleId}</code>, provider {i.provider ?? 'none'})
        </dd>
        <dt>State</dt>
        <dd>
          <span class={`badge state-${i.state}`}>{i.state}</span>
          {i.resolution && ` (${i.resolution})`}
          {i.needsHuman && ` — needs a person: ${i.needsHuman}`}
        </dd>
        <dt>Severity</dt>
        <dd>
          <span class={`badge sev-${i.severity}`}>{i.severity}</span>
        </dd>
        <dt>Repository</dt>
        <dd>
          {repoHref ? <a href={repoHref}>{i.repo}</a> : i.repo} ({i.visibility})
        </dd>
        <dt>Source</dt>
        <dd>
          {i.alert ? (
            alertHref ? (
              <a href={alertHref}>{`GitHub secret scanning alert #${i.alert.number}`}</a>
            ) : (
              `GitHub secret scanning alert #${i.alert.number}`
            )
          ) : (
            'push scan'
          )}
        </dd>
        <dt>Acknowledged</dt>
        <dd>{i.acknowledged ? `${i.acknowledged.by}, ${i.acknowledged.at}` : 'not yet'}</dd>
        <dt>Incident id</dt>
        <dd>
          <code>{i.id}</code>
        </dd>
      </dl>

      <h2>Exposure</h2>
      <ExposureBar incident={i} now={view.now} />

      <h2>Playbook</h2>
      <div class="phase-grid">
        {PHASES.map((phase) => (
          <section aria-labelledby={`phase-${phase}`}>
            <h3 id={`phase-${phase}`}>{PHASE_TITLES[phase]}</h3>
            <Steps incident={i} phase={phase} />
          </section>
        ))}
      </div>

      <Notifications timeline={view.timeline} />

      {view.actions && <ActionsSection incident={i} view={view.actions} />}

      <h2 id="found">Where it was found</h2>
      <table aria-labelledby="found">
        <thead>
          <tr>
            <th scope="col">File</th>
            <th scope="col">Commit</th>
            <th scope="col">Author</th>
            <th scope="col">Committed</th>
          </tr>
        </thead>
        <tbody>
          {i.locations.map((l) => {
            const href = safeHref(l.url);
            const where = `${l.file}:${l.startLine}`;
            return (
              <tr>
                <td>{href ? <a href={href}>{where}</a> : where}</td>
                <td>{l.commit ? <code>{l.commit.slice(0, 12)}</code> : '—'}</td>
                <td>{l.author ? `${l.author}${l.email ? ` <${l.email}>` : ''}` : '—'}</td>
                <td>
                  <Time iso={l.date} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>

      {view.investigation && (
        <>
          <h2>Investigation</h2>
          {view.investigation}
        </>
      )}

      <h2 id="timeline">Timeline</h2>
      {view.timeline.length === 0 ? (
        <p>Nothing recorded yet.</p>
      ) : (
        <table aria-labelledby="timeline">
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">What</th>
            </tr>
          </thead>
          <tbody>
            {view.timeline.map((e) => (
              <tr>
                <td>
                  <Time iso={e.at} />
                </td>
                <td>{e.actor}</td>
                <td>{e.text}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2>Post-incident report</h2>
      {view.report ? (
        <section class="report" aria-label="Post-incident report">
          <Markdown source={view.report} base={3} />
        </section>
      ) : (
        <p>The report is written when the incident is closed.</p>
      )}
    </Layout>
  );
}

function Steps({ incident, phase }: { incident: Incident; phase: Phase }) {
  const steps = orderedSteps(incident.steps, phase);
  if (steps.length === 0) return <p class="muted">No steps in this phase.</p>;
  return (
    <ol class="steps">
      {steps.map(([id, s]) => (
        <li>
          <span class={`badge status-${s.status}`}>{s.status === 'task' ? 'to do' : s.status}</span> {stepTitle(id)}
          <div class="muted">
            {s.status === 'task' ? 'waiting for a person' : `${s.by}, `}
            {s.status !== 'task' && <Time iso={s.at} />}
            {s.detail && ` — ${s.detail}`}
          </div>
        </li>
      ))}
    </ol>
  );
}

/** Phase 3's notifications: who was messaged, and who could not be reached and why. */
function Notifications({ timeline }: { timeline: TimelineEntry[] }) {
  const sent = timeline.filter((e) => e.kind === 'notified' || e.kind === 'not-notified' || e.kind === 'notification');
  if (sent.length === 0) return null;
  return (
    <section aria-labelledby="notifications">
      <h2 id="notifications">Notifications sent</h2>
      <ul>
        {sent.map((e) => (
          <li>
            <Time iso={e.at} /> {e.text}
          </li>
        ))}
      </ul>
    </section>
  );
}
