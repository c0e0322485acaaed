import type { Speaker } from '@gorod/sdk';
import { useLocale } from '../../i18n/i18n-provider';
import { CityName } from '../people/city-name';
import { localized } from './queries';

/** The session's speakers: name, then position, organisation and city on the line below. */
export function SpeakerList({ speakers }: { speakers: readonly Speaker[] }) {
  const { locale } = useLocale();
  return (
    <ul className="speaker-list" data-testid="speaker-list">
      {speakers.map((speaker) => {
        const role = [localized(speaker.position, locale), localized(speaker.organisation, locale)].filter(Boolean).join(', ');
        return (
          <li key={speaker.id} className="speaker">
            <span className="speaker__name">{localized(speaker.name, locale)}</span>
            {(role || speaker.cityId) && (
              <span className="speaker__role muted">
                {role}
                {role && speaker.cityId && ' · '}
                {speaker.cityId && <CityName id={speaker.cityId} />}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
