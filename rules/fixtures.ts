// Every provider's fixtures, listed explicitly beside rules/index.ts. Test-only.
import type { RuleFixtures } from './types.js';
import { fixtures as aws } from './aws/fixtures.js';
// imports: cloud, code hosts, chat, keys, package registries, mail (keep sorted within)
import { fixtures as azure } from './azure/fixtures.js';
import { fixtures as docker } from './docker/fixtures.js';
import { fixtures as github } from './github/fixtures.js';
import { fixtures as gitlab } from './gitlab/fixtures.js';
import { fixtures as google } from './google/fixtures.js';
import { fixtures as mailchimp } from './mailchimp/fixtures.js';
import { fixtures as mailgun } from './mailgun/fixtures.js';
import { fixtures as npm } from './npm/fixtures.js';
import { fixtures as privateKey } from './private-key/fixtures.js';
import { fixtures as pypi } from './pypi/fixtures.js';
import { fixtures as sendgrid } from './sendgrid/fixtures.js';
import { fixtures as slack } from './slack/fixtures.js';
import { fixtures as stripe } from './stripe/fixtures.js';
import { fixtures as twilio } from './twilio/fixtures.js';
// imports: AI, SaaS, databases, URLs, files, generic (keep sorted within)

export const allFixtures: (() => RuleFixtures)[] = [
  aws,
  // fixtures: cloud, code hosts, chat, keys, package registries, mail
  azure,
  docker,
  github,
  gitlab,
  google,
  mailchimp,
  mailgun,
  npm,
  privateKey,
  pypi,
  sendgrid,
  slack,
  stripe,
  twilio,
  // fixtures: AI, SaaS, databases, URLs, files, generic
];
