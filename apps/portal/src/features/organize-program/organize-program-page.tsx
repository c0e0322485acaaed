import { type ForumEdition, sessionDay } from '@gorod/sdk';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useLocale } from '../../i18n/i18n-provider';
import { ConfirmButton } from '../../ui/confirm-button';
import { ErrorMessage } from '../../ui/error-message';
import { PageHeader } from '../../ui/page-header';
import { QueryState } from '../../ui/query-state';
import { useCurrentEdition } from '../forum/queries';
import { localized, useProgramSessions, useRooms, useSpeakers, useTracks } from '../program/queries';
import { SessionStatusBadge } from '../program/session-status-badge';
import { useForumTime } from '../program/use-forum-time';
import { RoomsEditor, SpeakersEditor, TracksEditor } from './entity-editors';
import { useProgramMutations } from './queries';
import { SessionForm } from './session-form';
import { withStaffMessages } from '../../i18n/staff-messages';

/** `/organize/program` (organizers): the sessions with their editor, then rooms, tracks and speakers. */
function OrganizeProgramPageContent() {
  const edition = useCurrentEdition();
  return (
    <div className="page">
      <PageHeader title={<FormattedMessage id="organizeProgram.title" />} lead={<FormattedMessage id="organizeProgram.lead" />} />
      <QueryState query={edition}>{(forum) => <Editor edition={forum} />}</QueryState>
    </div>
  );
}

function Editor({ edition }: { edition: ForumEdition }) {
  const intl = useIntl();
  const { locale } = useLocale();
  const sessions = useProgramSessions();
  const rooms = useRooms();
  const tracks = useTracks();
  const speakers = useSpeakers();
  const mutations = useProgramMutations();
  const time = useForumTime(edition.timeZone);
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const lists = rooms.data && tracks.data && speakers.data ? { rooms: rooms.data, tracks: tracks.data, speakers: speakers.data } : undefined;

  return (
    <QueryState query={sessions}>
      {(all) => {
        const sorted = [...all].sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.id.localeCompare(b.id));
        return (
          <>
            <div className="entity-editor__head">
              <h2>
                <FormattedMessage id="organizeProgram.sessions" values={{ count: all.length }} />
              </h2>
              <button type="button" className="button" onClick={() => setEditing('new')} disabled={!lists} data-testid="new-session">
                <FormattedMessage id="organizeProgram.session.new" />
              </button>
            </div>
            {editing && lists && (
              <SessionForm
                key={editing}
                edition={edition}
                session={all.find((s) => s.id === editing)}
                sessions={all}
                lists={lists}
                mutations={mutations}
                onDone={() => setEditing(null)}
              />
            )}
            {mutations.cancelSession.error && <ErrorMessage error={mutations.cancelSession.error} />}
            <ul className="session-list organize-list" data-testid="organize-sessions">
              {sorted.map((session) => (
                <li key={session.id} className="session-row">
                  <p className="session-row__time">
                    {time.day(sessionDay(session, edition.timeZone))} {time.span(session.startsAt, session.endsAt)}
                  </p>
                  <div className="session-row__body">
                    <Link className="session-row__title" to={`/program/${session.id}`}>
                      {localized(session.title, locale)}
                    </Link>
                    <p className="session-row__meta">
                      <SessionStatusBadge status={session.status} /> {localized(rooms.data?.byId.get(session.roomId)?.name, locale)}
                    </p>
                    <div className="item__actions">
                      <button type="button" className="button button--secondary" onClick={() => setEditing(session.id)}>
                        <FormattedMessage id="organizeProgram.edit" />
                      </button>
                      {session.status !== 'cancelled' && (
                        <ConfirmButton
                          danger
                          className="button--secondary"
                          question={intl.formatMessage({ id: 'organizeProgram.session.cancelQuestion' })}
                          pending={mutations.cancelSession.isPending}
                          onConfirm={() => mutations.cancelSession.mutate({ id: session.id })}
                        >
                          <FormattedMessage id="organizeProgram.session.cancel" />
                        </ConfirmButton>
                      )}
                    </div>
                  </div>
                </li>
              ))}
            </ul>
            {lists && (
              <div className="entity-editors">
                <RoomsEditor editionId={edition.id} items={lists.rooms.list} mutations={mutations} />
                <TracksEditor editionId={edition.id} items={lists.tracks.list} mutations={mutations} />
                <SpeakersEditor editionId={edition.id} items={lists.speakers.list} mutations={mutations} />
              </div>
            )}
          </>
        );
      }}
    </QueryState>
  );
}

export const OrganizeProgramPage = withStaffMessages(OrganizeProgramPageContent);
