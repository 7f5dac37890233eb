// One autocannon run with its own latency record. autocannon's histogram holds whole
// milliseconds and offers p90 and p97.5 but no p95, so every response time autocannon measures
// (a float in ms, from process.hrtime) is also kept here and the percentiles are computed exactly
// (nearest rank) from all of them.
import autocannon from 'autocannon';
import { percentile, round } from './harness.js';

export type LoadFigures = {
  url: string;
  /** Average requests per second (autocannon's mean of its one-second samples). */
  rps: number;
  p50_ms: number;
  p95_ms: number;
  p99_ms: number;
  mean_ms: number;
  /** Completed requests (every status). */
  requests: number;
  /** Connection errors and timeouts plus every answer that is not 2xx. */
  failures: number;
  statusCodes: Record<string, number>;
  firstError: string | null;
  /** autocannon's own whole-millisecond figures, to cross-check p95 against. */
  autocannon_p90_ms: number;
  autocannon_p97_5_ms: number;
};

export type LoadOptions = {
  url: string;
  headers?: Record<string, string>;
  connections: number;
  durationS: number;
};

export function runLoad(opts: LoadOptions): Promise<LoadFigures> {
  // grows by doubling; ~10 s at tens of thousands of requests/s fits in a few MB
  let times = new Float64Array(1 << 16);
  let n = 0;
  let firstError: string | null = null;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: opts.url,
        connections: opts.connections,
        duration: opts.durationS,
        pipelining: 1,
        timeout: 10,
        headers: opts.headers ?? {},
      },
      (err, result) => {
        if (err) return reject(err);
        const samples = times.subarray(0, n);
        let sum = 0;
        for (const t of samples) sum += t;
        const statusCodes: Record<string, number> = {};
        for (const [code, s] of Object.entries(result.statusCodeStats)) statusCodes[code] = s.count;
        const failures = result.errors + result.timeouts + result.non2xx;
        resolve({
          url: opts.url,
          rps: round(result.requests.average, 1),
          p50_ms: round(percentile(samples, 50)),
          p95_ms: round(percentile(samples, 95)),
          p99_ms: round(percentile(samples, 99)),
          mean_ms: round(n ? sum / n : Number.NaN),
          requests: result.requests.total,
          failures,
          statusCodes,
          firstError,
          autocannon_p90_ms: result.latency.p90,
          autocannon_p97_5_ms: result.latency.p97_5,
        });
      },
    );
    instance.on('response', (_client, statusCode, _bytes, ms) => {
      if (statusCode < 200 || statusCode >= 300) return;
      if (n === times.length) {
        const bigger = new Float64Array(times.length * 2);
        bigger.set(times);
        times = bigger;
      }
      times[n++] = ms;
    });
    instance.on('reqError', (err) => {
      firstError ??= err.message;
    });
  });
}
