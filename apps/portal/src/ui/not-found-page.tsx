import { FormattedMessage } from 'react-intl';
import { Link } from 'react-router';

/** Any address the portal has no page for. */
export function NotFoundPage() {
  return (
    <section className="page page--narrow not-found" aria-labelledby="not-found-title">
      <p className="not-found__code" aria-hidden="true">
        404
      </p>
      <h1 id="not-found-title">
        <FormattedMessage id="notFound.title" />
      </h1>
      <p className="lead">
        <FormattedMessage id="notFound.text" />
      </p>
      <Link className="button" to="/">
        <FormattedMessage id="notFound.home" />
      </Link>
    </section>
  );
}
