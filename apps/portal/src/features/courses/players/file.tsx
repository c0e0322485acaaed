import { FormattedMessage, useIntl } from 'react-intl';
import type { PlayerProps } from './types';

/** A file to download; opening it is what completes it. */
export function FilePlayer({ item, state, record }: PlayerProps<'file'>) {
  const intl = useIntl();
  const megabytes = item.size >= 1024 * 1024;
  const size = intl.formatNumber(megabytes ? item.size / (1024 * 1024) : Math.max(1, item.size / 1024), {
    style: 'unit',
    unit: megabytes ? 'megabyte' : 'kilobyte',
    maximumFractionDigits: 1,
  });
  return (
    <div className="player player--file">
      <a
        className="button"
        href={`/uploads/${item.uploadId}`}
        download={item.fileName}
        data-testid="file-download"
        onClick={() => void record({ kind: 'item.opened', itemId: item.id })}
      >
        <FormattedMessage id="courses.file.download" />
      </a>
      <p className="muted file-facts">
        {item.fileName} · {size}
      </p>
      {state?.status === 'completed' && (
        <p className="badge badge--ok" data-testid="file-opened">
          <FormattedMessage id="courses.file.opened" />
        </p>
      )}
    </div>
  );
}
