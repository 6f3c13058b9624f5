// The text of the mails we send. Bilingual: customers write in Chinese or English.

/** The acknowledgement of a new ticket, naming its number. */
export function ackBody(number: number): string {
  return [
    `您好，我们已收到您的邮件，工单号为 #${number}。客服会尽快回复您；补充信息请直接回复此邮件。`,
    '',
    `Hello, we have received your message: your ticket number is #${number}. Our support team will reply soon; to add details, simply reply to this email.`,
  ].join('\n');
}

/** A staff reply as mailed: the reply, then how to answer. */
export function replyBody(text: string, number: number): string {
  return [text.trim(), '', '--', `工单 / Ticket #${number} · 直接回复此邮件即可继续沟通 / Reply to this email to continue.`].join('\n');
}
