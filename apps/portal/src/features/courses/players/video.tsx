import { useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { PlayerProps } from './types';
import { playedRanges, shareToSend, watchedShare } from './video-progress';

/**
 * A video lesson. An uploaded file plays here (`/uploads/{id}`, served with byte ranges) and reports the
 * share actually watched as `video.progress`, every tenth and at the end; at 90 % it is complete. Skipping
 * ahead is not watching (see `watchedShare`). A link to a video elsewhere cannot play inside the portal
 * (its Content-Security-Policy allows media from this site only), so it opens in a new tab and the
 * learner says when they have watched it.
 */
export function VideoPlayer(props: PlayerProps<'video'>) {
  return props.item.source.kind === 'upload' ? <UploadedVideo {...props} uploadId={props.item.source.uploadId} /> : <LinkedVideo {...props} />;
}

function UploadedVideo({ item, state, record, uploadId }: PlayerProps<'video'> & { uploadId: string }) {
  // What earlier visits watched, as the page found it: the state that this visit's own reports then update
  // must not count again (the player is keyed by item, so each item starts afresh).
  const [earlier] = useState(state?.watched ?? 0);
  const sent = useRef(earlier);

  const report = (video: HTMLVideoElement, ended = false) => {
    if (!Number.isFinite(video.duration) || video.duration <= 0) return;
    const send = shareToSend(sent.current, watchedShare(playedRanges(video), video.duration, earlier), ended);
    if (send === null) return;
    sent.current = send;
    void record({ kind: 'video.progress', itemId: item.id, fraction: send });
  };

  return (
    <div className="player player--video">
      {/* biome-ignore lint/a11y/useMediaCaption: lesson videos are uploaded without caption tracks; their titles and the article beside carry the text */}
      <video
        className="player__video"
        data-testid="video"
        src={`/uploads/${uploadId}`}
        controls
        preload="metadata"
        playsInline
        onTimeUpdate={(event) => report(event.currentTarget)}
        onEnded={(event) => report(event.currentTarget, true)}
      />
      <WatchedShare watched={state?.watched ?? 0} completed={state?.status === 'completed'} />
    </div>
  );
}

function LinkedVideo({ item, state, record }: PlayerProps<'video'>) {
  const url = item.source.kind === 'link' ? item.source.url : '';
  const completed = state?.status === 'completed';
  return (
    <div className="player player--video">
      <p>
        <a className="button button--secondary" href={url} target="_blank" rel="noopener noreferrer" data-testid="video-link">
          <FormattedMessage id="courses.video.openLink" />
        </a>
      </p>
      {!completed && (
        <button type="button" className="button" onClick={() => void record({ kind: 'video.progress', itemId: item.id, fraction: 1 })}>
          <FormattedMessage id="courses.video.watchedElsewhere" />
        </button>
      )}
      <WatchedShare watched={state?.watched ?? 0} completed={completed} />
    </div>
  );
}

function WatchedShare({ watched, completed }: { watched: number; completed: boolean }) {
  const intl = useIntl();
  return (
    <p className={completed ? 'badge badge--ok' : 'muted'} data-testid="video-watched">
      <FormattedMessage
        id={completed ? 'courses.video.completed' : 'courses.video.watched'}
        values={{ share: intl.formatNumber(watched, { style: 'percent', maximumFractionDigits: 0 }) }}
      />
    </p>
  );
}
