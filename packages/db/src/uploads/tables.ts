/** A file uploaded for a course item; see migration 0010. Instants are ISO 8601 UTC text. */
export interface UploadsTable {
  id: string;
  owner_id: string;
  file_name: string;
  media_type: string;
  size: number;
  sha256: string;
  created_at: string;
}
