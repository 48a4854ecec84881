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

// imports: more providers, by folder name (keep sorted within)
import { rules as abuseipdb } from './abuseipdb/rule.js';
import { rules as adafruit } from './adafruit/rule.js';
import { rules as adobe } from './adobe/rule.js';
import { rules as aikido } from './aikido/rule.js';
import { rules as airtable } from './airtable/rule.js';
import { rules as aiven } from './aiven/rule.js';
import { rules as alchemy } from './alchemy/rule.js';
import { rules as algolia } from './algolia/rule.js';
import { rules as alibaba } from './alibaba/rule.js';
import { rules as amplitude } from './amplitude/rule.js';
import { rules as apify } from './apify/rule.js';
import { rules as apollo } from './apollo/rule.js';
import { rules as asaas } from './asaas/rule.js';
import { rules as asana } from './asana/rule.js';
import { rules as assemblyai } from './assemblyai/rule.js';
import { rules as auth0 } from './auth0/rule.js';
import { rules as authress } from './authress/rule.js';
import { rules as awsBedrock } from './aws-bedrock/rule.js';
import { rules as axiom } from './axiom/rule.js';
import { rules as beamer } from './beamer/rule.js';
import { rules as bigcommerce } from './bigcommerce/rule.js';
import { rules as bitbucket } from './bitbucket/rule.js';
import { rules as bitly } from './bitly/rule.js';
import { rules as bitrise } from './bitrise/rule.js';
import { rules as bittrex } from './bittrex/rule.js';
import { rules as bitwarden } from './bitwarden/rule.js';
import { rules as blynk } from './blynk/rule.js';
import { rules as box } from './box/rule.js';
import { rules as braintree } from './braintree/rule.js';
import { rules as brave } from './brave/rule.js';
import { rules as braze } from './braze/rule.js';
import { rules as brevo } from './brevo/rule.js';
import { rules as browserstack } from './browserstack/rule.js';
import { rules as bugsnag } from './bugsnag/rule.js';
import { rules as buildkite } from './buildkite/rule.js';
import { rules as canva } from './canva/rule.js';
import { rules as cartesia } from './cartesia/rule.js';
import { rules as cerebras } from './cerebras/rule.js';
import { rules as checkout } from './checkout/rule.js';
import { rules as circleci } from './circleci/rule.js';
import { rules as civo } from './civo/rule.js';
import { rules as clerk } from './clerk/rule.js';
import { rules as clickhouse } from './clickhouse/rule.js';
import { rules as clickup } from './clickup/rule.js';
import { rules as clojars } from './clojars/rule.js';
import { rules as cloudinary } from './cloudinary/rule.js';
import { rules as cloudsmith } from './cloudsmith/rule.js';
import { rules as cockroachlabs } from './cockroachlabs/rule.js';
import { rules as codeclimate } from './codeclimate/rule.js';
import { rules as codecov } from './codecov/rule.js';
import { rules as cohere } from './cohere/rule.js';
import { rules as coinbase } from './coinbase/rule.js';
import { rules as configcat } from './configcat/rule.js';
import { rules as confluent } from './confluent/rule.js';
import { rules as contentful } from './contentful/rule.js';
import { rules as couchbase } from './couchbase/rule.js';
import { rules as coveralls } from './coveralls/rule.js';
import { rules as cratesIo } from './crates-io/rule.js';
import { rules as curl } from './curl/rule.js';
import { rules as cursor } from './cursor/rule.js';
import { rules as databento } from './databento/rule.js';
import { rules as datagov } from './datagov/rule.js';
import { rules as datastax } from './datastax/rule.js';
import { rules as deepgram } from './deepgram/rule.js';
import { rules as deepseek } from './deepseek/rule.js';
import { rules as definedNetworking } from './defined-networking/rule.js';
import { rules as deno } from './deno/rule.js';
import { rules as dependencyTrack } from './dependency-track/rule.js';
import { rules as devcycle } from './devcycle/rule.js';
import { rules as devin } from './devin/rule.js';
import { rules as dingtalk } from './dingtalk/rule.js';
import { rules as disqus } from './disqus/rule.js';
import { rules as doppler } from './doppler/rule.js';
import { rules as drone } from './drone/rule.js';
import { rules as dropbox } from './dropbox/rule.js';
import { rules as duffel } from './duffel/rule.js';
import { rules as dynatrace } from './dynatrace/rule.js';
import { rules as easypost } from './easypost/rule.js';
import { rules as ebay } from './ebay/rule.js';
import { rules as elastic } from './elastic/rule.js';
import { rules as elevenlabs } from './elevenlabs/rule.js';
import { rules as endorlabs } from './endorlabs/rule.js';
import { rules as etherscan } from './etherscan/rule.js';
import { rules as etsy } from './etsy/rule.js';
import { rules as exoscale } from './exoscale/rule.js';
import { rules as expo } from './expo/rule.js';
import { rules as facebook } from './facebook/rule.js';
import { rules as fal } from './fal/rule.js';
import { rules as fastly } from './fastly/rule.js';
import { rules as finicity } from './finicity/rule.js';
import { rules as finnhub } from './finnhub/rule.js';
import { rules as firebase } from './firebase/rule.js';
import { rules as firecrawl } from './firecrawl/rule.js';
import { rules as fireworks } from './fireworks/rule.js';
import { rules as flickr } from './flickr/rule.js';
import { rules as flutterwave } from './flutterwave/rule.js';
import { rules as flyio } from './flyio/rule.js';
import { rules as frameio } from './frameio/rule.js';
import { rules as freemius } from './freemius/rule.js';
import { rules as freshbooks } from './freshbooks/rule.js';
import { rules as freshdesk } from './freshdesk/rule.js';
import { rules as fullstory } from './fullstory/rule.js';
import { rules as gcNotify } from './gc-notify/rule.js';
import { rules as ghost } from './ghost/rule.js';
import { rules as gitea } from './gitea/rule.js';
import { rules as gitter } from './gitter/rule.js';
import { rules as gocardless } from './gocardless/rule.js';
import { rules as googleChat } from './google-chat/rule.js';
import { rules as googleOauth } from './google-oauth/rule.js';
import { rules as gradle } from './gradle/rule.js';
import { rules as greptile } from './greptile/rule.js';
import { rules as gumroad } from './gumroad/rule.js';
import { rules as harness } from './harness/rule.js';
import { rules as hcp } from './hcp/rule.js';
import { rules as hetzner } from './hetzner/rule.js';
import { rules as highnote } from './highnote/rule.js';
import { rules as honeybadger } from './honeybadger/rule.js';
import { rules as honeycomb } from './honeycomb/rule.js';
import { rules as httpAuth } from './http-auth/rule.js';
import { rules as hubspot } from './hubspot/rule.js';
import { rules as hunter } from './hunter/rule.js';
import { rules as ibmCloud } from './ibm-cloud/rule.js';
import { rules as ifttt } from './ifttt/rule.js';
import { rules as infisical } from './infisical/rule.js';
import { rules as influxdb } from './influxdb/rule.js';
import { rules as infomaniak } from './infomaniak/rule.js';
import { rules as infracost } from './infracost/rule.js';
import { rules as infura } from './infura/rule.js';
import { rules as instantly } from './instantly/rule.js';
import { rules as intercom } from './intercom/rule.js';
import { rules as intra42 } from './intra42/rule.js';
import { rules as ionic } from './ionic/rule.js';
import { rules as jenkins } from './jenkins/rule.js';
import { rules as jfrog } from './jfrog/rule.js';
import { rules as jina } from './jina/rule.js';
import { rules as jumpcloud } from './jumpcloud/rule.js';
import { rules as kagi } from './kagi/rule.js';
import { rules as kerberos } from './kerberos/rule.js';
import { rules as klaviyo } from './klaviyo/rule.js';
import { rules as kraken } from './kraken/rule.js';
import { rules as kubernetes } from './kubernetes/rule.js';
import { rules as kucoin } from './kucoin/rule.js';
import { rules as labelbox } from './labelbox/rule.js';
import { rules as langfuse } from './langfuse/rule.js';
import { rules as langsmith } from './langsmith/rule.js';
import { rules as lark } from './lark/rule.js';
import { rules as launchdarkly } from './launchdarkly/rule.js';
import { rules as lichess } from './lichess/rule.js';
import { rules as lighton } from './lighton/rule.js';
import { rules as linkedin } from './linkedin/rule.js';
import { rules as linode } from './linode/rule.js';
import { rules as llamaindex } from './llamaindex/rule.js';
import { rules as lob } from './lob/rule.js';
import { rules as loggly } from './loggly/rule.js';
import { rules as looker } from './looker/rule.js';
import { rules as mailersend } from './mailersend/rule.js';
import { rules as mailjet } from './mailjet/rule.js';
import { rules as mandrill } from './mandrill/rule.js';
import { rules as mapbox } from './mapbox/rule.js';
import { rules as mattermost } from './mattermost/rule.js';
import { rules as maxmind } from './maxmind/rule.js';
import { rules as mem0 } from './mem0/rule.js';
import { rules as meraki } from './meraki/rule.js';
import { rules as mercury } from './mercury/rule.js';
import { rules as mergify } from './mergify/rule.js';
import { rules as messagebird } from './messagebird/rule.js';
import { rules as mezmo } from './mezmo/rule.js';
import { rules as microsoftTeams } from './microsoft-teams/rule.js';
import { rules as midtrans } from './midtrans/rule.js';
import { rules as minimax } from './minimax/rule.js';
import { rules as miro } from './miro/rule.js';
import { rules as mistral } from './mistral/rule.js';
import { rules as mixpanel } from './mixpanel/rule.js';
import { rules as mollie } from './mollie/rule.js';
import { rules as monday } from './monday/rule.js';
import { rules as mongodb } from './mongodb/rule.js';
import { rules as moonshot } from './moonshot/rule.js';
import { rules as mux } from './mux/rule.js';
import { rules as nasa } from './nasa/rule.js';
import { rules as neon } from './neon/rule.js';
import { rules as netlify } from './netlify/rule.js';
import { rules as ngrok } from './ngrok/rule.js';
import { rules as nuget } from './nuget/rule.js';
import { rules as nvidia } from './nvidia/rule.js';
import { rules as nylas } from './nylas/rule.js';
import { rules as nytimes } from './nytimes/rule.js';
import { rules as octopusDeploy } from './octopus-deploy/rule.js';
import { rules as okta } from './okta/rule.js';
import { rules as ollama } from './ollama/rule.js';
import { rules as onesignal } from './onesignal/rule.js';
import { rules as onfido } from './onfido/rule.js';
import { rules as openrouter } from './openrouter/rule.js';
import { rules as openshift } from './openshift/rule.js';
import { rules as openweather } from './openweather/rule.js';
import { rules as opsgenie } from './opsgenie/rule.js';
import { rules as ovh } from './ovh/rule.js';
import { rules as packagist } from './packagist/rule.js';
import { rules as paddle } from './paddle/rule.js';
import { rules as pagerduty } from './pagerduty/rule.js';
import { rules as particle } from './particle/rule.js';
import { rules as paypal } from './paypal/rule.js';
import { rules as perplexity } from './perplexity/rule.js';
import { rules as persona } from './persona/rule.js';
import { rules as phpmailer } from './phpmailer/rule.js';
import { rules as pinecone } from './pinecone/rule.js';
import { rules as pinterest } from './pinterest/rule.js';
import { rules as plaid } from './plaid/rule.js';
import { rules as planetscale } from './planetscale/rule.js';
import { rules as plivo } from './plivo/rule.js';
import { rules as polar } from './polar/rule.js';
import { rules as polymarket } from './polymarket/rule.js';
import { rules as portainer } from './portainer/rule.js';
import { rules as posthog } from './posthog/rule.js';
import { rules as postmark } from './postmark/rule.js';
import { rules as prefect } from './prefect/rule.js';
import { rules as presignedUrl } from './presigned-url/rule.js';
import { rules as privateai } from './privateai/rule.js';
import { rules as proof } from './proof/rule.js';
import { rules as psexec } from './psexec/rule.js';
import { rules as pulumi } from './pulumi/rule.js';
import { rules as pusher } from './pusher/rule.js';
import { rules as pyx } from './pyx/rule.js';
import { rules as rainforestPay } from './rainforest-pay/rule.js';
import { rules as ramp } from './ramp/rule.js';
import { rules as rancher } from './rancher/rule.js';
import { rules as rapidapi } from './rapidapi/rule.js';
import { rules as razorpay } from './razorpay/rule.js';
import { rules as react } from './react/rule.js';
import { rules as readme } from './readme/rule.js';
import { rules as redirectPizza } from './redirect-pizza/rule.js';
import { rules as render } from './render/rule.js';
import { rules as replicate } from './replicate/rule.js';
import { rules as resend } from './resend/rule.js';
import { rules as retell } from './retell/rule.js';
import { rules as rollbar } from './rollbar/rule.js';
import { rules as rootly } from './rootly/rule.js';
import { rules as rubygems } from './rubygems/rule.js';
import { rules as runpod } from './runpod/rule.js';
import { rules as salesforce } from './salesforce/rule.js';
import { rules as samsara } from './samsara/rule.js';
import { rules as saucelabs } from './saucelabs/rule.js';
import { rules as scaleway } from './scaleway/rule.js';
import { rules as scalingo } from './scalingo/rule.js';
import { rules as scalr } from './scalr/rule.js';
import { rules as segment } from './segment/rule.js';
import { rules as sendbird } from './sendbird/rule.js';
import { rules as sentry } from './sentry/rule.js';
import { rules as settlemint } from './settlemint/rule.js';
import { rules as shippo } from './shippo/rule.js';
import { rules as sidekiq } from './sidekiq/rule.js';
import { rules as snowflake } from './snowflake/rule.js';
import { rules as snyk } from './snyk/rule.js';
import { rules as sonarqube } from './sonarqube/rule.js';
import { rules as sourcegraph } from './sourcegraph/rule.js';
import { rules as splunk } from './splunk/rule.js';
import { rules as squarespace } from './squarespace/rule.js';
import { rules as sslmate } from './sslmate/rule.js';
import { rules as stability } from './stability/rule.js';
import { rules as stackhawk } from './stackhawk/rule.js';
import { rules as statsig } from './statsig/rule.js';
import { rules as sumologic } from './sumologic/rule.js';
import { rules as supabase } from './supabase/rule.js';
import { rules as tableau } from './tableau/rule.js';
import { rules as tavily } from './tavily/rule.js';
import { rules as teamcity } from './teamcity/rule.js';
import { rules as telnyx } from './telnyx/rule.js';
import { rules as temporal } from './temporal/rule.js';
import { rules as tencent } from './tencent/rule.js';
import { rules as thingsboard } from './thingsboard/rule.js';
import { rules as thunderstore } from './thunderstore/rule.js';
import { rules as together } from './together/rule.js';
import { rules as travisCi } from './travis-ci/rule.js';
import { rules as trello } from './trello/rule.js';
import { rules as truenas } from './truenas/rule.js';
import { rules as twitch } from './twitch/rule.js';
import { rules as twitter } from './twitter/rule.js';
import { rules as typeform } from './typeform/rule.js';
import { rules as unkey } from './unkey/rule.js';
import { rules as upcloud } from './upcloud/rule.js';
import { rules as upstage } from './upstage/rule.js';
import { rules as upstash } from './upstash/rule.js';
import { rules as valTown } from './val-town/rule.js';
import { rules as virustotal } from './virustotal/rule.js';
import { rules as vmware } from './vmware/rule.js';
import { rules as vonage } from './vonage/rule.js';
import { rules as voyage } from './voyage/rule.js';
import { rules as vultr } from './vultr/rule.js';
import { rules as wakatime } from './wakatime/rule.js';
import { rules as wandb } from './wandb/rule.js';
import { rules as weatherstack } from './weatherstack/rule.js';
import { rules as wecom } from './wecom/rule.js';
import { rules as wireguard } from './wireguard/rule.js';
import { rules as wiz } from './wiz/rule.js';
import { rules as woocommerce } from './woocommerce/rule.js';
import { rules as workato } from './workato/rule.js';
import { rules as workos } from './workos/rule.js';
import { rules as xai } from './xai/rule.js';
import { rules as xata } from './xata/rule.js';
import { rules as xendit } from './xendit/rule.js';
import { rules as yandex } from './yandex/rule.js';
import { rules as zapier } from './zapier/rule.js';
import { rules as zendesk } from './zendesk/rule.js';
import { rules as zhipu } from './zhipu/rule.js';
import { rules as zoho } from './zoho/rule.js';
import { rules as zuplo } from './zuplo/rule.js';

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
  // rules: more providers, by folder name
  ...abuseipdb,
  ...adafruit,
  ...adobe,
  ...aikido,
  ...airtable,
  ...aiven,
  ...alchemy,
  ...algolia,
  ...alibaba,
  ...amplitude,
  ...apify,
  ...apollo,
  ...asaas,
  ...asana,
  ...assemblyai,
  ...auth0,
  ...authress,
  ...awsBedrock,
  ...axiom,
  ...beamer,
  ...bigcommerce,
  ...bitbucket,
  ...bitly,
  ...bitrise,
  ...bittrex,
  ...bitwarden,
  ...blynk,
  ...box,
  ...braintree,
  ...brave,
  ...braze,
  ...brevo,
  ...browserstack,
  ...bugsnag,
  ...buildkite,
  ...canva,
  ...cartesia,
  ...cerebras,
  ...checkout,
  ...circleci,
  ...civo,
  ...clerk,
  ...clickhouse,
  ...clickup,
  ...clojars,
  ...cloudinary,
  ...cloudsmith,
  ...cockroachlabs,
  ...codeclimate,
  ...codecov,
  ...cohere,
  ...coinbase,
  ...configcat,
  ...confluent,
  ...contentful,
  ...couchbase,
  ...coveralls,
  ...cratesIo,
  ...curl,
  ...cursor,
  ...databento,
  ...datagov,
  ...datastax,
  ...deepgram,
  ...deepseek,
  ...definedNetworking,
  ...deno,
  ...dependencyTrack,
  ...devcycle,
  ...devin,
  ...dingtalk,
  ...disqus,
  ...doppler,
  ...drone,
  ...dropbox,
  ...duffel,
  ...dynatrace,
  ...easypost,
  ...ebay,
  ...elastic,
  ...elevenlabs,
  ...endorlabs,
  ...etherscan,
  ...etsy,
  ...exoscale,
  ...expo,
  ...facebook,
  ...fal,
  ...fastly,
  ...finicity,
  ...finnhub,
  ...firebase,
  ...firecrawl,
  ...fireworks,
  ...flickr,
  ...flutterwave,
  ...flyio,
  ...frameio,
  ...freemius,
  ...freshbooks,
  ...freshdesk,
  ...fullstory,
  ...gcNotify,
  ...ghost,
  ...gitea,
  ...gitter,
  ...gocardless,
  ...googleChat,
  ...googleOauth,
  ...gradle,
  ...greptile,
  ...gumroad,
  ...harness,
  ...hcp,
  ...hetzner,
  ...highnote,
  ...honeybadger,
  ...honeycomb,
  ...httpAuth,
  ...hubspot,
  ...hunter,
  ...ibmCloud,
  ...ifttt,
  ...infisical,
  ...influxdb,
  ...infomaniak,
  ...infracost,
  ...infura,
  ...instantly,
  ...intercom,
  ...intra42,
  ...ionic,
  ...jenkins,
  ...jfrog,
  ...jina,
  ...jumpcloud,
  ...kagi,
  ...kerberos,
  ...klaviyo,
  ...kraken,
  ...kubernetes,
  ...kucoin,
  ...labelbox,
  ...langfuse,
  ...langsmith,
  ...lark,
  ...launchdarkly,
  ...lichess,
  ...lighton,
  ...linkedin,
  ...linode,
  ...llamaindex,
  ...lob,
  ...loggly,
  ...looker,
  ...mailersend,
  ...mailjet,
  ...mandrill,
  ...mapbox,
  ...mattermost,
  ...maxmind,
  ...mem0,
  ...meraki,
  ...mercury,
  ...mergify,
  ...messagebird,
  ...mezmo,
  ...microsoftTeams,
  ...midtrans,
  ...minimax,
  ...miro,
  ...mistral,
  ...mixpanel,
  ...mollie,
  ...monday,
  ...mongodb,
  ...moonshot,
  ...mux,
  ...nasa,
  ...neon,
  ...netlify,
  ...ngrok,
  ...nuget,
  ...nvidia,
  ...nylas,
  ...nytimes,
  ...octopusDeploy,
  ...okta,
  ...ollama,
  ...onesignal,
  ...onfido,
  ...openrouter,
  ...openshift,
  ...openweather,
  ...opsgenie,
  ...ovh,
  ...packagist,
  ...paddle,
  ...pagerduty,
  ...particle,
  ...paypal,
  ...perplexity,
  ...persona,
  ...phpmailer,
  ...pinecone,
  ...pinterest,
  ...plaid,
  ...planetscale,
  ...plivo,
  ...polar,
  ...polymarket,
  ...portainer,
  ...posthog,
  ...postmark,
  ...prefect,
  ...presignedUrl,
  ...privateai,
  ...proof,
  ...psexec,
  ...pulumi,
  ...pusher,
  ...pyx,
  ...rainforestPay,
  ...ramp,
  ...rancher,
  ...rapidapi,
  ...razorpay,
  ...react,
  ...readme,
  ...redirectPizza,
  ...render,
  ...replicate,
  ...resend,
  ...retell,
  ...rollbar,
  ...rootly,
  ...rubygems,
  ...runpod,
  ...salesforce,
  ...samsara,
  ...saucelabs,
  ...scaleway,
  ...scalingo,
  ...scalr,
  ...segment,
  ...sendbird,
  ...sentry,
  ...settlemint,
  ...shippo,
  ...sidekiq,
  ...snowflake,
  ...snyk,
  ...sonarqube,
  ...sourcegraph,
  ...splunk,
  ...squarespace,
  ...sslmate,
  ...stability,
  ...stackhawk,
  ...statsig,
  ...sumologic,
  ...supabase,
  ...tableau,
  ...tavily,
  ...teamcity,
  ...telnyx,
  ...temporal,
  ...tencent,
  ...thingsboard,
  ...thunderstore,
  ...together,
  ...travisCi,
  ...trello,
  ...truenas,
  ...twitch,
  ...twitter,
  ...typeform,
  ...unkey,
  ...upcloud,
  ...upstage,
  ...upstash,
  ...valTown,
  ...virustotal,
  ...vmware,
  ...vonage,
  ...voyage,
  ...vultr,
  ...wakatime,
  ...wandb,
  ...weatherstack,
  ...wecom,
  ...wireguard,
  ...wiz,
  ...woocommerce,
  ...workato,
  ...workos,
  ...xai,
  ...xata,
  ...xendit,
  ...yandex,
  ...zapier,
  ...zendesk,
  ...zhipu,
  ...zoho,
  ...zuplo,
];
