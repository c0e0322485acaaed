import { FormattedMessage } from 'react-intl';
import { useMyAgenda, useStar, useUnstar } from './queries';

/** A star keeps a session in the person's agenda without registering for it. */
export function StarToggle({ sessionId }: { sessionId: string }) {
  const agenda = useMyAgenda();
  const star = useStar();
  const unstar = useUnstar();
  const starred = agenda.data?.sessions.some((session) => session.id === sessionId && session.starred) ?? false;
  const pending = star.isPending || unstar.isPending;
  return (
    <button
      type="button"
      className="button button--secondary star-toggle"
      aria-pressed={starred}
      disabled={pending || agenda.isPending}
      data-testid="star-toggle"
      onClick={() => (starred ? unstar : star).mutate({ sessionId })}
    >
      <span aria-hidden="true">{starred ? '★' : '☆'}</span> <FormattedMessage id={starred ? 'program.star.on' : 'program.star.off'} />
    </button>
  );
}
