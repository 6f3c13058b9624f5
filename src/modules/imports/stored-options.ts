import type { DateFormat } from './rules/timestamp';

/** An import's options as stored when it starts, every default filled in, so a resumed run reads rows the same way. */
export interface StoredOptions {
  dryRun: boolean;
  createUnknownCustomers: boolean;
  overwrite: boolean;
  timezone: string;
  dateFormat: DateFormat;
  system?: string;
  currency: string;
}

/**
 * Fills the defaults: the organisation's time zone and currency, auto-detected dates,
 * unknown customers created as events ingest does (EVENTS_CREATE_CUSTOMERS), empty profile
 * fields filled but nothing overwritten.
 * @example resolveOptions({ dryRun: true }, { timezone: 'Asia/Shanghai', currency: 'CNY', createUnknownCustomers: true })
 */
export function resolveOptions(
  input: Partial<StoredOptions>,
  defaults: { timezone: string; currency: string; createUnknownCustomers: boolean },
): StoredOptions {
  return {
    dryRun: input.dryRun ?? false,
    createUnknownCustomers: input.createUnknownCustomers ?? defaults.createUnknownCustomers,
    overwrite: input.overwrite ?? false,
    timezone: input.timezone ?? defaults.timezone,
    dateFormat: input.dateFormat ?? 'auto',
    ...(input.system !== undefined && { system: input.system }),
    currency: input.currency ?? defaults.currency,
  };
}
