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

// rules/aws/revoke.ts
import { AttachUserPolicyCommand, GetAccessKeyLastUsedCommand as GetAccessKeyLastUsedCommand2, UpdateAccessKeyCommand } from "@aws-sdk/client-iam";
import { GetAccessKeyInfoCommand, GetCallerIdentityCommand as GetCallerIdentityCommand2 } from "@aws-sdk/client-sts";
var AwsStepError = class extends Error {
  constructor(action, failure) {
    super(describeFailure(action, failure));
    this.action = action;
    this.failure = failure;
  }
  action;
  failure;
  name = "AwsStepError";
};
function deniedTask(action) {
  return `leakhound may not call ${action} (AccessDenied): add it to the responder's IAM policy, or do this step by hand`;
}
async function findKeyOwner(iam, sts, accessKeyId, opts) {
  const call = async (run) => {
    try {
      return await run();
    } catch (err) {
      return classifyAwsError(err);
    }
  };
  const isFailure = (v) => typeof v === "object" && v !== null && "kind" in v && "code" in v;
  const info = await call(() => sts.send(new GetAccessKeyInfoCommand({ AccessKeyId: accessKeyId }), withTimeout(opts)));
  if (isFailure(info)) {
    if (info.kind === "denied") return { outcome: "task", task: deniedTask("sts:GetAccessKeyInfo") };
    throw new AwsStepError("sts:GetAccessKeyInfo", info);
  }
  const self = await call(() => sts.send(new GetCallerIdentityCommand2({}), withTimeout(opts)));
  if (isFailure(self)) throw new AwsStepError("sts:GetCallerIdentity", self);
  const account = info.Account ?? "unknown";
  if (account !== self.Account) {
    return {
      outcome: "task",
      task: `the key belongs to AWS account ${account}, not to ${self.Account ?? "this one"} where leakhound runs: deactivate it in that account (IAM → Users → Security credentials)`
    };
  }
  const used = await call(
    () => iam.send(new GetAccessKeyLastUsedCommand2({ AccessKeyId: accessKeyId }), withTimeout(opts))
  );
  if (isFailure(used)) {
    if (used.kind === "denied") return { outcome: "task", task: deniedTask("iam:GetAccessKeyLastUsed") };
    if (used.kind === "not-found") {
      return { outcome: "done", detail: `the key no longer exists in account ${account}`, owner: { account } };
    }
    throw new AwsStepError("iam:GetAccessKeyLastUsed", used);
  }
  const last = used.AccessKeyLastUsed;
  const lastUsed = last?.LastUsedDate ? `${last.LastUsedDate.toISOString()} (${last.ServiceName ?? "?"} in ${last.Region ?? "?"})` : void 0;
  return {
    outcome: "done",
    detail: `owned by IAM user ${used.UserName ?? "?"} in account ${account}; last used ${lastUsed ?? "never (or not recorded)"}`,
    owner: { account, userName: used.UserName, lastUsed }
  };
}
async function deactivateKey(iam, userName, accessKeyId, opts) {
  try {
    await iam.send(
      new UpdateAccessKeyCommand({ UserName: userName, AccessKeyId: accessKeyId, Status: "Inactive" }),
      withTimeout(opts)
    );
    return { outcome: "done", detail: `key set to Inactive for IAM user ${userName}` };
  } catch (err) {
    const f = classifyAwsError(err);
    if (f.kind === "denied") return { outcome: "task", task: deniedTask("iam:UpdateAccessKey") };
    if (f.kind === "not-found") return { outcome: "done", detail: `the key or user ${userName} no longer exists` };
    throw new AwsStepError("iam:UpdateAccessKey", f);
  }
}
async function attachQuarantine(iam, userName, policyArn, opts) {
  try {
    await iam.send(new AttachUserPolicyCommand({ UserName: userName, PolicyArn: policyArn }), withTimeout(opts));
    return { outcome: "done", detail: `attached ${policyArn} to IAM user ${userName}` };
  } catch (err) {
    const f = classifyAwsError(err);
    if (f.kind === "denied") return { outcome: "task", task: deniedTask("iam:AttachUserPolicy") };
    if (f.kind === "not-found") {
      return {
        outcome: "task",
        task: `AWS does not know ${policyArn} or the user ${userName}: check LEAKHOUND_AWS_QUARANTINE_POLICY_ARN and attach a deny-all policy by hand`
      };
    }
    if (f.code === "LimitExceeded" || f.code === "LimitExceededException") {
      return {
        outcome: "task",
        task: `IAM user ${userName} already has the maximum number of managed policies: detach one, then attach ${policyArn}`
      };
    }
    throw new AwsStepError("iam:AttachUserPolicy", f);
  }
}

export {
  verifyKeyPair,
  verifyAccessKey,
  AwsStepError,
  findKeyOwner,
  deactivateKey,
  attachQuarantine
};
