/** Durable background jobs (pg-boss on PGlite or PostgreSQL). */
export interface JobOptions {
  /** Jobs with the same key are queued once (idempotent enqueue). */
  singletonKey?: string;
  startAfter?: Date;
  retryLimit?: number;
}

export type JobHandler<T> = (data: T, job: { id: string; name: string }) => Promise<void>;

export interface Jobs {
  send<T extends object>(queue: string, data: T, options?: JobOptions): Promise<string | null>;
  work<T extends object>(queue: string, handler: JobHandler<T>): Promise<void>;
  /** Runs `queue` on a cron schedule (UTC unless tz given); once per tick across all instances. */
  schedule(queue: string, cron: string, data?: object, tz?: string): Promise<void>;
  queueSize(queue: string): Promise<number>;
  stop(): Promise<void>;
}
