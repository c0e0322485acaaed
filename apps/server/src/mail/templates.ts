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

/** A session someone registered for has changed (time, room, speakers…): the link opens its page. */
export function sessionChangedMail(locale: Locale, name: string, title: string): Text {
  switch (locale) {
    case 'en':
      return {
        subject: `Changed: ${title}`,
        body: `Hello, ${name}!\n\nThe session "${title}" you registered for has changed. See its time and room here:\n\n${link}\n\nYour calendar feed shows the change too.\n`,
      };
    case 'zh':
      return {
        subject: `变更：${title}`,
        body: `${name}，您好！\n\n您报名的活动“${title}”有变更。请在此查看时间和地点：\n\n${link}\n\n您的日历订阅也会显示此变更。\n`,
      };
    default:
      return {
        subject: `Изменение: ${title}`,
        body: `Здравствуйте, ${name}!\n\nВ мероприятии «${title}», на которое вы записаны, произошли изменения. Время и зал — по ссылке:\n\n${link}\n\nВаш календарь по подписке тоже покажет изменение.\n`,
      };
  }
}

/** A session someone registered for is cancelled. */
export function sessionCancelledMail(locale: Locale, name: string, title: string): Text {
  switch (locale) {
    case 'en':
      return {
        subject: `Cancelled: ${title}`,
        body: `Hello, ${name}!\n\nThe session "${title}" you registered for is cancelled. The program has other sessions:\n\n${link}\n`,
      };
    case 'zh':
      return {
        subject: `取消：${title}`,
        body: `${name}，您好！\n\n您报名的活动“${title}”已取消。您可以在此查看其他活动：\n\n${link}\n`,
      };
    default:
      return {
        subject: `Отмена: ${title}`,
        body: `Здравствуйте, ${name}!\n\nМероприятие «${title}», на которое вы записаны, отменено. Другие мероприятия программы:\n\n${link}\n`,
      };
  }
}

/** A seat freed and the first person waiting has it now. */
export function waitlistPromotedMail(locale: Locale, name: string, title: string): Text {
  switch (locale) {
    case 'en':
      return {
        subject: `You have a seat: ${title}`,
        body: `Hello, ${name}!\n\nA seat freed up at "${title}" and it is yours: your registration is confirmed. Your ticket is here:\n\n${link}\n`,
      };
    case 'zh':
      return {
        subject: `您已获得席位：${title}`,
        body: `${name}，您好！\n\n“${title}”有空位了，您的报名已确认。您的入场券在此：\n\n${link}\n`,
      };
    default:
      return {
        subject: `Место за вами: ${title}`,
        body: `Здравствуйте, ${name}!\n\nНа мероприятии «${title}» освободилось место, и оно ваше: запись подтверждена. Ваш билет — по ссылке:\n\n${link}\n`,
      };
  }
}
