import { canManagePeople, type Course } from '@gorod/sdk';
import { FormattedMessage, useIntl } from 'react-intl';
import { ErrorMessage } from '../../ui/error-message';
import { PersonSearch } from './person-search';
import { useMyCourses, useSetInstructors } from './queries';
import { useActor } from './teach-access';

/**
 * The course's co-instructors, who edit it as its owner does. Names come with "my courses"; people are
 * found through the people directory, which organizers may search (others ask an organizer).
 */
export function CoInstructors({ course }: { course: Course }) {
  const intl = useIntl();
  const actor = useActor();
  const mine = useMyCourses();
  const setInstructors = useSetInstructors();
  const names = new Map((mine.data?.find((taught) => taught.id === course.id)?.instructors ?? []).map((person) => [person.id, person.name]));
  const co = course.instructorIds.filter((id) => id !== course.ownerId);
  const save = (instructorIds: string[]) => setInstructors.mutate({ courseId: course.id, instructorIds });
  return (
    <section className="teach-section" aria-labelledby="co-instructors-title" data-testid="co-instructors">
      <h2 id="co-instructors-title">
        <FormattedMessage id="teach.instructors.title" />
      </h2>
      <p className="muted">
        <FormattedMessage id="teach.instructors.owner" values={{ name: names.get(course.ownerId) ?? '…' }} />
      </p>
      {co.length === 0 ? (
        <p className="muted">
          <FormattedMessage id="teach.instructors.none" />
        </p>
      ) : (
        <ul className="entity-list">
          {co.map((id) => (
            <li key={id}>
              <span>{names.get(id) ?? id}</span>
              <button
                type="button"
                className="button button--small button--secondary"
                disabled={setInstructors.isPending}
                onClick={() => save(co.filter((other) => other !== id))}
              >
                <FormattedMessage id="teach.instructors.remove" />
              </button>
            </li>
          ))}
        </ul>
      )}
      {actor && canManagePeople(actor) ? (
        <PersonSearch
          label={intl.formatMessage({ id: 'teach.instructors.find' })}
          action={intl.formatMessage({ id: 'teach.instructors.add' })}
          exclude={[course.ownerId, ...co]}
          pending={setInstructors.isPending}
          onPick={(person) => save([...co, person.id])}
        />
      ) : (
        <p className="field__hint">
          <FormattedMessage id="teach.instructors.askOrganizer" />
        </p>
      )}
      {setInstructors.error && <ErrorMessage error={setInstructors.error} />}
    </section>
  );
}
