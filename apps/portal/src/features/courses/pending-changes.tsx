import { FormattedMessage, useIntl } from 'react-intl';
import { useOnline, useProgressQueue } from './use-progress-queue';

/**
 * What is still on the device: "3 changes waiting to be sent" (and why, when offline) while they cannot
 * go, and, once, the events the server refused with their reasons.
 */
export function PendingChanges({ courseId }: { courseId?: string | undefined }) {
  const intl = useIntl();
  const online = useOnline();
  const { queued, rejected, stalled, dismissRejected } = useProgressQueue();
  const waiting = courseId ? queued.filter((entry) => entry.courseId === courseId).length : queued.length;
  // Online, an event is on its way for a blink: it is worth a word only offline or when sending failed.
  const told = waiting > 0 && (!online || stalled);
  const reasons = [...new Set(rejected.map((entry) => entry.reason))];
  return (
    <>
      {told && (
        <p className="notice notice--warning pending-changes" role="status" data-testid="pending-changes">
          <FormattedMessage id="courses.pending.waiting" values={{ count: waiting }} />{' '}
          {!online && <FormattedMessage id="courses.pending.offline" />}
        </p>
      )}
      {rejected.length > 0 && (
        <div className="notice notice--error" role="alert" data-testid="rejected-changes">
          <p className="notice__title">
            <FormattedMessage id="courses.pending.rejected" values={{ count: rejected.length }} />
          </p>
          <ul className="notice__issues">
            {reasons.map((reason) => (
              <li key={reason}>{intl.formatMessage({ id: `courses.rejected.${reason}` })}</li>
            ))}
          </ul>
          <button type="button" className="button button--secondary" onClick={dismissRejected}>
            <FormattedMessage id="courses.pending.dismiss" />
          </button>
        </div>
      )}
    </>
  );
}
