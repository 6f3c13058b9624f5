import { describe, expect, it } from 'vitest';
import { applyCustomValues, checkCustomValue, parseCustomFilter, type FieldDefinition } from './custom-field-value';

const field = (key: string, type: string, more: Partial<FieldDefinition> = {}): FieldDefinition => ({ key, label: key, type, options: [], required: false, ...more });
const level = field('level', 'number');
const tier = field('tier', 'enum', { options: ['silver', 'gold'] });
const since = field('since', 'date');
const vip = field('vip', 'boolean', { required: true });
const motto = field('motto', 'text');

describe('checkCustomValue', () => {
  it('accepts values of the field type', () => {
    expect(checkCustomValue(level, 3.5)).toEqual({ ok: true, value: 3.5 });
    expect(checkCustomValue(tier, 'gold')).toEqual({ ok: true, value: 'gold' });
    expect(checkCustomValue(since, '2024-02-29')).toEqual({ ok: true, value: '2024-02-29' });
    expect(checkCustomValue(vip, false)).toEqual({ ok: true, value: false });
    expect(checkCustomValue(motto, '一起上分')).toEqual({ ok: true, value: '一起上分' });
  });

  it('refuses values of another type, with the reason', () => {
    expect(checkCustomValue(level, '3')).toEqual({ ok: false, reason: 'must be a number' });
    expect(checkCustomValue(tier, 'bronze')).toEqual({ ok: false, reason: 'must be one of silver, gold' });
    expect(checkCustomValue(vip, 'yes')).toEqual({ ok: false, reason: 'must be true or false' });
    expect(checkCustomValue(motto, 7)).toEqual({ ok: false, reason: 'must be text' });
  });

  it('refuses dates that are not on the calendar or not YYYY-MM-DD', () => {
    expect(checkCustomValue(since, '2023-02-29')).toMatchObject({ ok: false });
    expect(checkCustomValue(since, '2024-13-01')).toMatchObject({ ok: false });
    expect(checkCustomValue(since, '2024-1-01')).toMatchObject({ ok: false });
  });

  it('caps text at 2000 characters', () => {
    expect(checkCustomValue(motto, 'x'.repeat(2000))).toMatchObject({ ok: true });
    expect(checkCustomValue(motto, 'x'.repeat(2001))).toEqual({ ok: false, reason: 'must be at most 2000 characters' });
  });
});

describe('applyCustomValues', () => {
  const fields = [level, tier, vip];

  it('needs required fields on create', () => {
    expect(applyCustomValues(fields, {}, { level: 1 }, { creating: true })).toEqual({ ok: false, key: 'vip', reason: 'is required' });
    expect(applyCustomValues(fields, {}, { level: 1, vip: true }, { creating: true })).toEqual({ ok: true, values: { level: 1, vip: true } });
  });

  it('replaces given keys, removes nulls and keeps the rest on update', () => {
    const current = { level: 1, tier: 'gold', vip: true, retired: 'kept' };
    expect(applyCustomValues(fields, current, { level: 2, tier: null }, { creating: false })).toEqual({ ok: true, values: { level: 2, vip: true, retired: 'kept' } });
  });

  it('refuses clearing a required field and unknown keys', () => {
    expect(applyCustomValues(fields, { vip: true }, { vip: null }, { creating: false })).toEqual({ ok: false, key: 'vip', reason: 'is required' });
    expect(applyCustomValues(fields, {}, { colour: 'red' }, { creating: false })).toEqual({ ok: false, key: 'colour', reason: 'is not a custom field' });
  });

  it('does not ask an update for a required field it does not touch', () => {
    expect(applyCustomValues(fields, {}, { level: 5 }, { creating: false })).toEqual({ ok: true, values: { level: 5 } });
  });
});

describe('parseCustomFilter', () => {
  it('types query text by the field', () => {
    expect(parseCustomFilter(level, '3')).toEqual({ ok: true, value: 3 });
    expect(parseCustomFilter(vip, 'false')).toEqual({ ok: true, value: false });
    expect(parseCustomFilter(tier, 'gold')).toEqual({ ok: true, value: 'gold' });
  });

  it('refuses text that is not a value of the field', () => {
    expect(parseCustomFilter(level, 'three')).toMatchObject({ ok: false });
    expect(parseCustomFilter(level, '')).toMatchObject({ ok: false });
    expect(parseCustomFilter(vip, '1')).toMatchObject({ ok: false });
  });
});
