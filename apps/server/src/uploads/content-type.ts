import { GorodError, issue } from '@gorod/domain';
import { fileTypeFromFile } from 'file-type';
import { type AllowedUploadType, allowedTypeOf, typeClaimedByName } from './allowed-types.js';

const unsupported = (message: string) =>
  new GorodError('UNSUPPORTED_MEDIA_TYPE', message, [issue(['body'], 'unsupported_file_type', message)]);

const mismatch = (path: string, message: string) =>
  new GorodError('UNSUPPORTED_MEDIA_TYPE', message, [issue([path], 'file_type_mismatch', message)]);

/** Refuses, before a byte of the body is read, a name whose extension is of no allowed type. */
export function assertNameAllowed(fileName: string): AllowedUploadType {
  const claimed = typeClaimedByName(fileName);
  if (!claimed) throw unsupported(`Files named like "${fileName}" cannot be uploaded`);
  return claimed;
}

/** The media type without parameters, lower-cased: what a client's Content-Type names. */
const essenceOf = (contentType: string | undefined) => contentType?.split(';', 1)[0]?.trim().toLowerCase() ?? '';

/**
 * The upload's type, decided by its CONTENT: its signature as `file-type` reads it from the stored file
 * (reading only the bytes it needs, from disk), or else the text check. It must be an allowed type, the
 * one the file name's extension claims, and the one the client's Content-Type names when that names an
 * allowed type (anything else it says — `application/octet-stream`, a vendor type some systems send for
 * CSV — is not evidence either way and is ignored). Whatever the client said, the stored type is this one.
 */
export async function checkedUploadType(
  path: string,
  { fileName, declared, isText }: { fileName: string; declared: string | undefined; isText: boolean },
): Promise<AllowedUploadType> {
  const claimed = assertNameAllowed(fileName);
  const signature = await fileTypeFromFile(path);
  const found = signature ? allowedTypeOf(signature.mime) : isText && claimed.text ? claimed : undefined;
  if (!found) {
    throw unsupported(
      signature ? `Files of type ${signature.mime} cannot be uploaded` : 'The content is of no type that can be uploaded',
    );
  }
  if (found !== claimed) throw mismatch('name', `The content is ${found.mediaType}, but the name says ${claimed.mediaType}`);
  const declaredType = allowedTypeOf(essenceOf(declared));
  if (declaredType && declaredType !== found) {
    throw mismatch('contentType', `The content is ${found.mediaType}, but it was sent as ${declaredType.mediaType}`);
  }
  return found;
}
