
import {
  DEFAULT_MAX_DECODE_DEPTH,
  findDecodable,
  foldAscii,
  runsOnEveryText
} from "./chunk-5C2B67JH.js";
import "./chunk-TFAF2CGQ.js";
import {
  defaultAllowlists
} from "./chunk-QZ26FPVB.js";
import "./chunk-TBR4GLH5.js";
import "./chunk-ADJRYMAS.js";

// rules/lazy/generated/catalog.ts
var GROUPS = [
  () => import("./../hook/rules/group-00.js"),
  () => import("./../hook/rules/group-01.js"),
  () => import("./../hook/rules/group-02.js"),
  () => import("./../hook/rules/group-03.js"),
  () => import("./../hook/rules/group-04.js"),
  () => import("./../hook/rules/group-05.js"),
  () => import("./../hook/rules/group-06.js"),
  () => import("./../hook/rules/group-07.js"),
  () => import("./../hook/rules/group-08.js"),
  () => import("./../hook/rules/group-09.js"),
  () => import("./../hook/rules/group-10.js"),
  () => import("./../hook/rules/group-11.js"),
  () => import("./../hook/rules/group-12.js"),
  () => import("./../hook/rules/group-13.js"),
  () => import("./../hook/rules/group-14.js"),
  () => import("./../hook/rules/group-15.js")
];
var CATALOG = [
  { name: "aws", group: 1, keywords: [["a3t", "akia", "asia", "abia", "acca"], ["aws", "amazon"], ["aws", "amazon"]] },
  { name: "azure", group: 1, keywords: [["azure", "storage"], ["accountkey="], ["sig="], ["sharedaccesskey="], ["q~"], ["azure", "aad", "arm_client_secret"]] },
  { name: "docker", group: 1, keywords: [["dckr_pat_", "dckr_oat_"], ['"auths"']] },
  { name: "github", group: 1, keywords: [["ghp_"], ["github_pat_"], ["gho_"], ["ghu_"], ["ghs_"], ["ghs_"], ["ghr_"], ["x-oauth-basic"]] },
  { name: "gitlab", group: 1, keywords: [["glpat-"], ["gldt-"], ["glrt-"], ["gr1348941"], ["glptt-"], ["glcbt-"], ["gloas-"], ["glsoat-"], ["glft-"], ["glimt-"], ["glagent-"], ["glffct-"], ["_gitlab_session="]] },
  { name: "google", group: 1, keywords: [["aiza"], ["service_account"], ["gocspx-"]] },
  { name: "mailchimp", group: 1, keywords: [["-us"]] },
  { name: "mailgun", group: 1, keywords: [["mailgun"], ["mailgun"]] },
  { name: "npm", group: 1, keywords: [["npm_"], ["_authtoken"], ["_auth"]] },
  { name: "privateKey", group: 2, keywords: [["private key-----"], ["pgp private key block"], ["putty-user-key-file-"]] },
  { name: "pypi", group: 2, keywords: [["pypi-agei", "pypi-agen"]] },
  { name: "sendgrid", group: 2, keywords: [["sg."]] },
  { name: "slack", group: 2, keywords: [["xoxb-"], ["xoxp-", "xoxe-"], ["xapp-"], ["xoxe.xoxb-", "xoxe.xoxp-"], ["xoxe-"], ["xoxa-", "xoxo-", "xoxr-", "xoxs-"], ["hooks.slack.com"], ["hooks.slack.com"]] },
  { name: "stripe", group: 2, keywords: [["sk_live_"], ["rk_live_"], ["sk_test_", "rk_test_"], ["whsec_"]] },
  { name: "twilio", group: 2, keywords: [["twilio"], ["twilio"]] },
  { name: "onePassword", group: 2, keywords: [["ops_eyj"], ["a3-"]] },
  { name: "age", group: 2, keywords: [["age-secret-key-"], ["age-plugin-"]] },
  { name: "anthropic", group: 2, keywords: [["sk-ant-api0"], ["sk-ant-admin0"]] },
  { name: "atlassian", group: 2, keywords: [["atatt3"]] },
  { name: "cloudflare", group: 2, keywords: [["cfat_", "cfut_", "cloudflare", "cf"], ["cfk_", "cloudflare", "cf"], ["v1.0-"]] },
  { name: "credentialFiles", group: 0, keywords: [[":"], ["password"], ["://"], [":"], ["pass", "pwd", "secret", "token", "key", "auth", "cred", "identity"], ["pass", "key", "token", "secret"], ["pass"], ['"auth"'], ["pass", "pwd", "secret", "token", "key", "auth", "cred", "identity"], ["define("], [], ["pass", "pwd", "secret", "token", "key", "auth", "cred", "identity"], ["$2a$", "$2b$", "$2y$", "$2x$", "$1$", "$5$", "$6$", "$apr1$", "$y$", "$7$", "$gy$", "$argon2", "$p$", "$h$", "pbkdf2_sha", "bcrypt_sha256$"], ["$2a$", "$2b$", "$2y$", "$2x$", "$1$", "$5$", "$6$", "$apr1$", "$y$", "$7$", "$gy$", "$argon2", "$p$", "$h$", "pbkdf2_sha", "bcrypt_sha256$", "mysql_native_password"], ["identified by", "identified with", "create user", "alter user", "create role", "alter role", "set password"], ["token", "password"], ["password", "secret", "token", "private_key", "access_key", "api_key", "connection_string", '_key"'], ["password"], ["cleartextpassword"], null] },
  { name: "database", group: 0, keywords: [["://"], ["jdbc:"], ["password", "pwd"]] },
  { name: "databricks", group: 2, keywords: [["dapi"]] },
  { name: "datadog", group: 0, keywords: [["datadog", "dd"], ["datadog", "dd"]] },
  { name: "digitalocean", group: 2, keywords: [["dop_v1_"], ["doo_v1_"], ["dor_v1_"]] },
  { name: "discord", group: 3, keywords: [["discord"], ["discord"], ["discord"]] },
  { name: "figma", group: 3, keywords: [["figd_"], ["figma"]] },
  { name: "generic", group: 0, keywords: [["pass", "pwd", "pswd"], ["secret", "token", "key", "auth", "cred"], ["pass", "pwd", "secret", "token", "key", "auth", "cred"], ["value"]] },
  { name: "grafana", group: 3, keywords: [["glc_"], ["glsa_"], ["eyjrijoi"]] },
  { name: "groq", group: 3, keywords: [["gsk_"]] },
  { name: "hashicorpVault", group: 3, keywords: [["hvs."], ["hvb."], ["hvr."], ["vault"]] },
  { name: "heroku", group: 3, keywords: [["hrku-aa"], ["heroku"]] },
  { name: "huggingface", group: 3, keywords: [["hf_"], ["api_org_"]] },
  { name: "linear", group: 3, keywords: [["lin_api_", "lin_oauth_"], ["linear_client", "linear-client", "linear.client", "linearclient", "linear_oauth", "linearoauth"]] },
  { name: "newrelic", group: 3, keywords: [["nrak-"], ["nrjs-"], ["nrii-"], ["nral"]] },
  { name: "notion", group: 3, keywords: [["ntn_"], ["secret_"]] },
  { name: "openai", group: 3, keywords: [["t3blbkfj"], ["sk-proj-"], ["sk-svcacct-"], ["sk-admin-"]] },
  { name: "postman", group: 3, keywords: [["pmak-"], ["pmat-"]] },
  { name: "shopify", group: 3, keywords: [["shpat_", "shpca_", "shppa_"], ["shpss_"]] },
  { name: "square", group: 3, keywords: [["eaaa", "sq0atp-"], ["sq0csp-"]] },
  { name: "tailscale", group: 3, keywords: [["tskey-"]] },
  { name: "telegram", group: 4, keywords: [["telegram", "tg", "bot"]] },
  { name: "terraformCloud", group: 4, keywords: [["atlasv1"]] },
  { name: "urlCredentials", group: 0, keywords: [["://"]] },
  { name: "vercel", group: 4, keywords: [["vcp_", "vci_", "vca_", "vcr_", "vck_"], ["vercel"]] },
  { name: "jwt", group: 4, keywords: [["eyj"]] },
  { name: "abuseipdb", group: 4, keywords: [["abuseipdb", "abuse_ipdb", "abuse-ipdb"]] },
  { name: "adafruit", group: 4, keywords: [["aio_"]] },
  { name: "adobe", group: 4, keywords: [["p8e-"]] },
  { name: "aikido", group: 4, keywords: [["aik_ci_"], ["aik_secret_"]] },
  { name: "airtable", group: 0, keywords: [["pat"], ["airtable"]] },
  { name: "aiven", group: 4, keywords: [["aiven"]] },
  { name: "alchemy", group: 4, keywords: [["alchemy_api_key"]] },
  { name: "algolia", group: 4, keywords: [["algolia_admin_api_key", "algolia_admin_key", "algolia_write_api_key", "algolia_api_key"]] },
  { name: "alibaba", group: 4, keywords: [["ltai"], ["alibaba"]] },
  { name: "amplitude", group: 4, keywords: [["amplitude_secret_key", "amplitude_api_secret"]] },
  { name: "apify", group: 4, keywords: [["apify_api_"]] },
  { name: "apollo", group: 4, keywords: [["apollo"]] },
  { name: "asaas", group: 4, keywords: [["$aact_"]] },
  { name: "asana", group: 4, keywords: [["asana"]] },
  { name: "assemblyai", group: 4, keywords: [["assemblyai_api_key"]] },
  { name: "auth0", group: 4, keywords: [["auth0_client_secret"]] },
  { name: "authress", group: 4, keywords: [[".acc_", ".acc-"]] },
  { name: "awsBedrock", group: 4, keywords: [["absk"]] },
  { name: "axiom", group: 4, keywords: [["xaat-", "xapt-"]] },
  { name: "beamer", group: 4, keywords: [["beamer"]] },
  { name: "bigcommerce", group: 4, keywords: [["bigcommerce_access_token"]] },
  { name: "bitbucket", group: 4, keywords: [["bbdc-"], ["atbb"], ["atctt3"], ["bitbucket"]] },
  { name: "bitly", group: 5, keywords: [["bitly"]] },
  { name: "bitrise", group: 5, keywords: [["bitrise"]] },
  { name: "bittrex", group: 5, keywords: [["bittrex"]] },
  { name: "bitwarden", group: 5, keywords: [["apikeyclientsecret"]] },
  { name: "blynk", group: 5, keywords: [["blynk.cloud/external/api/", "blynk_auth_token"]] },
  { name: "box", group: 5, keywords: [["box_developer", "box_access", "box_api", "box_client_secret", "boxdeveloper", "boxaccess", "boxapi", "boxclientsecret"]] },
  { name: "braintree", group: 5, keywords: [["access_token$production$", "access_token$sandbox$"]] },
  { name: "brave", group: 5, keywords: [["bsa"]] },
  { name: "braze", group: 5, keywords: [["braze_api_key", "braze_rest_api_key"]] },
  { name: "brevo", group: 5, keywords: [["xkeysib-", "xsmtpsib-"]] },
  { name: "browserstack", group: 5, keywords: [["browserstack", "browser_stack", "browser-stack"]] },
  { name: "bugsnag", group: 5, keywords: [["bugsnag_api_key"]] },
  { name: "buildkite", group: 5, keywords: [["bkua_"]] },
  { name: "canva", group: 5, keywords: [["cnvca"]] },
  { name: "cartesia", group: 5, keywords: [["sk_car_"]] },
  { name: "cerebras", group: 5, keywords: [["csk-"]] },
  { name: "checkout", group: 5, keywords: [["checkout_secret", "checkout-secret", "checkoutsecret", "checkout_key", "checkout-key", "checkoutkey", "checkout_api", "checkout-api", "checkoutapi", "checkout_com", "checkout-com", "checkoutcom", "checkout.com", "cko_secret", "cko-secret", "ckosecret", "cko_api", "cko-api"]] },
  { name: "circleci", group: 5, keywords: [["ccipat_", "cciprj_"]] },
  { name: "civo", group: 5, keywords: [["civo"]] },
  { name: "clerk", group: 5, keywords: [["clerk"]] },
  { name: "clickhouse", group: 5, keywords: [["4b1d"]] },
  { name: "clickup", group: 5, keywords: [["pk_"]] },
  { name: "clojars", group: 5, keywords: [["clojars_"]] },
  { name: "cloudinary", group: 5, keywords: [["cloudinary://"]] },
  { name: "cloudsmith", group: 5, keywords: [["csa_"]] },
  { name: "cockroachlabs", group: 5, keywords: [["ccdb1_"]] },
  { name: "codeclimate", group: 5, keywords: [["reporter_id", "reporter-id", "reporterid", "codeclimate"]] },
  { name: "codecov", group: 5, keywords: [["codecov_token"]] },
  { name: "cohere", group: 5, keywords: [["cohere_api_key", "co_api_key"]] },
  { name: "coinbase", group: 6, keywords: [["coinbase"]] },
  { name: "configcat", group: 6, keywords: [["configcat-sdk-1/"]] },
  { name: "confluent", group: 6, keywords: [["confluent"]] },
  { name: "contentful", group: 6, keywords: [["cfpat-"], ["contentful"]] },
  { name: "couchbase", group: 6, keywords: [["couchbase", "capella"]] },
  { name: "coveralls", group: 6, keywords: [["coveralls"]] },
  { name: "cratesIo", group: 6, keywords: [["cio"]] },
  { name: "curl", group: 6, keywords: [["curl"], ["curl"]] },
  { name: "cursor", group: 6, keywords: [["cursor_api_key", "cursor-api-key", "cursorapikey", "cursor_key", "cursor-key", "cursorkey", "cursor_admin", "cursor-admin", "cursoradmin"]] },
  { name: "databento", group: 6, keywords: [["databento"]] },
  { name: "datagov", group: 6, keywords: [["datagov", "data_gov", "data.gov", "data-gov"]] },
  { name: "datastax", group: 6, keywords: [["astracs:"]] },
  { name: "deepgram", group: 6, keywords: [["deepgram_api_key"]] },
  { name: "deepseek", group: 6, keywords: [["deepseek_api_key"]] },
  { name: "definedNetworking", group: 6, keywords: [["dnkey-"]] },
  { name: "deno", group: 6, keywords: [["ddp_", "ddw_"]] },
  { name: "dependencyTrack", group: 6, keywords: [["odt_"]] },
  { name: "devcycle", group: 6, keywords: [["dvc_server_"]] },
  { name: "devin", group: 6, keywords: [["apk_"]] },
  { name: "dingtalk", group: 6, keywords: [["oapi.dingtalk.com/robot/send"]] },
  { name: "disqus", group: 6, keywords: [["disqus"]] },
  { name: "doppler", group: 6, keywords: [["dp.pt.", "dp.st.", "dp.ct.", "dp.sa.", "dp.scim.", "dp.audit."]] },
  { name: "drone", group: 6, keywords: [["drone"]] },
  { name: "dropbox", group: 6, keywords: [["sl."]] },
  { name: "duffel", group: 6, keywords: [["duffel_test_", "duffel_live_"]] },
  { name: "dynatrace", group: 6, keywords: [["dt0c01."]] },
  { name: "easypost", group: 6, keywords: [["ezak", "eztk"]] },
  { name: "ebay", group: 7, keywords: [["ebay"]] },
  { name: "elastic", group: 7, keywords: [["essu_"]] },
  { name: "elevenlabs", group: 7, keywords: [["sk_"]] },
  { name: "endorlabs", group: 7, keywords: [["endr+"]] },
  { name: "etherscan", group: 7, keywords: [["etherscan_api_key"]] },
  { name: "etsy", group: 7, keywords: [["etsy"]] },
  { name: "exoscale", group: 7, keywords: [["exo"]] },
  { name: "expo", group: 7, keywords: [["expo_token", "expo_access_token"]] },
  { name: "facebook", group: 7, keywords: [["eaa"], ["facebook", "fb_", "fb-", "fb."]] },
  { name: "fal", group: 7, keywords: [["fal_key", "fal-key", "fal_ai", "fal-ai", "fal.ai", "falai", "fal_api", "falkey"]] },
  { name: "fastly", group: 7, keywords: [["fastly_api_token", "fastly_api_key"]] },
  { name: "finicity", group: 7, keywords: [["finicity"], ["finicity"]] },
  { name: "finnhub", group: 7, keywords: [["finnhub"]] },
  { name: "firebase", group: 7, keywords: [[":apa91b"]] },
  { name: "firecrawl", group: 7, keywords: [["fc-"]] },
  { name: "fireworks", group: 7, keywords: [["fw_"]] },
  { name: "flickr", group: 7, keywords: [["flickr"]] },
  { name: "flutterwave", group: 7, keywords: [["flwseck"], ["flwseck_test"]] },
  { name: "flyio", group: 7, keywords: [["fo1_"]] },
  { name: "frameio", group: 7, keywords: [["fio-u-"]] },
  { name: "freemius", group: 7, keywords: [["'secret_key'", '"secret_key"']] },
  { name: "freshbooks", group: 7, keywords: [["freshbooks"]] },
  { name: "freshdesk", group: 7, keywords: [["freshdesk_api_key"]] },
  { name: "fullstory", group: 7, keywords: [["fullstory", "fs_api", "fs-api"]] },
  { name: "gcNotify", group: 7, keywords: [["gcntfy-"]] },
  { name: "ghost", group: 7, keywords: [["ghost"]] },
  { name: "gitea", group: 7, keywords: [["gitea", "forgejo"]] },
  { name: "gitter", group: 7, keywords: [["gitter"]] },
  { name: "gocardless", group: 7, keywords: [["gocardless"]] },
  { name: "googleChat", group: 8, keywords: [["chat.googleapis.com/v1/spaces/"]] },
  { name: "googleOauth", group: 8, keywords: [["ya29."], ["1//0"]] },
  { name: "gradle", group: 8, keywords: [["password"], ["org_gradle_project_", "org.gradle.project.", "systemprop."]] },
  { name: "greptile", group: 8, keywords: [["greptile"]] },
  { name: "gumroad", group: 8, keywords: [["gumroad"]] },
  { name: "harness", group: 8, keywords: [["pat.", "sat."]] },
  { name: "hcp", group: 8, keywords: [["hcp_client_secret", "hcp-client-secret", "hcpclientsecret"]] },
  { name: "hetzner", group: 8, keywords: [["hcloud_token"]] },
  { name: "highnote", group: 8, keywords: [["highnote"]] },
  { name: "honeybadger", group: 8, keywords: [["hbp_"]] },
  { name: "honeycomb", group: 8, keywords: [["honeycomb", "hny_"]] },
  { name: "httpAuth", group: 8, keywords: [["basic "]] },
  { name: "hubspot", group: 8, keywords: [["pat-na1-", "pat-eu1-", "pat-ap1-"], ["hubspot", "hapikey"]] },
  { name: "hunter", group: 8, keywords: [["hunter"]] },
  { name: "ibmCloud", group: 8, keywords: [["ibm"]] },
  { name: "ifttt", group: 8, keywords: [["maker.ifttt.com/trigger/"]] },
  { name: "infisical", group: 8, keywords: [["infisical"]] },
  { name: "influxdb", group: 8, keywords: [["influx"]] },
  { name: "infomaniak", group: 8, keywords: [["infomaniak"]] },
  { name: "infracost", group: 8, keywords: [["ico-"]] },
  { name: "infura", group: 8, keywords: [["infura_api_key", "infura_project_secret", "infura_api_key_secret"]] },
  { name: "instantly", group: 8, keywords: [["instantly"]] },
  { name: "intercom", group: 8, keywords: [["intercom_access_token", "intercom_token"]] },
  { name: "intra42", group: 9, keywords: [["s-s4t2ud-", "s-s4t2af-"]] },
  { name: "ionic", group: 9, keywords: [["ion_"]] },
  { name: "jenkins", group: 9, keywords: [["{aqaaabaaaa"], ["jenkins"]] },
  { name: "jfrog", group: 9, keywords: [["akcp"], ["cmvmdgtuojaxoj"]] },
  { name: "jina", group: 9, keywords: [["jina_"]] },
  { name: "jumpcloud", group: 9, keywords: [["jumpcloud", "jc_api_key", "jc-api-key"]] },
  { name: "kagi", group: 9, keywords: [["kagi"]] },
  { name: "kerberos", group: 9, keywords: [["$krb5asrep$", "$krb5tgs$", "$krb5pa$"]] },
  { name: "klaviyo", group: 9, keywords: [["pk_"]] },
  { name: "kraken", group: 9, keywords: [["kraken"]] },
  { name: "kubernetes", group: 9, keywords: [["kubeadm", "bootstrap-token", "--token"]] },
  { name: "kucoin", group: 9, keywords: [["kucoin"]] },
  { name: "labelbox", group: 9, keywords: [["lbx_"]] },
  { name: "langfuse", group: 9, keywords: [["sk-lf-"]] },
  { name: "langsmith", group: 9, keywords: [["lsv2_pt_", "lsv2_sk_"]] },
  { name: "lark", group: 9, keywords: [["/open-apis/bot/v2/hook/"]] },
  { name: "launchdarkly", group: 9, keywords: [["launchdarkly", "ldclient"]] },
  { name: "lichess", group: 9, keywords: [["lip_"]] },
  { name: "lighton", group: 9, keywords: [["lighton"]] },
  { name: "linkedin", group: 9, keywords: [["linkedin", "linked_in", "linked-in"]] },
  { name: "linode", group: 9, keywords: [["linode_token", "linode_cli_token", "linode_api_token"]] },
  { name: "llamaindex", group: 9, keywords: [["llx-"]] },
  { name: "lob", group: 9, keywords: [["lob_", "lob-", "lob.", "lobapi", "lobkey", "loblive", "lobtest", "lobsecret"]] },
  { name: "loggly", group: 9, keywords: [["loggly_token", "loggly_customer_token"]] },
  { name: "looker", group: 9, keywords: [["looker"]] },
  { name: "mailersend", group: 9, keywords: [["mlsn."]] },
  { name: "mailjet", group: 9, keywords: [["mj_apikey_private", "mailjet_secret_key", "mailjet_api_secret"]] },
  { name: "mandrill", group: 9, keywords: [["mandrill"]] },
  { name: "mapbox", group: 10, keywords: [["sk.eyj1ijoi", "tk.eyj1ijoi"]] },
  { name: "mattermost", group: 10, keywords: [["mattermost"]] },
  { name: "maxmind", group: 10, keywords: [["_mmk"]] },
  { name: "mem0", group: 10, keywords: [["mem0"]] },
  { name: "meraki", group: 10, keywords: [["meraki"]] },
  { name: "mercury", group: 10, keywords: [["mercury_production_"]] },
  { name: "mergify", group: 10, keywords: [["mergify_application_key_"]] },
  { name: "messagebird", group: 10, keywords: [["messagebird_api_key", "messagebird_access_key"]] },
  { name: "mezmo", group: 10, keywords: [["mezmo_ingestion_key", "logdna_ingestion_key", "logdna_key"]] },
  { name: "microsoftTeams", group: 10, keywords: [["webhook.office.com", "logic.azure.com"]] },
  { name: "midtrans", group: 10, keywords: [["mid-server-"]] },
  { name: "minimax", group: 10, keywords: [["sk-api-"]] },
  { name: "miro", group: 10, keywords: [["eyjtaxjv"], ["miro"]] },
  { name: "mistral", group: 10, keywords: [["mistral_api_key"]] },
  { name: "mixpanel", group: 10, keywords: [["mixpanel_api_secret", "mixpanel_secret"]] },
  { name: "mollie", group: 10, keywords: [["mollie_api_key"]] },
  { name: "monday", group: 10, keywords: [["monday_api", "monday_token", "monday_key", "mondayapi", "mondaytoken", "mondaykey", "monday_com"]] },
  { name: "mongodb", group: 10, keywords: [["mdb_sa_sk_"]] },
  { name: "moonshot", group: 10, keywords: [["moonshot", "kimi"]] },
  { name: "mux", group: 10, keywords: [["mux_token", "mux-token", "muxtoken", "mux_access", "muxaccess"]] },
  { name: "nasa", group: 10, keywords: [["nasa.gov/"]] },
  { name: "neon", group: 10, keywords: [["napi_"]] },
  { name: "netlify", group: 10, keywords: [["nfp_"]] },
  { name: "ngrok", group: 10, keywords: [["ngrok", "authtoken"]] },
  { name: "nuget", group: 10, keywords: [["oy2"]] },
  { name: "nvidia", group: 10, keywords: [["nvapi-"]] },
  { name: "nylas", group: 10, keywords: [["nyk_"]] },
  { name: "nytimes", group: 10, keywords: [["nytimes", "nyt_", "nyt-"]] },
  { name: "octopusDeploy", group: 10, keywords: [["api-"]] },
  { name: "okta", group: 10, keywords: [["okta"]] },
  { name: "ollama", group: 11, keywords: [["ollama"]] },
  { name: "onesignal", group: 11, keywords: [["os_v2_app_", "os_v2_org_"]] },
  { name: "onfido", group: 11, keywords: [["api_live.", "api_live_us.", "api_live_ca."]] },
  { name: "openrouter", group: 11, keywords: [["sk-or-v1-"]] },
  { name: "openshift", group: 11, keywords: [["sha256~"]] },
  { name: "openweather", group: 11, keywords: [["openweather_api_key", "openweathermap_api_key", "owm_api_key"]] },
  { name: "opsgenie", group: 11, keywords: [["opsgenie_api_key"]] },
  { name: "ovh", group: 11, keywords: [["ovh"]] },
  { name: "packagist", group: 11, keywords: [["packagist_"], ["packagist_acs_"]] },
  { name: "paddle", group: 11, keywords: [["pdl_live_apikey_", "pdl_sdbx_apikey_"]] },
  { name: "pagerduty", group: 11, keywords: [["pagerduty_token", "pagerduty_api_key", "pagerduty_api_token"]] },
  { name: "particle", group: 11, keywords: [["particle"], ["api.particle.io"]] },
  { name: "paypal", group: 11, keywords: [["paypal_client_secret", "paypal_secret"]] },
  { name: "perplexity", group: 11, keywords: [["pplx-"]] },
  { name: "persona", group: 11, keywords: [["persona_production_"]] },
  { name: "phpmailer", group: 11, keywords: [["->password"]] },
  { name: "pinecone", group: 11, keywords: [["pcsk_"]] },
  { name: "pinterest", group: 11, keywords: [["pina_"]] },
  { name: "plaid", group: 11, keywords: [["access-sandbox-", "access-development-", "access-production-"], ["plaid"]] },
  { name: "planetscale", group: 11, keywords: [["pscale_tkn_", "pscale_pw_", "pscale_oauth_"]] },
  { name: "plivo", group: 11, keywords: [["plivo_auth_token"]] },
  { name: "polar", group: 11, keywords: [["polar_oat_", "polar_pat_", "polar_at_"]] },
  { name: "polymarket", group: 11, keywords: [["polymarket", "poly_private", "polyprivate"], ["polymarket", "poly_secret", "poly_api_secret", "polysecret", "polyapisecret"], ["polymarket", "poly_passphrase", "poly_api_passphrase", "polypassphrase"]] },
  { name: "portainer", group: 11, keywords: [["ptr_"]] },
  { name: "posthog", group: 11, keywords: [["phx_"]] },
  { name: "postmark", group: 11, keywords: [["postmark"]] },
  { name: "prefect", group: 11, keywords: [["pnu_"]] },
  { name: "presignedUrl", group: 12, keywords: [["x-amz-signature="], ["x-goog-signature="]] },
  { name: "privateai", group: 12, keywords: [["privateai", "private_ai", "private-ai", "private.ai"]] },
  { name: "proof", group: 12, keywords: [["prf_"]] },
  { name: "psexec", group: 12, keywords: [["psexec"]] },
  { name: "pulumi", group: 12, keywords: [["pul-"]] },
  { name: "pusher", group: 12, keywords: [["pusher_app_secret", "pusher_secret"]] },
  { name: "pyx", group: 12, keywords: [["sk-pyx-", "tp-pyx-"], ["sk-pyx-2", "tp-pyx-2"]] },
  { name: "rainforestPay", group: 12, keywords: [["rainforest"]] },
  { name: "ramp", group: 12, keywords: [["ramp_sec_"]] },
  { name: "rancher", group: 12, keywords: [["token-"]] },
  { name: "rapidapi", group: 12, keywords: [["rapidapi", "rapid_api", "rapid-api"]] },
  { name: "razorpay", group: 12, keywords: [["razorpay_key_secret", "razorpay_secret"]] },
  { name: "react", group: 12, keywords: [["react_app_", "next_public_", "vite_", "expo_public_", "gatsby_", "vue_app_"]] },
  { name: "readme", group: 12, keywords: [["rdme_"]] },
  { name: "redirectPizza", group: 12, keywords: [["redirect_pizza", "redirectpizza", "redirect-pizza", "redirect.pizza"]] },
  { name: "render", group: 12, keywords: [["rnd_"]] },
  { name: "replicate", group: 12, keywords: [["r8_"]] },
  { name: "resend", group: 12, keywords: [["re_"]] },
  { name: "retell", group: 12, keywords: [["retell"]] },
  { name: "rollbar", group: 12, keywords: [["rollbar_access_token", "rollbar_token", "rollbar_server_token"]] },
  { name: "rootly", group: 12, keywords: [["rootly_"]] },
  { name: "rubygems", group: 12, keywords: [["rubygems_"]] },
  { name: "runpod", group: 12, keywords: [["rpa_"]] },
  { name: "salesforce", group: 12, keywords: [["00d"], ["5aep861"]] },
  { name: "samsara", group: 13, keywords: [["samsara_api_"]] },
  { name: "saucelabs", group: 13, keywords: [["sauce"]] },
  { name: "scaleway", group: 13, keywords: [["scaleway", "scw_access_key"]] },
  { name: "scalingo", group: 13, keywords: [["tk-us-"]] },
  { name: "scalr", group: 13, keywords: [["eyjpc3mioij1c2vyiiwianrpijoiyxqt"]] },
  { name: "segment", group: 13, keywords: [["segment_write_key"]] },
  { name: "sendbird", group: 13, keywords: [["sendbird_api_token", "sendbird_master_api_token"]] },
  { name: "sentry", group: 13, keywords: [["sntryu_"], ["sntrys_eyj"]] },
  { name: "settlemint", group: 13, keywords: [["sm_pat_", "sm_aat_", "sm_sat_"]] },
  { name: "shippo", group: 13, keywords: [["shippo_live_", "shippo_test_"]] },
  { name: "sidekiq", group: 13, keywords: [["contribsys__com", "contribsys.com"]] },
  { name: "snowflake", group: 13, keywords: [["snowflake"]] },
  { name: "snyk", group: 13, keywords: [["snyk_token", "snyk_api_token"]] },
  { name: "sonarqube", group: 13, keywords: [["sqp_", "squ_", "sqa_"]] },
  { name: "sourcegraph", group: 13, keywords: [["sgp_"]] },
  { name: "splunk", group: 13, keywords: [["splunk "]] },
  { name: "squarespace", group: 13, keywords: [["squarespace"]] },
  { name: "sslmate", group: 13, keywords: [["sslmate", "certspotter"]] },
  { name: "stability", group: 13, keywords: [["stability"]] },
  { name: "stackhawk", group: 13, keywords: [["hawk."]] },
  { name: "statsig", group: 13, keywords: [["secret-"]] },
  { name: "sumologic", group: 13, keywords: [["sumo_access_key", "sumologic_access_key"]] },
  { name: "supabase", group: 13, keywords: [["sbp_"], ["sb_secret_"]] },
  { name: "tableau", group: 13, keywords: [["==:"]] },
  { name: "tavily", group: 13, keywords: [["tvly-"]] },
  { name: "teamcity", group: 13, keywords: [["eyj0exaioiaivenwmij9."]] },
  { name: "telnyx", group: 13, keywords: [["telnyx"]] },
  { name: "temporal", group: 13, keywords: [["eyj"]] },
  { name: "tencent", group: 14, keywords: [["akid"]] },
  { name: "thingsboard", group: 14, keywords: [["/api/v1/"]] },
  { name: "thunderstore", group: 14, keywords: [["tss_"]] },
  { name: "together", group: 14, keywords: [["together_api_key"]] },
  { name: "travisCi", group: 14, keywords: [["travis_api_token", "travis_token"]] },
  { name: "trello", group: 14, keywords: [["trello_token", "trello_api_token"]] },
  { name: "truenas", group: 14, keywords: [["truenas", "freenas", "/api/v2.0"]] },
  { name: "twitch", group: 14, keywords: [["oauth:"]] },
  { name: "twitter", group: 14, keywords: [["aaaaaaaaaaaaaaaaaaaaaa"], ["twitter"], ["twitter"], ["twitter"]] },
  { name: "typeform", group: 14, keywords: [["tfp_"]] },
  { name: "unkey", group: 14, keywords: [["unkey_"]] },
  { name: "upcloud", group: 14, keywords: [["ucat_"]] },
  { name: "upstage", group: 14, keywords: [["upstage"]] },
  { name: "upstash", group: 14, keywords: [["upstash"]] },
  { name: "valTown", group: 14, keywords: [["vtwn_"]] },
  { name: "virustotal", group: 14, keywords: [["virustotal", "virus_total", "vt_api", "vt-api", "vt_key"]] },
  { name: "vmware", group: 14, keywords: [["connect-viserver"]] },
  { name: "vonage", group: 14, keywords: [["vonage_api_secret", "nexmo_api_secret"]] },
  { name: "voyage", group: 14, keywords: [["voyage"]] },
  { name: "vultr", group: 14, keywords: [["vultr_api_key"]] },
  { name: "wakatime", group: 14, keywords: [["waka_"]] },
  { name: "wandb", group: 14, keywords: [["wandb_api_key"], ["wandb_v1_"]] },
  { name: "weatherstack", group: 14, keywords: [["weatherstack"]] },
  { name: "wecom", group: 14, keywords: [["qyapi.weixin.qq.com/cgi-bin/webhook/send"]] },
  { name: "wireguard", group: 14, keywords: [["privatekey", "presharedkey", "private-key", "preshared-key"]] },
  { name: "wiz", group: 14, keywords: [["wiz"]] },
  { name: "woocommerce", group: 14, keywords: [["ck_", "cs_"]] },
  { name: "workato", group: 15, keywords: [["wrka"]] },
  { name: "workos", group: 15, keywords: [["workos"]] },
  { name: "xai", group: 15, keywords: [["xai-"]] },
  { name: "xata", group: 15, keywords: [["xau_"]] },
  { name: "xendit", group: 15, keywords: [["xnd_production_", "xnd_development_"]] },
  { name: "yandex", group: 15, keywords: [["aqvn"], ["t1."], ["yc"]] },
  { name: "zapier", group: 15, keywords: [["hooks.zapier.com/hooks/catch/"]] },
  { name: "zendesk", group: 15, keywords: [["zendesk_api_token", "zendesk_token"]] },
  { name: "zhipu", group: 15, keywords: [["zhipu", "bigmodel", "zai_", "zai-", "zai.", "zaiapi", "zaikey", "glm_", "glm-", "glm.", "glmapi", "glmkey"]] },
  { name: "zoho", group: 15, keywords: [["zoho"]] },
  { name: "zuplo", group: 15, keywords: [["zpka_"]] }
];

