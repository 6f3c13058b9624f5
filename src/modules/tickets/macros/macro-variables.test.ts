import { describe, expect, it } from 'vitest';
import { unknownVariables } from './macro-variables';

describe('unknownVariables', () => {
  it('accepts the known variables, spaces inside the braces included', () => {
    expect(unknownVariables('Hi {{requester.name}}, #{{ ticket.number }} {{agent.name}} {{customer.name}} {{ticket.subject}}')).toEqual([]);
  });

  it('names each unknown variable once', () => {
    expect(unknownVariables('{{order.id}} {{order.id}} {{}} {{requester.name}}')).toEqual(['order.id', '']);
  });

  it('ignores text without variables', () => {
    expect(unknownVariables('Plain text { not a variable }')).toEqual([]);
  });
});
