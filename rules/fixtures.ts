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
import { fixtures as onePassword } from './1password/fixtures.js';
import { fixtures as age } from './age/fixtures.js';
import { fixtures as anthropic } from './anthropic/fixtures.js';
import { fixtures as atlassian } from './atlassian/fixtures.js';
import { fixtures as cloudflare } from './cloudflare/fixtures.js';
import { fixtures as credentialFiles } from './credential-files/fixtures.js';
import { fixtures as database } from './database/fixtures.js';
import { fixtures as databricks } from './databricks/fixtures.js';
import { fixtures as datadog } from './datadog/fixtures.js';
import { fixtures as digitalocean } from './digitalocean/fixtures.js';
import { fixtures as discord } from './discord/fixtures.js';
import { fixtures as figma } from './figma/fixtures.js';
import { fixtures as generic } from './generic/fixtures.js';
import { fixtures as grafana } from './grafana/fixtures.js';
import { fixtures as groq } from './groq/fixtures.js';
import { fixtures as hashicorpVault } from './hashicorp-vault/fixtures.js';
import { fixtures as heroku } from './heroku/fixtures.js';
import { fixtures as huggingface } from './huggingface/fixtures.js';
import { fixtures as linear } from './linear/fixtures.js';
import { fixtures as newrelic } from './newrelic/fixtures.js';
import { fixtures as notion } from './notion/fixtures.js';
import { fixtures as openai } from './openai/fixtures.js';
import { fixtures as postman } from './postman/fixtures.js';
import { fixtures as shopify } from './shopify/fixtures.js';
import { fixtures as square } from './square/fixtures.js';
import { fixtures as tailscale } from './tailscale/fixtures.js';
import { fixtures as telegram } from './telegram/fixtures.js';
import { fixtures as terraformCloud } from './terraform-cloud/fixtures.js';
import { fixtures as urlCredentials } from './url-credentials/fixtures.js';
import { fixtures as vercel } from './vercel/fixtures.js';
import { fixtures as jwt } from './jwt/fixtures.js';

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
  onePassword,
  age,
  anthropic,
  atlassian,
  cloudflare,
  credentialFiles,
  database,
  databricks,
  datadog,
  digitalocean,
  discord,
  figma,
  generic,
  grafana,
  groq,
  hashicorpVault,
  heroku,
  huggingface,
  linear,
  newrelic,
  notion,
  openai,
  postman,
  shopify,
  square,
  tailscale,
  telegram,
  terraformCloud,
  urlCredentials,
  vercel,
  jwt,
];
