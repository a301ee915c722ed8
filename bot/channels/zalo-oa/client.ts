import { FormData } from 'undici';
import { createZaloHttp, type ZaloHttpOptions } from './http.js';

/** Button kinds we send (reference §2.3); phone/SMS buttons are not needed by this product. */
export type ZaloButton = { type: 'oa.query.show' | 'oa.query.hide'; title: string; payload: string } | { type: 'oa.open.url'; title: string; url: string };

type ZaloImage = { url: string } | { attachmentId: string };

export interface ZaloSent {
  messageId: string;
  userId: string;
}

interface ZaloProfile {
  userId: string;
  displayName: string;
  isFollower: boolean;
  /** "DD/MM/YYYY" as Zalo sends it, when present. */
  lastInteractionDate?: string;
  avatar?: string;
}

interface ZaloFollowerPage {
  total: number;
  offset: number;
  userIds: string[];
}

export interface ZaloOaClient {
  sendText(userId: string, text: string): Promise<ZaloSent>;
  /** Text with up to 5 buttons. */
  sendButtons(userId: string, text: string, buttons: ZaloButton[]): Promise<ZaloSent>;
  sendImage(userId: string, image: ZaloImage, caption?: string): Promise<ZaloSent>;
  /** `fileToken` comes from `uploadFile`. */
  sendFile(userId: string, fileToken: string): Promise<ZaloSent>;
  /** jpg/png ≤ 1 MB → attachment_id (expires after ~7 days). */
  uploadImage(bytes: Uint8Array, fileName: string, mimeType?: string): Promise<string>;
  /** pdf/doc/docx ≤ 5 MB → file token (expires after ~7 days). */
  uploadFile(bytes: Uint8Array, fileName: string, mimeType?: string): Promise<string>;
  getProfile(userId: string): Promise<ZaloProfile>;
  /** One page of the follower list; `count` ≤ 50. */
  getFollowers(page?: { offset?: number; count?: number }): Promise<ZaloFollowerPage>;
  /** Every follower id, page by page (Zalo caps offsets near 10,000). */
  followers(pageSize?: number): AsyncGenerator<string>;
}

const ZALO_FOLLOWERS_MAX_PAGE = 50;

interface CsResult {
  message_id?: string;
  user_id?: string;
}

/** Our typed Zalo OA client on undici; no third-party SDK (reference §7). */
export function createZaloOaClient(opts: ZaloHttpOptions): ZaloOaClient {
  const call = createZaloHttp(opts);
  const cs = async (userId: string, message: Record<string, unknown>): Promise<ZaloSent> => {
    const data = await call<CsResult>({ method: 'POST', path: '/v3.0/oa/message/cs', json: { recipient: { user_id: userId }, message } });
    return { messageId: String(data?.message_id ?? ''), userId: String(data?.user_id ?? userId) };
  };
  const upload = (kind: 'image' | 'file') => async (bytes: Uint8Array, fileName: string, mimeType?: string) => {
    const form = new FormData();
    form.append('file', new Blob([bytes], mimeType ? { type: mimeType } : {}), fileName);
    const data = await call<{ attachment_id?: string; token?: string }>({ method: 'POST', path: `/v2.0/oa/upload/${kind}`, form });
    const id = kind === 'image' ? data?.attachment_id : data?.token;
    if (!id) throw new Error(`Zalo upload/${kind} returned no id`);
    return id;
  };
  const client: ZaloOaClient = {
    sendText: (userId, text) => cs(userId, { text }),
    sendButtons: (userId, text, buttons) => cs(userId, { text, attachment: { type: 'template', payload: { buttons: buttons.map(wireButton) } } }),
    sendImage: (userId, image, caption) => cs(userId, imageMessage(image, caption)),
    sendFile: (userId, fileToken) => cs(userId, { attachment: { type: 'file', payload: { token: fileToken } } }),
    uploadImage: upload('image'),
    uploadFile: upload('file'),
    async getProfile(userId) {
      const d = await call<Record<string, unknown>>({ method: 'GET', path: '/v3.0/oa/user/detail', data: { user_id: userId } });
      return toProfile(d ?? {}, userId);
    },
    async getFollowers(page = {}) {
      const count = Math.min(page.count ?? ZALO_FOLLOWERS_MAX_PAGE, ZALO_FOLLOWERS_MAX_PAGE);
      const offset = page.offset ?? 0;
      const d = await call<{ total?: number; users?: { user_id: string }[] }>({
        method: 'GET',
        path: '/v3.0/oa/user/getlist',
        data: { offset, count, is_follower: true },
      });
      return { total: Number(d?.total ?? 0), offset, userIds: (d?.users ?? []).map((u) => String(u.user_id)) };
    },
    async *followers(pageSize = ZALO_FOLLOWERS_MAX_PAGE) {
      for (let offset = 0; ;) {
        const page = await client.getFollowers({ offset, count: pageSize });
        yield* page.userIds;
        offset += page.userIds.length;
        if (page.userIds.length === 0 || offset >= page.total) return;
      }
    },
  };
  return client;
}

function wireButton(b: ZaloButton): Record<string, unknown> {
  if (b.type === 'oa.open.url') return { title: b.title, type: b.type, payload: { url: b.url } };
  return { title: b.title, type: b.type, payload: b.payload };
}

function imageMessage(image: ZaloImage, caption?: string): Record<string, unknown> {
  const element = 'url' in image ? { media_type: 'image', url: image.url } : { media_type: 'image', attachment_id: image.attachmentId };
  const message: Record<string, unknown> = { attachment: { type: 'template', payload: { template_type: 'media', elements: [element] } } };
  if (caption) message.text = caption;
  return message;
}

function toProfile(d: Record<string, unknown>, userId: string): ZaloProfile {
  const avatar = typeof d.avatar === 'string' ? d.avatar : undefined;
  const last = typeof d.user_last_interaction_date === 'string' ? d.user_last_interaction_date : undefined;
  return {
    userId: String(d.user_id ?? userId),
    displayName: String(d.display_name ?? ''),
    isFollower: d.user_is_follower === true || d.user_is_follower === 'true',
    ...(last ? { lastInteractionDate: last } : {}),
    ...(avatar ? { avatar } : {}),
  };
}
