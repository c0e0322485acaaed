import { FormattedMessage } from 'react-intl';
import { Link } from 'react-router';
import { useLocale } from '../../../i18n/i18n-provider';
import { localized } from '../../program/queries';
import { SessionStatusBadge } from '../../program/session-status-badge';
import { useClassTime } from '../use-forum-clock';
import type { PlayerProps } from './types';

/** An in-person class: its session's time (the forum's clock) and room; check-in at the door completes it. */
export function ClassPlayer({ item, state, view }: PlayerProps<'class'>) {
  const { locale } = useLocale();
  const classTime = useClassTime();
  const session = view.classSessions.find((candidate) => candidate.sessionId === item.sessionId);
  const attended = state?.status === 'completed';
  const readerTime = session ? classTime.readerTime(session.startsAt) : null;
  return (
    <div className="player player--class" data-testid="class-player">
      {session && (
        <dl className="session__facts">
          <dt>
            <FormattedMessage id="program.session.when" />
          </dt>
          <dd data-testid="class-when">
            <time dateTime={session.startsAt}>{classTime.when(session)}</time>
            {readerTime && (
              <span className="muted">
                {' · '}
                <FormattedMessage id="program.time.yours" values={{ time: readerTime }} />
              </span>
            )}{' '}
            <SessionStatusBadge status={session.status} />
          </dd>
          <dt>
            <FormattedMessage id="program.session.room" />
          </dt>
          <dd data-testid="class-room">{session.roomName}</dd>
        </dl>
      )}
      {attended ? (
        <p className="badge badge--ok" data-testid="class-attended">
          <FormattedMessage id="courses.class.attended" />
        </p>
      ) : (
        <p className="muted">
          <FormattedMessage id="courses.class.checkIn" />
        </p>
      )}
      <Link className="button button--secondary" to={`/program/${item.sessionId}`} data-testid="class-session-link">
        <FormattedMessage id="courses.class.session" values={{ title: localized(session?.title, locale) }} />
      </Link>
    </div>
  );
}
