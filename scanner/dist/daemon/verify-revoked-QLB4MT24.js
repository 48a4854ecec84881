
import {
  classifyAwsError,
  describeFailure,
  verifyAccessKey,
  withTimeout
} from "./chunk-SYZRNAJM.js";
import "./chunk-ADJRYMAS.js";

// rules/aws/verify-revoked.ts
import { GetCallerIdentityCommand } from "@aws-sdk/client-sts";
var REFUSED = /* @__PURE__ */ new Set(["InvalidClientTokenId", "AccessDenied"]);
async function verifyRevoked(c, aws, opts) {
  if (c.pair) {
    try {
      const who = await aws.keyPairSts(c.secret, c.pair).send(new GetCallerIdentityCommand({}), withTimeout(opts));
      return {
        outcome: "retry",
        detail: `the leaked key pair still authenticates as ${who.Arn ?? "an identity"} (IAM changes take a while to reach every AWS endpoint; trying again)`
      };
    } catch (err) {
      const f = classifyAwsError(err);
      if (REFUSED.has(f.code)) {
        return { outcome: "done", detail: `revocation verified: AWS refuses the leaked key pair itself (${f.code})` };
      }
      if (f.code !== "SignatureDoesNotMatch") {
        return { outcome: "retry", detail: describeFailure("sts:GetCallerIdentity with the leaked key pair", f) };
      }
      return byStatus(
        c,
        aws,
        opts,
        "the secret found beside the key id is not its secret, so the key itself could not be tried"
      );
    }
  }
  return byStatus(
    c,
    aws,
    opts,
    "the secret access key was not found beside the key id, so the key itself could not be tried"
  );
}
async function byStatus(c, aws, opts, why) {
  const v = await verifyAccessKey(aws.iam, c.secret, opts);
  if (v.status === "invalid")
    return { outcome: "done", detail: `revocation verified by IAM status only (${why}): ${v.detail}` };
  return { outcome: "retry", detail: v.status === "live" ? `the key still works: ${v.detail}` : v.error };
}
export {
  verifyRevoked
};
