import { type Locale, locales, renderMarkdown } from '@gorod/sdk';
import { useId, useState } from 'react';
import { FormattedMessage } from 'react-intl';
import type { ItemEditor, ItemFieldsProps } from './registry';

/** The article's Markdown, one language at a time, with its preview as the learner will see it. */
function ArticleFields({ item, onChange }: ItemFieldsProps<'article'>) {
  const id = useId();
  const [language, setLanguage] = useState<Locale>('ru');
  const body = item.body[language] ?? '';
  return (
    <div className="article-editor">
      <fieldset className="segmented">
        <legend className="visually-hidden">
          <FormattedMessage id="teach.article.language" />
        </legend>
        {locales.map((locale) => (
          <button
            key={locale}
            type="button"
            className="segmented__option"
            aria-pressed={locale === language}
            onClick={() => setLanguage(locale)}
          >
            <FormattedMessage id={`organizeProgram.language.${locale}`} />
          </button>
        ))}
      </fieldset>
      <div className="article-editor__panes">
        <div className="field">
          <label htmlFor={`${id}-body`}>
            <FormattedMessage id="teach.article.body" />
          </label>
          <textarea
            id={`${id}-body`}
            name={`body.${language}`}
            rows={10}
            value={body}
            aria-describedby={`${id}-hint`}
            onChange={(event) => onChange({ ...item, body: { ...item.body, [language]: event.target.value } })}
          />
          <p className="field__hint" id={`${id}-hint`}>
            <FormattedMessage id="teach.article.hint" />
          </p>
        </div>
        <section className="article-editor__preview" aria-labelledby={`${id}-preview`}>
          <h4 id={`${id}-preview`} className="field__label">
            <FormattedMessage id="teach.article.preview" />
          </h4>
          <MarkdownPreview markdown={body} />
        </section>
      </div>
    </div>
  );
}

/**
 * The Markdown as HTML. `renderMarkdown` is the domain's sanitizing renderer (no raw HTML, no script or
 * event handler, links only to http(s), mailto and relative addresses), the same the learner's page
 * uses; nothing else ever reaches `innerHTML`.
 */
export function MarkdownPreview({ markdown }: { markdown: string }) {
  const html = renderMarkdown(markdown);
  return (
    // biome-ignore lint/security/noDangerouslySetInnerHtml: the HTML comes only from the sanitizing renderMarkdown
    <div className="markdown" data-testid="markdown-preview" dangerouslySetInnerHTML={{ __html: html }} />
  );
}

export const articleEditor: ItemEditor<'article'> = {
  label: 'teach.kind.article',
  create: (id) => ({ id, kind: 'article', title: { ru: '' }, body: { ru: '' } }),
  Fields: ArticleFields,
};
