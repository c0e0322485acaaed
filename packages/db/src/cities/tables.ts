/** Localized names are stored as JSON text (`{"ru":…,"en":…}`): the same column type on both dialects. */
export interface RegionsTable {
  id: string;
  iso_code: string | null;
  country: string;
  federal_district: string | null;
  name: string;
  time_zone: string;
  capital_city_id: string | null;
}

export interface CitiesTable {
  id: string;
  region_id: string;
  country: string;
  name: string;
  /** All names folded by `normalizeSearchText`, so search compares alike on SQLite and PostgreSQL. */
  search_text: string;
  population: number;
  time_zone: string;
  latitude: number;
  longitude: number;
  /** 0 or 1: SQLite has no boolean type. */
  is_administrative_centre: number;
}