// scanner/config/woken-rules.ts
var WAKE_SCAN_CHARS = 16 * 1024;
async function configWokenBy(staged, catalog = CATALOG, groups = GROUPS) {
  const loading = /* @__PURE__ */ new Map();
  const load = (g) => {
    let p = loading.get(g);
    if (!p) {
      p = groups[g]();
      loading.set(g, p);
    }
    return p;
  };
  for (const m of catalog) if (m.keywords.some((k) => k === null || runsOnEveryText(k))) load(m.group);
  for (const p of loading.values()) p.catch(() => {
  });
  const texts = await staged;
  const all = texts && withDecoded(texts, DEFAULT_MAX_DECODE_DEPTH);
  if (!all) return null;
  const occurs = keywordsIn(all);
  const wakes = (keywords) => keywords === null || runsOnEveryText(keywords) || // The detector scans a hunk after line feeds that put it at its line; a keyword holding
  // one could match there, so it wakes whatever the text.
  keywords.some((k) => k.includes("\n") || occurs(k));
  const needed = new Set(catalog.filter((m) => m.keywords.some(wakes)).map((m) => m.group));
  const loaded = new Map(await Promise.all([...needed].map(async (g) => [g, await load(g)])));
  const rules = [];
  for (const m of catalog) {
    if (!needed.has(m.group)) continue;
    const moduleRules = loaded.get(m.group)?.[m.name];
    if (!moduleRules || !matches(moduleRules, m.keywords)) return null;
    for (const [i, rule] of moduleRules.entries()) if (wakes(m.keywords[i])) rules.push(rule);
  }
  return { rules, allowlists: defaultAllowlists, file: null, warnings: [] };
}
function withDecoded(texts, depth) {
  let chars = 0;
  for (const t of texts) chars += t.length;
  if (chars > WAKE_SCAN_CHARS) return null;
  const all = [...texts];
  let level = texts;
  for (let d = 0; d < depth && level.length > 0; d++) {
    const next = [];
    for (const t of level) {
      for (const seg of findDecodable(t)) {
        chars += seg.text.length;
        if (chars > WAKE_SCAN_CHARS) return null;
        next.push(seg.text);
      }
    }
    all.push(...next);
    level = next;
  }
  return all;
}
function keywordsIn(texts) {
  const folded = foldAscii(texts.join("\n"));
  const seen = /* @__PURE__ */ new Map();
  return (keyword) => {
    let found = seen.get(keyword);
    if (found === void 0) {
      found = folded.includes(keyword.toLowerCase());
      seen.set(keyword, found);
    }
    return found;
  };
}
function matches(rules, keywords) {
  return rules.length === keywords.length && rules.every((r, i) => {
    const k = keywords[i];
    return k === null ? !r.regex : !!r.regex && r.keywords.length === k.length && r.keywords.every((x, j) => x === k[j]);
  });
}
export {
  WAKE_SCAN_CHARS,
  configWokenBy
};
