import { CourseCreateInputSchema } from '@gorod/sdk';
import { useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { useNavigate } from 'react-router';
import { useSchemaForm } from '../../lib/use-schema-form';
import { ErrorMessage } from '../../ui/error-message';
import { TextField } from '../../ui/text-field';
import { toLocalized } from '../organize-program/localized-fields';
import { CourseCardFields, emptyCourseCard } from './course-fields';
import { useCreateCourse } from './queries';

/** A new course: its address (slug) and card; the editor opens on it once created. */
export function CourseCreateForm() {
  const navigate = useNavigate();
  const create = useCreateCourse();
  const form = useSchemaForm(CourseCreateInputSchema, create);
  const [slug, setSlug] = useState('');
  const [card, setCard] = useState(emptyCourseCard);
  return (
    <form
      className="form"
      noValidate
      data-testid="course-create-form"
      onSubmit={form.handleSubmit(
        () => ({
          slug: slug.trim(),
          ...card,
          title: toLocalized(card.title),
          description: card.description.ru.trim() ? toLocalized(card.description) : null,
        }),
        { onSuccess: (created) => navigate(`/teach/${created.id}`) },
      )}
    >
      <TextField
        label={<FormattedMessage id="teach.course.slug" />}
        name="slug"
        value={slug}
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        hint={<FormattedMessage id="teach.course.slugHint" />}
        issues={form.byField.slug}
        onChange={(event) => setSlug(event.target.value)}
      />
      <CourseCardFields card={card} onChange={setCard} issues={form.byField} />
      {form.formError !== undefined && <ErrorMessage error={form.formError} />}
      <div className="form__actions">
        <button type="submit" className="button" disabled={create.isPending}>
          <FormattedMessage id="teach.course.create" />
        </button>
      </div>
    </form>
  );
}
