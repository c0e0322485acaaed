import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { IntlProvider, useIntl } from 'react-intl';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { asMessages } from '../i18n/i18n-provider';
import ru from '../i18n/ru.json';
import { oneOfParam, searchParam, type UrlFiltersOf } from '../lib/url-filters';
import { useUrlFilters } from '../lib/use-url-filters';
import { FilterForm, FilterSelect, messageOptions } from './filter-form';

const languages = ['ru', 'en', 'zh'] as const;
const fields = { search: searchParam('q'), language: oneOfParam('lang', languages) };

/** A list page's filters as a feature declares them: the fields, then the form. */
function Filters() {
  const intl = useIntl();
  const state = useUrlFilters(fields);
  const language = createElement(FilterSelect<(typeof languages)[number]>, {
    label: 'courses.filter.language',
    anyLabel: 'courses.filter.anyLanguage',
    value: state.filters.language,
    options: messageOptions(intl, languages, (each) => `program.language.${each}`),
    onChange: (chosen) => state.setFilters({ language: chosen }),
  });
  return createElement(
    FilterForm<UrlFiltersOf<typeof fields>>,
    { state, label: 'courses.filter.label', search: { field: 'search', label: 'courses.filter.search', name: 'q' }, resetLabel: 'courses.filter.reset' },
    language,
  );
}

/** The form as the browser first receives it at `address`. */
function render(address: string): Document {
  const html = renderToStaticMarkup(
    createElement(
      MemoryRouter,
      { initialEntries: [address] },
      createElement(IntlProvider, { locale: 'ru', messages: asMessages(ru) }, createElement(Filters)),
    ),
  );
  return parse(html);
}

// No DOM in the unit tests' environment: read the few attributes the assertions need from the markup.
type Document = { html: string; attribute: (tag: string, name: string) => string | undefined; count: (text: string) => number };
function parse(html: string): Document {
  return {
    html,
    attribute: (tag, name) => new RegExp(`<${tag}\\b[^>]*\\b${name}="([^"]*)"`).exec(html)?.[1],
    count: (text) => html.split(text).length - 1,
  };
}

describe('a filter form bound to the address', () => {
  it('is a search landmark named by its label, its boxes labelled by their labels', () => {
    const page = render('/courses');
    expect(page.attribute('search', 'aria-label')).toBe(ru['courses.filter.label']);
    const inputId = page.attribute('input', 'id');
    expect(inputId).toBeTruthy();
    expect(page.html).toContain(`<label for="${inputId}">${ru['courses.filter.search']}</label>`);
    const selectId = page.attribute('select', 'id');
    expect(selectId).toBeTruthy();
    expect(selectId).not.toBe(inputId);
    expect(page.html).toContain(`<label for="${selectId}">${ru['courses.filter.language']}</label>`);
  });

  it('shows what the address holds', () => {
    const page = render('/courses?q=%D0%B3%D0%BE%D1%80%D0%BE%D0%B4&lang=en');
    expect(page.attribute('input', 'value')).toBe('город');
    expect(page.html).toMatch(/<option value="en" selected="">/);
  });

  it('shows "any" for a value in the address that no option has', () => {
    const page = render('/courses?lang=klingon');
    expect(page.html).toMatch(/<option value="" selected="">/);
    expect(page.count('selected=""')).toBe(1);
  });

  it('offers Reset only while something is filtered', () => {
    expect(render('/courses').count(ru['courses.filter.reset'])).toBe(0);
    expect(render('/courses?lang=klingon').count(ru['courses.filter.reset'])).toBe(0);
    expect(render('/courses?lang=zh').count(ru['courses.filter.reset'])).toBe(1);
    expect(render('/courses?q=perm').count(ru['courses.filter.reset'])).toBe(1);
  });
});
