import type { Issue } from '@gorod/sdk';
import type { IntlShape } from 'react-intl';
import type { MessageId } from '../i18n/i18n-provider';

export const hasMessage = (intl: IntlShape, id: string): id is MessageId => id in intl.messages;

/** What is wrong with a field, in the reader's language ("не короче 10 символов"); never the server's text. */
export function issueText(intl: IntlShape, issue: Issue): string {
  const key = hasMessage(intl, issue.i18nKey) ? issue.i18nKey : 'errors.issue.custom';
  return intl.formatMessage({ id: key }, issue.params);
}

/** A field's name for an error list ("Электронная почта"), or undefined when the portal has no name for it. */
export function fieldName(intl: IntlShape, field: string): string | undefined {
  const key = `errors.field.${field}`;
  return hasMessage(intl, key) ? intl.formatMessage({ id: key }) : undefined;
}

/** "Поиск: не длиннее 100 символов", or just the text when the field has no name. */
export function issueWithField(intl: IntlShape, issue: Issue): string {
  const text = issueText(intl, issue);
  const name = fieldName(intl, issue.path[0] ?? '');
  return name ? `${name}: ${text}` : text;
}

/** Issues grouped by their top-level field, for showing each under its input. */
export function issuesByField(issues: readonly Issue[]): Record<string, Issue[]> {
  const byField: Record<string, Issue[]> = {};
  for (const issue of issues) {
    const field = issue.path[0] ?? '';
    byField[field] = [...(byField[field] ?? []), issue];
  }
  return byField;
}
