// GET /ui: the newest incidents, filtered by state, provider, repository and severity with a
// plain GET form (bookmarkable, works without JavaScript).
import { STATES, type Incident } from '../../ledger/types.js';
import { type Filters, SEVERITIES } from './filters.js';
import { Layout, Time } from './layout.js';

export interface ListView {
  incidents: Incident[];
  filters: Filters;
  /** Providers seen among the scanned incidents, for the select. */
  providers: string[];
  scanned: number;
  total: number;
  shownLimit: number;
  error?: string;
}

export function ListPage({ view }: { view: ListView }) {
  const f = view.filters;
  const filtered = Object.keys(f).length > 0;
  return (
    <Layout title="Incidents" signedIn>
      <h1>Incidents</h1>
      <form class="filters" method="get" action="/ui" aria-label="Filter incidents">
        <Select name="state" label="State" value={f.state} options={STATES} />
        <Select name="provider" label="Provider" value={f.provider} options={view.providers} />
        <Select name="severity" label="Severity" value={f.severity} options={SEVERITIES} />
        <label>
          Repository
          <input type="search" name="repo" value={f.repo ?? ''} placeholder="owner/name" maxlength={200} />
        </label>
        <button type="submit">Filter</button>
        {filtered && <a href="/ui">Clear filters</a>}
      </form>
      {view.error && (
        <p class="error" role="alert">
          {view.error}
        </p>
      )}
      {view.incidents.length === 0 ? (
        <p>{filtered ? 'No incident matches these filters.' : 'No incidents yet.'}</p>
      ) : (
        <table>
          <caption>
            {`${view.incidents.length} ${filtered ? 'matching ' : ''}incident${view.incidents.length === 1 ? '' : 's'}, newest first`}
            {view.incidents.length >= view.shownLimit && ` (the first ${view.shownLimit} shown)`}
            {view.scanned < view.total && ` among the newest ${view.scanned} of ${view.total}`}
          </caption>
          <thead>
            <tr>
              <th scope="col">Opened</th>
              <th scope="col">Incident</th>
              <th scope="col">Repository</th>
              <th scope="col">Provider</th>
              <th scope="col">Severity</th>
              <th scope="col">State</th>
            </tr>
          </thead>
          <tbody>
            {view.incidents.map((i) => (
              <tr>
                <td>
                  <Time iso={i.openedAt} />
                </td>
                <td>
                  <a href={`/ui/incidents/${i.id}`}>{i.description}</a> <code>{i.credential}</code>
                </td>
                <td>{i.repo}</td>
                <td>{i.provider ?? 'none'}</td>
                <td>
                  <span class={`badge sev-${i.severity}`}>{i.severity}</span>
                </td>
                <td>
                  <span class={`badge state-${i.state}`}>{i.state}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}

function Select(props: { name: string; label: string; value: string | undefined; options: readonly string[] }) {
  return (
    <label>
      {props.label}
      <select name={props.name}>
        <option value="" selected={!props.value}>
          any
        </option>
        {props.options.map((o) => (
          <option value={o} selected={o === props.value}>
            {o}
          </option>
        ))}
      </select>
    </label>
  );
}
