import type { Issue, Item } from '@gorod/sdk';
import { FormattedMessage, useIntl } from 'react-intl';
import { useLocale } from '../../i18n/i18n-provider';
import { fromLocalized, LocalizedFields } from '../organize-program/localized-fields';
import { localized } from '../program/queries';
import { itemEditorOf } from './item-editors/registry';
import { MoveButtons } from './move-buttons';
import { OwnIssues } from './outline-issues';

interface ItemCardProps {
  item: Item;
  position: number;
  count: number;
  issues: readonly Issue[];
  onChange: (item: Item) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}

/** One item of a module: its kind, its title in three languages, its kind's own fields, and its buttons. */
export function ItemCard({ item, position, count, issues, onChange, onMove, onRemove }: ItemCardProps) {
  const intl = useIntl();
  const { locale } = useLocale();
  const editor = itemEditorOf(item.kind);
  const name = localized(item.title, locale) || intl.formatMessage({ id: 'teach.untitled' });
  return (
    <li className="outline-item" data-testid="outline-item" data-kind={item.kind}>
      <div className="outline-item__head">
        <span className="badge">
          <FormattedMessage id={editor.label} />
        </span>
        <span className="outline-item__position">
          <FormattedMessage id="teach.item.position" values={{ position, count }} />
        </span>
      </div>
      <LocalizedFields
        label={<FormattedMessage id="teach.item.title" />}
        name="itemTitle"
        value={fromLocalized(item.title)}
        onChange={(title) => onChange({ ...item, title })}
      />
      <editor.Fields item={item} onChange={onChange} />
      <OwnIssues issues={issues} />
      <div className="outline-item__actions">
        <MoveButtons name={name} position={position} count={count} onMove={onMove} kind="item" />
        <button type="button" className="button button--small button--secondary" onClick={onRemove}>
          <FormattedMessage id="teach.item.remove" />
        </button>
      </div>
    </li>
  );
}
