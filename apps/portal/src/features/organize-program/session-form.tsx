import {
  editionDays,
  type ForumEdition,
  findProgramConflicts,
  locales,
  SessionCreateInputSchema,
  sessionKinds,
  SessionUpdateInputSchema,
} from '@gorod/sdk';
import { useMemo, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useLocale } from '../../i18n/i18n-provider';
import { ErrorMessage } from '../../ui/error-message';
import { issueText } from '../../ui/issue-text';
import { TextField } from '../../ui/text-field';
import { usePartnerCities } from '../forum/queries';
import { localized, type useProgramSessions, type useRooms, type useSpeakers, type useTracks } from '../program/queries';
import { emptyLocalized, fromLocalized, LocalizedFields, toLocalized } from './localized-fields';
import type { ProgramMutations } from './queries';
import { useCreateOrUpdate } from './use-create-or-update';
import { instantToZoned, zonedToInstant } from './zoned-time';

type ProgramSession = NonNullable<ReturnType<typeof useProgramSessions>['data']>[number];
type Lists = {
  rooms: NonNullable<ReturnType<typeof useRooms>['data']>;
  tracks: NonNullable<ReturnType<typeof useTracks>['data']>;
  speakers: NonNullable<ReturnType<typeof useSpeakers>['data']>;
};

interface SessionFormProps {
  edition: ForumEdition;
  /** The session being edited; none for a new one. */
  session: ProgramSession | undefined;
  sessions: readonly ProgramSession[];
  lists: Lists;
  mutations: ProgramMutations;
  onDone: () => void;
}

const draftId = 'draft-session';

/**
 * A session's editor. Times are typed on the forum's clock and sent as UTC instants; the SDK's
 * `findProgramConflicts` warns as the organizer types (a room or speaker twice at once, a day outside
 * the forum), and whatever the server still refuses shows under its field.
 */
