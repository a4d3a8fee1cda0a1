/**
 * One load run with autocannon: a short warm-up, then a timed run whose every response time is
 * kept, so p95 can be reported (autocannon's own histogram stops at p90 and p97.5). Runs are
 * bounded: each has a duration, each request a timeout, and a watchdog stops a run that
 * overstays.
 */

import autocannon from 'autocannon';
import { type LatencySummary, summarizeLatencies } from './stats.js';

const REQUEST_TIMEOUT_S = 10;
const WATCHDOG_SLACK_MS = 30_000;

export interface LoadSettings {
  readonly connections: number;
  readonly durationS: number;
  readonly warmupS: number;
}

export interface LoadTarget {
  readonly origin: string;
  /** Requests to cycle through; `setupRequest` may rewrite each one before it is sent. */
  readonly requests: autocannon.Request[];
  readonly headers?: Readonly<Record<string, string>>;
}

export interface LoadFigure extends LatencySummary {
  readonly reqPerSec: number;
  readonly requests: number;
  /** Responses outside 2xx, connection errors and timeouts: a valid run has none. */
  readonly non2xx: number;
  readonly errors: number;
  readonly timeouts: number;
  /** The first unexpected status code seen, to explain failures. */
  readonly firstBadStatus: number | null;
}

/** Warms up, then measures; resolves with the timed run's figures. */
export async function runLoad(target: LoadTarget, settings: LoadSettings): Promise<LoadFigure> {
  if (settings.warmupS > 0) await once(target, settings.connections, settings.warmupS);
  return once(target, settings.connections, settings.durationS);
}

async function once(
  target: LoadTarget,
  connections: number,
  durationS: number,
): Promise<LoadFigure> {
  const latencies: number[] = [];
  let firstBadStatus: number | null = null;
  let watchdog: NodeJS.Timeout | undefined;
  try {
    const result = await new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon(
        {
          url: target.origin,
          connections,
          duration: durationS,
          timeout: REQUEST_TIMEOUT_S,
          headers: { ...target.headers },
          requests: target.requests,
        },
        (error, result) => (error ? reject(error) : resolve(result)),
      );
      instance.on('response', (_client, statusCode, _bytes, responseTime) => {
        latencies.push(responseTime);
        if ((statusCode < 200 || statusCode > 299) && firstBadStatus === null) {
          firstBadStatus = statusCode;
        }
      });
      watchdog = setTimeout(() => instance.stop(), durationS * 1000 + WATCHDOG_SLACK_MS);
    });
    const elapsedS = result.duration > 0 ? result.duration : durationS;
    return {
      reqPerSec: Math.round(latencies.length / elapsedS),
      requests: latencies.length,
      non2xx: result.non2xx,
      errors: result.errors,
      timeouts: result.timeouts,
      firstBadStatus,
      ...summarizeLatencies(latencies),
    };
  } finally {
    clearTimeout(watchdog);
  }
}
