import type { IntlShape } from 'react-intl';
import { hasMessage } from '../../ui/issue-text';

/** Details the server writes as comma-separated codes, and the catalogue prefix that names each code. */
const codeLists: Record<string, string> = {
  roles: 'audit.role.',
  from: 'audit.role.', // people.roles_changed: the roles before…
  to: 'audit.role.', // …and after
  scopes: 'tokens.scope.',
};

/**
 * A detail as a reader says it: `learner,instructor` → "слушатель и преподаватель", a token's scopes by
 * what they allow. A code the portal has no words for yet stays as it is.
 */
export function auditDetailText(intl: IntlShape, key: string, value: string | number | boolean | null): string {
  if (value === null) return '—';
  const prefix = codeLists[key];
  if (!prefix || typeof value !== 'string') return String(value);
  const codes = value.split(',').filter(Boolean);
  if (codes.length === 0) return intl.formatMessage({ id: 'audit.roles.none' });
  const labels = codes.map((code) => {
    const id = `${prefix}${code}`;
    return hasMessage(intl, id) ? intl.formatMessage({ id }) : code;
  });
  return intl.formatList(labels, { type: 'conjunction' });
}
