import { courseEnrolments, type CourseEnrolment, type CourseTopic, courseTopics, type Issue, type Locale, locales } from '@gorod/sdk';
import { useId } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { issueText } from '../../ui/issue-text';
import { emptyLocalized, type LocalizedDraft, LocalizedFields } from '../organize-program/localized-fields';

/** A course's card as a form holds it (texts as typed in three languages). */
export interface CourseCard {
  title: LocalizedDraft;
  description: LocalizedDraft;
  topic: CourseTopic;
  languages: Locale[];
  enrolment: CourseEnrolment;
}

export const emptyCourseCard: CourseCard = {
  title: emptyLocalized,
  description: emptyLocalized,
  topic: 'small_towns',
  languages: ['ru'],
  enrolment: 'open',
};

/** The card's fields, shared by "new course" and the editor's "about the course". */
export function CourseCardFields({
  card,
  onChange,
  issues,
}: {
  card: CourseCard;
  onChange: (card: CourseCard) => void;
  issues: Record<string, Issue[]>;
}) {
  const intl = useIntl();
  const id = useId();
  const errors = (field: string) => issues[field]?.map((found) => issueText(intl, found)).join('; ');
  const toggle = (language: Locale) =>
    onChange({ ...card, languages: card.languages.includes(language) ? card.languages.filter((l) => l !== language) : [...card.languages, language] });
  return (
    <>
      <LocalizedFields
        label={<FormattedMessage id="teach.course.title" />}
        name="title"
        value={card.title}
        onChange={(title) => onChange({ ...card, title })}
        issues={issues.title}
      />
      <LocalizedFields
        label={<FormattedMessage id="teach.course.description" />}
        name="description"
        multiline
        value={card.description}
        onChange={(description) => onChange({ ...card, description })}
        issues={issues.description}
      />
      <div className="form__row">
        <div className="field">
          <label htmlFor={`${id}-topic`}>
            <FormattedMessage id="teach.course.topic" />
          </label>
          <select id={`${id}-topic`} value={card.topic} onChange={(event) => onChange({ ...card, topic: event.target.value as CourseTopic })}>
            {courseTopics.map((topic) => (
              <option key={topic} value={topic}>
                {intl.formatMessage({ id: `courses.topic.${topic}` })}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-enrolment`}>
            <FormattedMessage id="teach.course.enrolment" />
          </label>
          <select
            id={`${id}-enrolment`}
            value={card.enrolment}
            onChange={(event) => onChange({ ...card, enrolment: event.target.value as CourseEnrolment })}
          >
            {courseEnrolments.map((enrolment) => (
              <option key={enrolment} value={enrolment}>
                {intl.formatMessage({ id: `teach.enrolment.${enrolment}` })}
              </option>
            ))}
          </select>
        </div>
      </div>
      <fieldset className="checklist checklist--inline">
        <legend>
          <FormattedMessage id="teach.course.languages" />
        </legend>
        {locales.map((language) => (
          <label key={language}>
            <input type="checkbox" checked={card.languages.includes(language)} onChange={() => toggle(language)} />{' '}
            {intl.formatMessage({ id: `program.language.${language}` })}
          </label>
        ))}
        {errors('languages') && <p className="field__error">{errors('languages')}</p>}
      </fieldset>
    </>
  );
}
