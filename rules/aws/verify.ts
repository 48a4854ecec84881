// Is an AWS access key live? Two ways to ask, both with injected clients so that every
// outcome is testable without the network:
// - verifyKeyPair: with the leaked key pair itself (sts:GetCallerIdentity answers for any
//   valid key and needs no permission);
// - verifyAccessKey: with the responder's own credentials, by the key's status in IAM.
// Live, invalid or unknown; only unknown carries an error, and no message ever echoes AWS's
// own error text, which repeats the key id.
import { GetAccessKeyLastUsedCommand, ListAccessKeysCommand, type IAMClient } from '@aws-sdk/client-iam';
import { GetCallerIdentityCommand, type STSClient } from '@aws-sdk/client-sts';

export type Verification =
  | { status: 'live'; detail: string }
  | { status: 'invalid'; detail: string }
  | { status: 'unknown'; error: string };

export type IamSend = Pick<IAMClient, 'send'>;
export type StsSend = Pick<STSClient, 'send'>;

export interface CallOptions {
  timeoutMs: number;
}

/** What went wrong in an SDK call, without the SDK's message. */
export interface AwsFailure {
  kind: 'timeout' | 'denied' | 'invalid-credentials' | 'not-found' | 'status' | 'network';
  code: string;
  status?: number;
}

const INVALID_CREDENTIALS = new Set([
  'InvalidClientTokenId',
  'SignatureDoesNotMatch',
  'UnrecognizedClientException',
  'InvalidAccessKeyId',
]);
const DENIED = new Set(['AccessDenied', 'AccessDeniedException', 'UnauthorizedOperation']);

export function classifyAwsError(err: unknown): AwsFailure {
  const e = err as { name?: string; Code?: string; $metadata?: { httpStatusCode?: number } };
  const code = e?.name ?? e?.Code ?? 'Error';
  const status = e?.$metadata?.httpStatusCode;
  if (code === 'TimeoutError' || code === 'AbortError' || code === 'RequestTimeout')
    return { kind: 'timeout', code, status };
  if (INVALID_CREDENTIALS.has(code)) return { kind: 'invalid-credentials', code, status };
  if (DENIED.has(code)) return { kind: 'denied', code, status };
  if (code === 'NoSuchEntity' || code === 'NoSuchEntityException') return { kind: 'not-found', code, status };
  if (status === undefined) return { kind: 'network', code };
  return { kind: 'status', code, status };
}

export function describeFailure(action: string, f: AwsFailure): string {
  if (f.kind === 'timeout') return `${action} timed out`;
  return `${action} failed: ${f.code}${f.status ? ` (HTTP ${f.status})` : ''}`;
}

/** `iam:…` calls with a deadline. */
export function withTimeout(opts: CallOptions): { abortSignal: AbortSignal } {
  return { abortSignal: AbortSignal.timeout(opts.timeoutMs) };
}

/** Calls GetCallerIdentity with an STS client built from the leaked key pair. */
export async function verifyKeyPair(sts: StsSend, opts: CallOptions): Promise<Verification> {
  try {
    const out = await sts.send(new GetCallerIdentityCommand({}), withTimeout(opts));
    return {
      status: 'live',
      detail: `the key pair authenticates as ${out.Arn ?? 'an identity'} in account ${out.Account ?? '?'}`,
    };
  } catch (err) {
    const f = classifyAwsError(err);
    if (f.kind === 'invalid-credentials' || f.status === 401 || f.status === 403) {
      return { status: 'invalid', detail: `AWS rejected the key pair (${f.code})` };
    }
    return { status: 'unknown', error: describeFailure('sts:GetCallerIdentity', f) };
  }
}

/** Looks the key up with the responder's own credentials: Active is live, Inactive or deleted is invalid. */
export async function verifyAccessKey(iam: IamSend, accessKeyId: string, opts: CallOptions): Promise<Verification> {
  let userName: string | undefined;
  try {
    const used = await iam.send(new GetAccessKeyLastUsedCommand({ AccessKeyId: accessKeyId }), withTimeout(opts));
    userName = used.UserName;
  } catch (err) {
    const f = classifyAwsError(err);
    if (f.kind === 'not-found') return { status: 'invalid', detail: 'no such access key in this account (deleted)' };
    return { status: 'unknown', error: describeFailure('iam:GetAccessKeyLastUsed', f) };
  }
  if (!userName) return { status: 'unknown', error: 'iam:GetAccessKeyLastUsed named no owner for the key' };
  try {
    const keys = await iam.send(new ListAccessKeysCommand({ UserName: userName }), withTimeout(opts));
    const key = keys.AccessKeyMetadata?.find((k) => k.AccessKeyId === accessKeyId);
    if (!key) return { status: 'invalid', detail: `the key is no longer listed for IAM user ${userName} (deleted)` };
    if (key.Status === 'Active') return { status: 'live', detail: `the key is Active for IAM user ${userName}` };
    if (key.Status === 'Inactive') return { status: 'invalid', detail: `the key is Inactive for IAM user ${userName}` };
    return { status: 'unknown', error: `iam:ListAccessKeys reported an unexpected status ${String(key.Status)}` };
  } catch (err) {
    const f = classifyAwsError(err);
    if (f.kind === 'not-found') return { status: 'invalid', detail: `IAM user ${userName} no longer exists` };
    return { status: 'unknown', error: describeFailure('iam:ListAccessKeys', f) };
  }
}
