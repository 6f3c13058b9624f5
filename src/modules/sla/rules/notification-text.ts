import type { SlaStep } from './sla-clocks';
import type { Metric } from './sla-policy';

export type Locale = 'zh-CN' | 'en';

const metricNames: Record<Metric, Record<Locale, string>> = {
  firstResponse: { 'zh-CN': '首次响应', en: 'first response' },
  nextResponse: { 'zh-CN': '后续响应', en: 'next response' },
  resolution: { 'zh-CN': '解决', en: 'resolution' },
};

const titles: Record<SlaStep, Record<Locale, (n: number, metric: string) => string>> = {
  warning: { 'zh-CN': (n, m) => `工单 #${n} ${m}即将超时`, en: (n, m) => `Ticket #${n}: ${m} due soon` },
  breach: { 'zh-CN': (n, m) => `工单 #${n} ${m}已超时`, en: (n, m) => `Ticket #${n}: ${m} target breached` },
  escalation: { 'zh-CN': (n, m) => `工单 #${n} ${m}超时仍未处理，已升级给您`, en: (n, m) => `Ticket #${n}: ${m} still breached, escalated to you` },
};

/** `YYYY-MM-DD HH:mm` in the calendar's zone, with the zone's name. */
export function localTime(at: Date, timeZone: string): string {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })
      .formatToParts(at)
      .map((x) => [x.type, x.value]),
  );
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute} (${timeZone})`;
}

/**
 * The title and body of an SLA notification in the reader's language.
 * @example slaNotificationText('en', 'breach', 'firstResponse', { number: 100042, subject: 'Cannot log in', dueAt, timeZone: 'Asia/Shanghai' })
 */
export function slaNotificationText(
  locale: Locale,
  step: SlaStep,
  metric: Metric,
  t: { number: number; subject: string; dueAt: Date; timeZone: string },
): { title: string; body: string } {
  const due = localTime(t.dueAt, t.timeZone);
  return {
    title: titles[step][locale](t.number, metricNames[metric][locale]),
    body: locale === 'en' ? `"${t.subject}" — ${metricNames[metric].en} due ${due}.` : `「${t.subject}」${metricNames[metric]['zh-CN']}截止时间：${due}。`,
  };
}
