import type { MediaKind } from '../kernel/messages.js';

/**
 * The content type a file's own first bytes show, or null when they match nothing we keep. What
 * the sender (or the platform) declared is not trusted: a ".jpg" that is an executable is refused.
 */
export function sniffType(b: Uint8Array): string | null {
  const at = (offset: number, ...bytes: number[]) => bytes.every((x, i) => b[offset + i] === x);
  const ascii = (offset: number, text: string) => at(offset, ...[...text].map((c) => c.charCodeAt(0)));
  if (at(0, 0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (at(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (ascii(0, 'GIF87a') || ascii(0, 'GIF89a')) return 'image/gif';
  if (ascii(0, 'RIFF') && ascii(8, 'WEBP')) return 'image/webp';
  if (ascii(0, '%PDF-')) return 'application/pdf';
  if (ascii(0, 'OggS')) return 'audio/ogg';
  if (ascii(0, 'ID3') || (b[0] === 0xff && ((b[1] ?? 0) & 0xe0) === 0xe0)) return 'audio/mpeg';
  if (ascii(4, 'ftyp')) return ascii(8, 'M4A ') ? 'audio/mp4' : 'video/mp4';
  if (at(0, 0x50, 0x4b, 0x03, 0x04)) return 'application/zip';
  if (at(0, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return 'application/msword';
  return null;
}

/** A photo must be an image and a voice note audio; documents and videos may be any kept type. */
export function fitsKind(kind: MediaKind, type: string): boolean {
  if (kind === 'photo') return type.startsWith('image/');
  if (kind === 'voice') return type.startsWith('audio/');
  return true;
}

/** How the console serves a kept type: images, audio and video inline, everything else as a download. */
export function servedInline(type: string): boolean {
  return /^(image|audio|video)\//.test(type);
}
