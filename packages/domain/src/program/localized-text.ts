import { z } from 'zod';
import { text } from '../text.js';

/** Stored text in several languages; Russian is always present (titles, descriptions, bios). */
export const LocalizedTextSchema = z.strictObject({
  ru: z.string().min(1),
  en: z.string().min(1).optional(),
  zh: z.string().min(1).optional(),
});
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/**
 * The input form of a localized text: each language through the domain's `text()` rule, Russian
 * required, the others optional (an empty string is refused, so "no translation" is an absent key).
 */
export function localizedTextInput(options: { max: number; multiline?: boolean }) {
  const one = text({ min: 1, max: options.max, multiline: options.multiline });
  return z.strictObject({ ru: one, en: one.optional(), zh: one.optional() });
}
