import type { Issue } from '@gorod/sdk';
import { type InputHTMLAttributes, type ReactNode, useId } from 'react';
import { useIntl } from 'react-intl';
import { issueText } from './issue-text';

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: ReactNode;
  /** What is wrong with this field, shown under it and announced with it. */
  issues?: readonly Issue[] | undefined;
  hint?: ReactNode;
}

/** A labelled input with its hint and its problems tied to it for screen readers. */
export function TextField({ label, issues = [], hint, ...input }: TextFieldProps) {
  const intl = useIntl();
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : '', issues.length > 0 ? errorId : ''].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} aria-invalid={issues.length > 0 || undefined} aria-describedby={describedBy || undefined} {...input} />
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {issues.length > 0 && (
        <p className="field__error" id={errorId} data-testid={`field-error-${input.name ?? ''}`}>
          {issues.map((issue) => issueText(intl, issue)).join('; ')}
        </p>
      )}
    </div>
  );
}
