import { createHash } from 'node:crypto';
import type { LocalizedText } from '@gorod/domain';

/**
 * A demo course's file to download: a small document written at seed time into the server's uploads and
 * recorded as an upload of the demo instructor. Only text types — the upload check takes UTF-8 text that
 * does not open like markup, so these bytes are what an instructor could have uploaded themselves.
 */
export interface DemoFile {
  /** 32 lower-case hex digits, as the server names uploads; fixed, so every seeded database names it alike. */
  uploadId: string;
  fileName: string;
  mediaType: 'text/csv' | 'text/plain';
  bytes: Uint8Array;
  sha256: string;
}

/** Stores an upload's bytes under its id where the server serves uploads from (`<DATA_DIR>/uploads/<id>`). */
export type WriteUpload = (id: string, bytes: Uint8Array) => Promise<void>;

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

/** A fixed upload id, like the server's random ones in form: derived from a name no other file takes. */
const demoUploadId = (name: string) => sha256(`gorod demo upload: ${name}`).slice(0, 32);

function demoFile(name: string, fileName: string, mediaType: DemoFile['mediaType'], text: string): DemoFile {
  const bytes = new TextEncoder().encode(text);
  return { uploadId: demoUploadId(name), fileName, mediaType, bytes, sha256: sha256(bytes) };
}

/** A plain-text document: lines joined with CRLF, so Notepad shows them as lines too. */
export const textFile = (name: string, fileName: string, lines: readonly string[]): DemoFile =>
  demoFile(name, fileName, 'text/plain', `${lines.join('\r\n')}\r\n`);

const csvField = (value: string) => (/[;"\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

/**
 * A table as CSV the way a Russian-locale spreadsheet opens it without an import dialog: a UTF-8 byte
 * order mark, `;` between fields (the comma is the decimal separator there), CRLF between rows.
 */
export const csvFile = (name: string, fileName: string, rows: readonly (readonly string[])[]): DemoFile =>
  demoFile(name, fileName, 'text/csv', `\uFEFF${rows.map((row) => row.map(csvField).join(';')).join('\r\n')}\r\n`);

/** The outline's file item for `file`: its name, type and size are the upload's, as saving a draft makes them. */
export const fileItem = (id: string, title: LocalizedText, file: DemoFile) =>
  ({
    id,
    kind: 'file',
    title,
    uploadId: file.uploadId,
    fileName: file.fileName,
    mediaType: file.mediaType,
    size: file.bytes.byteLength,
  }) as const;
