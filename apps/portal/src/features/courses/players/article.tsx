import { renderMarkdown } from '@gorod/sdk';
import { useMemo, useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { useLocale } from '../../../i18n/i18n-provider';
import { localized } from '../../program/queries';
import type { PlayerProps } from './types';

/** A text lesson: the Markdown rendered by the SDK's sanitizing `renderMarkdown`, and "mark as read". */
export function ArticlePlayer({ item, state, record }: PlayerProps<'article'>) {
  const { locale } = useLocale();
  const [saving, setSaving] = useState(false);
  const html = useMemo(() => renderMarkdown(localized(item.body, locale)), [item.body, locale]);
  const read = state?.status === 'completed';
  return (
    <div className="player player--article">
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: renderMarkdown is the domain's sanitizer (no raw HTML, safe links only) */}
      <div className="article-body" data-testid="article-body" dangerouslySetInnerHTML={{ __html: html }} />
      {read ? (
        <p className="badge badge--ok" data-testid="article-read">
          <FormattedMessage id="courses.article.read" />
        </p>
      ) : (
        <button
          type="button"
          className="button"
          disabled={saving}
          onClick={() => {
            setSaving(true);
            void record({ kind: 'item.completed', itemId: item.id }).finally(() => setSaving(false));
          }}
        >
          <FormattedMessage id="courses.article.markRead" />
        </button>
      )}
    </div>
  );
}
