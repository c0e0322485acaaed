/**
 * A list page's filters described once, field by field: which address parameter each lives in, how the
 * address's text becomes the value (anything unknown reads as "no filter", never reaches the server) and
 * back (an empty filter leaves the address). `useUrlFilters` binds such a description to the address.
 */
export interface UrlField<T> {
  /** The address parameter (`?q=…`); part of every shared link, so never renamed. */
  readonly param: string;
  readonly read: (text: string | null) => T;
  /** `undefined` leaves the parameter out of the address. */
  readonly write: (value: T) => string | undefined;
}

/** Any field, whatever its value's type: what a description is made of. */
interface SomeUrlField {
  readonly param: string;
  readonly read: (text: string | null) => unknown;
  readonly write: (value: never) => string | undefined;
}

export type UrlFields = Record<string, SomeUrlField>;

/** The filters a description reads from the address: `{ search: string; topic: CourseTopic | undefined; … }`. */
export type UrlFiltersOf<F> = { [K in keyof F]: F[K] extends UrlField<infer T> ? T : never };

/** Typed text: kept as typed, left out when blank. */
export const searchParam = (param: string): UrlField<string> => ({
  param,
  read: (text) => text ?? '',
  write: (value) => (value.trim() === '' ? undefined : value),
});

/** An id (a region, a track, a day), optionally held to a pattern so a mangled link filters nothing. */
export const idParam = (param: string, pattern?: RegExp): UrlField<string | undefined> => ({
  param,
  read: (text) => (text && (!pattern || pattern.test(text)) ? text : undefined),
  write: (value) => value || undefined,
});

/** One of a fixed list (a topic, a district, a language); anything else reads as no filter. */
export const oneOfParam = <T extends string>(param: string, allowed: readonly T[]): UrlField<T | undefined> => ({
  param,
  read: (text) => allowed.find((value) => value === text),
  write: (value) => value || undefined,
});

/** One of a fixed list with a default the address leaves out (a table's order). */
export const choiceParam = <T extends string>(param: string, allowed: readonly T[], fallback: T): UrlField<T> => ({
  param,
  read: (text) => allowed.find((value) => value === text) ?? fallback,
  write: (value) => (value === fallback ? undefined : value),
});

/** A yes/no switch, `1` in the address when on. */
export const flagParam = (param: string): UrlField<boolean> => ({
  param,
  read: (text) => text === '1',
  write: (value) => (value ? '1' : undefined),
});

// The descriptions are typed per field; inside these loops a field's value is only known as `unknown`.
type AnyField = UrlField<unknown>;
const entries = <F extends UrlFields>(fields: F) => Object.entries(fields) as [keyof F & string, AnyField][];

/** The filters the address holds. */
export function readUrlFilters<F extends UrlFields>(fields: F, params: URLSearchParams): UrlFiltersOf<F> {
  return Object.fromEntries(entries(fields).map(([key, field]) => [key, field.read(params.get(field.param))])) as UrlFiltersOf<F>;
}

/** The address with `patch` applied; parameters of other fields, and any the page does not know, stay. */
export function writeUrlFilters<F extends UrlFields>(fields: F, params: URLSearchParams, patch: Partial<UrlFiltersOf<F>>): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [key, field] of entries(fields)) {
    if (!(key in patch)) continue;
    const text = field.write(patch[key]);
    if (text === undefined) next.delete(field.param);
    else next.set(field.param, text);
  }
  return next;
}

/** An address without filters, but with the fields in `keep` (the program's chosen day) as they were. */
export function resetUrlFilters<F extends UrlFields>(fields: F, params: URLSearchParams, keep: readonly (keyof F)[] = []): URLSearchParams {
  const next = new URLSearchParams();
  for (const key of keep) {
    const param = fields[key]?.param;
    const text = param === undefined ? null : params.get(param);
    if (param !== undefined && text) next.set(param, text);
  }
  return next;
}

/** Whether any filter outside `keep` is set: what decides if "Reset" is worth showing. */
export function hasUrlFilters<F extends UrlFields>(fields: F, filters: UrlFiltersOf<F>, keep: readonly (keyof F)[] = []): boolean {
  return entries(fields).some(([key, field]) => !keep.includes(key) && field.write(filters[key]) !== undefined);
}
