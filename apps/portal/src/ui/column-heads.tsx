import { FormattedMessage } from 'react-intl';
import type { MessageId } from '../i18n/i18n-provider';

/** A table's header row: one column heading per message id. */
export function ColumnHeads({ columns }: { columns: readonly MessageId[] }) {
  return (
    <thead>
      <tr>
        {columns.map((column) => (
          <th key={column} scope="col">
            <FormattedMessage id={column} />
          </th>
        ))}
      </tr>
    </thead>
  );
}
