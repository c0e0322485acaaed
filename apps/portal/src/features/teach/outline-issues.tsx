import type { Issue } from '@gorod/sdk';
import { useIntl } from 'react-intl';
import { hasMessage, issueText } from '../../ui/issue-text';

/** The issues under `prefix` (such as `modules.1.items.0`), with the path after it. */
export function issuesUnder(issues: readonly Issue[], prefix: readonly (string | number)[]): Issue[] {
  return issues
    .filter((issue) => prefix.every((part, index) => String(issue.path[index]) === String(part)))
    .map((issue) => ({ ...issue, path: issue.path.slice(prefix.length) }));
}

/** Issues that belong to this level and not to a nested module or item ("Название: обязательное поле"). */
export function OwnIssues({ issues, nested }: { issues: readonly Issue[]; nested?: string }) {
  const intl = useIntl();
  const own = nested === undefined ? issues : issues.filter((issue) => issue.path[0] !== nested);
  if (own.length === 0) return null;
  return (
    <ul className="field__error outline-issues" data-testid="outline-issues">
      {own.map((issue) => {
        const field = [...issue.path].reverse().find((part) => typeof part === 'string' && !['ru', 'en', 'zh'].includes(part));
        const key = `teach.field.${String(field)}`;
        const name = hasMessage(intl, key) ? `${intl.formatMessage({ id: key })}: ` : '';
        return <li key={`${issue.path.join('.')}:${issue.code}`}>{`${name}${issueText(intl, issue)}`}</li>;
      })}
    </ul>
  );
}
