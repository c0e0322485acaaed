import { cityLocalTime, utcOffsetMinutes } from '@gorod/sdk';
import { FormattedMessage } from 'react-intl';
import { useLocale } from '../../i18n/i18n-provider';
import { useMinuteClock } from '../../lib/use-minute-clock';

/** Hours between two zones at `now`, signed with a true minus: "+2", "−3", "+5,5". */
function formatOffsetHours(minutes: number, locale: string): string {
  return new Intl.NumberFormat(locale, { signDisplay: 'always', maximumFractionDigits: 2 })
    .format(minutes / 60)
    .replace('-', '−');
}

/**
 * The wall-clock time in a zone now, ticking each minute, and, given the forum's zone, how far ahead or
 * behind the forum it is ("−2 h" on a phone, "−2 h from forum time" with room to spare).
 */
export function CityClock({
  timeZone,
  forumTimeZone,
  compact = false,
}: {
  timeZone: string;
  forumTimeZone?: string | undefined;
  /** In a list row on a phone, shorten the difference to "−2 h". */
  compact?: boolean;
}) {
  const now = useMinuteClock();
  const { locale } = useLocale();
  const difference = forumTimeZone ? utcOffsetMinutes(timeZone, now) - utcOffsetMinutes(forumTimeZone, now) : 0;
  const hours = formatOffsetHours(difference, locale);
  return (
    <span className={compact ? 'clock clock--compact' : 'clock'}>
      <time className="clock__time" data-testid="city-local-time">
        {cityLocalTime({ timeZone }, now, locale)}
      </time>
      {forumTimeZone && (
        <span className="clock__offset" data-testid="city-forum-offset" data-offset-minutes={difference}>
          {difference === 0 ? (
            <FormattedMessage id="cities.localTime.sameAsForum" />
          ) : (
            <>
              <span className="clock__offset-short" aria-hidden="true">
                <FormattedMessage id="cities.localTime.offsetShort" values={{ hours }} />
              </span>
              <span className="clock__offset-long">
                <FormattedMessage id="cities.localTime.offset" values={{ hours }} />
              </span>
            </>
          )}
        </span>
      )}
    </span>
  );
}
