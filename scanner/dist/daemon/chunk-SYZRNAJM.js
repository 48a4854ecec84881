

// rules/aws/verify.ts
import { GetAccessKeyLastUsedCommand, ListAccessKeysCommand } from "@aws-sdk/client-iam";
import { GetCallerIdentityCommand } from "@aws-sdk/client-sts";
var INVALID_CREDENTIALS = /* @__PURE__ */ new Set([
  "InvalidClientTokenId",
  "SignatureDoesNotMatch",
  "UnrecognizedClientException",
  "InvalidAccessKeyId"
]);
var DENIED = /* @__PURE__ */ new Set(["AccessDenied", "AccessDeniedException", "UnauthorizedOperation"]);
function classifyAwsError(err) {
  const e = err;
  const code = e?.name ?? e?.Code ?? "Error";
  const status = e?.$metadata?.httpStatusCode;
  if (code === "TimeoutError" || code === "AbortError" || code === "RequestTimeout")
    return { kind: "timeout", code, status };
  if (INVALID_CREDENTIALS.has(code)) return { kind: "invalid-credentials", code, status };
  if (DENIED.has(code)) return { kind: "denied", code, status };
  if (code === "NoSuchEntity" || code === "NoSuchEntityException") return { kind: "not-found", code, status };
  if (status === void 0) return { kind: "network", code };
  return { kind: "status", code, status };
}
function describeFailure(action, f) {
  if (f.kind === "timeout") return `${action} timed out`;
  return `${action} failed: ${f.code}${f.status ? ` (HTTP ${f.status})` : ""}`;
}
function withTimeout(opts) {
  return { abortSignal: AbortSignal.timeout(opts.timeoutMs) };
}
async function verifyKeyPair(sts, opts) {
  try {
    const out = await sts.send(new GetCallerIdentityCommand({}), withTimeout(opts));
    return {
      status: "live",
      detail: `the key pair authenticates as ${out.Arn ?? "an identity"} in account ${out.Account ?? "?"}`
    };
  } catch (err) {
    const f = classifyAwsError(err);
    if (f.kind === "invalid-credentials" || f.status === 401 || f.status === 403) {
      return { status: "invalid", detail: `AWS rejected the key pair (${f.code})` };
    }
    return { status: "unknown", error: describeFailure("sts:GetCallerIdentity", f) };
  }
}
async function verifyAccessKey(iam, accessKeyId, opts) {
  let userName;
  try {
    const used = await iam.send(new GetAccessKeyLastUsedCommand({ AccessKeyId: accessKeyId }), withTimeout(opts));
    userName = used.UserName;
  } catch (err) {
    const f = classifyAwsError(err);
    if (f.kind === "not-found") return { status: "invalid", detail: "no such access key in this account (deleted)" };
    return { status: "unknown", error: describeFailure("iam:GetAccessKeyLastUsed", f) };
  }
  if (!userName) return { status: "unknown", error: "iam:GetAccessKeyLastUsed named no owner for the key" };
  try {
    const keys = await iam.send(new ListAccessKeysCommand({ UserName: userName }), withTimeout(opts));
    const key = keys.AccessKeyMetadata?.find((k) => k.AccessKeyId === accessKeyId);
    if (!key) return { status: "invalid", detail: `the key is no longer listed for IAM user ${userName} (deleted)` };
    if (key.Status === "Active") return { status: "live", detail: `the key is Active for IAM user ${userName}` };
    if (key.Status === "Inactive") return { status: "invalid", detail: `the key is Inactive for IAM user ${userName}` };
    return { status: "unknown", error: `iam:ListAccessKeys reported an unexpected status ${String(key.Status)}` };
  } catch (err) {
    const f = classifyAwsError(err);
    if (f.kind === "not-found") return { status: "invalid", detail: `IAM user ${userName} no longer exists` };
    return { status: "unknown", error: describeFailure("iam:ListAccessKeys", f) };
  }
}

export {
  classifyAwsError,
  describeFailure,
  withTimeout,
  verifyKeyPair,
  verifyAccessKey
};
