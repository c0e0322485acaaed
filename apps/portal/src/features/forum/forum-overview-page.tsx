import { type ForumEdition, localizedName, type PartnerCity } from '@gorod/sdk';
import { FormattedMessage, FormattedNumber, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useLocale } from '../../i18n/i18n-provider';
import { QueryState } from '../../ui/query-state';
import { CityClock } from '../cities/city-clock';
import { useCity } from '../cities/queries';
import { formatEditionDates } from './edition-dates';
import { PhaseBadge } from './phase-badge';
import { useCurrentEdition, useDelegations, usePartnerCities } from './queries';

/** `/`: the forum at a glance. */
export function ForumOverviewPage() {
  const edition = useCurrentEdition();
  return <QueryState query={edition}>{(current) => <ForumOverview edition={current} />}</QueryState>;
}

function ForumOverview({ edition }: { edition: ForumEdition }) {
  const { locale } = useLocale();
  const venue = useCity(edition.venueCityId);
  const delegations = useDelegations(edition.id);
  const partners = usePartnerCities(edition.id).data ?? [];

  return (
    <div className="overview">
      <section className="hero" aria-labelledby="forum-title">
        <div className="hero__inner">
          <p className="hero__eyebrow">
            <FormattedMessage id="forum.overview.eyebrow" /> <PhaseBadge edition={edition} />
          </p>
          <h1 id="forum-title" className="hero__title">
            {localizedName(edition.title, locale)}
          </h1>
          <p className="hero__lead">
            <FormattedMessage id="forum.overview.lead" />
          </p>
          <dl className="hero__facts">
            <div>
              <dt>
                <FormattedMessage id="forum.overview.dates" />
              </dt>
              <dd>{formatEditionDates(edition, locale)}</dd>
            </div>
            <div>
              <dt>
                <FormattedMessage id="forum.overview.venue" />
              </dt>
              <dd data-testid="venue">{venue.data ? localizedName(venue.data.name, locale) : '…'}</dd>
            </div>
            <div>
              <dt>
                <FormattedMessage id="forum.overview.forumTime" />
              </dt>
              <dd>
                <CityClock timeZone={edition.timeZone} />
              </dd>
            </div>
          </dl>
          <div className="hero__actions">
            <Link className="button button--light" to="/program" data-testid="overview-program">
              <FormattedMessage id="forum.overview.toProgram" />
            </Link>
            <Link className="button button--ghost" to="/cities">
              <FormattedMessage id="forum.overview.toDirectory" />
            </Link>
            <Link className="button button--ghost" to={`/cities/${edition.venueCityId}`}>
              <FormattedMessage id="forum.overview.venuePage" />
            </Link>
          </div>
        </div>
      </section>

      <div className="page">
        <QueryState query={delegations}>
          {(list) => (
            <section aria-labelledby="stats-title">
              <h2 id="stats-title" className="visually-hidden">
                <FormattedMessage id="forum.overview.stats.label" />
              </h2>
              <ul className="stats">
                <Stat testId="delegations-count" count={list.length} label="forum.overview.stats.delegations" to="/delegations" />
                <Stat
                  testId="members-count"
                  count={list.reduce((sum, d) => sum + d.membersCount, 0)}
                  label="forum.overview.stats.members"
                />
                <Stat testId="partners-count" count={partners.length} label="forum.overview.stats.partners" />
              </ul>
            </section>
          )}
        </QueryState>

        <div className="overview__grid">
          {partners.map((partner) => (
            <PartnerCard key={partner.city.id} partner={partner} />
          ))}
          <section className="card card--link" aria-labelledby="directory-title">
            <h2 id="directory-title" className="card__title">
              <FormattedMessage id="forum.overview.directory.title" />
            </h2>
            <p>
              <FormattedMessage id="forum.overview.directory.text" />
            </p>
            <Link className="button" to="/cities">
              <FormattedMessage id="forum.overview.toDirectory" />
            </Link>
          </section>
        </div>
      </div>
    </div>
  );
}

type StatLabel =
  | 'forum.overview.stats.delegations'
  | 'forum.overview.stats.members'
  | 'forum.overview.stats.partners';

function Stat({ count, label, testId, to }: { count: number; label: StatLabel; testId: string; to?: string }) {
  const figure = (
    <>
      <span className="stat__value">
        <FormattedNumber value={count} />
      </span>
      <span className="stat__label">
        <FormattedMessage id={label} values={{ count }} />
      </span>
    </>
  );
  // A figure with a page behind it (who the delegations are) links there.
  return (
    <li className="stat" data-testid={testId}>
      {to ? (
        <Link className="stat__link" to={to}>
          {figure}
        </Link>
      ) : (
        figure
      )}
    </li>
  );
}

function PartnerCard({ partner: { city, region, delegation } }: { partner: PartnerCity }) {
  const { locale } = useLocale();
  const intl = useIntl();
  const name = localizedName(city.name, locale);
  const country = new Intl.DisplayNames([locale], { type: 'region' }).of(city.country) ?? city.country;
  return (
    <section className="card card--partner" aria-labelledby={`partner-${city.id}`} data-testid="partner-city">
      <p className="card__badge">
        <FormattedMessage id="forum.overview.partner.badge" />
      </p>
      <h2 id={`partner-${city.id}`} className="card__title">
        {name}
        {city.name.zh && city.name.zh !== name && (
          <span className="card__native" lang="zh">
            {city.name.zh}
          </span>
        )}
      </h2>
      <p className="card__meta">
        {localizedName(region.name, locale)}, {country}
      </p>
      <p>
        {intl.formatMessage(
          { id: 'forum.overview.partner.delegation' },
          {
            members: delegation.membersCount,
            head: localizedName(delegation.headName, locale),
            position: localizedName(delegation.headPosition, locale).toLocaleLowerCase(locale),
          },
        )}
      </p>
      <Link className="button button--secondary" to={`/cities/${city.id}`}>
        <FormattedMessage id="forum.overview.partner.link" />
      </Link>
    </section>
  );
}
