export interface ForumEditionsTable {
  id: string;
  title: string;
  venue_city_id: string;
  /** `YYYY-MM-DD` in the edition's time zone. */
  start_date: string;
  end_date: string;
  time_zone: string;
}

export interface DelegationsTable {
  id: string;
  edition_id: string;
  city_id: string;
  head_name: string;
  head_position: string;
  members_count: number;
  /** The person account of the delegation's head, if one is linked. */
  head_user_id: string | null;
}
