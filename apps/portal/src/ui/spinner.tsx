import { FormattedMessage } from 'react-intl';

/** A quiet loading indicator that screen readers announce. */
export function Spinner() {
  return (
    <div className="spinner" role="status">
      <span className="spinner__dot" aria-hidden="true" />
      <span className="visually-hidden">
        <FormattedMessage id="common.loading" />
      </span>
    </div>
  );
}
