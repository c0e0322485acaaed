import type { Module, Outline, UnlockRule } from '@gorod/sdk';
import { useId } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useLocale } from '../../i18n/i18n-provider';
import { localized } from '../program/queries';
import { earlierTargets } from './outline-edit';

const ruleKinds = ['always', 'after_module', 'from_date', 'after_class'] as const satisfies readonly UnlockRule['kind'][];

/** `2026-11-27T10:00` in the device's clock, from an instant; and back. */
const toLocalInput = (iso: string) => {
  const date = new Date(iso);
  return new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};
const fromLocalInput = (value: string) => (value ? new Date(value).toISOString() : '');

/**
 * When a module opens: always, after an earlier module is completed, from a date, or after a class of an
 * earlier module is attended. Only earlier modules and classes are offered, as the outline's rule requires.
 */
export function UnlockRuleField({ outline, module, onChange }: { outline: Outline; module: Module; onChange: (rule: UnlockRule) => void }) {
  const intl = useIntl();
  const id = useId();
  const { locale } = useLocale();
  const { modules, classes } = earlierTargets(outline, module.id);
  const rule = module.unlock;

  const choose = (kind: UnlockRule['kind']) => {
    if (kind === 'always') onChange({ kind });
    if (kind === 'after_module') onChange({ kind, moduleId: modules.at(-1)?.id ?? '' });
    if (kind === 'from_date') onChange({ kind, at: new Date(Date.now() + 7 * 86_400_000).toISOString() });
    if (kind === 'after_class') onChange({ kind, itemId: classes.at(-1)?.id ?? '' });
  };
  const unavailable = (kind: UnlockRule['kind']) => (kind === 'after_module' && modules.length === 0) || (kind === 'after_class' && classes.length === 0);

  return (
    <div className="unlock-rule">
      <div className="field">
        <label htmlFor={`${id}-kind`}>
          <FormattedMessage id="teach.unlock.label" />
        </label>
        <select id={`${id}-kind`} value={rule.kind} onChange={(event) => choose(event.target.value as UnlockRule['kind'])}>
          {ruleKinds.map((kind) => (
            <option key={kind} value={kind} disabled={unavailable(kind) && rule.kind !== kind}>
              {intl.formatMessage({ id: `teach.unlock.${kind}` })}
            </option>
          ))}
        </select>
      </div>
      {rule.kind === 'after_module' && (
        <div className="field">
          <label htmlFor={`${id}-module`}>
            <FormattedMessage id="teach.unlock.module" />
          </label>
          <select id={`${id}-module`} value={rule.moduleId} onChange={(event) => onChange({ kind: 'after_module', moduleId: event.target.value })}>
            {modules.map((earlier, index) => (
              <option key={earlier.id} value={earlier.id}>
                {index + 1}. {localized(earlier.title, locale) || intl.formatMessage({ id: 'teach.untitled' })}
              </option>
            ))}
          </select>
        </div>
      )}
      {rule.kind === 'after_class' && (
        <div className="field">
          <label htmlFor={`${id}-class`}>
            <FormattedMessage id="teach.unlock.class" />
          </label>
          <select id={`${id}-class`} value={rule.itemId} onChange={(event) => onChange({ kind: 'after_class', itemId: event.target.value })}>
            {classes.map((item) => (
              <option key={item.id} value={item.id}>
                {localized(item.title, locale) || intl.formatMessage({ id: 'teach.untitled' })}
              </option>
            ))}
          </select>
        </div>
      )}
      {rule.kind === 'from_date' && (
        <div className="field">
          <label htmlFor={`${id}-date`}>
            <FormattedMessage id="teach.unlock.date" />
          </label>
          <input
            id={`${id}-date`}
            type="datetime-local"
            value={rule.at ? toLocalInput(rule.at) : ''}
            onChange={(event) => onChange({ kind: 'from_date', at: fromLocalInput(event.target.value) })}
          />
          <p className="field__hint">
            <FormattedMessage id="teach.unlock.dateHint" />
          </p>
        </div>
      )}
    </div>
  );
}
