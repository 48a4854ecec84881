// Credential-shaped strings for git tests, built at run time (never committed as literals).
import { join, rand, seed } from '../../rules/fixture-kit.js';
import { B32 } from './secrets.js';

seed(0x5eed);

/** A fresh AWS access key id shape, different on every call. */
export function awsKeyId(): string {
  return join('AKIA', rand(B32, 16));
}
