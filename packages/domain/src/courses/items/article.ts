import { localizedTextInput } from '../../program/localized-text.js';
import { defineItemKind } from './define.js';

/**
 * A text lesson written in Markdown, per language (Russian required). It becomes HTML only through
 * `renderMarkdown`, the domain's sanitizing renderer. Completed when the learner marks it read.
 */
export const articleItem = defineItemKind({
  kind: 'article',
  fields: { body: localizedTextInput({ max: 100_000, multiline: true }) },
  events: ['item.opened', 'item.completed'],
  completes: (event) => event.kind === 'item.completed',
});
