import { FormattedMessage, useIntl } from 'react-intl';
import { ConfirmButton } from '../../ui/confirm-button';
import { ErrorMessage } from '../../ui/error-message';
import type { usePublish } from './queries';

/**
 * Publishing the saved draft, after a confirmation: the version becomes immutable and learners who enrol
 * get it. Changes on screen must be saved first, so what is published is what the instructor sees.
 */
export function PublishPanel({
  courseId,
  version,
  empty,
  dirty,
  publish,
}: {
  courseId: string;
  /** The draft's version number, which publishing makes final. */
  version: number;
  empty: boolean;
  dirty: boolean;
  /** Held by the page, so "published" stays on screen when the next draft replaces the editor. */
  publish: ReturnType<typeof usePublish>;
}) {
  const intl = useIntl();
  return (
    <div className="publish-panel" data-testid="publish-panel">
      {publish.data && (
        <p className="notice notice--success" role="status" data-testid="published">
          <FormattedMessage id="teach.publish.done" values={{ version: publish.data.version }} />
        </p>
      )}
      {dirty ? (
        <p className="muted">
          <FormattedMessage id="teach.publish.saveFirst" />
        </p>
      ) : empty ? (
        <p className="muted">
          <FormattedMessage id="teach.publish.empty" />
        </p>
      ) : (
        <ConfirmButton
          question={intl.formatMessage({ id: 'teach.publish.question' }, { version })}
          pending={publish.isPending}
          onConfirm={() => publish.mutate({ courseId })}
        >
          <FormattedMessage id="teach.publish.button" values={{ version }} />
        </ConfirmButton>
      )}
      {publish.error && <ErrorMessage error={publish.error} />}
    </div>
  );
}
