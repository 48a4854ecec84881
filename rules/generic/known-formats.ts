// Credential formats that a provider rule owns. When a generic rule finds one of these in a
// secret-named slot, it stays out: either the provider rule reports it (and the engine would
// drop the generic duplicate anyway) or the provider rule deliberately let it pass (too short,
// a documented example, a bad checksum), and a catch-all must not overrule that judgement.

const PREFIXES = [
  // AI and SaaS (rules/openai … rules/newrelic)
  /^sk-(?:proj|svcacct|admin|None|ant)-/,
  /^sk-[A-Za-z0-9]{20}T3BlbkFJ/,
  /^(?:hf|api_org)_[A-Za-z]{30}/,
  /^(?:gsk|figd|ntn|glc|glsa|lin_api|lin_oauth|dckr_pat)_/,
  /^dapi[a-fA-F0-9]{32}/,
  /^ops_eyJ/,
  /^secret_[A-Za-z0-9]{43}$/,
  /^tskey-/,
  /^vc[pikar]_/,
  /^PMAK-/,
  /^(?:EAAA|sq0[a-z]{3}-)/,
  /^AT(?:ATT|CTT|BB)/,
  /^cf(?:at|ut|k)_/,
  /^v1\.0-[a-f0-9]{24}-/,
  /^do[opr]_v1_/,
  /^HRKU-/,
  /^shp(?:at|ca|pa|ss)_/,
  /^hv[sbr]\./,
  /^s\.[A-Za-z0-9]{24}$/,
  /\.atlasv1\./,
  /^AGE-SECRET-KEY-/,
  /^A3-[A-Z0-9]{6}-[A-Z0-9]/,
  /^NR(?:AK|JS|II)-|NRAL$/,
  /^eyJ/,
  /^\d{5,12}:[A-Za-z0-9_-]{30,40}$/,
  // cloud, code hosts, chat, keys, registries, mail (formats with a well-known shape)
  /^(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}$/,
  /^AIza[\w-]{35}$/,
  /^ya29\./,
  /^(?:gh[pousr]_|github_pat_|gl[a-z]{2,7}-|GR1348941)/,
  /^xox[a-z]-|^xapp-/,
  /^(?:[sr]k|pk|whsec)_(?:live|test|prod)?_?[A-Za-z0-9]/,
  /^SG\.[\w-]{16,}\.[\w-]{16,}$/,
  /^(?:npm_|pypi-|rubygems_|xkeysib-|key-[a-f0-9]{32}$)/,
  /^(?:SK|AC)[a-f0-9]{32}$/,
  /^-----BEGIN/,
  /^(?:DefaultEndpointsProtocol|AccountKey|SharedAccessSignature|Endpoint)=/,
  /^[A-Za-z0-9+/]{86}==$/, // Azure storage account key (64 bytes, base64)
];

/** True when `value` has the shape of a credential that a provider rule is responsible for. */
export function isKnownFormat(value: string): boolean {
  return PREFIXES.some((re) => re.test(value));
}

/**
 * Slots a provider rule recognises by name and owns whatever their value: AWS secret access
 * keys and session tokens have one fixed shape, so a value of another shape in such a slot
 * (an encrypted blob, a placeholder of the wrong length) is the AWS rules' call, not ours.
 */
const OWNED_NAMES = /(?:aws|amazon)[\w.-]{0,20}(?:secret|session|security)/i;

export function isOwnedName(name: string): boolean {
  return OWNED_NAMES.test(name);
}
