import { describe, expect, it } from 'vitest';
import { extractReplyText } from './reply-text';

describe('extractReplyText', () => {
  it.each([
    ['plain text stays', 'Hello\nsecond line', 'Hello\nsecond line'],
    ['English Gmail quote', 'Thanks, it works now.\n\nOn Mon, 1 Dec 2026 at 10:00, Support <support@game.example> wrote:\n> Please try again', 'Thanks, it works now.'],
    ['wrapped English header', 'Still broken.\n\nOn Mon, 1 Dec 2026 at 10:00, Support <\nsupport@game.example> wrote:\n> Hi', 'Still broken.'],
    ['Outlook original message', 'See attached.\r\n\r\n-----Original Message-----\r\nFrom: Support\r\nSent: Monday', 'See attached.'],
    ['Outlook header block', 'OK\n\nFrom: Support <support@game.example>\nSent: Monday, 1 December 2026\nTo: me\nSubject: x', 'OK'],
    ['Chinese Gmail quote', '问题已经解决了，谢谢！\n\n在 2026年12月1日周一 10:00，客服 <support@game.example> 写道：\n> 请重新登录', '问题已经解决了，谢谢！'],
    ['wrapped Chinese header', '还是不行\n\n在 2026年12月1日 10:00，客服 <\nsupport@game.example> 写道：\n> 您好', '还是不行'],
    ['QQ Mail original', '收到\n\n------------------ 原始邮件 ------------------\n发件人: "客服"', '收到'],
    ['Chinese Outlook block', '好的\n\n发件人: 客服 <support@game.example>\n发送时间: 2026年12月1日 10:00\n主题: x', '好的'],
    ['trailing > lines', 'Yes please\n> earlier text\n> more', 'Yes please'],
    ['an all-quote mail keeps its text', 'On Mon, 1 Dec 2026, Support wrote:\n> Hi', 'On Mon, 1 Dec 2026, Support wrote:\n> Hi'],
    ['a line mentioning "from:" mid-text is kept', 'Money from: my card\nplease check', 'Money from: my card\nplease check'],
  ])('%s', (_name, input, expected) => expect(extractReplyText(input)).toBe(expected));
});
