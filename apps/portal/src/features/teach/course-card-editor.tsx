import { type Course, CourseUpdateInputSchema } from '@gorod/sdk';
import { useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { useSchemaForm } from '../../lib/use-schema-form';
import { ErrorMessage } from '../../ui/error-message';
import { emptyLocalized, fromLocalized, toLocalized } from '../organize-program/localized-fields';
import { type CourseCard, CourseCardFields } from './course-fields';
import { useUpdateCourse } from './queries';

/** "About the course": its title, description, topic, languages and enrolment (the slug stays). */
export function CourseCardEditor({ course }: { course: Course }) {
  const update = useUpdateCourse();
  const form = useSchemaForm(CourseUpdateInputSchema, update);
  const [card, setCard] = useState<CourseCard>(() => ({
    title: fromLocalized(course.title),
    description: course.description ? fromLocalized(course.description) : emptyLocalized,
    topic: course.topic,
    languages: course.languages,
    enrolment: course.enrolment,
  }));
  return (
    <details className="panel" data-testid="course-card-editor">
      <summary className="panel__summary">
        <FormattedMessage id="teach.card.title" />
      </summary>
      <form
        className="form"
        noValidate
        onSubmit={form.handleSubmit(() => ({
          courseId: course.id,
          ...card,
          title: toLocalized(card.title),
          description: card.description.ru.trim() ? toLocalized(card.description) : null,
        }))}
      >
        <CourseCardFields card={card} onChange={setCard} issues={form.byField} />
        {form.formError !== undefined && <ErrorMessage error={form.formError} />}
        {update.isSuccess && (
          <p className="form__saved" role="status">
            <FormattedMessage id="teach.card.saved" />
          </p>
        )}
        <div className="form__actions">
          <button type="submit" className="button" disabled={update.isPending}>
            <FormattedMessage id="teach.card.save" />
          </button>
        </div>
      </form>
    </details>
  );
}
