import type { Db, Tx } from '../../platform/db/database';
import type { ReportedError } from './error-report';

/** A mapped row and the line it came from. */
export interface LinedRow<T> {
  line: number;
  value: T;
}

/** What writing one chunk achieved. */
export interface ChunkOutcome {
  /** Rows stored (or, in a dry run, that would be). */
  ok: number;
  /** Rows refused while writing, one entry per problem. */
  errors: ReportedError[];
  /** Counters added to the import's summary (accepted, duplicate, customersCreated…). */
  counters: Record<string, number>;
}

/**
 * Records a chunk's outcome as the import's checkpoint, in the given transaction when the
 * writer has one; false when the import was cancelled or taken over meanwhile.
 */
export type CommitChunk = (ex: Db | Tx, outcome: ChunkOutcome) => Promise<boolean>;

/** How one chunk's rows went in, whatever the kind of import. */
export interface ImportRunContext {
  importId: string;
  dryRun: boolean;
  createUnknownCustomers: boolean;
  overwrite: boolean;
}

/** Thrown inside a writer's transaction to roll the chunk back when its checkpoint cannot be saved. */
export class ChunkSuperseded extends Error {
  constructor() {
    super('the import was cancelled or taken over by another run');
    this.name = 'ChunkSuperseded';
  }
}
