import { useId } from 'react';
import { FormattedMessage } from 'react-intl';
import { ErrorMessage } from '../../../ui/error-message';
import { useUpload } from '../queries';
import type { ItemEditor, ItemFieldsProps } from './registry';

/** A video: an https link to a video elsewhere, or a file uploaded to Gorod; and its length, if known. */
function VideoFields({ item, onChange }: ItemFieldsProps<'video'>) {
  const id = useId();
  const upload = useUpload();
  const source = item.source;
  return (
    <div className="item-fields">
      <fieldset className="checklist checklist--inline">
        <legend>
          <FormattedMessage id="teach.video.source" />
        </legend>
        <label>
          <input
            type="radio"
            name={`${id}-source`}
            checked={source.kind === 'link'}
            onChange={() => onChange({ ...item, source: { kind: 'link', url: '' } })}
          />{' '}
          <FormattedMessage id="teach.video.link" />
        </label>
        <label>
          <input
            type="radio"
            name={`${id}-source`}
            checked={source.kind === 'upload'}
            onChange={() => onChange({ ...item, source: { kind: 'upload', uploadId: '' } })}
          />{' '}
          <FormattedMessage id="teach.video.upload" />
        </label>
      </fieldset>
      {source.kind === 'link' ? (
        <div className="field">
          <label htmlFor={`${id}-url`}>
            <FormattedMessage id="teach.video.url" />
          </label>
          <input
            id={`${id}-url`}
            name="source.url"
            type="url"
            inputMode="url"
            placeholder="https://"
            value={source.url}
            onChange={(event) => onChange({ ...item, source: { kind: 'link', url: event.target.value } })}
          />
        </div>
      ) : (
        <div className="field">
          <label htmlFor={`${id}-file`}>
            <FormattedMessage id="teach.video.file" />
          </label>
          <input
            id={`${id}-file`}
            type="file"
            accept="video/mp4,video/webm"
            disabled={upload.isPending}
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) upload.mutate(file, { onSuccess: (stored) => onChange({ ...item, source: { kind: 'upload', uploadId: stored.id } }) });
            }}
          />
          <p className="field__hint" data-testid="upload-status">
            {upload.isPending ? (
              <FormattedMessage id="teach.upload.sending" />
            ) : source.uploadId ? (
              <FormattedMessage id="teach.upload.stored" values={{ name: upload.data?.fileName ?? source.uploadId }} />
            ) : (
              <FormattedMessage id="teach.upload.none" />
            )}
          </p>
          {upload.error && <ErrorMessage error={upload.error} />}
        </div>
      )}
      <div className="field field--short">
        <label htmlFor={`${id}-duration`}>
          <FormattedMessage id="teach.video.minutes" />
        </label>
        <input
          id={`${id}-duration`}
          type="number"
          inputMode="numeric"
          min={1}
          value={item.durationSeconds === null ? '' : Math.round(item.durationSeconds / 60)}
          onChange={(event) => {
            const minutes = Number(event.target.value);
            onChange({ ...item, durationSeconds: event.target.value && minutes > 0 ? Math.round(minutes * 60) : null });
          }}
        />
      </div>
    </div>
  );
}

export const videoEditor: ItemEditor<'video'> = {
  label: 'teach.kind.video',
  create: (id) => ({ id, kind: 'video', title: { ru: '' }, source: { kind: 'link', url: '' }, durationSeconds: null }),
  Fields: VideoFields,
};
