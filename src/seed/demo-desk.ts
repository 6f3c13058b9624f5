import type { AppDeps } from '../app';
import { systemContext } from '../platform/audit/audit.service';
import { fileReport } from '../modules/moderation/player-reports.service';
import { openComplaint } from '../modules/complaints/complaints.service';
import type { TicketContext } from '../modules/tickets/ticket-context';
import { createTicket } from '../modules/tickets/ticket-create.service';
import { addMessage } from '../modules/tickets/ticket-messages.service';

const category = (n: number) => `01930000-0000-7000-8000-0000000000c${n}`;
type Channel = 'web' | 'email' | 'phone' | 'in_game' | 'forum' | 'social';
type Priority = 'low' | 'normal' | 'high' | 'urgent';

/** What players of 星穹对决 write to the service desk (the seed 000 FAQ situations). */
const demoTickets: { subject: string; description: string; category: number; channel: Channel; priority: Priority; department: string; agent?: string; reply?: string; resolve?: boolean; note?: string }[] = [
  { subject: '充值 68 元钻石未到账', description: '昨晚用微信支付充值 68 元，钱扣了但钻石没有到账。', category: 2, channel: 'web', priority: 'high', department: 'inquiries', agent: 'agent11', reply: '您好，已为您核实订单，钻石将在 10 分钟内补发到账，请留意查收。', resolve: true },
  { subject: '月卡购买后没有每日奖励', description: '买了月卡，但是今天登录没有领到每日钻石。', category: 2, channel: 'in_game', priority: 'normal', department: 'inquiries', agent: 'agent12', note: '已联系支付组查询回调日志。' },
  { subject: '账号被盗，绑定手机被改了', description: '今天早上发现账号被别人登录，绑定的手机号也被改掉了，装备都不见了。', category: 1, channel: 'web', priority: 'urgent', department: 'inquiries', agent: 'agent31', note: '请走账号申诉流程，核对最近登录记录。' },
  { subject: '忘记密码，无法找回', description: '换了手机号，收不到验证码，怎么找回账号？', category: 1, channel: 'email', priority: 'normal', department: 'inquiries', agent: 'agent11', reply: '您好，请通过申诉页面提交最近的登录时间、设备和充值订单号，我们核实后为您重置绑定。' },
  { subject: '更新后进入副本闪退', description: '3.2.1 版本更新后，iPhone 进入副本就闪退，重装也没用。', category: 3, channel: 'in_game', priority: 'high', department: 'inquiries' },
  { subject: '安卓手机登录界面卡住', description: '打开游戏一直卡在登录界面转圈。', category: 3, channel: 'forum', priority: 'normal', department: 'inquiries', agent: 'agent12', reply: '感谢反馈，技术团队正在排查，修复后会第一时间通知您。' },
  { subject: '活动奖励没有发放', description: '周末排位活动完成了任务，奖励邮件一直没收到。', category: 4, channel: 'social', priority: 'normal', department: 'inquiries' },
  { subject: '投诉网吧网管服务态度差', description: '在徐汇店上机时网管态度很差，还不给换机器。', category: 6, channel: 'phone', priority: 'normal', department: 'inquiries', agent: 'agent21' },
  { subject: '建议增加组队匹配功能', description: '希望能增加和好友一起排位的组队匹配。', category: 7, channel: 'forum', priority: 'low', department: 'crm', reply: '感谢您的建议，我们已转交策划团队评估。', resolve: true },
  { subject: 'VIP 专属客服联系方式', description: '我是 VIP 玩家，请问专属客服怎么联系？', category: 8, channel: 'phone', priority: 'normal', department: 'inquiries', agent: 'agent31', reply: '尊敬的 VIP 玩家，您的专属客服电话已通过短信发送给您。', resolve: true },
  { subject: 'Refund request for a duplicate purchase', description: 'I was charged twice for the same skin bundle.', category: 2, channel: 'email', priority: 'high', department: 'inquiries', agent: 'agent12' },
  { subject: '网吧会员卡余额不对', description: '会员卡充值 100 元，显示余额只有 80 元。', category: 2, channel: 'phone', priority: 'normal', department: 'inquiries' },
];

/** The service desk's demo: a dozen tickets in every state, a complaint and a player report. Nothing when tickets exist. */
export async function seedDemoDesk(deps: AppDeps, departments: Map<string, string>, userIds: Map<string, string>): Promise<number> {
  const db = deps.database;
  const [{ n }] = (await db.query<{ n: number }>('select count(*)::int as n from tickets')) as [{ n: number }];
  if (n > 0) return 0;
  const players = await db.query<{ id: string; account: string }>(
    `select c.id, i.value as account from customers c join customer_identities i on i.customer_id = c.id and i.type = 'game_account' where c.status = 'active' order by c.registered_at, c.id limit ${demoTickets.length + 2}`,
  );
  if (players.length < demoTickets.length + 2) return 0;
  const desk: TicketContext = { ...systemContext, scope: { all: true }, viewer: { pii: false }, userId: null };
  const as = (key: string): TicketContext => ({ actor: { type: 'user', id: userIds.get(key)!, label: `${key}@demo` }, scope: { all: true }, viewer: { pii: false }, userId: userIds.get(key)! });
  let created = 0;
  for (const [i, t] of demoTickets.entries()) {
    const ticket = await createTicket(deps, desk, {
      subject: t.subject,
      description: t.description,
      channel: t.channel,
      priority: t.priority,
      categoryId: category(t.category),
      requesterId: players[i]!.id,
      departmentId: departments.get(t.department) ?? null,
      ...(t.agent && userIds.has(t.agent) ? { assigneeId: userIds.get(t.agent)! } : {}),
    });
    created++;
    const agent = t.agent && userIds.has(t.agent) ? as(t.agent) : desk;
    if (t.note) await addMessage(deps, agent, ticket.id, { kind: 'internal_note', body: t.note });
    if (t.reply) await addMessage(deps, agent, ticket.id, { kind: 'public_reply', body: t.reply, ...(t.resolve ? { status: 'resolved' as const } : {}) });
    if (t.category === 6) await openComplaint(deps, desk, ticket.id).catch(() => undefined);
  }
  const reporter = players[demoTickets.length]!;
  const cheater = players[demoTickets.length + 1]!;
  await fileReport(deps, desk, { reporterId: reporter.id, reportedAccount: cheater.account, type: 'cheating', description: '排位赛中对方疑似使用透视外挂', evidence: ['https://example.com/replay/20261201.mp4'] });
  return created + 1;
}
