import { canReadFeedbackSummary, type ForumEdition, sessionDay } from '@gorod/sdk';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { useLocale } from '../../i18n/i18n-provider';
import { useMe } from '../../lib/use-me';
import { QueryState } from '../../ui/query-state';
import { useCurrentEdition } from '../forum/queries';
import { CityName } from '../people/city-name';
import { FeedbackForm } from './feedback-form';
import { FeedbackSummary } from './feedback-summary';
import { localized, useMyRegistrations, useMySpeakerIds, useProgramSession } from './queries';
import { RegistrationPanel } from './registration-panel';
import { SessionStatusBadge } from './session-status-badge';
import { SpeakerList } from './speaker-list';
import { StarToggle } from './star-toggle';
import { useForumTime } from './use-forum-time';

/** `/program/:id`: one session with its speakers, seats, registration, calendar link and feedback. */
export function SessionPage() {
  const { id = '' } = useParams();
  const edition = useCurrentEdition();
  const session = useProgramSession(id);
  return (
    <div className="page page--narrow">
      <p className="back-link">
        <Link to="/program">
          <FormattedMessage id="program.session.back" />
        </Link>
      </p>
      <QueryState query={edition}>
        {(forum) => <QueryState query={session}>{(data) => <SessionDetails session={data} edition={forum} />}</QueryState>}
      </QueryState>
    </div>
  );
}

type SessionData = NonNullable<ReturnType<typeof useProgramSession>['data']>;

function SessionDetails({ session, edition }: { session: SessionData; edition: ForumEdition }) {
  const intl = useIntl();
  const { locale } = useLocale();
  const me = useMe();
  const signedIn = Boolean(me.data);
  const registrations = useMyRegistrations({ enabled: signedIn });
  const mySpeakerIds = useMySpeakerIds({ enabled: signedIn });
  const time = useForumTime(edition.timeZone);
  const mine = registrations.data?.find((r) => r.sessionId === session.id && r.status !== 'cancelled');
  const { room } = session;
  const readerTime = time.readerTime(session.startsAt);
  const started = Date.parse(session.startsAt) <= Date.now();
  const description = localized(session.description, locale);
  // The portal knows only its own account's speakers: they stand for the session's linked accounts in the rule.
  const speaksHere = session.speakers.some((speaker) => mySpeakerIds.data?.includes(speaker.id));
  const user = me.data;
  const readsFeedback = user ? canReadFeedbackSummary({ kind: 'session', userId: user.id, roles: user.roles }, { speakerUserIds: speaksHere ? [user.id] : [] }) : false;

  return (
    <article className="session" data-testid="session-page">
      <p className="session__kind">
        <span className="badge badge--muted">{intl.formatMessage({ id: `program.kind.${session.kind}` })}</span>{' '}
        <SessionStatusBadge status={session.status} />
      </p>
      <h1>{localized(session.title, locale)}</h1>
      <dl className="session__facts">
        <dt>
          <FormattedMessage id="program.session.when" />
        </dt>
        <dd>
          {time.day(sessionDay(session, edition.timeZone))}
          {', '}
          <time dateTime={session.startsAt}>{time.span(session.startsAt, session.endsAt)}</time>
          {readerTime && (
            <span className="muted">
              {' · '}
              <FormattedMessage id="program.time.yours" values={{ time: readerTime }} />
            </span>
          )}
        </dd>
        <dt>
          <FormattedMessage id="program.session.room" />
        </dt>
        <dd>
          {localized(room.name, locale)}
          <span className="muted">
            {' · '}
            <FormattedMessage id="program.session.floor" values={{ floor: room.floor }} />
          </span>
        </dd>
        <dt>
          <FormattedMessage id="program.session.languages" />
        </dt>
        <dd>
          {session.languages.map((l) => intl.formatMessage({ id: `program.language.${l}` })).join(', ')}
          {session.interpretation.length > 0 && (
            <span className="muted">
              {' · '}
              <FormattedMessage
                id="program.session.interpretation"
                values={{
                  directions: session.interpretation
                    .map((i) => `${i.from.toUpperCase()} → ${i.to.toUpperCase()}`)
                    .join(', '),
                }}
              />
            </span>
          )}
        </dd>
        {session.tracks.length > 0 && (
          <>
            <dt>
              <FormattedMessage id="program.session.tracks" />
            </dt>
            <dd>{session.tracks.map((track) => localized(track.name, locale)).join(', ')}</dd>
          </>
        )}
        {session.partnerCityId && (
          <>
            <dt>
              <FormattedMessage id="program.session.partnerCity" />
            </dt>
            <dd data-testid="session-partner-city">
              <Link to={`/cities/${session.partnerCityId}`}>
                <CityName id={session.partnerCityId} />
              </Link>
            </dd>
          </>
        )}
      </dl>

      {session.kind === 'course_class' && (
        <p className="notice" data-testid="session-course">
          <FormattedMessage id="program.session.course" />
        </p>
      )}

      {description && <p className="session__description">{description}</p>}

      <div className="session__actions">
        <RegistrationPanel session={session} registration={mine} signedIn={signedIn} />
        {signedIn && <StarToggle sessionId={session.id} />}
        <a className="button button--secondary" href={`/calendar/sessions/${session.id}.ics`} data-testid="add-to-calendar">
          <FormattedMessage id="program.session.addToCalendar" />
        </a>
      </div>

      {session.speakers.length > 0 && (
        <section aria-labelledby="speakers-title">
          <h2 id="speakers-title">
            <FormattedMessage id="program.session.speakers" />
          </h2>
          <SpeakerList speakers={session.speakers} />
        </section>
      )}

      {readsFeedback && <FeedbackSummary sessionId={session.id} />}

      {/* Only people checked in at the door may rate (the server decides too); anyone else confirmed is told why. */}
      {started && mine?.status === 'confirmed' && mine.checkedInAt !== null && <FeedbackForm sessionId={session.id} />}
      {started && mine?.status === 'confirmed' && mine.checkedInAt === null && (
        <p className="notice" data-testid="feedback-needs-check-in">
          <FormattedMessage id="program.feedback.checkInFirst" />
        </p>
      )}
    </article>
  );
}
