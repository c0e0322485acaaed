import { FormattedMessage } from 'react-intl';

/** "Changed" or "Cancelled" beside a session; nothing for one that goes as planned. */
export function SessionStatusBadge({ status }: { status: 'scheduled' | 'changed' | 'cancelled' }) {
  if (status === 'scheduled') return null;
  return (
    <span className={`badge badge--${status}`} data-testid={`session-${status}`}>
      <FormattedMessage id={`program.status.${status}`} />
    </span>
  );
}