export function SessionForm({ edition, session, sessions, lists, mutations, onDone }: SessionFormProps) {
  const intl = useIntl();
  const { locale } = useLocale();
  const partners = usePartnerCities(edition.id);
  const days = editionDays(edition);
  const start = session ? instantToZoned(session.startsAt, edition.timeZone) : { date: days[0] ?? edition.startDate, time: '10:00' };
  const end = session ? instantToZoned(session.endsAt, edition.timeZone) : { date: start.date, time: '11:00' };

  const [title, setTitle] = useState(fromLocalized(session?.title));
  const [description, setDescription] = useState(session?.description ? fromLocalized(session.description) : emptyLocalized);
  const [kind, setKind] = useState<string>(session?.kind ?? 'section');
  const [day, setDay] = useState(start.date);
  const [startTime, setStartTime] = useState(start.time);
  const [endTime, setEndTime] = useState(end.time);
  const [roomId, setRoomId] = useState(session?.roomId ?? lists.rooms.list[0]?.id ?? '');
  const [trackIds, setTrackIds] = useState<string[]>(session?.trackIds ?? []);
  const [speakerIds, setSpeakerIds] = useState<string[]>(session?.speakerIds ?? []);
  const [languages, setLanguages] = useState<string[]>(session?.languages ?? ['ru']);
  const [capacity, setCapacity] = useState(session?.capacity?.toString() ?? '');
  const [registration, setRegistration] = useState<string>(session?.registration ?? 'required');
  const [partnerCityId, setPartnerCityId] = useState(session?.partnerCityId ?? '');

  const form = useCreateOrUpdate(
    session?.id,
    { create: SessionCreateInputSchema, update: SessionUpdateInputSchema },
    { create: mutations.createSession, update: mutations.updateSession },
  );

  const startsAt = safeInstant(day, startTime, edition.timeZone);
  const endsAt = safeInstant(day, endTime, edition.timeZone);

  const warnings = useMemo(() => {
    if (!startsAt || !endsAt) return [];
    const id = session?.id ?? draftId;
    const draft = { id, startsAt, endsAt, roomId, speakerIds, status: 'scheduled' as const };
    return findProgramConflicts([...sessions.filter((s) => s.id !== id), draft], edition).filter((c) =>
      (c.sessionIds as readonly string[]).includes(id),
    );
  }, [startsAt, endsAt, roomId, speakerIds, sessions, session?.id, edition]);

  const read = () => ({
    ...(session ? { id: session.id } : { editionId: edition.id }),
    kind,
    title: toLocalized(title),
    description: description.ru.trim() ? toLocalized(description) : null,
    startsAt: startsAt ?? '',
    endsAt: endsAt ?? '',
    roomId,
    trackIds,
    speakerIds,
    languages,
    capacity: capacity.trim() ? Number(capacity) : null,
    registration,
    partnerCityId: partnerCityId || null,
  });

  const toggle = (list: string[], set: (l: string[]) => void, id: string) =>
    set(list.includes(id) ? list.filter((x) => x !== id) : [...list, id]);
  const errorOf = (field: string) => form.byField[field]?.map((i) => issueText(intl, i)).join('; ');

  return (
    <form className="form card session-form" noValidate onSubmit={form.handleSubmit(read, { onSuccess: onDone })} data-testid="session-form">
      <h2>
        <FormattedMessage id={session ? 'organizeProgram.session.edit' : 'organizeProgram.session.new'} />
      </h2>
      <LocalizedFields
        label={<FormattedMessage id="organizeProgram.session.title" />}
        name="title"
        value={title}
        onChange={setTitle}
        issues={form.byField.title}
      />
      <LocalizedFields
        label={<FormattedMessage id="organizeProgram.session.description" />}
        name="description"
        multiline
        value={description}
        onChange={setDescription}
        issues={form.byField.description}
      />
      <div className="field">
        <label htmlFor="session-kind">
          <FormattedMessage id="program.filter.kind" />
        </label>
        <select id="session-kind" value={kind} onChange={(e) => setKind(e.target.value)}>
          {sessionKinds.map((k) => (
            <option key={k} value={k}>
              {intl.formatMessage({ id: `program.kind.${k}` })}
            </option>
          ))}
        </select>
      </div>
      <div className="form__row">
        <div className="field">
          <label htmlFor="session-day">
            <FormattedMessage id="organizeProgram.session.day" />
          </label>
          <input id="session-day" type="date" value={day} onChange={(e) => setDay(e.target.value)} />
        </div>
        <TextField
          label={<FormattedMessage id="organizeProgram.session.starts" />}
          name="startsAt"
          type="time"
          value={startTime}
          issues={form.byField.startsAt}
          onChange={(e) => setStartTime(e.target.value)}
        />
        <TextField
          label={<FormattedMessage id="organizeProgram.session.ends" />}
          name="endsAt"
          type="time"
          value={endTime}
          issues={form.byField.endsAt}
          onChange={(e) => setEndTime(e.target.value)}
        />
      </div>
      <p className="field__hint">
        <FormattedMessage id="organizeProgram.session.zone" values={{ zone: edition.timeZone }} />
      </p>
      <div className="field">
        <label htmlFor="session-room">
          <FormattedMessage id="program.filter.room" />
        </label>
        <select id="session-room" value={roomId} onChange={(e) => setRoomId(e.target.value)}>
          {lists.rooms.list.map((room) => (
            <option key={room.id} value={room.id}>
              {localized(room.name, locale)} ({room.capacity})
            </option>
          ))}
        </select>
        {errorOf('roomId') && <p className="field__error" data-testid="field-error-roomId">{errorOf('roomId')}</p>}
      </div>
      <fieldset className="checklist">
        <legend>
          <FormattedMessage id="organizeProgram.session.tracks" />
        </legend>
        {lists.tracks.list.map((track) => (
          <label key={track.id}>
            <input type="checkbox" checked={trackIds.includes(track.id)} onChange={() => toggle(trackIds, setTrackIds, track.id)} />{' '}
            {localized(track.name, locale)}
          </label>
        ))}
      </fieldset>
      <fieldset className="checklist checklist--scroll">
        <legend>
          <FormattedMessage id="organizeProgram.session.speakers" />
        </legend>
        {lists.speakers.list.map((speaker) => (
          <label key={speaker.id}>
            <input
              type="checkbox"
              checked={speakerIds.includes(speaker.id)}
              onChange={() => toggle(speakerIds, setSpeakerIds, speaker.id)}
            />{' '}
            {localized(speaker.name, locale)}
          </label>
        ))}
      </fieldset>
      <fieldset className="checklist checklist--inline">
        <legend>
          <FormattedMessage id="program.session.languages" />
        </legend>
        {locales.map((language) => (
          <label key={language}>
            <input type="checkbox" checked={languages.includes(language)} onChange={() => toggle(languages, setLanguages, language)} />{' '}
            {intl.formatMessage({ id: `program.language.${language}` })}
          </label>
        ))}
        {errorOf('languages') && <p className="field__error">{errorOf('languages')}</p>}
      </fieldset>
      <div className="form__row">
        <TextField
          label={<FormattedMessage id="organizeProgram.session.capacity" />}
          name="capacity"
          type="number"
          inputMode="numeric"
          min={1}
          value={capacity}
          issues={form.byField.capacity}
          hint={<FormattedMessage id="organizeProgram.session.capacityHint" />}
          onChange={(e) => setCapacity(e.target.value)}
        />
        <div className="field">
          <label htmlFor="session-registration">
            <FormattedMessage id="organizeProgram.session.registration" />
          </label>
          <select id="session-registration" value={registration} onChange={(e) => setRegistration(e.target.value)}>
            <option value="required">{intl.formatMessage({ id: 'organizeProgram.session.registrationRequired' })}</option>
            <option value="open">{intl.formatMessage({ id: 'organizeProgram.session.registrationOpen' })}</option>
          </select>
        </div>
      </div>
      <div className="field">
        <label htmlFor="session-partner">
          <FormattedMessage id="organizeProgram.session.partnerCity" />
        </label>
        <select id="session-partner" value={partnerCityId} onChange={(e) => setPartnerCityId(e.target.value)}>
          <option value="">{intl.formatMessage({ id: 'organizeProgram.session.noPartner' })}</option>
          {partners.data?.map((partner) => (
            <option key={partner.city.id} value={partner.city.id}>
              {localized(partner.city.name, locale)}
            </option>
          ))}
        </select>
      </div>

      {warnings.length > 0 && (
        <ul className="notice notice--warning conflict-list" data-testid="conflict-warnings">
          {warnings.map((conflict) => (
            <li key={`${conflict.kind}-${conflict.sessionIds.join('-')}`}>
              <FormattedMessage
                id={`organizeProgram.conflict.${conflict.kind}`}
                values={{ other: otherTitle(conflict.sessionIds, session?.id ?? draftId, sessions, locale) }}
              />
            </li>
          ))}
        </ul>
      )}
      {form.formError !== undefined && <ErrorMessage error={form.formError} />}
      <div className="form__actions">
        <button type="submit" className="button" disabled={form.isPending}>
          <FormattedMessage id="organizeProgram.save" />
        </button>
        <button type="button" className="button button--secondary" onClick={onDone}>
          <FormattedMessage id="organizeProgram.close" />
        </button>
      </div>
    </form>
  );
}

function safeInstant(date: string, time: string, timeZone: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return undefined;
  return zonedToInstant(date, time, timeZone);
}

function otherTitle(ids: readonly string[], self: string, sessions: readonly ProgramSession[], locale: Parameters<typeof localized>[1]) {
  const other = ids.find((id) => id !== self);
  return other ? localized(sessions.find((s) => s.id === other)?.title, locale) : '';
}
