import { CheckInInputSchema, sessionDay } from '@gorod/sdk';
import { useCallback, useMemo, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useLocale } from '../../i18n/i18n-provider';
import { useFormatInstant } from '../../lib/use-format-instant';
import { useSchemaForm } from '../../lib/use-schema-form';
import { ErrorMessage } from '../../ui/error-message';
import { PageHeader } from '../../ui/page-header';
import { TextField } from '../../ui/text-field';
import { useCurrentEdition } from '../forum/queries';
import { localized, useProgramSessions } from '../program/queries';
import { useForumTime } from '../program/use-forum-time';
import { CameraScanner, canScanWithCamera } from './camera-scanner';
import { useScan } from './queries';
import { withStaffMessages } from '../../i18n/staff-messages';

/** `/check-in` (organizers): a ticket's code typed or read by the camera; a clear answer per scan. */
function CheckInPageContent() {
  const scan = useScan();
  const form = useSchemaForm(CheckInInputSchema, scan);
  const [code, setCode] = useState('');
  const [door, setDoor] = useState('');
  const [camera] = useState(canScanWithCamera);
  const send = useCallback(
    (value: string) => {
      setCode(value);
      scan.mutate({ code: value.trim(), ...(door ? { sessionId: door } : {}) });
    },
    [scan.mutate, door],
  );

  return (
    <div className="page page--narrow">
      <PageHeader title={<FormattedMessage id="checkIn.title" />} lead={<FormattedMessage id="checkIn.lead" />} />
      <form className="form card" noValidate onSubmit={form.handleSubmit(() => ({ code: code.trim(), ...(door ? { sessionId: door } : {}) }))}>
        <DoorSelect value={door} onChange={setDoor} />
        <TextField
          label={<FormattedMessage id="checkIn.code" />}
          name="code"
          value={code}
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          issues={form.byField.code}
          onChange={(event) => setCode(event.target.value)}
        />
        <div className="form__actions">
          <button type="submit" className="button" disabled={scan.isPending}>
            <FormattedMessage id="checkIn.submit" />
          </button>
          {camera && <CameraScanner onCode={send} />}
        </div>
      </form>
      {scan.data && <ScanMessage result={scan.data} />}
      {form.formError !== undefined && (
        // An unknown code is NOT_FOUND: said as "no such ticket", not as a missing page.
        <ErrorMessage error={form.formError} messages={{ NOT_FOUND: 'checkIn.result.unknown' }} />
      )}
    </div>
  );
}

type ScanResult = NonNullable<ReturnType<typeof useScan>['data']>;

/** What one scan did, in words a person at a busy door reads at a glance. */
function ScanMessage({ result }: { result: ScanResult }) {
  const formatInstant = useFormatInstant();
  const tone = result.admitted ? 'success' : result.outcome === 'already_checked_in' ? 'warning' : 'danger';
  return (
    <p className={`notice notice--${tone} scan-result`} role="status" data-testid="scan-result" data-outcome={result.outcome}>
      {result.outcome === 'checked_in' && <FormattedMessage id="checkIn.result.checkedIn" />}
      {result.outcome === 'already_checked_in' && (
        <FormattedMessage
          id="checkIn.result.already"
          values={{ when: result.checkedInAt ? formatInstant(result.checkedInAt, { timeStyle: 'short' }) : '' }}
        />
      )}
      {result.outcome === 'other_session' && <FormattedMessage id="checkIn.result.otherSession" />}
      {result.outcome === 'waitlisted' && <FormattedMessage id="checkIn.result.waitlisted" />}
      {result.outcome === 'cancelled' && <FormattedMessage id="checkIn.result.cancelled" />}
      <span className="scan-result__person" data-testid="scan-person">
        {result.person.name}
      </span>
    </p>
  );
}

/**
 * The session whose door this is. With one chosen, a ticket for another session is refused ("another
 * session"); with none, each ticket checks in at its own session (a desk serving every room).
 */
function DoorSelect({ value, onChange }: { value: string; onChange: (id: string) => void }) {
  const intl = useIntl();
  const { locale } = useLocale();
  const edition = useCurrentEdition();
  const sessions = useProgramSessions();
  const timeZone = edition.data?.timeZone ?? 'UTC';
  const time = useForumTime(timeZone);
  const options = useMemo(
    () =>
      [...(sessions.data ?? [])]
        .filter((s) => s.status !== 'cancelled' && s.registration === 'required')
        .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
        .map((s) => ({ id: s.id, label: `${time.day(sessionDay(s, timeZone))} ${time.time(s.startsAt)} · ${localized(s.title, locale)}` })),
    [sessions.data, time, timeZone, locale],
  );
  return (
    <div className="field">
      <label htmlFor="check-in-door">
        <FormattedMessage id="checkIn.door" />
      </label>
      <select id="check-in-door" value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{intl.formatMessage({ id: 'checkIn.anyDoor' })}</option>
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export const CheckInPage = withStaffMessages(CheckInPageContent);
