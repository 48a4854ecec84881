// A small STS stand-in that checks secrets. moto accepts a request signed with any secret, and
// with an Inactive key, even with its auth enabled, so it cannot show a leaked pair verifying
// invalid, nor a deactivated key being refused. This speaks STS's query protocol as documented
// (POST / with Action=…&Version=2011-06-15, XML answers, errors as <ErrorResponse>):
// - GetCallerIdentity: the caller's ARN, user id and account;
// - GetAccessKeyInfo: the account that owns a key id.
// Every request signed by a key in its table has its SigV4 signature verified for real with the
// key's known secret: a wrong secret gets SignatureDoesNotMatch, an Inactive key (as AWS answers)
// InvalidClientTokenId. A key's status is held here, or read from moto's IAM on every request
// (`statusFrom`), so that a deactivation through IAM takes effect here as it does in AWS. Keys
// not in the table get InvalidClientTokenId, or with `forwardTo` (moto) are refused when IAM
// says Inactive and forwarded otherwise: the responder's own identity and keys whose secret no
// test knows (rotation's replacements) keep working as they did against moto alone.
// Docs: https://docs.aws.amazon.com/STS/latest/APIReference/API_GetCallerIdentity.html,
//       https://docs.aws.amazon.com/STS/latest/APIReference/CommonErrors.html
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { listenOnLoopback } from './http-standin.js';
import { forwardTo } from './moto-proxy.js';
import { parseAuthorization, signatureMatches, signedInTime } from './sigv4-check.js';

export type KeyStatus = 'Active' | 'Inactive';

export interface StsKey {
  secret: string;
  account: string;
  /** The IAM user the key belongs to (its ARN); the responder's own identity may have none. */
  userName?: string;
  /** Held here; ignored when the stand-in reads statuses from IAM (`statusFrom`) for this key. */
  status?: KeyStatus;
}

export interface StsStandInOptions {
  /** Where a key's status comes from (e.g. moto's iam:ListAccessKeys); undefined: use `status`. */
  statusFrom?: (accessKeyId: string) => Promise<KeyStatus | undefined>;
  /** The account GetAccessKeyInfo names for a key id not in the table (AWS decodes it from the id). */
  defaultAccount?: string;
  /** Requests signed by keys not in the table go here (moto), unless IAM says the key is Inactive. */
  forwardTo?: string;
}

export interface StsStandIn {
  url: string;
  keys: Map<string, StsKey>;
  /** Pins a key's status here, whatever IAM says (IAM's change not yet seen by STS); undefined unpins. */
  pin(accessKeyId: string, status: KeyStatus | undefined): void;
  /** Every request: the action, the signing key id and the error code when refused. */
  requests: { action: string; keyId?: string; error?: string; forwarded?: true }[];
  close(): Promise<void>;
}

const NS = 'https://sts.amazonaws.com/doc/2011-06-15/';

const ERRORS: Record<string, [status: number, message: string]> = {
  InvalidClientTokenId: [403, 'The security token included in the request is invalid.'],
  SignatureDoesNotMatch: [
    403,
    'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.',
  ],
  MissingAuthenticationToken: [403, 'Request is missing Authentication Token'],
  InvalidAction: [400, 'Could not find operation'],
};

export async function startStsStandIn(o: StsStandInOptions = {}): Promise<StsStandIn> {
  const keys = new Map<string, StsKey>();
  const pinned = new Map<string, KeyStatus>();
  const requests: StsStandIn['requests'] = [];

  const statusOf = async (id: string, key: StsKey | undefined): Promise<KeyStatus | undefined> =>
    pinned.get(id) ??
    (o.statusFrom ? await o.statusFrom(id) : undefined) ??
    key?.status ??
    (key ? 'Active' : undefined);

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const params = new URLSearchParams(body);
      const action = params.get('Action') ?? '';
      const auth = parseAuthorization(req.headers);
      const send = (status: number, xml: string, error?: string): void => {
        requests.push({ action, ...(auth ? { keyId: auth.accessKeyId } : {}), ...(error ? { error } : {}) });
        res.writeHead(status, { 'content-type': 'text/xml', 'x-amzn-requestid': randomUUID() });
        res.end(`<?xml version="1.0" encoding="UTF-8"?>\n${xml}`);
      };
      const fail = (code: string, message = ERRORS[code]![1]): void =>
        send(
          ERRORS[code]![0],
          `<ErrorResponse xmlns="${NS}"><Error><Type>Sender</Type><Code>${code}</Code><Message>${message}</Message></Error><RequestId>${randomUUID()}</RequestId></ErrorResponse>`,
          code,
        );
      const ok = (result: string): void =>
        send(
          200,
          `<${action}Response xmlns="${NS}"><${action}Result>${result}</${action}Result><ResponseMetadata><RequestId>${randomUUID()}</RequestId></ResponseMetadata></${action}Response>`,
        );
      void (async () => {
        if (auth?.service !== 'sts') return fail('MissingAuthenticationToken');
        const key = keys.get(auth.accessKeyId);
        const status = await statusOf(auth.accessKeyId, key);
        if (!key) {
          if (!o.forwardTo || status === 'Inactive') return fail('InvalidClientTokenId');
          requests.push({ action, keyId: auth.accessKeyId, forwarded: true });
          return forwardTo(o.forwardTo, req, body, res);
        }
        // AWS answers an Inactive (or deleted) key exactly as an unknown one, whatever the signature.
        if (status !== 'Active') return fail('InvalidClientTokenId');
        const signed = { method: req.method ?? 'POST', url: req.url ?? '/', headers: req.headers, body };
        if (!signatureMatches(signed, auth, key.secret)) return fail('SignatureDoesNotMatch');
        if (!signedInTime(req.headers)) return fail('SignatureDoesNotMatch', 'Signature expired');
        if (action === 'GetCallerIdentity') {
          const arn = key.userName
            ? `arn:aws:iam::${key.account}:user/${key.userName}`
            : `arn:aws:iam::${key.account}:root`;
          return ok(
            `<Arn>${arn}</Arn><UserId>AIDA${auth.accessKeyId.slice(4)}</UserId><Account>${key.account}</Account>`,
          );
        }
        if (action === 'GetAccessKeyInfo') {
          const asked = params.get('AccessKeyId') ?? '';
          const account = keys.get(asked)?.account ?? o.defaultAccount ?? key.account;
          return ok(`<Account>${account}</Account>`);
        }
        return fail('InvalidAction', `Could not find operation ${action.replace(/[^A-Za-z]/g, '')}`);
      })().catch(() => {
        res.writeHead(500);
        res.end();
      });
    });
  });
  const { url, close } = await listenOnLoopback(server);
  return { url, keys, pin: (id, s) => (s ? pinned.set(id, s) : pinned.delete(id)), requests, close };
}
