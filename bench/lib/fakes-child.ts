import { pathToFileURL } from 'node:url';
import { startFakeTelegram } from '../../testkit/fake-telegram.js';
import { startFakeZalo } from '../../testkit/fake-zalo.js';

/**
 * The fake Telegram Bot API and Zalo OA API in a process of their own (bench/lib/load.ts forks
 * it): replies go over real HTTP, but serving them costs the measured server nothing.
 * Answers { telegram: {url, token}, zalo: {url, appId, accessToken} }, then waits for 'stop'.
 */
export interface FakeEndpoints {
  telegram: { url: string; token: string };
  zalo: { url: string; appId: string; accessToken: string };
}

// Only as the forked entry point: importing this module (tests do) starts nothing.
if (process.send && import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const telegram = await startFakeTelegram({ record: false });
  const zalo = await startFakeZalo();
  const pair = zalo.issuePair();
  // The fake keeps every accepted message; a long bench needs none of them.
  setInterval(() => (zalo.messages.length = 0), 1000).unref();
  const endpoints: FakeEndpoints = {
    telegram: { url: telegram.url, token: telegram.token },
    zalo: { url: zalo.url, appId: zalo.appId, accessToken: pair.accessToken },
  };
  process.send(endpoints);
  process.on('message', async (m) => {
    if (m !== 'stop') return;
    await telegram.close();
    await zalo.close();
    process.exit(0);
  });
}
