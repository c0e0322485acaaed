import { FormattedMessage } from 'react-intl';
import { Link } from 'react-router';
import { MyLearning } from './my-learning';

/** `/learning`: the learner's courses, progress and where to continue. */
export function LearningPage() {
  return (
    <div className="page">
      <MyLearning headingLevel={1} />
      <p className="page-links">
        <Link to="/courses">
          <FormattedMessage id="courses.learning.toCatalog" />
        </Link>
      </p>
    </div>
  );
}
