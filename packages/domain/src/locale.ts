import { z } from 'zod';

/** The languages Gorod speaks, Russian first. */
export const locales = ['ru', 'en', 'zh'] as const;
export const LocaleSchema = z.enum(locales);
export type Locale = z.infer<typeof LocaleSchema>;

/** A name in several languages; Russian is always present. */
export const LocalizedNameSchema = z.strictObject({
  ru: z.string().trim().min(1).max(200),
  en: z.string().trim().min(1).max(200).optional(),
  zh: z.string().trim().min(1).max(200).optional(),
});
export type LocalizedName = z.infer<typeof LocalizedNameSchema>;

// A Chinese reader is likelier to read English than Russian; everyone else falls back to Russian.
const fallbacks: Record<Locale, readonly Locale[]> = {
  ru: ['ru'],
  en: ['en', 'ru'],
  zh: ['zh', 'en', 'ru'],
};

/**
 * The name to show a reader of `locale`, falling back to the nearest language that has one.
 *
 * @example
 * localizedName({ ru: 'Екатеринбург', en: 'Yekaterinburg' }, 'zh') // 'Yekaterinburg'
 */
export function localizedName(name: LocalizedName, locale: Locale): string {
  for (const candidate of fallbacks[locale]) {
    const value = name[candidate];
    if (value) return value;
  }
  return name.ru;
}
