import { pathToFileURL } from 'node:url';
import { openDatabase } from '../../db/client.js';
import { startIntakeServer, type IntakeServerOptions } from './intake-server.js';

/**
 * The bot's HTTP side (./intake-server.ts) in a process of its own, for the soak bench: its
 * memory is then the bot's alone. Takes the options with a database URL instead of a client,
 * answers { url }; on 'stop' answers { outcomes } and exits.
 */
export type IntakeServerChildOptions = Omit<IntakeServerOptions, 'db'> & { databaseUrl: string; pool: number };

async function serve(o: IntakeServerChildOptions): Promise<void> {
  const database = await openDatabase({ url: o.databaseUrl, max: o.pool });
  const server = await startIntakeServer({ ...o, db: database.db });
  // The start → commit samples are the intake bench's; kept for hours they would look like a leak here.
  setInterval(() => (server.samples.length = 0), 1000).unref();
  process.send!({ url: server.url });
  process.on('message', (m) => {
    if (m !== 'stop') return;
    void (async () => {
      await server.close();
      await database.close();
      process.send!({ outcomes: server.outcomes }, () => process.exit(0));
    })();
  });
}

// Only as the forked entry point: importing this module starts nothing.
if (process.send && import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.once('message', (o: IntakeServerChildOptions) => {
    serve(o).catch((err: unknown) => {
      console.error(err);
      process.exit(1);
    });
  });
}
