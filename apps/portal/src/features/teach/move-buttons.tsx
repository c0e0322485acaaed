import { useIntl } from 'react-intl';

/**
 * "Up" and "down" for one entry of an ordered list: real buttons (keyboard, screen reader and thumb alike,
 * no dragging), each named with the entry it moves; the first cannot go up nor the last down.
 */
export function MoveButtons({
  name,
  position,
  count,
  kind,
  onMove,
}: {
  name: string;
  position: number;
  count: number;
  kind: 'module' | 'item';
  onMove: (by: -1 | 1) => void;
}) {
  const intl = useIntl();
  return (
    <span className="move-buttons">
      <button
        type="button"
        className="button button--small button--secondary"
        disabled={position <= 1}
        aria-label={intl.formatMessage({ id: `teach.${kind}.moveUp` }, { name })}
        onClick={() => onMove(-1)}
      >
        ↑
      </button>
      <button
        type="button"
        className="button button--small button--secondary"
        disabled={position >= count}
        aria-label={intl.formatMessage({ id: `teach.${kind}.moveDown` }, { name })}
        onClick={() => onMove(1)}
      >
        ↓
      </button>
    </span>
  );
}
