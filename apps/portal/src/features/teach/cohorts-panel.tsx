import { CohortCreateInputSchema } from '@gorod/sdk';
import { useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { useSchemaForm } from '../../lib/use-schema-form';
import { ErrorMessage } from '../../ui/error-message';
import { TextField } from '../../ui/text-field';
import { useCreateCohort } from './queries';

type CohortWithCount = { id: string; name: string; learners: number };

/** The course's cohorts with their learner counts, and a form for a new one («Форум 2026 — Уральский ФО»). */
export function CohortsPanel({ courseId, cohorts }: { courseId: string; cohorts: readonly CohortWithCount[] }) {
  const create = useCreateCohort();
  const form = useSchemaForm(CohortCreateInputSchema, create);
  const [name, setName] = useState('');
  return (
    <section className="teach-section" aria-labelledby="cohorts-title" data-testid="cohorts">
      <h2 id="cohorts-title">
        <FormattedMessage id="teach.cohorts.title" />
      </h2>
      {cohorts.length === 0 ? (
        <p className="muted">
          <FormattedMessage id="teach.cohorts.none" />
        </p>
      ) : (
        <ul className="entity-list" data-testid="cohort-list">
          {cohorts.map((cohort) => (
            <li key={cohort.id}>
              <span>{cohort.name}</span>
              <span className="muted nowrap">
                <FormattedMessage id="teach.cohorts.learners" values={{ count: cohort.learners }} />
              </span>
            </li>
          ))}
        </ul>
      )}
      <form
        className="form form--inline"
        noValidate
        onSubmit={form.handleSubmit(() => ({ courseId, name: name.trim() }), { onSuccess: () => setName('') })}
      >
        <TextField
          label={<FormattedMessage id="teach.cohorts.name" />}
          name="name"
          value={name}
          maxLength={200}
          issues={form.byField.name}
          onChange={(event) => setName(event.target.value)}
        />
        <div className="form__actions">
          <button type="submit" className="button button--secondary" disabled={create.isPending}>
            <FormattedMessage id="teach.cohorts.create" />
          </button>
        </div>
      </form>
      {form.formError !== undefined && <ErrorMessage error={form.formError} />}
    </section>
  );
}
