/** One item's result from a batch run: its value, or the error that item alone failed with. */
export type Settled<R> = { ok: true; value: R } | { ok: false; error: unknown };

export interface GroupBatcherOptions {
  /** Most items one run takes. */
  maxBatch: number;
  /** Runs at once (each typically holds one database connection). */
  maxRunning: number;
}

/**
 * Group commit for requests that arrive together. `submit` queues an item; when fewer than
 * `maxRunning` runs are going, a run starts at once with everything queued (up to `maxBatch`).
 * Under light load every item runs alone with no added wait; under load the items that arrived
 * during a run share the next one, so one transaction (and its commit) serves many requests.
 * `run` answers one result per item, in order: an item's own failure (a validation error) is
 * reported to that item only. When `run` throws, the batch's items are retried one by one, so
 * one bad item never fails the others.
 * @example const creator = new GroupBatcher((items) => createMany(deps, items), { maxBatch: 50, maxRunning: 2 });
 */
export class GroupBatcher<I, R> {
  private readonly queue: { item: I; resolve: (r: R) => void; reject: (e: unknown) => void }[] = [];
  private running = 0;

  constructor(
    private readonly run: (items: I[]) => Promise<Settled<R>[]>,
    private readonly options: GroupBatcherOptions,
  ) {}

  submit(item: I): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.running < this.options.maxRunning && this.queue.length > 0) {
      const batch = this.queue.splice(0, this.options.maxBatch);
      this.running++;
      void this.execute(batch).finally(() => {
        this.running--;
        this.pump();
      });
    }
  }

  private async execute(batch: typeof this.queue): Promise<void> {
    const results = await this.settle(batch.map((b) => b.item));
    batch.forEach((b, i) => {
      const r = results[i]!;
      if (r.ok) b.resolve(r.value);
      else b.reject(r.error);
    });
  }

  private async settle(items: I[]): Promise<Settled<R>[]> {
    try {
      const results = await this.run(items);
      if (results.length !== items.length) throw new Error(`batch answered ${results.length} results for ${items.length} items`);
      return results;
    } catch (error) {
      if (items.length === 1) return [{ ok: false, error }];
      const alone: Settled<R>[] = [];
      for (const item of items) alone.push((await this.settle([item]))[0]!);
      return alone;
    }
  }
}
