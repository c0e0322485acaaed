import type { CourseView, UnlockRule } from '@gorod/sdk';
import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { useLocale } from '../../i18n/i18n-provider';
import { useFormatInstant } from '../../lib/use-format-instant';
import { localized } from '../program/queries';
import { useClassTime } from './use-forum-clock';

/** Why a module is still shut and when it opens: after another module, on a date, or after a class. */
export function LockReason({ rule, view }: { rule: UnlockRule; view: CourseView }) {
  const { locale } = useLocale();
  const formatInstant = useFormatInstant();
  const classTime = useClassTime();
  const modules = view.version.outline.modules;

  let reason: ReactNode = null;
  if (rule.kind === 'after_module') {
    const module = modules.find((candidate) => candidate.id === rule.moduleId);
    reason = <FormattedMessage id="courses.lock.after_module" values={{ module: localized(module?.title, locale) }} />;
  } else if (rule.kind === 'from_date') {
    reason = <FormattedMessage id="courses.lock.from_date" values={{ date: formatInstant(rule.at) }} />;
  } else if (rule.kind === 'after_class') {
    const item = modules.flatMap((module) => module.items).find((candidate) => candidate.id === rule.itemId);
    const sessionId = item?.kind === 'class' ? item.sessionId : undefined;
    const session = view.classSessions.find((candidate) => candidate.sessionId === sessionId);
    reason = (
      <FormattedMessage
        id="courses.lock.after_class"
        values={{ title: localized(item?.title, locale), when: (session && classTime.when(session)) ?? '—' }}
      />
    );
  }
  return (
    <p className="lock-reason" data-testid="lock-reason">
      {reason}
    </p>
  );
}
