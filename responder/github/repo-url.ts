// Where to fetch a repository from: built from configuration (GITHUB_SERVER_URL or
// LEAKHOUND_GIT_URL_TEMPLATE) and the validated `owner/repo`, never from the payload's
// clone_url, which whoever can deliver a webhook controls.
import { UnrecoverableError } from 'bullmq';
import type { ResponderConfig } from '../config.js';

/** GitHub's own rules: letters, digits, `-`, `_`, `.`; no leading `-` or `.`, no `..`. */
const PART = /^(?![-.])(?!.*\.\.)[A-Za-z0-9_.-]{1,100}$/;

export function splitRepo(fullName: string): [owner: string, name: string] {
  const [owner = '', name = '', ...rest] = fullName.split('/');
  if (rest.length > 0 || !PART.test(owner) || !PART.test(name)) {
    throw new UnrecoverableError(`repository name ${JSON.stringify(fullName)} is not a valid owner/repo`);
  }
  return [owner, name];
}

export function repoFetchUrl(github: ResponderConfig['github'], fullName: string): string {
  const [owner, name] = splitRepo(fullName);
  if (github.cloneUrlTemplate) {
    return github.cloneUrlTemplate
      .replace(/\{owner\}/g, owner)
      .replace(/\{repo\}/g, name)
      .replace(/\{full_name\}/g, `${owner}/${name}`);
  }
  return `${github.serverUrl}/${owner}/${name}.git`;
}
