import { useId } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useLocale } from '../../../i18n/i18n-provider';
import { useFormatInstant } from '../../../lib/use-format-instant';
import { localized } from '../../program/queries';
import { useCourseClassSessions } from '../queries';
import type { ItemEditor, ItemFieldsProps } from './registry';

/** An in-person class: one of the forum program's sessions of kind "course class". */
function ClassFields({ item, onChange }: ItemFieldsProps<'class'>) {
  const intl = useIntl();
  const id = useId();
  const { locale } = useLocale();
  const sessions = useCourseClassSessions();
  const format = useFormatInstant();
  return (
    <div className="field">
      <label htmlFor={`${id}-session`}>
        <FormattedMessage id="teach.class.session" />
      </label>
      <select id={`${id}-session`} name="sessionId" value={item.sessionId} onChange={(event) => onChange({ ...item, sessionId: event.target.value })}>
        <option value="">{intl.formatMessage({ id: sessions.isPending ? 'common.loading' : 'teach.class.choose' })}</option>
        {sessions.data?.map((session) => (
          <option key={session.id} value={session.id}>
            {format(session.startsAt)} · {localized(session.title, locale)}
          </option>
        ))}
      </select>
      {sessions.data?.length === 0 && (
        <p className="field__hint">
          <FormattedMessage id="teach.class.none" />
        </p>
      )}
    </div>
  );
}

export const classEditor: ItemEditor<'class'> = {
  label: 'teach.kind.class',
  create: (id) => ({ id, kind: 'class', title: { ru: '' }, sessionId: '' }),
  Fields: ClassFields,
};
