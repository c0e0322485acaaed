import { daysUntilStart, editionPhase, type ForumEdition } from '@gorod/sdk';
import { FormattedMessage } from 'react-intl';
import { useMinuteClock } from '../../lib/use-minute-clock';

/** Whether the forum is still to come (and in how many days), under way, or over. */
export function PhaseBadge({ edition }: { edition: ForumEdition }) {
  const now = useMinuteClock();
  const phase = editionPhase(edition, now);
  return (
    <span className={`phase-badge phase-badge--${phase}`} data-testid="edition-phase" data-phase={phase}>
      {phase === 'upcoming' ? (
        <FormattedMessage id="forum.phase.upcoming" values={{ days: daysUntilStart(edition, now) }} />
      ) : phase === 'running' ? (
        <FormattedMessage id="forum.phase.running" />
      ) : (
        <FormattedMessage id="forum.phase.ended" />
      )}
    </span>
  );
}
