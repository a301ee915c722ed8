import type { PageCtx } from '../page-context.js';

export interface MediaItem {
  id: string;
  kind: string;
  fileName: string | null;
  mimeType: string | null;
  storedPath: string | null;
  status: string;
}

/** Attachments of an alert or a report: kept photos shown, voice notes and videos playable, other files to download. */
export function MediaList(props: { ctx: PageCtx; items: MediaItem[] }) {
  const t = props.ctx.t;
  if (props.items.length === 0) return <p>{t('con-none')}</p>;
  return (
    <ul class="media">
      {props.items.map((m, i) => {
        const src = `/console/media/${m.id}`;
        const name = `${t(`con-media-${m.kind}`)} ${i + 1}`;
        const kept = m.status === 'stored' && !!m.storedPath;
        const type = m.mimeType ?? '';
        if (kept && type.startsWith('image/'))
          return (
            <li>
              <a href={src}>
                <img src={src} alt={m.fileName ?? name} loading="lazy" />
              </a>
            </li>
          );
        if (kept && type.startsWith('audio/'))
          return (
            <li>
              <audio controls preload="none" src={src} aria-label={name}></audio> <a href={src}>{t('con-download')}</a>
            </li>
          );
        if (kept && type.startsWith('video/'))
          return (
            <li>
              <video controls preload="none" src={src} aria-label={name}></video> <a href={src}>{t('con-download')}</a>
            </li>
          );
        return (
          <li>
            {name}
            {m.fileName ? `: ${m.fileName}` : ''}{' '}
            {kept ? <a href={src}>{t('con-download')}</a> : `(${t(m.status === 'pending' ? 'con-media-pending' : `media-status-${m.status}`)})`}
          </li>
        );
      })}
    </ul>
  );
}
