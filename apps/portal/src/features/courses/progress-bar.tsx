import { useIntl } from 'react-intl';

/** A share done as a bar with its words ("3 of 8 done"), read out by screen readers as a progressbar. */
export function ProgressBar({ done, total, testId }: { done: number; total: number; testId?: string }) {
  const intl = useIntl();
  const label = intl.formatMessage({ id: 'courses.progress.done' }, { done, total });
  const percent = total === 0 ? 0 : Math.round((done / total) * 100);
  return (
    <div className="course-progress" data-testid={testId}>
      <progress className="course-progress__bar" max={total || 1} value={done} aria-label={label} />
      <span className="course-progress__text">
        {label} · {intl.formatNumber(percent / 100, { style: 'percent' })}
      </span>
    </div>
  );
}
