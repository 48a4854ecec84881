// The GitHub findings and "what an attacker could do with it" on the incident page, in the same
// words as the thread and the report. Commit authors and branch names come from the repository
// (anyone who can push shapes them), so everything goes through JSX text escaping.
import { githubFindingLines, type GitHubFindings } from '../../github/investigate.js';
import type { Capabilities } from '../../providers/capabilities.js';

export function FindingsSection({ github, capabilities }: { github?: GitHubFindings; capabilities?: Capabilities }) {
  return (
    <>
      {capabilities && (
        <section aria-labelledby="capabilities">
          <h3 id="capabilities">What an attacker could do with it</h3>
          <p>{capabilities.summary}</p>
          <p>{`${capabilities.provider}: ${capabilities.reason}`}</p>
        </section>
      )}
      {github && (
        <section aria-labelledby="github-findings">
          <h3 id="github-findings">GitHub</h3>
          {github.forks !== undefined && github.forks > 0 && (
            <p class="flag">
              <strong>{`${github.forks} fork${github.forks === 1 ? '' : 's'}: a fork keeps the secret after any rewrite of this repository.`}</strong>
            </p>
          )}
          <ul>
            {githubFindingLines(github).map((l) => (
              <li>{l}</li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
