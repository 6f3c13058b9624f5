

// ---- events (docs/api.md "Events") ----

export interface IngestEventsResponse {
  accepted: number;
  duplicate: number;
  rejected: number;
  /** One per rejected item; `id` is null when the item had no usable id. */
  errors: { index: number; id: string | null; code: string; reason: string }[];
}
