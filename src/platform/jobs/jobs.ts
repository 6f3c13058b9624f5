/** Durable background jobs (pg-boss on PGlite or PostgreSQL). */
export interface JobOptions {
  /**
   * Idempotent enqueue: while a job with this key is queued, running, retrying, or finished less
   * than 12 hours ago (until pg-boss archives it), sending the same key to the same queue again
   * returns null and queues nothing — on every instance.
   */
  singletonKey?: string;
  startAfter?: Date;
  /** Extra attempts after a failure (default 2, so at most 3 runs). */
  retryLimit?: number;
}

export type JobHandler<T> = (data: T, job: { id: string; name: string }) => Promise<void>;

export interface WorkOptions {
  /** Jobs fetched and run concurrently per poll (default 1); each succeeds or fails on its own. */
  batchSize?: number;
}

/**
 * Sends never belong inside a database transaction: on PGlite the send waits for the
 * transaction to end (one connection), so send after commit, e.g. from an event handler.
 */
export interface Jobs {
  /** Queues a job (the queue is created on first use); returns its id, or null if deduplicated. */
  send<T extends object>(queue: string, data: T, options?: JobOptions): Promise<string | null>;
  /** Runs `handler` for each job of `queue` on this instance; a throw fails the job (retried per retryLimit). */
  work<T extends object>(queue: string, handler: JobHandler<T>, options?: WorkOptions): Promise<void>;
  /** Runs `queue` on a cron schedule (UTC unless tz given); once per tick across all instances. */
  schedule(queue: string, cron: string, data?: object, tz?: string): Promise<void>;
  /** Jobs waiting to run (queued or waiting for a retry). */
  queueSize(queue: string): Promise<number>;
  stop(): Promise<void>;
}
