import client from 'prom-client';
import type { Database } from './db/database';

/** Prometheus metrics for one app instance (own registry, so tests can build many apps). */
export interface Metrics {
  registry: client.Registry;
  httpDuration: client.Histogram<'method' | 'route' | 'status'>;
  /** Registers a gauge for a job queue's size; the jobs layer calls this. */
  addQueueGauge(collect: () => Promise<Record<string, number>>): void;
}

export function createMetrics(database: Database): Metrics {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry });
  const httpDuration = new client.Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request latency',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  new client.Gauge({
    name: 'db_pool_connections',
    help: 'Database pool connections by state',
    labelNames: ['state'] as const,
    registers: [registry],
    collect() {
      const s = database.poolStats();
      this.set({ state: 'total' }, s.total);
      this.set({ state: 'idle' }, s.idle);
      this.set({ state: 'waiting' }, s.waiting);
    },
  });
  return {
    registry,
    httpDuration,
    addQueueGauge(collect) {
      new client.Gauge({
        name: 'job_queue_size',
        help: 'Jobs waiting per queue',
        labelNames: ['queue'] as const,
        registers: [registry],
        async collect() {
          for (const [queue, size] of Object.entries(await collect())) this.set({ queue }, size);
        },
      });
    },
  };
}
