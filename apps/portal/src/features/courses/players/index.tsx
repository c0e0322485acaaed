import type { ItemKindName } from '@gorod/sdk';
import type { ComponentType } from 'react';
import { ArticlePlayer } from './article';
import { ClassPlayer } from './class';
import { FilePlayer } from './file';
import type { PlayerProps } from './types';
import { VideoPlayer } from './video';

/** The player of each item kind. A new kind (a quiz) is its own player file and one line here. */
const players: { [K in ItemKindName]: ComponentType<PlayerProps<K>> } = {
  article: ArticlePlayer,
  video: VideoPlayer,
  file: FilePlayer,
  class: ClassPlayer,
};

/**
 * Shows an item with its kind's player. Keyed by the item: going on to the next lesson of the same kind
 * starts its player afresh, never with what the previous one kept (a video's reports).
 */
export function Player(props: PlayerProps<ItemKindName>) {
  const KindPlayer = players[props.item.kind] as ComponentType<PlayerProps<ItemKindName>>;
  return <KindPlayer key={props.item.id} {...props} />;
}
