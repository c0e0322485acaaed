/**
 * What may be uploaded, by content. A file is taken only when its content is one of these types (found by
 * its signature, or, for text, by being UTF-8 text that does not open like markup) AND its name's
 * extension belongs to that same type: a download keeps its name, so a PNG called `page.html` must not be
 * saved to someone's disk as HTML. HTML, SVG, XML, archives and executables are never served back.
 *
 * `display`: video and images open in the browser (they cannot run script, and the path's CSP sandboxes
 * them anyway); documents and text are always downloaded.
 */
export interface AllowedUploadType {
  mediaType: string;
  extensions: readonly string[];
  display: 'inline' | 'attachment';
  /** Text without a signature: recognised by the text check, served with `charset=utf-8`. */
  text?: true;
}

export const allowedUploadTypes: readonly AllowedUploadType[] = [
  { mediaType: 'video/mp4', extensions: ['mp4'], display: 'inline' },
  { mediaType: 'video/webm', extensions: ['webm'], display: 'inline' },
  { mediaType: 'image/png', extensions: ['png'], display: 'inline' },
  { mediaType: 'image/jpeg', extensions: ['jpg', 'jpeg'], display: 'inline' },
  { mediaType: 'image/webp', extensions: ['webp'], display: 'inline' },
  { mediaType: 'application/pdf', extensions: ['pdf'], display: 'attachment' },
  {
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
    display: 'attachment',
  },
  { mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extensions: ['xlsx'], display: 'attachment' },
  {
    mediaType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    extensions: ['pptx'],
    display: 'attachment',
  },
  { mediaType: 'application/vnd.oasis.opendocument.text', extensions: ['odt'], display: 'attachment' },
  { mediaType: 'text/plain', extensions: ['txt'], display: 'attachment', text: true },
  { mediaType: 'text/csv', extensions: ['csv'], display: 'attachment', text: true },
];

const byMediaType = new Map(allowedUploadTypes.map((type) => [type.mediaType, type]));
const byExtension = new Map(allowedUploadTypes.flatMap((type) => type.extensions.map((extension) => [extension, type] as const)));

export const allowedTypeOf = (mediaType: string): AllowedUploadType | undefined => byMediaType.get(mediaType);

/** The allowed type a file name's extension (case-insensitive) claims, if any. */
export function typeClaimedByName(fileName: string): AllowedUploadType | undefined {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? undefined : byExtension.get(fileName.slice(dot + 1).toLowerCase());
}

/** The Content-Type an upload is served with: its checked type, with the charset that text was checked in. */
export const servedContentType = (type: AllowedUploadType): string => (type.text ? `${type.mediaType}; charset=utf-8` : type.mediaType);
