// Canned replies live in the browser for now (a short fixed list per language, see
// docs/agent-console.md); the variables are filled from the open ticket when inserted.

export interface CannedReply {
  id: string;
  /** i18n key of the title under `tickets.canned.` */
  key: 'greeting' | 'checking' | 'recharge' | 'resolved';
  body: { en: string; 'zh-CN': string };
}

export const cannedReplies: CannedReply[] = [
  {
    id: 'greeting',
    key: 'greeting',
    body: {
      en: 'Hello {{customer.name}}, thank you for contacting us about ticket #{{ticket.number}}. I am looking into it now.\n{{agent.name}}',
      'zh-CN': '{{customer.name}}您好，感谢您就工单 #{{ticket.number}} 联系我们，我正在为您处理。\n{{agent.name}}',
    },
  },
  {
    id: 'checking',
    key: 'checking',
    body: {
      en: 'Hello {{customer.name}}, we are still checking this with the team and will update ticket #{{ticket.number}} as soon as we know more.',
      'zh-CN': '{{customer.name}}您好，我们仍在与相关团队核实，有进展会第一时间在工单 #{{ticket.number}} 中告知您。',
    },
  },
  {
    id: 'recharge',
    key: 'recharge',
    body: {
      en: 'Hello {{customer.name}}, please send us the order number and the time of the recharge so we can trace the payment.',
      'zh-CN': '{{customer.name}}您好，请提供充值的订单号和充值时间，以便我们核查到账情况。',
    },
  },
  {
    id: 'resolved',
    key: 'resolved',
    body: {
      en: 'Hello {{customer.name}}, ticket #{{ticket.number}} is solved. Reply to this message if anything is still wrong.\n{{agent.name}}',
      'zh-CN': '{{customer.name}}您好，工单 #{{ticket.number}} 已处理完毕。如仍有问题，直接回复即可。\n{{agent.name}}',
    },
  },
];

export interface CannedVariables {
  'customer.name': string;
  'ticket.number': string;
  'agent.name': string;
}

/**
 * The text with `{{variable}}` filled; unknown variables stay as written.
 * @example fillVariables('Hi {{customer.name}}', { 'customer.name': '夜雨', ... }) // 'Hi 夜雨'
 */
export function fillVariables(text: string, vars: CannedVariables): string {
  return text.replace(/\{\{\s*([a-z]+\.[a-z]+)\s*\}\}/g, (whole, name: string) => (name in vars ? vars[name as keyof CannedVariables] : whole));
}

/** The reply's text in the reader's language. */
export function cannedBody(reply: CannedReply, language: string): string {
  return language.startsWith('zh') ? reply.body['zh-CN'] : reply.body.en;
}
