import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../config';

describe('email configuration', () => {
  it('is off by default: no outbound host, no listener, no IMAP', () => {
    const { email } = loadConfig({ DATA_DIR: '/srv/gh' });
    expect(email.outbound.host).toBeUndefined();
    expect(email.inbound.enabled).toBe(false);
    expect(email.imap.host).toBeUndefined();
    expect(email.attachments.dir).toBe('/srv/gh/attachments');
  });

  it('reads SMTP, listener, IMAP and limits from the environment', () => {
    const { email } = loadConfig({
      SMTP_HOST: 'smtp.example.com',
      SMTP_PORT: '465',
      SMTP_SECURE: 'true',
      SMTP_USER: 'bot',
      SMTP_PASS: 's3cret',
      EMAIL_FROM: 'support@game.example',
      EMAIL_INBOUND_ENABLED: 'yes',
      EMAIL_INBOUND_PORT: '2526',
      EMAIL_INBOUND_ADDRESSES: 'Help@Game.Example, billing@game.example',
      EMAIL_INBOUND_DOMAINS: 'Game.Example',
      EMAIL_IMAP_HOST: 'imap.example.com',
      EMAIL_SENDER_HOURLY_CAP: '5',
      DATABASE_URL: 'postgres://u@db/gh',
      ATTACHMENTS_DIR: '/mnt/files',
    });
    expect(email.outbound).toEqual({ host: 'smtp.example.com', port: 465, secure: true, user: 'bot', pass: 's3cret', from: 'support@game.example' });
    expect(email.inbound).toMatchObject({ enabled: true, port: 2526, addresses: ['help@game.example', 'billing@game.example'], domains: ['game.example'] });
    expect(email.imap).toMatchObject({ host: 'imap.example.com', port: 993, secure: true, mailbox: 'INBOX' });
    expect(email.senderHourlyCap).toBe(5);
    expect(email.attachments.dir).toBe('/mnt/files');
  });

  it('lists bad values with the others', () => {
    expect(() => loadConfig({ SMTP_PORT: '0', EMAIL_INBOUND_ENABLED: 'maybe' })).toThrow(ConfigError);
  });
});
