/** Where a stored file went: a content-addressed key, its size and SHA-256 (hex). */
export interface StoredFile {
  key: string;
  size: number;
  sha256: string;
}

/**
 * Binary files kept outside the database (attachments). Keys are content-addressed
 * (`ab/cd/<sha256>`), so storing the same bytes twice keeps one copy and a re-delivered
 * file costs nothing.
 */
export interface FileStorage {
  put(bytes: Buffer): Promise<StoredFile>;
  /** The bytes under `key`, or null when there is none (or the key is malformed). */
  get(key: string): Promise<Buffer | null>;
  /** Removes the file under `key`; nothing when there is none. Keys are shared by equal bytes: the caller checks no one else holds it. */
  delete(key: string): Promise<void>;
}
