import { useRef } from 'react';
import { useIntl } from 'react-intl';

/**
 * "Up" and "down" for one entry of an ordered list: real buttons (keyboard, screen reader and thumb alike,
 * no dragging), each named with the entry it moves; the first cannot go up nor the last down. Focus
 * follows the entry: React may move its element in the page, which would otherwise drop the focus, and
 * at an end of the list it goes to the button that still works.
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
  const up = useRef<HTMLButtonElement>(null);
  const down = useRef<HTMLButtonElement>(null);
  const moveBy = (by: -1 | 1) => {
    onMove(by);
    const next = position + by;
    const keep = by === -1 ? (next > 1 ? up : down) : next < count ? down : up;
    requestAnimationFrame(() => keep.current?.focus());
  };
  return (
    <span className="move-buttons">
      <button
        type="button"
        className="button button--small button--secondary"
        ref={up}
        disabled={position <= 1}
        aria-label={intl.formatMessage({ id: `teach.${kind}.moveUp` }, { name })}
        onClick={() => moveBy(-1)}
      >
        ↑
      </button>
      <button
        type="button"
        className="button button--small button--secondary"
        ref={down}
        disabled={position >= count}
        aria-label={intl.formatMessage({ id: `teach.${kind}.moveDown` }, { name })}
        onClick={() => moveBy(1)}
      >
        ↓
      </button>
    </span>
  );
}
