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
import { rules as onePassword } from './1password/rule.js';
import { rules as age } from './age/rule.js';
import { rules as anthropic } from './anthropic/rule.js';
import { rules as atlassian } from './atlassian/rule.js';
import { rules as cloudflare } from './cloudflare/rule.js';
import { rules as credentialFiles } from './credential-files/rule.js';
import { rules as database } from './database/rule.js';
import { rules as databricks } from './databricks/rule.js';
import { rules as datadog } from './datadog/rule.js';
import { rules as digitalocean } from './digitalocean/rule.js';
import { rules as discord } from './discord/rule.js';
import { rules as figma } from './figma/rule.js';
import { rules as generic } from './generic/rule.js';
import { rules as grafana } from './grafana/rule.js';
import { rules as groq } from './groq/rule.js';
import { rules as hashicorpVault } from './hashicorp-vault/rule.js';
import { rules as heroku } from './heroku/rule.js';
import { rules as huggingface } from './huggingface/rule.js';
import { rules as linear } from './linear/rule.js';
import { rules as newrelic } from './newrelic/rule.js';
import { rules as notion } from './notion/rule.js';
import { rules as openai } from './openai/rule.js';
import { rules as postman } from './postman/rule.js';
import { rules as shopify } from './shopify/rule.js';
import { rules as square } from './square/rule.js';
import { rules as tailscale } from './tailscale/rule.js';
import { rules as telegram } from './telegram/rule.js';
import { rules as terraformCloud } from './terraform-cloud/rule.js';
import { rules as urlCredentials } from './url-credentials/rule.js';
import { rules as vercel } from './vercel/rule.js';
import { rules as jwt } from './jwt/rule.js';

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
  ...onePassword,
  ...age,
  ...anthropic,
  ...atlassian,
  ...cloudflare,
  ...credentialFiles,
  ...database,
  ...databricks,
  ...datadog,
  ...digitalocean,
  ...discord,
  ...figma,
  ...generic,
  ...grafana,
  ...groq,
  ...hashicorpVault,
  ...heroku,
  ...huggingface,
  ...linear,
  ...newrelic,
  ...notion,
  ...openai,
  ...postman,
  ...shopify,
  ...square,
  ...tailscale,
  ...telegram,
  ...terraformCloud,
  ...urlCredentials,
  ...vercel,
  ...jwt,
];
