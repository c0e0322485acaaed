// The texts of Gorod's mail, in the recipient's language. The link is not in the text: queueMail keeps
// it apart, and delivery puts it where the placeholder stands.
import { mailLinkPlaceholder as link } from '@gorod/db';
import type { Locale } from '@gorod/domain';
import type { QueuedMessage } from './outbox.js';

type Text = Pick<QueuedMessage, 'subject' | 'body'>;

const forum = { ru: 'Города России', en: 'Cities of Russia', zh: '俄罗斯城市' } satisfies Record<Locale, string>;

export function invitationMail(locale: Locale, name: string): Text {
  switch (locale) {
    case 'en':
      return {
        subject: `Your invitation to Gorod — ${forum.en}`,
        body: `Hello, ${name}!\n\nYou are invited to the educational module for heads of municipalities. Choose your password here (the link works once, for 14 days):\n\n${link}\n`,
      };
    case 'zh':
      return {
        subject: `Gorod 邀请 — ${forum.zh}`,
        body: `${name}，您好！\n\n诚邀您参加市政领导人教育模块。请通过以下链接设置密码（仅可使用一次，14 天内有效）：\n\n${link}\n`,
      };
    default:
      return {
        subject: `Приглашение в Gorod — ${forum.ru}`,
        body: `Здравствуйте, ${name}!\n\nВас пригласили в образовательный модуль для глав муниципальных образований. Задайте пароль по ссылке (она действует один раз, 14 дней):\n\n${link}\n`,
      };
  }
}

export function passwordResetMail(locale: Locale, name: string): Text {
  switch (locale) {
    case 'en':
      return {
        subject: 'Resetting your Gorod password',
        body: `Hello, ${name}!\n\nTo choose a new password, open this link within an hour (it works once):\n\n${link}\n\nIf you did not ask for this, ignore this message.\n`,
      };
    case 'zh':
      return {
        subject: '重置 Gorod 密码',
        body: `${name}，您好！\n\n请在一小时内打开以下链接设置新密码（仅可使用一次）：\n\n${link}\n\n如果这不是您的请求，请忽略此邮件。\n`,
      };
    default:
      return {
        subject: 'Восстановление пароля Gorod',
        body: `Здравствуйте, ${name}!\n\nЧтобы задать новый пароль, откройте ссылку в течение часа (она действует один раз):\n\n${link}\n\nЕсли вы не запрашивали восстановление, просто проигнорируйте письмо.\n`,
      };
  }
}
