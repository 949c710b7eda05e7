// Prometheus metrics, one registry per Parley instance (tests run several in one process).
import { collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

export class Metrics {
  readonly registry = new Registry();

  readonly httpRequests = new Histogram({
    name: 'parley_http_request_duration_seconds',
    help: 'HTTP request duration by route and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });

  /** Per-sink lag, read from the database when Prometheus scrapes. */
  observeDelivery(lag: () => Promise<{ sink: string; lagEvents: number; lagSeconds: number }[]>): void {
    const read = async () => {
      try {
        return await lag();
      } catch {
        return [];
      }
    };
    const gauges = [
      { name: 'parley_delivery_lag_events', help: 'Events committed but not yet delivered, per sink', field: 'lagEvents' },
      { name: 'parley_delivery_lag_seconds', help: 'Age of the oldest undelivered event, per sink', field: 'lagSeconds' },
    ] as const;
    for (const { name, help, field } of gauges) {
      new Gauge({
        name,
        help,
        labelNames: ['sink'] as const,
        registers: [this.registry],
        async collect() {
          for (const entry of await read()) this.set({ sink: entry.sink }, entry[field]);
        },
      });
    }
  }

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'parley_' });
  }
}
