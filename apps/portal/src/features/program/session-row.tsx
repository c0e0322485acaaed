import type { SessionKind } from '@gorod/sdk';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import type { ForumTime } from './use-forum-time';
import { SessionStatusBadge } from './session-status-badge';

export interface SessionRowData {
  id: string;
  kind: SessionKind;
  status: 'scheduled' | 'changed' | 'cancelled';
  startsAt: string;
  endsAt: string;
  languages: readonly string[];
}

interface SessionRowProps {
  session: SessionRowData;
  /** Already in the reader's language: the row does no lookups of its own. */
  title: string;
  room: string;
  speakers: string;
  time: ForumTime;
  /** The day, when the list spans several (a search): "пт, 27 ноября". */
  day?: string | undefined;
}

/** One line of the program: a plain list item, cheap enough for 300 of them on a phone. */
export function SessionRow({ session, title, room, speakers, time, day }: SessionRowProps) {
  const intl = useIntl();
  const readerTime = time.readerTime(session.startsAt);
  return (
    <li className={`session-row${session.status === 'cancelled' ? ' session-row--cancelled' : ''}`} data-testid="session-row">
      <p className="session-row__time">
        {day && <span className="session-row__day">{day}</span>}
        <time dateTime={session.startsAt}>{time.span(session.startsAt, session.endsAt)}</time>
        {readerTime && (
          <span className="session-row__reader-time" data-testid="reader-time">
            <FormattedMessage id="program.time.yours" values={{ time: readerTime }} />
          </span>
        )}
      </p>
      <div className="session-row__body">
        <Link className="session-row__title" to={`/program/${session.id}`}>
          {title}
        </Link>
        <p className="session-row__meta">
          <span className="badge badge--muted">{intl.formatMessage({ id: `program.kind.${session.kind}` })}</span>{' '}
          <SessionStatusBadge status={session.status} /> {room}
          {speakers && <span className="session-row__speakers"> · {speakers}</span>}
        </p>
      </div>
    </li>
  );
}
