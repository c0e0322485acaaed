import { type Issue, itemKindNames, type Module, type Outline } from '@gorod/sdk';
import { FormattedMessage, useIntl } from 'react-intl';
import { useLocale } from '../../i18n/i18n-provider';
import { fromLocalized, LocalizedFields } from '../organize-program/localized-fields';
import { localized } from '../program/queries';
import { ItemCard } from './item-card';
import { itemEditors } from './item-editors/registry';
import { MoveButtons } from './move-buttons';
import { issuesUnder, OwnIssues } from './outline-issues';
import { addItem, moveItem, moveModule, newRecordId, removeItem, removeModule, updateItem, updateModule } from './outline-edit';
import { UnlockRuleField } from './unlock-rule-field';

interface ModuleCardProps {
  outline: Outline;
  module: Module;
  position: number;
  issues: readonly Issue[];
  /** Every change is a whole new outline, made by the pure functions of `outline-edit.ts`. */
  onOutline: (outline: Outline) => void;
}

/** A module: its title, when it opens, its items in order, and buttons to add an item of each kind. */
export function ModuleCard({ outline, module, position, issues, onOutline }: ModuleCardProps) {
  const intl = useIntl();
  const { locale } = useLocale();
  const name = localized(module.title, locale) || intl.formatMessage({ id: 'teach.untitled' });
  const count = outline.modules.length;
  const change = (patch: Partial<Module>) => onOutline(updateModule(outline, module.id, (current) => ({ ...current, ...patch })));

  return (
    <li className="outline-module card" data-testid="outline-module" aria-labelledby={`module-${module.id}`}>
      <div className="outline-module__head">
        <h3 id={`module-${module.id}`}>
          <FormattedMessage id="teach.module.heading" values={{ position, name }} />
        </h3>
        <div className="outline-module__actions">
          <MoveButtons name={name} position={position} count={count} onMove={(by) => onOutline(moveModule(outline, module.id, by))} kind="module" />
          <button type="button" className="button button--small button--secondary" onClick={() => onOutline(removeModule(outline, module.id))}>
            <FormattedMessage id="teach.module.remove" />
          </button>
        </div>
      </div>
      <LocalizedFields
        label={<FormattedMessage id="teach.module.title" />}
        name="moduleTitle"
        value={fromLocalized(module.title)}
        onChange={(title) => change({ title })}
      />
      <UnlockRuleField outline={outline} module={module} onChange={(unlock) => change({ unlock })} />
      <OwnIssues issues={issues} nested="items" />

      {module.items.length === 0 ? (
        <p className="muted">
          <FormattedMessage id="teach.module.empty" />
        </p>
      ) : (
        <ol className="outline-items">
          {module.items.map((item, index) => (
            <ItemCard
              key={item.id}
              item={item}
              position={index + 1}
              count={module.items.length}
              issues={issuesUnder(issues, ['items', index])}
              onChange={(changed) => onOutline(updateItem(outline, module.id, changed))}
              onMove={(by) => onOutline(moveItem(outline, module.id, item.id, by))}
              onRemove={() => onOutline(removeItem(outline, module.id, item.id))}
            />
          ))}
        </ol>
      )}
      <fieldset className="outline-module__add">
        <legend className="visually-hidden">{intl.formatMessage({ id: 'teach.item.addLabel' }, { name })}</legend>
        {itemKindNames.map((kind) => (
          <button
            key={kind}
            type="button"
            className="button button--small button--secondary"
            data-testid={`add-${kind}`}
            onClick={() => onOutline(addItem(outline, module.id, itemEditors[kind].create(newRecordId())))}
          >
            + <FormattedMessage id={itemEditors[kind].label} />
          </button>
        ))}
      </fieldset>
    </li>
  );
}
