/** Runs `commit` once every earlier task has committed; answers false (without running it) if one did not. */
export type InTurn = (commit: () => Promise<boolean>) => Promise<boolean>;

/**
 * Keeps up to `depth` tasks in flight while their commits happen strictly in the order the
 * tasks were pushed: chunk n+1 may write while chunk n does, but its checkpoint waits for
 * n's. Once a task does not commit (or throws), later ones do not commit either.
 * @example const pipe = orderedPipeline(2); if (!(await pipe.push((inTurn) => write(chunk, (…) => inTurn(save))))) return;
 */
export function orderedPipeline(depth: number) {
  let gate: Promise<boolean> = Promise.resolve(true);
  const inflight: Promise<boolean>[] = [];

  /** Waits for the oldest task; on a stop or a throw, lets the others settle first. */
  async function settleOldest(): Promise<boolean> {
    try {
      if (await inflight.shift()!) return true;
    } catch (err) {
      await Promise.allSettled(inflight.splice(0));
      throw err;
    }
    await Promise.allSettled(inflight.splice(0));
    return false;
  }

  return {
    /** Starts a task; answers false once the pipeline has stopped. */
    async push(task: (inTurn: InTurn) => Promise<boolean>): Promise<boolean> {
      const previous = gate;
      let release!: (ok: boolean) => void;
      gate = new Promise<boolean>((resolve) => (release = resolve));
      const inTurn: InTurn = async (commit) => {
        try {
          const ok = (await previous) && (await commit());
          release(ok);
          return ok;
        } catch (err) {
          release(false);
          throw err;
        }
      };
      const run = task(inTurn).finally(() => release(false));
      run.catch(() => {}); // awaited later; not an unhandled rejection meanwhile
      inflight.push(run);
      while (inflight.length >= depth) if (!(await settleOldest())) return false;
      return true;
    },
    /** Waits for every task; false if any did not commit. */
    async drain(): Promise<boolean> {
      while (inflight.length > 0) if (!(await settleOldest())) return false;
      return true;
    },
  };
}
