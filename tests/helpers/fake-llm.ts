import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for an OpenAI-compatible chat-completions server (POST /v1/chat/completions,
 * `{ model, messages, stream }` in, `{ choices: [{ message: { content } }] }` out). `mode`
 * decides the answer: a good one, a slow one, malformed JSON, an HTTP error, or a streamed
 * (server-sent events) answer although `stream: false` was asked.
 */
export type FakeLlmMode = 'ok' | 'slow' | 'malformed' | 'http_error' | 'sse' | 'bad_refs';

export interface FakeLlm {
  url: string;
  mode: FakeLlmMode;
  content: string;
  requests: { path: string; auth: string | undefined; body: { model: string; stream: boolean; messages: { role: string; content: string }[] } }[];
  close(): Promise<void>;
}

const completion = (content: string) =>
  JSON.stringify({ id: 'chatcmpl-1', object: 'chat.completion', choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }] });

async function bodyOf(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startFakeLlm(content: string): Promise<FakeLlm> {
  const fake: FakeLlm = { url: '', mode: 'ok', content, requests: [], close: async () => {} };
  const server: Server = createServer((req, res) => {
    void (async () => {
      const raw = await bodyOf(req);
      fake.requests.push({ path: req.url ?? '', auth: req.headers.authorization, body: JSON.parse(raw) });
      if (req.method !== 'POST' || req.url !== '/v1/chat/completions') return void res.writeHead(404).end();
      switch (fake.mode) {
        case 'ok':
          return void res.writeHead(200, { 'content-type': 'application/json' }).end(completion(fake.content));
        case 'bad_refs':
          return void res
            .writeHead(200, { 'content-type': 'application/json' })
            .end(completion(JSON.stringify({ assessment: [{ text: 'Không có căn cứ.', refs: ['XX-1'] }] })));
        case 'malformed':
          return void res.writeHead(200, { 'content-type': 'application/json' }).end(completion('Đây là đánh giá của tôi, không phải JSON.'));
        case 'http_error':
          return void res.writeHead(500, { 'content-type': 'application/json' }).end('{"error":{"message":"model overloaded"}}');
        case 'sse':
          res.writeHead(200, { 'content-type': 'text/event-stream' });
          res.write(`data: ${JSON.stringify({ choices: [{ delta: { content: '{"assessment"' } }] })}\n\n`);
          return void res.end('data: [DONE]\n\n');
        case 'slow':
          // Headers, then nothing: the client's timeout must end it.
          res.writeHead(200, { 'content-type': 'application/json' });
          res.write('{"choices": [');
          return;
      }
    })();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  fake.close = () =>
    new Promise<void>((r) => {
      server.closeAllConnections();
      server.close(() => r());
    });
  return fake;
}
