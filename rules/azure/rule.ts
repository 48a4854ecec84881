import type { Rule } from '../types.js';

const ASSIGN = `[\\s'"]{0,3}(?:=|:|:=|=>|,)[\\s'"]{0,3}`;
// A storage account key is 64 random bytes: 86 base64 characters and "==".
const ACCOUNT_KEY_SHAPE = '[A-Za-z0-9+/]{86}==';
// The current AAD/Entra client secret format: 3 characters, a digit, "Q~", then 31-34.
const CLIENT_SECRET = /^[A-Za-z0-9_~.]{3}\dQ~/;
// The Azurite storage emulator's documented, public account key (its first 40 characters).
const azurite = { stopwords: ['Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50u'] };

/** A SAS token needs its version and expiry next to the signature, and a full HMAC. */
function isSas(secret: string): boolean {
  const params = new Set(secret.split('&').map((p) => p.slice(0, p.indexOf('='))));
  let sig: string;
  try {
    sig = decodeURIComponent(secret.slice(secret.lastIndexOf('sig=') + 4));
  } catch {
    return false;
  }
  return params.has('sv') && params.has('se') && sig.length >= 43 && new Set(sig).size >= 16;
}

export const rules: Rule[] = [
  {
    id: 'azure-storage-account-key',
    description: 'Azure Storage account key assigned to an Azure/storage setting',
    severity: 'critical',
    regex: new RegExp(
      `(?:azure|storage)[\\w.-]{0,30}?key[\\w.-]{0,10}?${ASSIGN}(${ACCOUNT_KEY_SHAPE})(?:[^A-Za-z0-9+/=]|$)`,
      'i',
    ),
    keywords: ['azure', 'storage'],
    entropy: 4.5,
    allowlists: [azurite],
    tags: ['azure', 'cloud'],
  },
  {
    id: 'azure-storage-connection-string',
    description: 'Azure Storage connection string with an account key',
    severity: 'critical',
    regex: new RegExp(`(?:^|[;'"\\s])AccountKey=(${ACCOUNT_KEY_SHAPE})(?:[^A-Za-z0-9+/=]|$)`, 'm'),
    keywords: ['accountkey='],
    entropy: 4.5,
    allowlists: [azurite],
    tags: ['azure', 'cloud'],
  },
  {
    id: 'azure-sas-token',
    description: 'Azure shared access signature (SAS) token',
    severity: 'high',
    // Query parameters up to and including the signature; isSas checks sv= and se= are among
    // them. The signature is an HMAC-SHA256, URL-encoded as SAS tokens always are: it ends in
    // %3D. (The engine's percent-decoding then does not find the same token a second time.)
    regex: /(?:^|[?&;'"\s=])((?:[a-z]{2,6}=[^&\s'"<>]{1,200}&){2,20}sig=[A-Za-z0-9%]{40,120}%3[dD])/,
    keywords: ['sig='],
    entropy: 4,
    validate: isSas,
    tags: ['azure', 'cloud'],
  },
  {
    id: 'azure-shared-access-key',
    description: 'Azure Service Bus, Event Hubs or IoT Hub connection string with a shared access key',
    severity: 'high',
    regex: /SharedAccessKeyName=[^;\s'"]{1,256};SharedAccessKey=([A-Za-z0-9+/]{43}=)(?:[^A-Za-z0-9+/=]|$)/,
    keywords: ['sharedaccesskey='],
    entropy: 4,
    tags: ['azure', 'cloud'],
  },
  {
    id: 'azure-ad-client-secret',
    description: 'Microsoft Entra ID (Azure AD) application client secret',
    severity: 'critical',
    regex: /(?:^|[\\'"`\s>=:(,)])([A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.-]{31,34})(?:$|[\\'"`\s<),])/,
    keywords: ['q~'],
    entropy: 3,
    tags: ['azure', 'cloud'],
  },
  {
    id: 'azure-ad-client-secret-assignment',
    description: 'Microsoft Entra ID (Azure AD) client secret in an older format, recognised by its name',
    severity: 'high',
    regex: new RegExp(
      `(?:(?:azure|aad)[\\w.-]{0,20}?client[\\w.-]{0,5}?secret|arm_client_secret)[\\w.-]{0,5}?${ASSIGN}([A-Za-z0-9_~.+/=-]{32,48})(?:[^A-Za-z0-9_~.+/=-]|$)`,
      'i',
    ),
    keywords: ['azure', 'aad', 'arm_client_secret'],
    entropy: 3.5,
    // Secrets in the Q~ format are reported by azure-ad-client-secret. Generated secrets mix
    // cases and digits; an all-lower-case value is a name (`azure-ad-client-secret-rotation`).
    validate: (secret) => !CLIENT_SECRET.test(secret) && /[A-Z0-9]/.test(secret),
    tags: ['azure', 'cloud'],
  },
];
