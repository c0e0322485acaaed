import type { MarkdownIt } from 'markdown-it';
import markdownIt from 'markdown-it';

/** What every rendered link carries: no access to the opener, no referrer, no endorsement for search engines. */
export const markdownLinkRel = 'noopener noreferrer nofollow';

const allowedSchemes = /^(https?|mailto):/i;

/**
 * Whether a link or image address may be rendered: http(s) and mailto, or a relative address. Anything
 * with a colon before its first `/`, `?` or `#` names a scheme (or would be read as one by a browser that
 * drops stray characters), so it must be one of the allowed ones: javascript:, vbscript:, data: of every
 * type and file: never survive, however cased, padded or encoded.
 */
export function isSafeMarkdownLink(url: string): boolean {
  const address = url.trim();
  const firstSegment = address.split(/[/?#]/, 1)[0]!;
  return !firstSegment.includes(':') || allowedSchemes.test(address);
}

let renderer: MarkdownIt | null = null;

// Made on first use, so a client that never renders Markdown never builds the parser.
function markdownRenderer(): MarkdownIt {
  if (renderer) return renderer;
  const md = markdownIt({ html: false, linkify: true, typographer: false });
  md.validateLink = isSafeMarkdownLink;
  const renderToken = md.renderer.renderToken.bind(md.renderer);
  md.renderer.rules.link_open = (tokens, idx, options) => {
    tokens[idx]!.attrSet('rel', markdownLinkRel);
    return renderToken(tokens, idx, options);
  };
  renderer = md;
  return md;
}

/**
 * Course Markdown as HTML, safe to insert into a page: raw HTML in the source is shown as text, links
 * and images keep only http(s), mailto and relative addresses, and links open nothing with access to
 * the page. Articles are stored raw and become HTML only here, on the server and in the portal alike.
 */
export function renderMarkdown(markdown: string): string {
  return markdownRenderer().render(markdown);
}
