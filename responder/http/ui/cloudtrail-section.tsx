// The CloudTrail summary on the incident page: the verdict first, then the flagged calls,
// then the counts. Every value came from CloudTrail records an attacker could shape (user
// agents, role names), so all of it goes through JSX text escaping.
import type { CloudTrailSummary, Count } from '../../../rules/aws/activity-summary.js';
import { Time } from './layout.js';

export function CloudTrailSection({ summary: s }: { summary: CloudTrailSummary }) {
  return (
    <section aria-labelledby="cloudtrail">
      <h3 id="cloudtrail">AWS CloudTrail</h3>
      {s.possibleAttackerActivity ? (
        <p class="flag">
          <strong>{`Possible attacker activity: ${s.flaggedTotal} call${s.flaggedTotal === 1 ? '' : 's'} flagged.`}</strong>
        </p>
      ) : (
        <p>No sign of attacker activity in the calls CloudTrail kept.</p>
      )}
      <dl class="facts">
        <dt>Searched</dt>
        <dd>
          {`${s.searched.regions.join(', ')}, `}
          <Time iso={s.searched.from} /> to <Time iso={s.searched.to} />
          {` (${s.searched.requests} requests${s.searched.throttled ? `, ${s.searched.throttled} throttled and retried` : ''}), on `}
          <Time iso={s.searched.at} />
        </dd>
        <dt>Exposure began</dt>
        <dd>
          <Time iso={s.searched.exposedFrom} />
        </dd>
        <dt>Calls</dt>
        <dd>{`${s.total}${s.truncated ? ' (stopped there: more exist)' : ''}, ${s.afterExposure} since the exposure`}</dd>
        <dt>First use</dt>
        <dd>
          <Time iso={s.firstUse} empty="none in the window" />
        </dd>
        <dt>Last use</dt>
        <dd>
          <Time iso={s.lastUse} empty="none in the window" />
        </dd>
        <dt>Known networks</dt>
        <dd>
          {s.knownNetworks.length > 0
            ? s.knownNetworks.join(', ')
            : 'none configured (LEAKHOUND_KNOWN_CIDRS): sources not seen before the exposure are flagged instead'}
        </dd>
        {s.sessionKeys > 0 && (
          <>
            <dt>Session keys followed</dt>
            <dd>{`${s.sessionKeys} (issued to the leaked key by AssumeRole or similar)`}</dd>
          </>
        )}
      </dl>
      {s.retentionNote && <p role="note">{s.retentionNote}</p>}
      {s.failures.length > 0 && (
        <ul class="error">
          {s.failures.map((f) => (
            <li>{`Not searched: ${f}`}</li>
          ))}
        </ul>
      )}
      {s.flagged.length > 0 && (
        <table>
          <caption>
            {s.flaggedTotal > s.flagged.length
              ? `Flagged calls (the first ${s.flagged.length} of ${s.flaggedTotal})`
              : 'Flagged calls'}
          </caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Call</th>
              <th scope="col">Source</th>
              <th scope="col">Region</th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            {s.flagged.map((f) => (
              <tr>
                <td>
                  <Time iso={f.at} />
                </td>
                <td>
                  <code>{f.eventName}</code>
                  {f.target && ` ${f.target}`}
                </td>
                <td>{f.sourceIp}</td>
                <td>{f.region}</td>
                <td>{f.reasons.join('; ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div class="phase-grid">
        <Counts caption="Calls by name" rows={s.byEventName} />
        <Counts
          caption="Source IPs"
          rows={s.sourceIps.map((r) => ({
            ...r,
            value: `${r.value} (${r.network === 'aws-service' ? 'AWS service' : `${r.network} network`})`,
          }))}
        />
        <Counts caption="User agents" rows={s.userAgents} />
        <Counts caption="Regions" rows={s.regions} />
        <Counts caption="Errors" rows={s.errors} />
      </div>
    </section>
  );
}

function Counts({ caption, rows }: { caption: string; rows: Count[] }) {
  return (
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Value</th>
          <th scope="col">Calls</th>
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 ? (
          <tr>
            <td colspan={2}>none</td>
          </tr>
        ) : (
          rows.map((r) => (
            <tr>
              <td>{r.value}</td>
              <td>{r.count}</td>
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}
