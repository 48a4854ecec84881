// GitHub's credential revocation API takes up to 1000 tokens per request and only 60
// unauthenticated requests per hour. Credentials wait here for a short gathering window, go out
// together, and requests are spaced a minute apart; each caller learns its own batch's outcome.
// Docs: https://docs.github.com/en/rest/credentials/revoke#revoke-a-list-of-credentials
import { type Clock, realClock } from '../rate-limit.js';
import type { StepResult } from '../provider.js';

export const MAX_PER_REQUEST = 1000;
export const REQUEST_SPACING_MS = 60_000;

type Send = (credentials: string[]) => Promise<StepResult>;

interface Waiting {
  secret: string;
  resolve: (r: StepResult) => void;
}

export class RevocationQueue {
  private waiting: Waiting[] = [];
  private timer: Promise<void> | null = null;
  private nextAllowed = 0;

  constructor(
    private readonly send: Send,
    private readonly gatherMs = 2_000,
    private readonly clock: Clock = realClock,
  ) {}

  revoke(secret: string): Promise<StepResult> {
    return new Promise((resolve) => {
      this.waiting.push({ secret, resolve });
      this.timer ??= this.drain();
    });
  }

  private async drain(): Promise<void> {
    await this.clock.sleep(this.gatherMs);
    while (this.waiting.length > 0) {
      const wait = this.nextAllowed - this.clock.now();
      if (wait > 0) await this.clock.sleep(wait);
      const batch = this.waiting.splice(0, MAX_PER_REQUEST);
      this.nextAllowed = this.clock.now() + REQUEST_SPACING_MS;
      let result: StepResult;
      try {
        result = await this.send([...new Set(batch.map((w) => w.secret))]);
      } catch {
        result = { outcome: 'retry', detail: 'the revocation request failed' };
      }
      for (const w of batch) w.resolve(result);
    }
    this.timer = null;
  }
}
