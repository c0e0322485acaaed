import { type Course, type CourseVersion, DraftSaveInputSchema, type Issue, issuesFromZod, type Outline, toGorodError } from '@gorod/sdk';
import { useEffect, useMemo, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ErrorMessage } from '../../ui/error-message';
import { ModuleCard } from './module-card';
import { issuesUnder, OwnIssues } from './outline-issues';
import { addModule, withoutEmptyTranslations } from './outline-edit';
import { PublishPanel } from './publish-panel';
import { type usePublish, useSaveDraft } from './queries';

interface DraftEditorProps {
  course: Course;
  draft: CourseVersion;
  /** Loads the draft as stored now (after someone else saved it), dropping the changes on screen. */
  reload: () => unknown;
  publish: ReturnType<typeof usePublish>;
}

/**
 * The draft's outline, edited on the device and saved whole with the revision it started from. A save
 * that someone else's save overtook is refused (CONFLICT): the editor then says so and offers to load
 * their version, rather than overwrite it.
 */
export function DraftEditor({ course, draft, reload, publish }: DraftEditorProps) {
  const intl = useIntl();
  const save = useSaveDraft();
  const [outline, setOutline] = useState<Outline>(draft.outline);
  const [revision, setRevision] = useState(draft.revision);
  const [saved, setSaved] = useState(() => JSON.stringify(draft.outline));
  const [clientIssues, setClientIssues] = useState<Issue[]>([]);
  const dirty = JSON.stringify(outline) !== saved;
  const failure = save.error ? toGorodError(save.error) : undefined;
  const conflict = failure?.code === 'CONFLICT';
  const issues = useMemo(
    () => issuesUnder(clientIssues.length > 0 ? clientIssues : failure?.code === 'INVALID_INPUT' ? failure.issues : [], ['outline']),
    [clientIssues, failure],
  );

  // Leaving with unsaved changes asks first (closing the tab, reloading).
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const submit = () => {
    const input = { courseId: course.id, revision, outline: withoutEmptyTranslations(outline) };
    const parsed = DraftSaveInputSchema.safeParse(input);
    setClientIssues(parsed.success ? [] : issuesFromZod(parsed.error));
    if (!parsed.success) return;
    const sent = JSON.stringify(outline);
    save.mutate(parsed.data, {
      onSuccess: (answer) => {
        setRevision(answer.revision);
        setSaved(sent);
      },
    });
  };

  return (
    <section className="draft-editor" aria-labelledby="draft-title" data-testid="draft-editor">
      <div className="entity-editor__head">
        <h2 id="draft-title">
          <FormattedMessage id="teach.draft.title" values={{ version: draft.number }} />
        </h2>
      </div>
      <OwnIssues issues={issues} nested="modules" />
      {outline.modules.length === 0 ? (
        <p className="muted">
          <FormattedMessage id="teach.draft.empty" />
        </p>
      ) : (
        <ol className="outline-modules">
          {outline.modules.map((module, index) => (
            <ModuleCard
              key={module.id}
              outline={outline}
              module={module}
              position={index + 1}
              issues={issuesUnder(issues, ['modules', index])}
              onOutline={setOutline}
            />
          ))}
        </ol>
      )}
      <button
        type="button"
        className="button button--secondary"
        data-testid="add-module"
        onClick={() => setOutline(addModule(outline, intl.formatMessage({ id: 'teach.module.defaultTitle' }, { position: outline.modules.length + 1 })))}
      >
        + <FormattedMessage id="teach.module.add" />
      </button>

      <div className="save-bar" data-testid="save-bar">
        {conflict ? (
          <div className="notice notice--warning" role="alert" data-testid="draft-conflict">
            <p className="notice__title">
              <FormattedMessage id="teach.draft.conflict" />
            </p>
            <button type="button" className="button button--secondary" onClick={() => reload()}>
              <FormattedMessage id="teach.draft.reload" />
            </button>
          </div>
        ) : (
          failure &&
          failure.code !== 'INVALID_INPUT' && <ErrorMessage error={save.error} />
        )}
        {(clientIssues.length > 0 || failure?.code === 'INVALID_INPUT') && (
          <p className="field__error" role="alert" data-testid="draft-invalid">
            <FormattedMessage id="teach.draft.invalid" />
          </p>
        )}
        <p className="save-bar__state" aria-live="polite" data-testid="draft-state" data-dirty={dirty}>
          <FormattedMessage id={dirty ? 'teach.draft.unsaved' : 'teach.draft.saved'} values={{ revision }} />
        </p>
        <button type="button" className="button" disabled={!dirty || save.isPending || conflict} onClick={submit} data-testid="save-draft">
          <FormattedMessage id={save.isPending ? 'teach.draft.saving' : 'teach.draft.save'} />
        </button>
      </div>
      <PublishPanel courseId={course.id} version={draft.number} empty={outline.modules.length === 0} dirty={dirty} publish={publish} />
    </section>
  );
}
