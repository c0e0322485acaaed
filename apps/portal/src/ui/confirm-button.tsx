import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { FormattedMessage } from 'react-intl';

interface ConfirmButtonProps {
  /** The button's text ("Отозвать"). */
  children: ReactNode;
  /** The question asked before acting ("Отозвать токен «CI»?"). */
  question: ReactNode;
  /** The confirming button's text; the button's own text by default. */
  confirmLabel?: ReactNode;
  onConfirm: () => void;
  pending?: boolean;
  danger?: boolean;
  className?: string;
}

/**
 * A button that asks first: the question and "yes / cancel" appear in place, focus moves to the
 * confirming button, and Escape or "cancel" puts things back.
 */
export function ConfirmButton({ children, question, confirmLabel, onConfirm, pending = false, danger = false, className = '' }: ConfirmButtonProps) {
  const [asking, setAsking] = useState(false);
  const confirm = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const questionId = useId();
  useEffect(() => {
    if (asking) confirm.current?.focus();
  }, [asking]);
  const cancel = () => {
    setAsking(false);
    requestAnimationFrame(() => opener.current?.focus());
  };
  const kind = danger ? 'button button--danger' : 'button';
  if (!asking) {
    return (
      <button ref={opener} type="button" className={`button button--secondary ${className}`} disabled={pending} onClick={() => setAsking(true)}>
        {children}
      </button>
    );
  }
  return (
    <div
      className="confirm"
      role="alertdialog"
      aria-labelledby={questionId}
      onKeyDown={(event) => {
        if (event.key === 'Escape') cancel();
      }}
    >
      <p className="confirm__question" id={questionId}>
        {question}
      </p>
      <div className="confirm__actions">
        <button
          ref={confirm}
          type="button"
          className={kind}
          disabled={pending}
          onClick={() => {
            setAsking(false);
            onConfirm();
          }}
        >
          {confirmLabel ?? children}
        </button>
        <button type="button" className="button button--secondary" onClick={cancel}>
          <FormattedMessage id="common.cancel" />
        </button>
      </div>
    </div>
  );
}
