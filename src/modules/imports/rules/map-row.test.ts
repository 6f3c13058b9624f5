import { describe, expect, it } from 'vitest';
import type { MapSettings } from './import-mapping';
import { customerRowMapper, eventRowMapper } from './map-row';

const settings: MapSettings = {
  timezone: 'UTC',
  dateFormat: 'auto',
  system: 'online-retail',
  defaultCurrency: 'GBP',
  fileKey: '0123456789abcdef',
  customFields: {
    level: { type: 'number', options: [] },
    vip: { type: 'boolean', options: [] },
    seat: { type: 'enum', options: ['window', 'aisle'] },
    since: { type: 'date', options: [] },
  },
};

describe('eventRowMapper', () => {
  const retail = eventRowMapper(
    { id: 'InvoiceNo', occurredAt: 'InvoiceDate', 'customer.external': 'CustomerID', amount: 'TotalPrice' },
    ['InvoiceNo', 'InvoiceDate', 'CustomerID', 'TotalPrice'],
    settings,
  );

  it('maps an online-retail invoice to a purchase with the amount rounded to cents', () => {
    expect(retail({ line: 3, values: ['536366', '2010-12-01', '17850', '22.200000000000003'] })).toEqual({
      ok: true,
      value: {
        id: '536366',
        type: 'purchase',
        occurredAt: '2010-12-01T00:00:00.000Z',
        customer: { external: { system: 'online-retail', id: '17850' } },
        data: { lines: [{ product: 'import', quantity: 1, amount: '22.20' }], currency: 'GBP' },
      },
    });
  });

  it('generates <fileKey>:<line> ids when no id column is mapped, and reads constants', () => {
    const cdnow = eventRowMapper(
      { occurredAt: 'date', 'customer.external': 'customer_id', quantity: 'number_of_cds', amount: 'dollar_value', currency: { value: 'usd' }, product: { value: 'CD' } },
      ['customer_id', 'date', 'number_of_cds', 'dollar_value'],
      { ...settings, system: 'cdnow', dateFormat: 'YYYYMMDD', timezone: 'Asia/Shanghai' },
    );
    expect(cdnow({ line: 2, values: ['00001', '19970101', '1', '11.77'] })).toEqual({
      ok: true,
      value: {
        id: '0123456789abcdef:2',
        type: 'purchase',
        occurredAt: '1996-12-31T16:00:00.000Z',
        customer: { external: { system: 'cdnow', id: '00001' } },
        data: { lines: [{ product: 'CD', quantity: 1, amount: '11.77' }], currency: 'USD' },
      },
    });
  });

  it('reports every bad field of a row with a reason instead of throwing', () => {
    expect(retail({ line: 9, values: ['', '2010-13-01', '', 'lots'] })).toEqual({
      ok: false,
      errors: [
        { field: 'id', reason: 'is empty' },
        { field: 'occurredAt', reason: '"2010-13-01": no such month' },
        { field: 'customer', reason: 'no customer identity in this row' },
        { field: 'amount', reason: '"lots" is not a decimal amount' },
      ],
    });
  });

  it('refuses a negative amount, a missing amount on a purchase and a short row', () => {
    expect(retail({ line: 4, values: ['C1', '2010-12-01', '17850', '-5'] })).toEqual({ ok: false, errors: [{ field: 'amount', reason: 'is negative' }] });
    expect(retail({ line: 5, values: ['C2', '2010-12-01', '17850'] })).toEqual({ ok: false, errors: [{ field: 'amount', reason: 'is empty' }] });
  });

  it('maps a recharge from a type column with a phone identity', () => {
    const map = eventRowMapper(
      { type: 'kind', occurredAt: 'at', 'customer.phone': 'phone', amount: 'amt', currency: 'cur', id: 'order' },
      ['kind', 'at', 'phone', 'amt', 'cur', 'order'],
      { ...settings, timezone: 'Asia/Shanghai' },
    );
    expect(map({ line: 2, values: ['recharge', '2026-02-01 20:00', '138 1234 1234', '68', 'CNY', 'pay-1'] })).toEqual({
      ok: true,
      value: {
        id: 'pay-1',
        type: 'recharge',
        occurredAt: '2026-02-01T12:00:00.000Z',
        customer: { phone: '138 1234 1234' },
        data: { orderId: 'pay-1', amount: '68.00', currency: 'CNY', channel: 'import', status: 'paid' },
      },
    });
    expect(map({ line: 3, values: ['level_up', '2026-02-01', '12', '1', 'XXX', 'o'] })).toEqual({
      ok: false,
      errors: [
        { field: 'type', reason: expect.stringContaining("'level_up' cannot be imported") },
        { field: 'customer.phone', reason: "'12' is not a valid phone number" },
        { field: 'currency', reason: "'XXX' is not an ISO 4217 currency" },
      ],
    });
  });

  it('refuses a quantity that is not a whole number of at least 1', () => {
    const map = eventRowMapper({ occurredAt: 'd', 'customer.memberCard': 'c', amount: 'a', quantity: 'q' }, ['d', 'c', 'a', 'q'], settings);
    expect(map({ line: 2, values: ['2026-01-01', 'M-1', '1', '2.5'] })).toEqual({ ok: false, errors: [{ field: 'quantity', reason: "'2.5' is not a whole number from 1 to 1000000" }] });
    expect(map({ line: 2, values: ['2026-01-01', 'M-1', '1', '0'] })).toMatchObject({ ok: false, errors: [{ field: 'quantity' }] });
    expect(map({ line: 3, values: ['2026-01-01', 'M-1', '1', '3'] })).toMatchObject({ ok: true, value: { data: { lines: [{ quantity: 3 }] } } });
  });
});

