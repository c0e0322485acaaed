import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  choiceParam,
  flagParam,
  hasUrlFilters,
  idParam,
  oneOfParam,
  readUrlFilters,
  resetUrlFilters,
  searchParam,
  type UrlFiltersOf,
  writeUrlFilters,
} from './url-filters';

const topics = ['tourism', 'culture'] as const;
const fields = {
  search: searchParam('q'),
  topic: oneOfParam('topic', topics),
  region: idParam('region', /^[A-Z]{2}-[A-Z]{3}$/),
  day: idParam('day'),
  sort: choiceParam('sort', ['name', 'date'] as const, 'name'),
  mine: flagParam('mine'),
};
type Filters = UrlFiltersOf<typeof fields>;

const read = (query: string) => readUrlFilters(fields, new URLSearchParams(query));
const nothing: Filters = { search: '', topic: undefined, region: undefined, day: undefined, sort: 'name', mine: false };

describe('filters kept in the address', () => {
  it('reads every field from its own parameter', () => {
    expect(read('q=ека&topic=culture&region=RU-SVE&day=2026-06-02&sort=date&mine=1')).toEqual({
      search: 'ека',
      topic: 'culture',
      region: 'RU-SVE',
      day: '2026-06-02',
      sort: 'date',
      mine: true,
    });
  });

  it('reads an empty address as no filter at all', () => {
    expect(read('')).toEqual(nothing);
  });

  it('ignores values a link may carry but no filter knows: they read as no filter', () => {
    expect(read('topic=weather&region=moscow&sort=shoe-size&mine=yes&day=')).toEqual(nothing);
  });

  it('writes only the patched fields, leaving the others and unknown parameters in place', () => {
    const next = writeUrlFilters(fields, new URLSearchParams('q=perm&utm_source=mail'), { topic: 'tourism' });
    expect(next.toString()).toBe('q=perm&utm_source=mail&topic=tourism');
  });

  it('leaves out of the address a blank search, a cleared choice, the default order and a switch that is off', () => {
    const next = writeUrlFilters(fields, new URLSearchParams('q=perm&topic=culture&sort=date&mine=1'), {
      search: '   ',
      topic: undefined,
      sort: 'name',
      mine: false,
    });
    expect(next.toString()).toBe('');
  });

  it('does not change the address it was given', () => {
    const params = new URLSearchParams('q=perm');
    writeUrlFilters(fields, params, { search: 'tver' });
    expect(params.toString()).toBe('q=perm');
  });

  it('resets to an empty address, keeping only the fields asked to be kept', () => {
    const params = new URLSearchParams('q=perm&topic=culture&day=2026-06-02&utm_source=mail');
    expect(resetUrlFilters(fields, params).toString()).toBe('');
    expect(resetUrlFilters(fields, params, ['day']).toString()).toBe('day=2026-06-02');
    expect(resetUrlFilters(fields, new URLSearchParams('q=perm'), ['day']).toString()).toBe('');
  });

  it('counts as filtered only what differs from an empty address, outside the kept fields', () => {
    expect(hasUrlFilters(fields, nothing)).toBe(false);
    expect(hasUrlFilters(fields, { ...nothing, search: '  ' })).toBe(false);
    expect(hasUrlFilters(fields, { ...nothing, topic: 'culture' })).toBe(true);
    expect(hasUrlFilters(fields, { ...nothing, mine: true })).toBe(true);
    expect(hasUrlFilters(fields, { ...nothing, day: '2026-06-02' }, ['day'])).toBe(false);
    expect(hasUrlFilters(fields, { ...nothing, day: '2026-06-02' })).toBe(true);
  });

  const filters = fc.record({
    search: fc.oneof(fc.constant(''), fc.string().filter((text) => text.trim() !== '')),
    topic: fc.constantFrom(undefined, ...topics),
    region: fc.constantFrom(undefined, 'RU-SVE', 'RU-PER'),
    day: fc.option(fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/), { nil: undefined }),
    sort: fc.constantFrom('name' as const, 'date' as const),
    mine: fc.boolean(),
  });

  test.prop([filters])('reads back from the address exactly the filters written to it', (wanted) => {
    const address = writeUrlFilters(fields, new URLSearchParams(), wanted).toString();
    expect(read(address)).toEqual(wanted);
  });
});
