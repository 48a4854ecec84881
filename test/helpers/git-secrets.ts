// Credential-shaped strings for git tests, built at run time (never committed as literals).
import { ALNUM, join, rand, seed } from '../../rules/fixture-kit.js';
import { B32 } from './secrets.js';

seed(0x5eed);

/** A fresh AWS access key id shape, different on every call. */
export function awsKeyId(): string {
  return join('AKIA', rand(B32, 16));
}

/**
 * An OpenAI user key: verifiable, but no API revokes it, so the responder leaves its revocation
 * to a person (a GitHub token, by contrast, goes to the GitHub provider).
 */
export function manualToken(): string {
  return join('sk-', rand(ALNUM, 20), 'T3Blbk', 'FJ', rand(ALNUM, 20));
}
