// Every built-in detection rule, listed explicitly. Worker threads load this file, so each
// rule module imported here must stay free of I/O.
import type { Rule } from './types.js';
import { rules as aws } from './aws/rule.js';
// imports: cloud, code hosts, chat, keys, package registries, mail (keep sorted within)
import { rules as azure } from './azure/rule.js';
import { rules as docker } from './docker/rule.js';
import { rules as github } from './github/rule.js';
import { rules as gitlab } from './gitlab/rule.js';
import { rules as google } from './google/rule.js';
import { rules as mailchimp } from './mailchimp/rule.js';
import { rules as mailgun } from './mailgun/rule.js';
import { rules as npm } from './npm/rule.js';
import { rules as privateKey } from './private-key/rule.js';
import { rules as pypi } from './pypi/rule.js';
import { rules as sendgrid } from './sendgrid/rule.js';
import { rules as slack } from './slack/rule.js';
import { rules as stripe } from './stripe/rule.js';
import { rules as twilio } from './twilio/rule.js';
// imports: AI, SaaS, databases, URLs, files, generic (keep sorted within)

export const defaultRules: Rule[] = [
  ...aws,
  // rules: cloud, code hosts, chat, keys, package registries, mail
  ...azure,
  ...docker,
  ...github,
  ...gitlab,
  ...google,
  ...mailchimp,
  ...mailgun,
  ...npm,
  ...privateKey,
  ...pypi,
  ...sendgrid,
  ...slack,
  ...stripe,
  ...twilio,
  // rules: AI, SaaS, databases, URLs, files, generic
];
