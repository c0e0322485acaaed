import { type ForumEdition, sessionDay } from '@gorod/sdk';
import { useMemo } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useLocale } from '../../i18n/i18n-provider';
import { MyLearning } from '../courses/my-learning';
import { PageHeader } from '../../ui/page-header';
import { EmptyState, QueryState } from '../../ui/query-state';
import { useCurrentEdition } from '../forum/queries';
import { localized, useMyAgenda, useMyRegistrations, useRooms } from '../program/queries';
import { SessionStatusBadge } from '../program/session-status-badge';
import { type ForumTime, useForumTime } from '../program/use-forum-time';
import { FeedCard } from './feed-card';
import { TicketQr } from './ticket-qr';

/** `/agenda`: the sessions a person registered for or starred, by day with overlaps, their tickets and feed. */
export function AgendaPage() {
  const edition = useCurrentEdition();
  return (
    <div className="page">
      <PageHeader title={<FormattedMessage id="agenda.title" />} lead={<FormattedMessage id="agenda.lead" />} />
      <MyLearning />
      <QueryState query={edition}>{(forum) => <AgendaOf edition={forum} />}</QueryState>
    </div>
  );
}

type AgendaData = NonNullable<ReturnType<typeof useMyAgenda>['data']>;
type AgendaSession = AgendaData['sessions'][number];

function AgendaOf({ edition }: { edition: ForumEdition }) {
  const agenda = useMyAgenda();
  const registrations = useMyRegistrations({ enabled: true });
  const time = useForumTime(edition.timeZone);
  const tickets = (registrations.data ?? []).filter((r) => r.status === 'confirmed' && r.ticketCode);

  return (
    <div className="agenda">
      <QueryState
        query={agenda}
        isEmpty={(data) => data.sessions.length === 0}
        empty={
          <EmptyState testId="agenda-empty">
            <p className="empty-state__title">
              <FormattedMessage id="agenda.empty" />
            </p>
            <Link className="button" to="/program">
              <FormattedMessage id="agenda.toProgram" />
            </Link>
          </EmptyState>
        }
      >
        {(data) => <AgendaDays data={data} timeZone={edition.timeZone} time={time} />}
      </QueryState>

      {tickets.length > 0 && (
        <section aria-labelledby="tickets-title" data-testid="tickets">
          <h2 id="tickets-title">
            <FormattedMessage id="agenda.tickets" />
          </h2>
          <ul className="ticket-list">
            {tickets.map((ticket) => (
              <Ticket key={ticket.sessionId} sessionId={ticket.sessionId} code={ticket.ticketCode ?? ''} agenda={agenda.data} time={time} />
            ))}
          </ul>
        </section>
      )}

      <FeedCard />
    </div>
  );
}

function Ticket({ sessionId, code, agenda, time }: { sessionId: string; code: string; agenda: AgendaData | undefined; time: ForumTime }) {
  const { locale } = useLocale();
  const session = agenda?.sessions.find((item) => item.id === sessionId);
  return (
    <li className="card ticket" data-testid="ticket">
      <TicketQr code={code} />
      {session && (
        <p className="ticket__session">
          <Link to={`/program/${session.id}`}>{localized(session.title, locale)}</Link>
          <br />
          <span className="muted">{time.span(session.startsAt, session.endsAt)}</span>
        </p>
      )}
    </li>
  );
}

function AgendaDays({ data, timeZone, time }: { data: AgendaData; timeZone: string; time: ForumTime }) {
  const intl = useIntl();
  const { locale } = useLocale();
  const rooms = useRooms();
  const overlapping = useMemo(() => new Set(data.overlaps.flatMap((o) => o.ids)), [data.overlaps]);
  const days = useMemo(() => {
    const byDay = new Map<string, AgendaSession[]>();
    const sorted = [...data.sessions].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
    for (const session of sorted) {
      const day = sessionDay(session, timeZone);
      byDay.set(day, [...(byDay.get(day) ?? []), session]);
    }
    return [...byDay];
  }, [data.sessions, timeZone]);

  return (
    <>
      {data.overlaps.length > 0 && (
        <p className="notice notice--warning" role="status" data-testid="agenda-overlaps">
          <FormattedMessage id="agenda.overlaps" values={{ count: data.overlaps.length }} />
        </p>
      )}
      {days.map(([day, items]) => (
        <section key={day} aria-label={time.day(day)} className="agenda-day">
          <h2 className="agenda-day__title">{time.day(day)}</h2>
          <ul className="session-list">
            {items.map((session) => (
              <li key={session.id} className="session-row" data-testid="agenda-item">
                <p className="session-row__time">
                  <time dateTime={session.startsAt}>{time.span(session.startsAt, session.endsAt)}</time>
                </p>
                <div className="session-row__body">
                  <Link className="session-row__title" to={`/program/${session.id}`}>
                    {localized(session.title, locale)}
                  </Link>
                  <p className="session-row__meta">
                    <SessionStatusBadge status={session.status} />{' '}
                    {session.myRegistration?.status === 'confirmed' && (
                      <span className="badge badge--ok">{intl.formatMessage({ id: 'agenda.item.confirmed' })}</span>
                    )}
                    {session.myRegistration?.status === 'waitlisted' && (
                      <span className="badge badge--muted">
                        {intl.formatMessage({ id: 'agenda.item.waitlisted' }, { position: session.myRegistration.position ?? 0 })}
                      </span>
                    )}
                    {session.starred && !session.myRegistration && <span className="badge">{intl.formatMessage({ id: 'agenda.item.starred' })}</span>}{' '}
                    {localized(rooms.data?.byId.get(session.roomId)?.name, locale)}
                  </p>
                  {overlapping.has(session.id) && (
                    <p className="session-row__overlap" data-testid="overlap-warning">
                      <FormattedMessage id="agenda.item.overlaps" />
                    </p>
                  )}
                </div>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
