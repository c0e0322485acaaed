import { useLocale } from '../../i18n/i18n-provider';
import { CityName } from '../people/city-name';
import { localized, type useSpeakers } from './queries';

type SpeakerIndex = NonNullable<ReturnType<typeof useSpeakers>['data']>['byId'];

/** The session's speakers: name, then position, organisation and city on the line below. */
export function SpeakerList({ ids, speakers }: { ids: readonly string[]; speakers: SpeakerIndex | undefined }) {
  const { locale } = useLocale();
  return (
    <ul className="speaker-list" data-testid="speaker-list">
      {ids.map((id) => {
        const speaker = speakers?.get(id);
        if (!speaker) return null;
        const role = [localized(speaker.position, locale), localized(speaker.organisation, locale)].filter(Boolean).join(', ');
        return (
          <li key={id} className="speaker">
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
