import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { Bot, session, webhookCallback, type Context, type SessionFlavor, type StorageAdapter } from 'grammy';
import { PsqlAdapter } from '@grammyjs/storage-psql';
import pg from 'pg';
import { countSocketWrites } from '../lib/cost-meter.js';

/**
 * The plain grammY bot a developer would write instead of this project (issue 16), the yardstick
 * of `npm run bench -- intake`: grammY's `webhookCallback` on `node:http`, `session()` stored
 * with `@grammyjs/storage-psql` over a `pg` pool of 10, a three-question conversation, a report
 * row written at the end, `ctx.reply` to the (fake) Bot API before the webhook is answered.
 * It has none of dlxh-bot's guarantees: no update deduplication, no per-user lock (two updates
 * of one user race on the session), session and report not in one transaction, a reply lost
 * when the Bot API call fails after the session was saved.
 *
 * Run as its own process (bench/peer/peer.ts forks it); answers `PeerReady`, then serves until
 * 'stop'. `{ count: 'start' | 'stop' }` brackets a phase: the answer is the Postgres socket writes
 * in it and the updates handled.
 */
export interface PeerSpec {
  databaseUrl: string;
  apiRoot: string;
  token: string;
  secret: string;
  /** Answer the update with the reply as the webhook response (grammY's webhook reply) instead of a Bot API call. */
  webhookReply?: boolean;
}

export interface PeerReady {
  url: string;
  pid: number;
}

export interface PeerCount {
  pgWrites: number;
  updates: number;
}

interface PeerSession {
  step: number;
  answers: string[];
}

type PeerContext = Context & SessionFlavor<PeerSession>;

const QUESTIONS = ['Chủ đề của báo cáo là gì?', 'Sự việc xảy ra ở đâu?', 'Mô tả ngắn gọn sự việc.'];
const BOT_INFO = {
  id: 7_012_345_678,
  is_bot: true as const,
  first_name: 'Peer Bot',
  username: 'peer_bench_bot',
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
  can_manage_bots: false,
  supports_join_request_queries: false,
};

async function startPeer(spec: PeerSpec): Promise<{ ready: PeerReady; count(what: 'start' | 'stop'): PeerCount; close(): Promise<void> }> {
  const pool = new pg.Pool({ connectionString: spec.databaseUrl, max: 10 });
  await pool.query(
    'create table if not exists peer_reports (id bigserial primary key, chat_id bigint not null, answers jsonb not null, created_at timestamptz not null default now())',
  );
  const storage = (await PsqlAdapter.create({ tableName: 'sessions', client: pool as unknown as pg.Client })) as unknown as StorageAdapter<PeerSession>;
  const bot = new Bot<PeerContext>(spec.token, {
    botInfo: BOT_INFO,
    client: { apiRoot: spec.apiRoot, ...(spec.webhookReply ? { canUseWebhookReply: (method: string) => method === 'sendMessage' } : {}) },
  });
  let updates = 0;
  bot.use((ctx, next) => {
    updates++;
    return next();
  });
  bot.use(session({ initial: (): PeerSession => ({ step: 0, answers: [] }), storage }));
  bot.on('message:text', async (ctx) => {
    const s = ctx.session;
    if (s.step > 0) s.answers.push(ctx.message.text);
    if (s.step < QUESTIONS.length) {
      await ctx.reply(QUESTIONS[s.step]!);
      s.step++;
      return;
    }
    await pool.query('insert into peer_reports (chat_id, answers) values ($1, $2)', [ctx.chat.id, JSON.stringify(s.answers)]);
    ctx.session = { step: 0, answers: [] };
    await ctx.reply('Đã nhận báo cáo. Cảm ơn bạn!');
  });
  const handle = webhookCallback(bot, 'http', { secretToken: spec.secret, timeoutMilliseconds: 30_000 });
  const server = createServer((req, res) => {
    if (req.method !== 'POST' || req.url !== '/telegram/webhook') {
      res.writeHead(404).end();
      return;
    }
    // A reply that could not be sent (the fake Bot API reset a kept-alive socket) fails the update,
    // as grammY without bot.catch does: answered 500, so the platform redelivers. Left to reject, it
    // ended the peer and the whole intake bench.
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500).end();
      else res.destroy();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const pgPort = Number(new URL(spec.databaseUrl).port || 5432);
  let counter = countSocketWrites(pgPort);
  let updatesAt = 0;
  return {
    ready: { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, pid: process.pid },
    count(what) {
      if (what === 'start') {
        counter = countSocketWrites(pgPort);
        updatesAt = updates;
        return { pgWrites: 0, updates: 0 };
      }
      return { pgWrites: counter(), updates: updates - updatesAt };
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
      await pool.end();
    },
  };
}

// Only as the forked entry point: importing this module starts nothing.
if (process.send && import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.once('message', (spec: PeerSpec) => {
    startPeer(spec).then(
      (peer) => {
        process.send!(peer.ready);
        process.on('message', (m: unknown) => {
          if (m === 'stop') void peer.close().then(() => process.exit(0));
          else if (typeof m === 'object' && m !== null && 'count' in m) process.send!(peer.count((m as { count: 'start' | 'stop' }).count));
        });
      },
      (err: unknown) => {
        console.error(err);
        process.exit(1);
      },
    );
  });
}
