import { type CourseProgress, type CourseView, itemKinds, type ItemProgress, type ProgressEvent } from '@gorod/sdk';
import { useEffect, useRef } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { useLocale } from '../../i18n/i18n-provider';
import { QueryState } from '../../ui/query-state';
import { localized } from '../program/queries';
import { ItemStatusBadge } from './course-page';
import { LockReason } from './lock-reason';
import { PendingChanges } from './pending-changes';
import { Player } from './players';
import { itemStates, locateItem, useLearnerCourse } from './use-learner-course';
import type { EventDraft } from './use-progress-queue';
import './courses.css';

/** `/learn/:slug/:itemId`: one item of the learner's course in its kind's player, with the way on. */
export function LearnPage() {
  const { slug = '', itemId = '' } = useParams();
  const learner = useLearnerCourse(slug);
  return (
    <div className="page page--narrow">
      <p className="back-link">
        <Link to={`/courses/${slug}`}>
          <FormattedMessage id="courses.back.course" />
        </Link>
      </p>
      {/* Outside the lesson: a refusal stays in view when the page changes under it (e.g. no longer enrolled). */}
      <PendingChanges courseId={learner.course.data?.course.id} />
      <QueryState query={learner.course}>
        {(view) =>
          learner.active ? (
            learner.progress ? (
              <Lesson view={view} itemId={itemId} progress={learner.progress} record={learner.record} />
            ) : (
              <QueryState query={learner.server}>{() => null}</QueryState>
            )
          ) : (
            <p className="notice" data-testid="not-enrolled">
              <FormattedMessage id="courses.learn.notEnrolled" />{' '}
              <Link to={`/courses/${slug}`}>
                <FormattedMessage id="courses.learn.toCourse" />
              </Link>
            </p>
          )
        }
      </QueryState>
    </div>
  );
}

interface LessonProps {
  view: CourseView;
  itemId: string;
  progress: CourseProgress;
  record: (draft: EventDraft) => Promise<void>;
}

/** Whether merely opening an item of this kind is worth recording without completing it (an article, a video, a class). */
function openingIsATouch(kind: keyof typeof itemKinds, itemId: string): boolean {
  const definition = itemKinds[kind];
  const opened: ProgressEvent = { id: 'probe', itemId, at: new Date(0).toISOString(), kind: 'item.opened' };
  return definition.events.includes('item.opened') && !definition.completes(opened);
}

function Lesson({ view, itemId, progress, record }: LessonProps) {
  const intl = useIntl();
  const { locale } = useLocale();
  const place = locateItem(view, itemId);
  const states = itemStates(progress);
  const moduleState = progress.modules.find((module) => module.moduleId === place?.module.id);
  const state: ItemProgress | undefined = states.get(itemId);
  const unlocked = moduleState?.unlocked === true;

  // The first visit to an item is recorded once, so "continue where I stopped" knows where that was.
  const opened = useRef<string | null>(null);
  const kind = place?.item.kind;
  useEffect(() => {
    if (!kind || !unlocked || state?.status !== 'not_started' || opened.current === itemId) return;
    opened.current = itemId;
    if (openingIsATouch(kind, itemId)) void record({ kind: 'item.opened', itemId });
  }, [kind, unlocked, state?.status, itemId, record]);

  if (!place) {
    return (
      <p className="notice" data-testid="item-missing">
        <FormattedMessage id="courses.learn.missing" />
      </p>
    );
  }
  const { module, item, previous, next } = place;
  const slug = view.course.slug;
  return (
    <article className="lesson" data-testid="lesson" data-item-kind={item.kind}>
      <p className="lesson__eyebrow muted">
        {localized(view.course.title, locale)} · {localized(module.title, locale)}
      </p>
      <h1>{localized(item.title, locale)}</h1>
      <p className="lesson__meta">
        <span className="badge badge--muted">{intl.formatMessage({ id: `courses.kind.${item.kind}` })}</span> <ItemStatusBadge state={state} />
      </p>
      {unlocked ? (
        <Player item={item} state={state} view={view} record={record} />
      ) : (
        moduleState?.waitingFor && <LockReason rule={moduleState.waitingFor} view={view} />
      )}
      <nav className="lesson__nav" aria-label={intl.formatMessage({ id: 'courses.learn.nav' })}>
        {previous && (
          <Link className="button button--secondary" to={`/learn/${slug}/${previous.id}`} data-testid="previous-item">
            <FormattedMessage id="courses.learn.previous" />
          </Link>
        )}
        {next && (
          <Link className="button button--secondary" to={`/learn/${slug}/${next.id}`} data-testid="next-item">
            <FormattedMessage id="courses.learn.next" />
          </Link>
        )}
      </nav>
    </article>
  );
}
