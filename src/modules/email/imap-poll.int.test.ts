import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emailKit, until, type EmailKit } from './email.test-kit';
import { pollImap } from './inbound/imap-poller';

// IMAP polling against a real IMAP server on a local socket (hoodiecrow, an in-memory server).

type Hoodiecrow = { listen(port: number, host: string, cb: () => void): void; server: { address(): AddressInfo }; close(cb?: () => void): void };
const hoodiecrow = createRequire(import.meta.url)('hoodiecrow-imap') as (options: object) => Hoodiecrow;

// Real mail is 7-bit on the wire: Chinese travels as RFC 2047 words and a base64 body.
const word = (text: string) => `=?UTF-8?B?${Buffer.from(text).toString('base64')}?=`;
const raw = (lines: string[]) => {
  const body = lines.slice(lines.indexOf('') + 1).join('\r\n');
  const head = lines.slice(0, lines.indexOf('')).map((l) => l.replace(/[^\x00-\x7f]+/g, (m) => word(m)));
  return { raw: [...head, 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: base64', '', Buffer.from(body).toString('base64')].join('\r\n') };
};

describe('IMAP polling', () => {
  let k: EmailKit;
  let imap: Hoodiecrow;
  let port: number;

  beforeAll(async () => {
    imap = hoodiecrow({
      plugins: ['ID', 'ENABLE', 'UNSELECT'],
      storage: {
        INBOX: {
          messages: [
            raw(['From: 王芳 <wangfang@player.example>', 'To: support@game.example', 'Subject: 账号被封', 'Message-Id: <imap-1@player.example>', '', '我的账号被误封了，请帮忙查看。']),
            raw(['From: wangfang@player.example', 'To: support@game.example', 'Subject: Auto reply', 'Auto-Submitted: auto-replied', 'Message-Id: <imap-2@player.example>', '', 'away']),
            { ...raw(['From: old@player.example', 'Subject: read already', 'Message-Id: <imap-3@player.example>', '', 'x']), flags: ['\\Seen'] },
          ],
        },
      },
    });
    await new Promise<void>((resolve) => imap.listen(0, '127.0.0.1', resolve));
    port = imap.server.address().port;
    k = await emailKit();
  });
  afterAll(async () => {
    await k.close();
    imap.close();
  });

  const cfg = () => ({ host: '127.0.0.1', port, secure: false, user: 'testuser', pass: 'testpass', mailbox: 'INBOX', intervalSeconds: 60 });

  it('takes the unseen mails once: a ticket for the person, nothing for the auto-reply', async () => {
    const first = await pollImap(k.deps, cfg());
    expect(first).toEqual({ fetched: 2, outcomes: ['created', 'dropped'], failed: 0 });
    const tickets = (await k.api('GET', '/tickets?channel=email')).json().items;
    expect(tickets.map((t: any) => t.subject)).toEqual(['账号被封']);
    await until(() => k.mailbox.mails.find((m) => m.subject?.includes('账号被封')), 'the acknowledgement');

    // Flagged \\Seen: the next poll fetches nothing.
    expect(await pollImap(k.deps, cfg())).toEqual({ fetched: 0, outcomes: [], failed: 0 });
  });

  it('fails loudly with wrong credentials, taking nothing', async () => {
    await expect(pollImap(k.deps, { ...cfg(), pass: 'wrong' })).rejects.toThrow();
  });
});
