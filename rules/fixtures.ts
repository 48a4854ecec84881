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

// imports: more providers, by folder name (keep sorted within)
import { fixtures as abuseipdb } from './abuseipdb/fixtures.js';
import { fixtures as adafruit } from './adafruit/fixtures.js';
import { fixtures as adobe } from './adobe/fixtures.js';
import { fixtures as aikido } from './aikido/fixtures.js';
import { fixtures as airtable } from './airtable/fixtures.js';
import { fixtures as aiven } from './aiven/fixtures.js';
import { fixtures as alchemy } from './alchemy/fixtures.js';
import { fixtures as algolia } from './algolia/fixtures.js';
import { fixtures as alibaba } from './alibaba/fixtures.js';
import { fixtures as amplitude } from './amplitude/fixtures.js';
import { fixtures as apify } from './apify/fixtures.js';
import { fixtures as apollo } from './apollo/fixtures.js';
import { fixtures as asaas } from './asaas/fixtures.js';
import { fixtures as asana } from './asana/fixtures.js';
import { fixtures as assemblyai } from './assemblyai/fixtures.js';
import { fixtures as auth0 } from './auth0/fixtures.js';
import { fixtures as authress } from './authress/fixtures.js';
import { fixtures as awsBedrock } from './aws-bedrock/fixtures.js';
import { fixtures as axiom } from './axiom/fixtures.js';
import { fixtures as beamer } from './beamer/fixtures.js';
import { fixtures as bigcommerce } from './bigcommerce/fixtures.js';
import { fixtures as bitbucket } from './bitbucket/fixtures.js';
import { fixtures as bitly } from './bitly/fixtures.js';
import { fixtures as bitrise } from './bitrise/fixtures.js';
import { fixtures as bittrex } from './bittrex/fixtures.js';
import { fixtures as bitwarden } from './bitwarden/fixtures.js';
import { fixtures as blynk } from './blynk/fixtures.js';
import { fixtures as box } from './box/fixtures.js';
import { fixtures as braintree } from './braintree/fixtures.js';
import { fixtures as brave } from './brave/fixtures.js';
import { fixtures as braze } from './braze/fixtures.js';
import { fixtures as brevo } from './brevo/fixtures.js';
import { fixtures as browserstack } from './browserstack/fixtures.js';
import { fixtures as bugsnag } from './bugsnag/fixtures.js';
import { fixtures as buildkite } from './buildkite/fixtures.js';
import { fixtures as canva } from './canva/fixtures.js';
import { fixtures as cartesia } from './cartesia/fixtures.js';
import { fixtures as cerebras } from './cerebras/fixtures.js';
import { fixtures as checkout } from './checkout/fixtures.js';
import { fixtures as circleci } from './circleci/fixtures.js';
import { fixtures as civo } from './civo/fixtures.js';
import { fixtures as clerk } from './clerk/fixtures.js';
import { fixtures as clickhouse } from './clickhouse/fixtures.js';
import { fixtures as clickup } from './clickup/fixtures.js';
import { fixtures as clojars } from './clojars/fixtures.js';
import { fixtures as cloudinary } from './cloudinary/fixtures.js';
import { fixtures as cloudsmith } from './cloudsmith/fixtures.js';
import { fixtures as cockroachlabs } from './cockroachlabs/fixtures.js';
import { fixtures as codeclimate } from './codeclimate/fixtures.js';
import { fixtures as codecov } from './codecov/fixtures.js';
import { fixtures as cohere } from './cohere/fixtures.js';
import { fixtures as coinbase } from './coinbase/fixtures.js';
import { fixtures as configcat } from './configcat/fixtures.js';
import { fixtures as confluent } from './confluent/fixtures.js';
import { fixtures as contentful } from './contentful/fixtures.js';
import { fixtures as couchbase } from './couchbase/fixtures.js';
import { fixtures as coveralls } from './coveralls/fixtures.js';
import { fixtures as cratesIo } from './crates-io/fixtures.js';
import { fixtures as curl } from './curl/fixtures.js';
import { fixtures as cursor } from './cursor/fixtures.js';
import { fixtures as databento } from './databento/fixtures.js';
import { fixtures as datagov } from './datagov/fixtures.js';
import { fixtures as datastax } from './datastax/fixtures.js';
import { fixtures as deepgram } from './deepgram/fixtures.js';
import { fixtures as deepseek } from './deepseek/fixtures.js';
import { fixtures as definedNetworking } from './defined-networking/fixtures.js';
import { fixtures as deno } from './deno/fixtures.js';
import { fixtures as dependencyTrack } from './dependency-track/fixtures.js';
import { fixtures as devcycle } from './devcycle/fixtures.js';
import { fixtures as devin } from './devin/fixtures.js';
import { fixtures as dingtalk } from './dingtalk/fixtures.js';
import { fixtures as disqus } from './disqus/fixtures.js';
import { fixtures as doppler } from './doppler/fixtures.js';
import { fixtures as drone } from './drone/fixtures.js';
import { fixtures as dropbox } from './dropbox/fixtures.js';
import { fixtures as duffel } from './duffel/fixtures.js';
import { fixtures as dynatrace } from './dynatrace/fixtures.js';
import { fixtures as easypost } from './easypost/fixtures.js';
import { fixtures as ebay } from './ebay/fixtures.js';
import { fixtures as elastic } from './elastic/fixtures.js';
import { fixtures as elevenlabs } from './elevenlabs/fixtures.js';
import { fixtures as endorlabs } from './endorlabs/fixtures.js';
import { fixtures as etherscan } from './etherscan/fixtures.js';
import { fixtures as etsy } from './etsy/fixtures.js';
import { fixtures as exoscale } from './exoscale/fixtures.js';
import { fixtures as expo } from './expo/fixtures.js';
import { fixtures as facebook } from './facebook/fixtures.js';
import { fixtures as fal } from './fal/fixtures.js';
import { fixtures as fastly } from './fastly/fixtures.js';
import { fixtures as finicity } from './finicity/fixtures.js';
import { fixtures as finnhub } from './finnhub/fixtures.js';
import { fixtures as firebase } from './firebase/fixtures.js';
import { fixtures as firecrawl } from './firecrawl/fixtures.js';
import { fixtures as fireworks } from './fireworks/fixtures.js';
import { fixtures as flickr } from './flickr/fixtures.js';
import { fixtures as flutterwave } from './flutterwave/fixtures.js';
import { fixtures as flyio } from './flyio/fixtures.js';
import { fixtures as frameio } from './frameio/fixtures.js';
import { fixtures as freemius } from './freemius/fixtures.js';
import { fixtures as freshbooks } from './freshbooks/fixtures.js';
import { fixtures as freshdesk } from './freshdesk/fixtures.js';
import { fixtures as fullstory } from './fullstory/fixtures.js';
import { fixtures as gcNotify } from './gc-notify/fixtures.js';
import { fixtures as ghost } from './ghost/fixtures.js';
import { fixtures as gitea } from './gitea/fixtures.js';
import { fixtures as gitter } from './gitter/fixtures.js';
import { fixtures as gocardless } from './gocardless/fixtures.js';
import { fixtures as googleChat } from './google-chat/fixtures.js';
import { fixtures as googleOauth } from './google-oauth/fixtures.js';
import { fixtures as gradle } from './gradle/fixtures.js';
import { fixtures as greptile } from './greptile/fixtures.js';
import { fixtures as gumroad } from './gumroad/fixtures.js';
import { fixtures as harness } from './harness/fixtures.js';
import { fixtures as hcp } from './hcp/fixtures.js';
import { fixtures as hetzner } from './hetzner/fixtures.js';
import { fixtures as highnote } from './highnote/fixtures.js';
import { fixtures as honeybadger } from './honeybadger/fixtures.js';
import { fixtures as honeycomb } from './honeycomb/fixtures.js';
import { fixtures as httpAuth } from './http-auth/fixtures.js';
import { fixtures as hubspot } from './hubspot/fixtures.js';
import { fixtures as hunter } from './hunter/fixtures.js';
import { fixtures as ibmCloud } from './ibm-cloud/fixtures.js';
import { fixtures as ifttt } from './ifttt/fixtures.js';
import { fixtures as infisical } from './infisical/fixtures.js';
import { fixtures as influxdb } from './influxdb/fixtures.js';
import { fixtures as infomaniak } from './infomaniak/fixtures.js';
import { fixtures as infracost } from './infracost/fixtures.js';
import { fixtures as infura } from './infura/fixtures.js';
import { fixtures as instantly } from './instantly/fixtures.js';
import { fixtures as intercom } from './intercom/fixtures.js';
import { fixtures as intra42 } from './intra42/fixtures.js';
import { fixtures as ionic } from './ionic/fixtures.js';
import { fixtures as jenkins } from './jenkins/fixtures.js';
import { fixtures as jfrog } from './jfrog/fixtures.js';
import { fixtures as jina } from './jina/fixtures.js';
import { fixtures as jumpcloud } from './jumpcloud/fixtures.js';
import { fixtures as kagi } from './kagi/fixtures.js';
import { fixtures as kerberos } from './kerberos/fixtures.js';
import { fixtures as klaviyo } from './klaviyo/fixtures.js';
import { fixtures as kraken } from './kraken/fixtures.js';
import { fixtures as kubernetes } from './kubernetes/fixtures.js';
import { fixtures as kucoin } from './kucoin/fixtures.js';
import { fixtures as labelbox } from './labelbox/fixtures.js';
import { fixtures as langfuse } from './langfuse/fixtures.js';
import { fixtures as langsmith } from './langsmith/fixtures.js';
import { fixtures as lark } from './lark/fixtures.js';
import { fixtures as launchdarkly } from './launchdarkly/fixtures.js';
import { fixtures as lichess } from './lichess/fixtures.js';
import { fixtures as lighton } from './lighton/fixtures.js';
import { fixtures as linkedin } from './linkedin/fixtures.js';
import { fixtures as linode } from './linode/fixtures.js';
import { fixtures as llamaindex } from './llamaindex/fixtures.js';
import { fixtures as lob } from './lob/fixtures.js';
import { fixtures as loggly } from './loggly/fixtures.js';
import { fixtures as looker } from './looker/fixtures.js';
import { fixtures as mailersend } from './mailersend/fixtures.js';
import { fixtures as mailjet } from './mailjet/fixtures.js';
import { fixtures as mandrill } from './mandrill/fixtures.js';
import { fixtures as mapbox } from './mapbox/fixtures.js';
import { fixtures as mattermost } from './mattermost/fixtures.js';
import { fixtures as maxmind } from './maxmind/fixtures.js';
import { fixtures as mem0 } from './mem0/fixtures.js';
import { fixtures as meraki } from './meraki/fixtures.js';
import { fixtures as mercury } from './mercury/fixtures.js';
import { fixtures as mergify } from './mergify/fixtures.js';
import { fixtures as messagebird } from './messagebird/fixtures.js';
import { fixtures as mezmo } from './mezmo/fixtures.js';
import { fixtures as microsoftTeams } from './microsoft-teams/fixtures.js';
import { fixtures as midtrans } from './midtrans/fixtures.js';
import { fixtures as minimax } from './minimax/fixtures.js';
import { fixtures as miro } from './miro/fixtures.js';
import { fixtures as mistral } from './mistral/fixtures.js';
import { fixtures as mixpanel } from './mixpanel/fixtures.js';
import { fixtures as mollie } from './mollie/fixtures.js';
import { fixtures as monday } from './monday/fixtures.js';
import { fixtures as mongodb } from './mongodb/fixtures.js';
import { fixtures as moonshot } from './moonshot/fixtures.js';
import { fixtures as mux } from './mux/fixtures.js';
import { fixtures as nasa } from './nasa/fixtures.js';
import { fixtures as neon } from './neon/fixtures.js';
import { fixtures as netlify } from './netlify/fixtures.js';
import { fixtures as ngrok } from './ngrok/fixtures.js';
import { fixtures as nuget } from './nuget/fixtures.js';
import { fixtures as nvidia } from './nvidia/fixtures.js';
import { fixtures as nylas } from './nylas/fixtures.js';
import { fixtures as nytimes } from './nytimes/fixtures.js';
import { fixtures as octopusDeploy } from './octopus-deploy/fixtures.js';
import { fixtures as okta } from './okta/fixtures.js';
import { fixtures as ollama } from './ollama/fixtures.js';
import { fixtures as onesignal } from './onesignal/fixtures.js';
import { fixtures as onfido } from './onfido/fixtures.js';
import { fixtures as openrouter } from './openrouter/fixtures.js';
import { fixtures as openshift } from './openshift/fixtures.js';
import { fixtures as openweather } from './openweather/fixtures.js';
import { fixtures as opsgenie } from './opsgenie/fixtures.js';
import { fixtures as ovh } from './ovh/fixtures.js';
import { fixtures as packagist } from './packagist/fixtures.js';
import { fixtures as paddle } from './paddle/fixtures.js';
import { fixtures as pagerduty } from './pagerduty/fixtures.js';
import { fixtures as particle } from './particle/fixtures.js';
import { fixtures as paypal } from './paypal/fixtures.js';
import { fixtures as perplexity } from './perplexity/fixtures.js';
import { fixtures as persona } from './persona/fixtures.js';
import { fixtures as phpmailer } from './phpmailer/fixtures.js';
import { fixtures as pinecone } from './pinecone/fixtures.js';
import { fixtures as pinterest } from './pinterest/fixtures.js';
import { fixtures as plaid } from './plaid/fixtures.js';
import { fixtures as planetscale } from './planetscale/fixtures.js';
import { fixtures as plivo } from './plivo/fixtures.js';
import { fixtures as polar } from './polar/fixtures.js';
import { fixtures as polymarket } from './polymarket/fixtures.js';
import { fixtures as portainer } from './portainer/fixtures.js';
import { fixtures as posthog } from './posthog/fixtures.js';
import { fixtures as postmark } from './postmark/fixtures.js';
import { fixtures as prefect } from './prefect/fixtures.js';
import { fixtures as presignedUrl } from './presigned-url/fixtures.js';
import { fixtures as privateai } from './privateai/fixtures.js';
import { fixtures as proof } from './proof/fixtures.js';
import { fixtures as psexec } from './psexec/fixtures.js';
import { fixtures as pulumi } from './pulumi/fixtures.js';
import { fixtures as pusher } from './pusher/fixtures.js';
import { fixtures as pyx } from './pyx/fixtures.js';
import { fixtures as rainforestPay } from './rainforest-pay/fixtures.js';
import { fixtures as ramp } from './ramp/fixtures.js';
import { fixtures as rancher } from './rancher/fixtures.js';
import { fixtures as rapidapi } from './rapidapi/fixtures.js';
import { fixtures as razorpay } from './razorpay/fixtures.js';
import { fixtures as react } from './react/fixtures.js';
import { fixtures as readme } from './readme/fixtures.js';
import { fixtures as redirectPizza } from './redirect-pizza/fixtures.js';
import { fixtures as render } from './render/fixtures.js';
import { fixtures as replicate } from './replicate/fixtures.js';
import { fixtures as resend } from './resend/fixtures.js';
import { fixtures as retell } from './retell/fixtures.js';
import { fixtures as rollbar } from './rollbar/fixtures.js';
import { fixtures as rootly } from './rootly/fixtures.js';
import { fixtures as rubygems } from './rubygems/fixtures.js';
import { fixtures as runpod } from './runpod/fixtures.js';
import { fixtures as salesforce } from './salesforce/fixtures.js';
import { fixtures as samsara } from './samsara/fixtures.js';
import { fixtures as saucelabs } from './saucelabs/fixtures.js';
import { fixtures as scaleway } from './scaleway/fixtures.js';
import { fixtures as scalingo } from './scalingo/fixtures.js';
import { fixtures as scalr } from './scalr/fixtures.js';
import { fixtures as segment } from './segment/fixtures.js';
import { fixtures as sendbird } from './sendbird/fixtures.js';
import { fixtures as sentry } from './sentry/fixtures.js';
import { fixtures as settlemint } from './settlemint/fixtures.js';
import { fixtures as shippo } from './shippo/fixtures.js';
import { fixtures as sidekiq } from './sidekiq/fixtures.js';
import { fixtures as snowflake } from './snowflake/fixtures.js';
import { fixtures as snyk } from './snyk/fixtures.js';
import { fixtures as sonarqube } from './sonarqube/fixtures.js';
import { fixtures as sourcegraph } from './sourcegraph/fixtures.js';
import { fixtures as splunk } from './splunk/fixtures.js';
import { fixtures as squarespace } from './squarespace/fixtures.js';
import { fixtures as sslmate } from './sslmate/fixtures.js';
import { fixtures as stability } from './stability/fixtures.js';
import { fixtures as stackhawk } from './stackhawk/fixtures.js';
import { fixtures as statsig } from './statsig/fixtures.js';
import { fixtures as sumologic } from './sumologic/fixtures.js';
import { fixtures as supabase } from './supabase/fixtures.js';
import { fixtures as tableau } from './tableau/fixtures.js';
import { fixtures as tavily } from './tavily/fixtures.js';
import { fixtures as teamcity } from './teamcity/fixtures.js';
import { fixtures as telnyx } from './telnyx/fixtures.js';
import { fixtures as temporal } from './temporal/fixtures.js';
import { fixtures as tencent } from './tencent/fixtures.js';
import { fixtures as thingsboard } from './thingsboard/fixtures.js';
import { fixtures as thunderstore } from './thunderstore/fixtures.js';
import { fixtures as together } from './together/fixtures.js';
import { fixtures as travisCi } from './travis-ci/fixtures.js';
import { fixtures as trello } from './trello/fixtures.js';
import { fixtures as truenas } from './truenas/fixtures.js';
import { fixtures as twitch } from './twitch/fixtures.js';
import { fixtures as twitter } from './twitter/fixtures.js';
import { fixtures as typeform } from './typeform/fixtures.js';
import { fixtures as unkey } from './unkey/fixtures.js';
import { fixtures as upcloud } from './upcloud/fixtures.js';
import { fixtures as upstage } from './upstage/fixtures.js';
import { fixtures as upstash } from './upstash/fixtures.js';
import { fixtures as valTown } from './val-town/fixtures.js';
import { fixtures as virustotal } from './virustotal/fixtures.js';
import { fixtures as vmware } from './vmware/fixtures.js';
import { fixtures as vonage } from './vonage/fixtures.js';
import { fixtures as voyage } from './voyage/fixtures.js';
import { fixtures as vultr } from './vultr/fixtures.js';
import { fixtures as wakatime } from './wakatime/fixtures.js';
import { fixtures as wandb } from './wandb/fixtures.js';
import { fixtures as weatherstack } from './weatherstack/fixtures.js';
import { fixtures as wecom } from './wecom/fixtures.js';
import { fixtures as wireguard } from './wireguard/fixtures.js';
import { fixtures as wiz } from './wiz/fixtures.js';
import { fixtures as woocommerce } from './woocommerce/fixtures.js';
import { fixtures as workato } from './workato/fixtures.js';
import { fixtures as workos } from './workos/fixtures.js';
import { fixtures as xai } from './xai/fixtures.js';
import { fixtures as xata } from './xata/fixtures.js';
import { fixtures as xendit } from './xendit/fixtures.js';
import { fixtures as yandex } from './yandex/fixtures.js';
import { fixtures as zapier } from './zapier/fixtures.js';
import { fixtures as zendesk } from './zendesk/fixtures.js';
import { fixtures as zhipu } from './zhipu/fixtures.js';
import { fixtures as zoho } from './zoho/fixtures.js';
import { fixtures as zuplo } from './zuplo/fixtures.js';

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
  // fixtures: more providers, by folder name
  abuseipdb,
  adafruit,
  adobe,
  aikido,
  airtable,
  aiven,
  alchemy,
  algolia,
  alibaba,
  amplitude,
  apify,
  apollo,
  asaas,
  asana,
  assemblyai,
  auth0,
  authress,
  awsBedrock,
  axiom,
  beamer,
  bigcommerce,
  bitbucket,
  bitly,
  bitrise,
  bittrex,
  bitwarden,
  blynk,
  box,
  braintree,
  brave,
  braze,
  brevo,
  browserstack,
  bugsnag,
  buildkite,
  canva,
  cartesia,
  cerebras,
  checkout,
  circleci,
  civo,
  clerk,
  clickhouse,
  clickup,
  clojars,
  cloudinary,
  cloudsmith,
  cockroachlabs,
  codeclimate,
  codecov,
  cohere,
  coinbase,
  configcat,
  confluent,
  contentful,
  couchbase,
  coveralls,
  cratesIo,
  curl,
  cursor,
  databento,
  datagov,
  datastax,
  deepgram,
  deepseek,
  definedNetworking,
  deno,
  dependencyTrack,
  devcycle,
  devin,
  dingtalk,
  disqus,
  doppler,
  drone,
  dropbox,
  duffel,
  dynatrace,
  easypost,
  ebay,
  elastic,
  elevenlabs,
  endorlabs,
  etherscan,
  etsy,
  exoscale,
  expo,
  facebook,
  fal,
  fastly,
  finicity,
  finnhub,
  firebase,
  firecrawl,
  fireworks,
  flickr,
  flutterwave,
  flyio,
  frameio,
  freemius,
  freshbooks,
  freshdesk,
  fullstory,
  gcNotify,
  ghost,
  gitea,
  gitter,
  gocardless,
  googleChat,
  googleOauth,
  gradle,
  greptile,
  gumroad,
  harness,
  hcp,
  hetzner,
  highnote,
  honeybadger,
  honeycomb,
  httpAuth,
  hubspot,
  hunter,
  ibmCloud,
  ifttt,
  infisical,
  influxdb,
  infomaniak,
  infracost,
  infura,
  instantly,
  intercom,
  intra42,
  ionic,
  jenkins,
  jfrog,
  jina,
  jumpcloud,
  kagi,
  kerberos,
  klaviyo,
  kraken,
  kubernetes,
  kucoin,
  labelbox,
  langfuse,
  langsmith,
  lark,
  launchdarkly,
  lichess,
  lighton,
  linkedin,
  linode,
  llamaindex,
  lob,
  loggly,
  looker,
  mailersend,
  mailjet,
  mandrill,
  mapbox,
  mattermost,
  maxmind,
  mem0,
  meraki,
  mercury,
  mergify,
  messagebird,
  mezmo,
  microsoftTeams,
  midtrans,
  minimax,
  miro,
  mistral,
  mixpanel,
  mollie,
  monday,
  mongodb,
  moonshot,
  mux,
  nasa,
  neon,
  netlify,
  ngrok,
  nuget,
  nvidia,
  nylas,
  nytimes,
  octopusDeploy,
  okta,
  ollama,
  onesignal,
  onfido,
  openrouter,
  openshift,
  openweather,
  opsgenie,
  ovh,
  packagist,
  paddle,
  pagerduty,
  particle,
  paypal,
  perplexity,
  persona,
  phpmailer,
  pinecone,
  pinterest,
  plaid,
  planetscale,
  plivo,
  polar,
  polymarket,
  portainer,
  posthog,
  postmark,
  prefect,
  presignedUrl,
  privateai,
  proof,
  psexec,
  pulumi,
  pusher,
  pyx,
  rainforestPay,
  ramp,
  rancher,
  rapidapi,
  razorpay,
  react,
  readme,
  redirectPizza,
  render,
  replicate,
  resend,
  retell,
  rollbar,
  rootly,
  rubygems,
  runpod,
  salesforce,
  samsara,
  saucelabs,
  scaleway,
  scalingo,
  scalr,
  segment,
  sendbird,
  sentry,
  settlemint,
  shippo,
  sidekiq,
  snowflake,
  snyk,
  sonarqube,
  sourcegraph,
  splunk,
  squarespace,
  sslmate,
  stability,
  stackhawk,
  statsig,
  sumologic,
  supabase,
  tableau,
  tavily,
  teamcity,
  telnyx,
  temporal,
  tencent,
  thingsboard,
  thunderstore,
  together,
  travisCi,
  trello,
  truenas,
  twitch,
  twitter,
  typeform,
  unkey,
  upcloud,
  upstage,
  upstash,
  valTown,
  virustotal,
  vmware,
  vonage,
  voyage,
  vultr,
  wakatime,
  wandb,
  weatherstack,
  wecom,
  wireguard,
  wiz,
  woocommerce,
  workato,
  workos,
  xai,
  xata,
  xendit,
  yandex,
  zapier,
  zendesk,
  zhipu,
  zoho,
  zuplo,
];
