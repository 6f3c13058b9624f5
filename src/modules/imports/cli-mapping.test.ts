import { describe, expect, it } from 'vitest';
import { parseCliMapping } from './cli-mapping';

describe('parseCliMapping', () => {
  it('reads columns from --map and constants from --set', () => {
    expect(parseCliMapping(['id=InvoiceNo', 'customer.external=CustomerID'], ['currency=GBP', 'product=a=b'])).toEqual({
      ok: true,
      mapping: { id: 'InvoiceNo', 'customer.external': 'CustomerID', currency: { value: 'GBP' }, product: { value: 'a=b' } },
    });
  });

  it('lists malformed pairs and targets given twice', () => {
    expect(parseCliMapping(['InvoiceNo', 'amount=', 'id=a'], ['id=b'])).toEqual({
      ok: false,
      problems: ['--map InvoiceNo: write target=column', '--map amount=: write target=column', 'id is given twice'],
    });
  });
});
