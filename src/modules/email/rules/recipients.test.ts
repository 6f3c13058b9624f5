import { describe, expect, it } from 'vitest';
import { acceptsRecipient } from './recipients';

describe('acceptsRecipient', () => {
  const configured = { addresses: ['help@other.example'], domains: ['game.example'], from: 'support@game.example' };
  const bare = { addresses: [], domains: [], from: 'support@game.example' };
  it.each([
    ['a listed address', 'Help@Other.Example', configured, true],
    ['any address of a listed domain', 'billing@game.example', configured, true],
    ['another domain', 'someone@gmail.com', configured, false],
    ['a sub-domain is not the domain', 'x@mail.game.example', configured, false],
    ['nothing configured: only the from address', 'support@game.example', bare, true],
    ['nothing configured: others refused', 'sales@game.example', bare, false],
    ['no domain at all', 'support', configured, false],
  ])('%s', (_name, address, policy, expected) => expect(acceptsRecipient(address, policy)).toBe(expected));
});
