import { localizedName } from '@gorod/sdk';
import { useIntl } from 'react-intl';
import { useLocale } from '../../i18n/i18n-provider';
import { formatEditionDates } from './edition-dates';
import { PhaseBadge } from './phase-badge';
import { useCity } from '../cities/queries';
import { useCurrentEdition } from './queries';

/** The line under the header: when and where the forum is, and whether it has begun. */
export function ForumStrip() {
  const intl = useIntl();
  const { locale } = useLocale();
  const edition = useCurrentEdition();
  const venue = useCity(edition.data?.venueCityId ?? '', { enabled: edition.isSuccess });
  if (!edition.data) return null;
  return (
    <div className="forum-strip" aria-label={intl.formatMessage({ id: 'forum.strip.label' })} role="note">
      <div className="forum-strip__inner">
        <span className="forum-strip__title">{localizedName(edition.data.title, locale)}</span>
        <span className="forum-strip__meta">
          <time dateTime={edition.data.startDate} data-testid="edition-dates">
            {formatEditionDates(edition.data, locale)}
          </time>
          {venue.data && <span className="forum-strip__venue">{localizedName(venue.data.name, locale)}</span>}
          <PhaseBadge edition={edition.data} />
        </span>
      </div>
    </div>
  );
}
