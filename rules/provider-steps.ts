// Containment steps most providers share: one HTTP call with which a credential revokes itself
// (or an admin credential revokes it), then re-verification until the provider rejects it.
// Verification by a fresh call is what "revoked" means here: a 2xx to a DELETE is not proof.
import { call, type CallOptions, type HttpAnswer, unreachable } from './provider-http.js';
import type { ContainmentStep, Credential, Provider, ProviderContext, StepResult } from './provider.js';

export interface HttpRevoke {
  title: string;
  /** The request, or a result when this credential cannot be revoked this way. */
  request: (c: Credential, ctx: ProviderContext) => CallOptions | StepResult;
  /** Statuses meaning "revoked now". */
  done: number[];
  /** Statuses meaning "already not accepted". Default 401. */
  gone?: number[];
  /** What to tell a person when the provider refuses (e.g. 403: missing permission). */
  refused: string;
}

export function httpRevokeStep(p: Provider, r: HttpRevoke): ContainmentStep {
  return {
    id: 'revoke',
    title: r.title,
    provenByRevocation: true,
    async run(c, ctx) {
      const req = r.request(c, ctx);
      if ('outcome' in req) return req;
      let a: HttpAnswer;
      try {
        a = await call(p, ctx, req);
      } catch (err) {
        return { outcome: 'retry', detail: unreachable(err).reason };
      }
      if (r.done.includes(a.status))
        return { outcome: 'done', detail: `${p.name} accepted the revocation (HTTP ${a.status})` };
      if ((r.gone ?? [401]).includes(a.status)) {
        return { outcome: 'done', detail: `${p.name} no longer accepts the credential (HTTP ${a.status})` };
      }
      if (a.status === 429 || a.status >= 500)
        return { outcome: 'retry', detail: `${p.name} answered HTTP ${a.status}` };
      return { outcome: 'task', detail: `${p.name} refused to revoke it (HTTP ${a.status}): ${r.refused}` };
    },
  };
}

/** Done once the provider rejects the credential; retry while it still works or cannot be told. */
export function confirmRevokedStep(p: Provider): ContainmentStep {
  return {
    id: 'confirm-revoked',
    title: `Verify ${p.name} no longer accepts the credential`,
    readOnly: true,
    async run(c, ctx): Promise<StepResult> {
      if (!p.verify)
        return { outcome: 'task', detail: `${p.name} cannot be asked; check by hand that the credential is gone` };
      const v = await p.verify(c, ctx);
      if (v.state === 'invalid') return { outcome: 'done', detail: `revocation verified: ${v.reason}` };
      return { outcome: 'retry', detail: v.state === 'live' ? `${p.name} still accepts the credential` : v.reason };
    },
  };
}
