import { FormattedMessage, useIntl } from 'react-intl';
import { ConfirmButton } from '../../ui/confirm-button';
import { ErrorMessage } from '../../ui/error-message';
import { useArchive } from './queries';

/** Archiving, after a confirmation: the course leaves the catalog; learners enrolled keep reading it. */
export function ArchiveCourse({ courseId }: { courseId: string }) {
  const intl = useIntl();
  const archive = useArchive();
  return (
    <section className="teach-section" aria-labelledby="archive-title">
      <h2 id="archive-title">
        <FormattedMessage id="teach.archive.title" />
      </h2>
      <p className="muted">
        <FormattedMessage id="teach.archive.lead" />
      </p>
      <ConfirmButton
        danger
        question={intl.formatMessage({ id: 'teach.archive.question' })}
        pending={archive.isPending}
        onConfirm={() => archive.mutate({ courseId })}
      >
        <FormattedMessage id="teach.archive.button" />
      </ConfirmButton>
      {archive.error && <ErrorMessage error={archive.error} />}
    </section>
  );
}
