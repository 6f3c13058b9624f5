import { describe, expect, it } from 'vitest';
import { firstResponseAt, isSearchable, statusAfterAssignment, statusAfterMessage } from './message-effects';

const at = new Date('2026-06-01T12:00:00Z');
const before = new Date('2026-06-01T10:00:00Z');

describe('firstResponseAt', () => {
  it.each([
    ['a staff public reply sets it', null, 'public_reply', 'user', at],
    ['an internal note does not', null, 'internal_note', 'user', null],
    ['the customer writing does not', null, 'customer_message', 'customer', null],
    ['a system note does not', null, 'system', 'system', null],
    ['an integration (API key) reply does not', null, 'public_reply', 'api_key', null],
    ['a later staff reply keeps the first', before, 'public_reply', 'user', before],
  ] as const)('%s', (_name, current, kind, authorType, out) => {
    expect(firstResponseAt(current, { kind, authorType }, at)).toEqual(out);
  });
});

describe('statusAfterMessage', () => {
  it.each([
    ['new', 'public_reply', 'open'],
    ['open', 'public_reply', null],
    ['pending_customer', 'public_reply', null],
    ['new', 'internal_note', null],
    ['pending_customer', 'customer_message', 'open'],
    ['on_hold', 'customer_message', 'open'],
    ['resolved', 'customer_message', 'open'],
    ['new', 'customer_message', null],
    ['open', 'customer_message', null],
    ['resolved', 'system', null],
  ] as const)('%s + %s → %s', (status, kind, out) => expect(statusAfterMessage(status, kind)).toBe(out));
});

describe('statusAfterAssignment', () => {
  it.each([
    ['new', 'u1', 'open'],
    ['new', null, null],
    ['pending_customer', 'u1', null],
    ['resolved', 'u1', null],
  ] as const)('%s assigned to %s → %s', (status, assignee, out) => expect(statusAfterAssignment(status, assignee)).toBe(out));
});

describe('isSearchable', () => {
  it.each([
    ['public_reply', true],
    ['customer_message', true],
    ['internal_note', false],
    ['system', false],
  ] as const)('%s: %s', (kind, out) => expect(isSearchable(kind)).toBe(out));
});
