import type { ItemKindName, ItemOf } from '@gorod/sdk';
import type { ComponentType } from 'react';
import type { MessageId } from '../../../i18n/i18n-provider';
import { articleEditor } from './article';
import { classEditor } from './class';
import { fileEditor } from './file';
import { videoEditor } from './video';

export interface ItemFieldsProps<K extends ItemKindName> {
  item: ItemOf<K>;
  onChange: (item: ItemOf<K>) => void;
}

/** How the course editor writes one kind of item: its name, a new empty one, and the form for its own fields. */
export interface ItemEditor<K extends ItemKindName> {
  /** The kind's name on the "add" button and the item's badge ("Статья"). */
  label: MessageId;
  /** A new item of this kind with `id`, as the editor adds it (title and fields to be filled in). */
  create: (id: string) => ItemOf<K>;
  /** The kind's own fields (the title is the editor's, the same for every kind). */
  Fields: ComponentType<ItemFieldsProps<K>>;
}

/**
 * One editor per item kind, keyed like the domain's `itemKinds`: a kind added to the domain fails the
 * type check here until it has an editor, and nothing else in the editor names kinds.
 */
export const itemEditors: { [K in ItemKindName]: ItemEditor<K> } = {
  article: articleEditor,
  video: videoEditor,
  file: fileEditor,
  class: classEditor,
};

/** The editor of an item of any kind (TypeScript cannot tie a union's kind to its entry by itself). */
export function itemEditorOf<K extends ItemKindName>(kind: K): ItemEditor<ItemKindName> {
  return itemEditors[kind] as unknown as ItemEditor<ItemKindName>;
}
