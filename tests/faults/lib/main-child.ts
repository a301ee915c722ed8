import { main } from '../../../bot/main.js';

/**
 * The whole bot as `npm start` runs it (bot/main.ts: channels from the environment, intake,
 * in-process workers), in its own process for the fault suite. Prints "ready <port>".
 */
const sys = await main(process.env);
process.stdout.write(`ready ${sys.port}\n`);
process.once('SIGTERM', () => {
  void sys.stop().then(() => process.exit(0));
});