describe('customerRowMapper', () => {
  const columns = ['手机', '昵称', '性别', '生日', '标签', '等级', 'VIP', '座位', 'card'];
  const map = customerRowMapper(
    { phone: '手机', displayName: '昵称', gender: '性别', birthday: '生日', tags: '标签', 'custom.level': '等级', 'custom.vip': 'VIP', 'custom.seat': '座位', memberCard: 'card' },
    columns,
    settings,
  );

  it('maps identities, profile fields, split tags and typed custom fields', () => {
    expect(map({ line: 2, values: ['13812341234', '小明', '男', '1990/7/4', 'vip; 夜猫子，vip', '12', '是', 'window', ''] })).toEqual({
      ok: true,
      value: {
        identities: [{ type: 'phone', value: '13812341234' }],
        profile: { displayName: '小明', gender: 'male', birthday: '1990-07-04' },
        tags: ['vip', '夜猫子'],
        custom: { level: 12, vip: true, seat: 'window' },
      },
    });
  });

  it('leaves empty cells out so they never blank a stored value', () => {
    expect(map({ line: 3, values: ['', '', '', '', '', '', '', '', 'M-7'] })).toEqual({
      ok: true,
      value: { identities: [{ type: 'member_card', value: 'M-7' }], profile: {}, tags: [], custom: {} },
    });
  });

  it('reports bad values field by field', () => {
    expect(map({ line: 4, values: ['12', 'x', 'robot', '1990-02-30', '', 'ten', 'maybe', 'floor', ''] })).toEqual({
      ok: false,
      errors: [
        { field: 'phone', reason: "'12' is not a valid phone number" },
        { field: 'gender', reason: "'robot' is not male, female, other or unknown" },
        { field: 'birthday', reason: '"1990-02-30": no such day' },
        { field: 'custom.level', reason: "'ten' is not a number" },
        { field: 'custom.vip', reason: "'maybe' is not yes or no" },
        { field: 'custom.seat', reason: "'floor' is not one of window, aisle" },
      ],
    });
  });

  it('needs at least one identity per row', () => {
    expect(map({ line: 5, values: ['', 'Nameless', '', '', '', '', '', '', ''] })).toEqual({
      ok: false,
      errors: [{ field: 'identity', reason: 'no identity in this row' }],
    });
  });

  it('prefixes external ids with the system name', () => {
    const ext = customerRowMapper({ external: 'id' }, ['id'], { ...settings, system: 'crm-old' });
    expect(ext({ line: 2, values: ['0042'] })).toMatchObject({ ok: true, value: { identities: [{ type: 'external', value: 'crm-old:0042' }] } });
  });
});
