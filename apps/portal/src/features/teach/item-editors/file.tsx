import { useId } from 'react';
import { FormattedMessage, FormattedNumber } from 'react-intl';
import { ErrorMessage } from '../../../ui/error-message';
import { useUpload } from '../queries';
import type { ItemEditor, ItemFieldsProps } from './registry';

/** A file to download: uploaded here; its name, type and size are the upload's (the server copies them again on save). */
function FileFields({ item, onChange }: ItemFieldsProps<'file'>) {
  const id = useId();
  const upload = useUpload();
  return (
    <div className="item-fields">
      <div className="field">
        <label htmlFor={`${id}-file`}>
          <FormattedMessage id="teach.file.choose" />
        </label>
        <input
          id={`${id}-file`}
          type="file"
          disabled={upload.isPending}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) {
              upload.mutate(file, {
                onSuccess: (stored) =>
                  onChange({ ...item, uploadId: stored.id, fileName: stored.fileName, mediaType: stored.mediaType, size: stored.size }),
              });
            }
          }}
        />
        <p className="field__hint" data-testid="upload-status">
          {upload.isPending ? (
            <FormattedMessage id="teach.upload.sending" />
          ) : item.uploadId ? (
            <>
              {item.fileName} · <FormattedNumber value={item.size / 1024} maximumFractionDigits={0} /> KB
            </>
          ) : (
            <FormattedMessage id="teach.upload.none" />
          )}
        </p>
        {upload.error && <ErrorMessage error={upload.error} />}
      </div>
    </div>
  );
}

export const fileEditor: ItemEditor<'file'> = {
  label: 'teach.kind.file',
  create: (id) => ({ id, kind: 'file', title: { ru: '' }, uploadId: '', fileName: '', mediaType: '', size: 0 }),
  Fields: FileFields,
};
