import { canManagePeople, type EnrollmentAddInput, EnrollmentAddInputSchema, type EnrollmentAddResult } from '@gorod/sdk';
import { useId, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useSchemaForm } from '../../lib/use-schema-form';
import { ErrorMessage } from '../../ui/error-message';
import { issueText } from '../../ui/issue-text';
import { TextField } from '../../ui/text-field';
import { useDelegationOptions } from '../delegations/queries';
import { useCurrentEdition } from '../forum/queries';
import { localized } from '../program/queries';
import { useLocale } from '../../i18n/i18n-provider';
import { emailsIn } from './emails-in';
import { PersonSearch } from './person-search';
import { useAddEnrollments } from './queries';
import { useActor } from './teach-access';

type Method = 'person' | 'delegation' | 'list';
const methods: Method[] = ['person', 'delegation', 'list'];

/**
 * Enrolling people into the course, into a chosen cohort or none: one person (found in the people directory
 * by organizers, by email otherwise), a whole delegation of the current forum, or a pasted list of emails.
 * Every way answers the same: who was added, who was already enrolled, which addresses match nobody.
 */
export function EnrolPanel({ courseId, cohorts }: { courseId: string; cohorts: readonly { id: string; name: string }[] }) {
  const intl = useIntl();
  const { locale } = useLocale();
  const ids = { cohort: useId(), delegation: useId(), list: useId() };
  const actor = useActor();
  const add = useAddEnrollments();
  const form = useSchemaForm(EnrollmentAddInputSchema, add);
  const edition = useCurrentEdition();
  const delegations = useDelegationOptions(edition.data?.id);
  const [method, setMethod] = useState<Method>('person');
  const [cohortId, setCohortId] = useState(cohorts[0]?.id ?? '');
  const [email, setEmail] = useState('');
  const [delegationId, setDelegationId] = useState('');
  const [list, setList] = useState('');
  const searchPeople = actor !== undefined && canManagePeople(actor);

  /** A form's submit handler enrolling `people` (read at submit time) after the schema's check. */
  const enrol = (people: () => Pick<EnrollmentAddInput, 'userIds' | 'emails' | 'delegationId'>) =>
    form.handleSubmit(() => ({ courseId, cohortId: cohortId || null, ...people() }));
  const listIssues = form.byField.emails;

  return (
    <section className="teach-section" aria-labelledby="enrol-title" data-testid="enrol">
      <h2 id="enrol-title">
        <FormattedMessage id="teach.enrol.title" />
      </h2>
      <div className="field">
        <label htmlFor={ids.cohort}>
          <FormattedMessage id="teach.enrol.cohort" />
        </label>
        <select id={ids.cohort} value={cohortId} onChange={(event) => setCohortId(event.target.value)}>
          <option value="">{intl.formatMessage({ id: 'teach.enrol.noCohort' })}</option>
          {cohorts.map((cohort) => (
            <option key={cohort.id} value={cohort.id}>
              {cohort.name}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="segmented">
        <legend className="visually-hidden">
          <FormattedMessage id="teach.enrol.how" />
        </legend>
        {methods.map((each) => (
          <button
            key={each}
            type="button"
            className="segmented__option"
            aria-pressed={method === each}
            onClick={() => {
              setMethod(each);
              add.reset();
            }}
          >
            <FormattedMessage id={`teach.enrol.method.${each}`} />
          </button>
        ))}
      </fieldset>

      {method === 'person' &&
        (searchPeople ? (
          <PersonSearch
            label={intl.formatMessage({ id: 'teach.enrol.find' })}
            action={intl.formatMessage({ id: 'teach.enrol.add' })}
            pending={add.isPending}
            onPick={(person) => add.mutate({ courseId, cohortId: cohortId || null, userIds: [person.id] })}
          />
        ) : (
          <form
            className="form form--inline"
            noValidate
            onSubmit={enrol(() => ({ emails: [email.trim()] }))}
          >
            <TextField
              label={<FormattedMessage id="teach.enrol.email" />}
              name="email"
              type="email"
              autoComplete="off"
              value={email}
              issues={listIssues}
              onChange={(event) => setEmail(event.target.value)}
            />
            <div className="form__actions">
              <button type="submit" className="button" disabled={add.isPending}>
                <FormattedMessage id="teach.enrol.add" />
              </button>
            </div>
          </form>
        ))}

      {method === 'delegation' && (
        <form
          className="form form--inline"
          onSubmit={enrol(() => ({ delegationId }))}
        >
          <div className="field">
            <label htmlFor={ids.delegation}>
              <FormattedMessage id="teach.enrol.delegation" />
            </label>
            <select id={ids.delegation} value={delegationId} onChange={(event) => setDelegationId(event.target.value)}>
              <option value="">{intl.formatMessage({ id: delegations.isPending ? 'common.loading' : 'teach.enrol.chooseDelegation' })}</option>
              {delegations.data?.map((entry) => (
                <option key={entry.delegation.id} value={entry.delegation.id}>
                  {localized(entry.city.name, locale)} · {intl.formatMessage({ id: 'teach.enrol.members' }, { count: entry.linkedMembersCount })}
                </option>
              ))}
            </select>
          </div>
          <div className="form__actions">
            <button type="submit" className="button" disabled={add.isPending || !delegationId}>
              <FormattedMessage id="teach.enrol.addDelegation" />
            </button>
          </div>
        </form>
      )}

      {method === 'list' && (
        <form
          className="form"
          onSubmit={enrol(() => ({ emails: emailsIn(list) }))}
        >
          <div className="field">
            <label htmlFor={ids.list}>
              <FormattedMessage id="teach.enrol.list" />
            </label>
            <textarea
              id={ids.list}
              rows={6}
              value={list}
              aria-describedby={`${ids.list}-hint`}
              onChange={(event) => setList(event.target.value)}
            />
            <p className="field__hint" id={`${ids.list}-hint`}>
              <FormattedMessage id="teach.enrol.listHint" values={{ count: emailsIn(list).length }} />
            </p>
            {listIssues && listIssues.length > 0 && (
              <ul className="field__error">
                {listIssues.map((found) => (
                  <li key={`${found.path.join('.')}:${found.code}`}>
                    {typeof found.path[1] === 'number' ? `${emailsIn(list)[found.path[1]] ?? ''}: ` : ''}
                    {issueText(intl, found)}
                  </li>
                ))}
              </ul>
            )}
          </div>
          <div className="form__actions">
            <button type="submit" className="button" disabled={add.isPending || emailsIn(list).length === 0}>
              <FormattedMessage id="teach.enrol.addList" />
            </button>
          </div>
        </form>
      )}
      {form.formError !== undefined && <ErrorMessage error={form.formError} />}
      {add.data && <EnrolResult result={add.data} />}
    </section>
  );
}

/** What enrolling did: how many were added, how many were there already, and every address that matched nobody. */
function EnrolResult({ result }: { result: EnrollmentAddResult }) {
  return (
    <div className="notice notice--success enrol-result" role="status" data-testid="enrol-result">
      <p data-testid="enrol-added" data-count={result.added}>
        <FormattedMessage id="teach.enrol.added" values={{ count: result.added }} />
      </p>
      <p data-testid="enrol-already" data-count={result.alreadyEnrolled}>
        <FormattedMessage id="teach.enrol.already" values={{ count: result.alreadyEnrolled }} />
      </p>
      {result.unknown.length > 0 && (
        <div className="notice notice--warning" data-testid="enrol-unknown">
          <p className="notice__title">
            <FormattedMessage id="teach.enrol.unknown" values={{ count: result.unknown.length }} />
          </p>
          <ul>
            {result.unknown.map((address) => (
              <li key={address}>{address}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
