import { describe, expect, it } from 'vitest';
import { checkMapping } from './import-mapping';

const settings = { timezone: 'UTC', system: 'online-retail', customFields: { level: { type: 'number' as const, options: [] } } };
const columns = ['InvoiceNo', 'InvoiceDate', 'CustomerID', 'TotalPrice'];

describe('checkMapping', () => {
  it('accepts the online-retail mapping', () => {
    const mapping = { id: 'InvoiceNo', occurredAt: 'InvoiceDate', 'customer.external': 'CustomerID', amount: 'TotalPrice' };
    expect(checkMapping('events', mapping, columns, settings)).toEqual({ ok: true });
  });

  it('lists every problem at once: unknown targets and columns, missing requirements', () => {
    expect(checkMapping('events', { when: 'InvoiceDate', amount: 'Total' }, columns, { ...settings, system: undefined, timezone: 'Nowhere/City' })).toEqual({
      ok: false,
      problems: [
        expect.stringContaining("unknown target 'when'"),
        "amount: the file has no column 'Total'",
        'map occurredAt to a column',
        expect.stringContaining('map at least one customer identity'),
        "'Nowhere/City' is not a time zone",
      ],
    });
  });

  it('needs a system name for external identities and an amount for purchases', () => {
    expect(checkMapping('events', { occurredAt: 'InvoiceDate', 'customer.external': 'CustomerID' }, columns, { ...settings, system: undefined })).toEqual({
      ok: false,
      problems: ['customer.external needs the name of the external system (options.system)', 'purchase events need amount'],
    });
  });

  it('refuses constant types that cannot be imported and sources that are neither column nor value', () => {
    const result = checkMapping('events', { occurredAt: 'InvoiceDate', 'customer.phone': 'CustomerID', type: { value: 'level_up' }, product: 42 as never }, columns, settings);
    expect(result).toEqual({ ok: false, problems: ['product: give a column name or { value }', expect.stringContaining("type 'level_up' cannot be imported")] });
  });

  it('checks customer mappings: an identity, and custom fields that exist', () => {
    expect(checkMapping('customers', { phone: 'CustomerID', 'custom.level': 'TotalPrice' }, columns, settings)).toEqual({ ok: true });
    expect(checkMapping('customers', { displayName: 'CustomerID', 'custom.rank': 'TotalPrice' }, columns, settings)).toEqual({
      ok: false,
      problems: ["custom.rank: no custom field 'rank' is defined", expect.stringContaining('map at least one identity')],
    });
  });
});
