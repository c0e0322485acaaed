import type { CohortTable, CohortTotals } from '@gorod/sdk';
import { localizedName } from '@gorod/sdk';
import { type ReactNode, useId } from 'react';
import { FormattedMessage, FormattedNumber, useIntl } from 'react-intl';
import { useLocale } from '../../i18n/i18n-provider';
import { ColumnHeads } from '../../ui/column-heads';

/** The totals as the server computed them: all matching learners, then per federal district and per region. */
export function CohortTotalsView({ table }: { table: CohortTable }) {
  const intl = useIntl();
  const { locale } = useLocale();
  return (
    <section className="teach-section" aria-labelledby="totals-title" data-testid="cohort-totals">
      <h2 id="totals-title">
        <FormattedMessage id="teach.totals.title" />
      </h2>
      <p data-testid="totals-all">
        <FormattedMessage
          id="teach.totals.all"
          values={{
            learners: table.totals.learners,
            completed: table.totals.completed,
            average: intl.formatNumber(table.totals.averageFraction, { style: 'percent', maximumFractionDigits: 0 }),
          }}
        />
      </p>
      <div className="totals-grid">
        <TotalsTable
          testId="totals-by-district"
          heading={<FormattedMessage id="teach.totals.byDistrict" />}
          rows={table.byDistrict.map((row) => ({ key: row.federalDistrict, name: intl.formatMessage({ id: `cities.district.${row.federalDistrict}` }), ...row }))}
        />
        <TotalsTable
          testId="totals-by-region"
          heading={<FormattedMessage id="teach.totals.byRegion" />}
          rows={table.byRegion.map((row) => ({ key: row.regionId, name: localizedName(row.regionName, locale), ...row }))}
        />
      </div>
    </section>
  );
}

function TotalsTable({ heading, rows, testId }: { heading: ReactNode; rows: Array<CohortTotals & { key: string; name: string }>; testId: string }) {
  const id = useId();
  // Learners from abroad have no federal district: with only them, there is nothing to total by district.
  if (rows.length === 0) return null;
  return (
    // A table wider than a phone scrolls; keyboard users must reach the scrolling box itself (it holds no control).
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region without controls needs to take focus (WCAG 2.1.1)
    <section className="table-scroll" tabIndex={0} aria-labelledby={id}>
      <table className="table" data-testid={testId}>
        <caption id={id}>{heading}</caption>
        <ColumnHeads columns={['teach.totals.where', 'teach.totals.learners', 'teach.totals.completed', 'teach.totals.average']} />
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.name}</th>
              <td>{row.learners}</td>
              <td>{row.completed}</td>
              <td>
                <FormattedNumber value={row.averageFraction} style="percent" maximumFractionDigits={0} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
