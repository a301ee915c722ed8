import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { startPeer } from '../../bench/peer/peer.js';

/**
 * The bench's plain grammY peer (bench/peer) survives a send that fails: its reply's connection to
 * the Bot API reset (a kept-alive socket the fake had closed) rejected the webhook handler with
 * nothing to catch it, the unhandled rejection ended the peer, and with it the whole intake bench.
 */
describe('bench peer', () => {
  it('answers 500 when its reply cannot be sent (the platform redelivers) and goes on serving', async () => {
    let reset = true;
    const api = createServer((req, res) => {
      if (reset) return void req.socket.destroy();
      req.resume();
      req.on('end', () => {
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ ok: true, result: { message_id: 1, date: 0, chat: { id: 1, type: 'private' } } }));
      });
    });
    await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
    const peer = await startPeer({ apiRoot: `http://127.0.0.1:${(api.address() as AddressInfo).port}`, token: '1:t', secret: 'peer-secret' });
    const post = (id: number) =>
      fetch(`${peer.url}/telegram/webhook`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': 'peer-secret' },
        body: JSON.stringify({
          update_id: id,
          message: { message_id: id, date: 0, text: 'Xin chào', from: { id: 42, is_bot: false, first_name: 'A' }, chat: { id: 42, type: 'private' } },
        }),
      }).then((r) => r.status);
    try {
      expect(await post(1)).toBe(500);
      reset = false;
      expect(await post(2)).toBe(200);
    } finally {
      await peer.stop();
      api.closeAllConnections();
      await new Promise<void>((resolve) => api.close(() => resolve()));
    }
  });
});
