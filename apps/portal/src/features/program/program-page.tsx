import { calendarDateIn, editionDays, type ForumEdition, matchesProgramFilters, sessionDay } from '@gorod/sdk';
import { useMemo } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useLocale } from '../../i18n/i18n-provider';
import { PageHeader } from '../../ui/page-header';
import { NoMatches } from '../../ui/no-matches';
import { QueryState } from '../../ui/query-state';
import { useCity } from '../cities/queries';
import { useCurrentEdition } from '../forum/queries';
import { ProgramFilters } from './program-filters';
import { localized, useProgramSessions, useRooms, useSpeakers, useTracks } from './queries';
import { SessionRow } from './session-row';
import { useForumTime } from './use-forum-time';
import { useProgramFilters } from './use-program-filters';

/** `/program`: the edition's sessions by day, filtered and searched in the browser, all in the address. */
export function ProgramPage() {
  const edition = useCurrentEdition();
  return (
    <div className="page">
      <PageHeader title={<FormattedMessage id="program.title" />} lead={<FormattedMessage id="program.lead" />} />
      <QueryState query={edition}>{(data) => <ProgramOf edition={data} />}</QueryState>
    </div>
  );
}

function ProgramOf({ edition }: { edition: ForumEdition }) {
  const intl = useIntl();
  const { locale } = useLocale();
  const programFilters = useProgramFilters();
  const { filters, setFilters, resetFilters } = programFilters;
  const sessions = useProgramSessions();
  const rooms = useRooms();
  const tracks = useTracks();
  const speakers = useSpeakers();
  const venue = useCity(edition.venueCityId);
  const time = useForumTime(edition.timeZone);

  const days = useMemo(() => editionDays(edition), [edition]);
  // Without a chosen day: today while the forum runs, else its first day.
  const today = calendarDateIn(edition.timeZone, new Date());
  const day = filters.day && days.includes(filters.day) ? filters.day : days.includes(today) ? today : days[0];

  // A search looks through every day: someone looking for a speaker should not have to try each tab.
  const searching = filters.query.trim() !== '';
  const speakerIndex = speakers.data?.byId;
  const shown = useMemo(() => {
    const all = sessions.data ?? [];
    const index = speakerIndex ?? new Map();
    const wanted = { ...filters, day: searching ? undefined : day };
    return all
      .filter((session) => matchesProgramFilters(session, wanted, index, edition.timeZone))
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.id.localeCompare(b.id));
  }, [sessions.data, speakerIndex, filters, day, searching, edition.timeZone]);

  return (
    <>
      <nav className="day-tabs" aria-label={intl.formatMessage({ id: 'program.days' })}>
        {days.map((date, index) => (
          <button
            key={date}
            type="button"
            className="day-tabs__tab"
            aria-pressed={!searching && date === day}
            data-testid="day-tab"
            onClick={() => setFilters({ day: date })}
          >
            <FormattedMessage id="program.day" values={{ number: index + 1 }} />
            <span className="day-tabs__date">{time.day(date)}</span>
          </button>
        ))}
      </nav>
      <ProgramFilters state={programFilters} tracks={tracks.data} rooms={rooms.data} />
      {venue.data && (
        <p className="muted program-zone" data-testid="program-zone">
          <FormattedMessage id="program.time.zone" values={{ city: localized(venue.data.name, locale) }} />
        </p>
      )}
      <QueryState
        query={sessions}
        isEmpty={() => shown.length === 0}
        empty={<NoMatches testId="program-empty" title="program.empty" resetLabel="program.filter.reset" onReset={resetFilters} />}
      >
        {() => (
          <section aria-labelledby="program-list-title">
            <h2 id="program-list-title" className="list-summary" aria-live="polite">
              <FormattedMessage id={searching ? 'program.shownAllDays' : 'program.shown'} values={{ count: shown.length }} />
            </h2>
            <ul className="session-list" data-testid="session-list">
              {shown.map((session) => (
                <SessionRow
                  key={session.id}
                  session={session}
                  title={localized(session.title, locale)}
                  room={localized(rooms.data?.byId.get(session.roomId)?.name, locale)}
                  speakers={session.speakerIds.map((id) => localized(speakerIndex?.get(id)?.name, locale)).join(', ')}
                  time={time}
                  day={searching ? time.day(sessionDay(session, edition.timeZone)) : undefined}
                />
              ))}
            </ul>
          </section>
        )}
      </QueryState>
    </>
  );
}
