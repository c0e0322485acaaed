import { type Db, type MailRecipient, mailRecipients, registrantsOfSession } from '@gorod/db';
import { localizedName, type Session } from '@gorod/domain';
import { sessionPageUrl } from '../calendar/icalendar.js';
import { queueMail } from '../mail/outbox.js';
import { sessionCancelledMail, sessionChangedMail, waitlistPromotedMail } from '../mail/templates.js';

type Template = typeof sessionChangedMail;

async function tell(db: Db, now: Date, publicUrl: string, session: Pick<Session, 'id' | 'title'>, people: readonly MailRecipient[], template: Template) {
  for (const person of people) {
    const text = template(person.locale, person.name, localizedName(session.title, person.locale));
    await queueMail(db, now, { to: person.email, kind: 'other', ...text, link: sessionPageUrl(publicUrl, session.id) });
  }
}

/** Tells everyone registered or waiting for a session that it changed or was cancelled; run in the change's transaction. */
export async function tellRegistrants(db: Db, now: Date, publicUrl: string, session: Pick<Session, 'id' | 'title'>, what: 'changed' | 'cancelled') {
  const people = await registrantsOfSession(db, session.id);
  await tell(db, now, publicUrl, session, people, what === 'changed' ? sessionChangedMail : sessionCancelledMail);
}

/** Tells the people moved from the waitlist into a seat; run in the cancellation's transaction. */
export async function tellPromoted(db: Db, now: Date, publicUrl: string, session: Pick<Session, 'id' | 'title'>, userIds: readonly string[]) {
  await tell(db, now, publicUrl, session, await mailRecipients(db, userIds), waitlistPromotedMail);
}
