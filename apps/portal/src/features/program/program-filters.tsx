import { locales, sessionKinds } from '@gorod/sdk';
import { useEffect, useId, useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useLocale } from '../../i18n/i18n-provider';
import { useDebouncedValue } from '../../lib/use-debounced-value';
import { type Indexed, localized } from './queries';
import type { ProgramUrlFilters } from './use-program-filters';

type Named = { id: string; name: { ru: string; en?: string | undefined; zh?: string | undefined } };

interface ProgramFiltersProps {
  filters: ProgramUrlFilters;
  tracks: Indexed<Named> | undefined;
  rooms: Indexed<Named> | undefined;
  onChange: (patch: Partial<ProgramUrlFilters>, options?: { replace?: boolean }) => void;
  onReset: () => void;
}

/** Search and the four filters of the program; the search follows the address after a pause in typing. */
export function ProgramFilters({ filters, tracks, rooms, onChange, onReset }: ProgramFiltersProps) {
  const intl = useIntl();
  const { locale } = useLocale();
  const ids = { search: useId(), track: useId(), room: useId(), kind: useId(), language: useId() };

  const [text, setText] = useState(filters.query);
  const sent = useRef(filters.query);
  useEffect(() => {
    // Back, Reset or a pasted link changed the address: show its search in the box.
    if (filters.query !== sent.current) {
      sent.current = filters.query;
      setText(filters.query);
    }
  }, [filters.query]);
  const settled = useDebouncedValue(text);
  useEffect(() => {
    if (settled === sent.current) return;
    sent.current = settled;
    onChange({ query: settled }, { replace: true });
  }, [settled, onChange]);

  const filtered = filters.query !== '' || filters.trackId || filters.roomId || filters.kind || filters.language;

  return (
    <search aria-label={intl.formatMessage({ id: 'program.filter.label' })}>
      <form
        className="filters filters--program"
        onSubmit={(event) => {
          event.preventDefault();
          sent.current = text;
          onChange({ query: text }, { replace: true });
        }}
      >
        <div className="field field--search">
          <label htmlFor={ids.search}>
            <FormattedMessage id="program.filter.search" />
          </label>
          <input
            id={ids.search}
            type="search"
            name="q"
            value={text}
            maxLength={200}
            autoComplete="off"
            enterKeyHint="search"
            placeholder={intl.formatMessage({ id: 'program.filter.searchPlaceholder' })}
            onChange={(event) => setText(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.track}>
            <FormattedMessage id="program.filter.track" />
          </label>
          <select id={ids.track} value={filters.trackId ?? ''} onChange={(event) => onChange({ trackId: event.target.value })}>
            <option value="">{intl.formatMessage({ id: 'program.filter.any' })}</option>
            {tracks?.list.map((track) => (
              <option key={track.id} value={track.id}>
                {localized(track.name, locale)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.room}>
            <FormattedMessage id="program.filter.room" />
          </label>
          <select id={ids.room} value={filters.roomId ?? ''} onChange={(event) => onChange({ roomId: event.target.value })}>
            <option value="">{intl.formatMessage({ id: 'program.filter.any' })}</option>
            {rooms?.list.map((room) => (
              <option key={room.id} value={room.id}>
                {localized(room.name, locale)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.kind}>
            <FormattedMessage id="program.filter.kind" />
          </label>
          <select id={ids.kind} value={filters.kind ?? ''} onChange={(event) => onChange({ kind: event.target.value as never })}>
            <option value="">{intl.formatMessage({ id: 'program.filter.any' })}</option>
            {sessionKinds.map((kind) => (
              <option key={kind} value={kind}>
                {intl.formatMessage({ id: `program.kind.${kind}` })}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.language}>
            <FormattedMessage id="program.filter.language" />
          </label>
          <select
            id={ids.language}
            value={filters.language ?? ''}
            onChange={(event) => onChange({ language: event.target.value as never })}
          >
            <option value="">{intl.formatMessage({ id: 'program.filter.any' })}</option>
            {locales.map((language) => (
              <option key={language} value={language}>
                {intl.formatMessage({ id: `program.language.${language}` })}
              </option>
            ))}
          </select>
        </div>
        {filtered && (
          <button type="button" className="button button--secondary filters__reset" onClick={onReset}>
            <FormattedMessage id="program.filter.reset" />
          </button>
        )}
      </form>
    </search>
  );
}
