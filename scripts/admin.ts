import { createInterface } from 'node:readline/promises';
import { loadConfig } from '../core/platform/config.js';
import { DataDirBusyError, openDatabase, type Database } from '../db/client.js';
import { auditCommand } from './admin/audit-command.js';
import { charterPublishCommand } from './admin/charter-command.js';
import { demoInvitesCommand } from './admin/demo-command.js';
import { UsageError, type AdminCommand } from './admin/context.js';
import { erasePersonCommand, exportPersonCommand } from './admin/privacy-commands.js';
import { bootstrapAdminCommand, importUnitsCommand, inviteCommand, peopleCommand } from './admin/people-commands.js';
import { importPeopleCommand } from './admin/network-commands.js';
import { meetingsCommand } from './admin/meetings-command.js';
import { materialsCommand } from './admin/materials-command.js';
import { networkCompositionCommand, networkTargetCommand } from './admin/network-target-commands.js';
import { escalationPolicyCommand, handlingPolicyCommand, zaloTokensCommand } from './admin/settings-commands.js';
import { playbookImportCommand } from './admin/playbook-command.js';
import { synthesisCommand } from './admin/synthesis-command.js';
import { surveyExportCommand, surveyImportCommand, surveyReportCommand } from './admin/survey-commands.js';
import { zaloConnectCommand } from './admin/zalo-connect.js';

/** `npm run admin -- <command> …` — name → command map; each command validates its own flags. */
const commands: Record<string, AdminCommand> = {
  'import-units': importUnitsCommand,
  invite: inviteCommand,
  'import-people': importPeopleCommand,
  targets: networkTargetCommand,
  composition: networkCompositionCommand,
  meetings: meetingsCommand,
  materials: materialsCommand,
  people: peopleCommand,
  'bootstrap-admin': bootstrapAdminCommand,
  audit: auditCommand,
  'export-person': exportPersonCommand,
  'erase-person': erasePersonCommand,
  'escalation-policy': escalationPolicyCommand,
  'handling-policy': handlingPolicyCommand,
  'playbook-import': playbookImportCommand,
  'charter-publish': charterPublishCommand,
  'zalo-tokens': zaloTokensCommand,
  'zalo-connect': zaloConnectCommand,
  synthesis: synthesisCommand,
  'survey-import': surveyImportCommand,
  'survey-export': surveyExportCommand,
  'survey-report': surveyReportCommand,
  'demo-invites': demoInvitesCommand,
};

function usage(): string {
  const lines = Object.values(commands).map((c) => `  ${c.usage}\n      ${c.summary}`);
  return `Cách dùng: npm run admin -- <lệnh> [tham số]\n\n${lines.join('\n')}`;
}

/** One line from the terminal; the interface is opened only when a command asks. */
async function ask(question: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return await rl.question(question);
  } finally {
    rl.close();
  }
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const command = name ? commands[name] : undefined;
  if (!command) {
    console.log(usage());
    return name && name !== 'help' ? 2 : 0;
  }
  const config = loadConfig();
  const out = (l: string) => console.log(l);
  let database: Database | null = null;
  try {
    database = await openDatabase({ url: config.DATABASE_URL, dataDir: config.DATA_DIR }).catch(async (err: unknown) => {
      if (!(err instanceof DataDirBusyError) || !command.whenDataDirBusy) throw err;
      await command.whenDataDirBusy(args, { config, out });
      return null;
    });
    if (!database) return 0;
    await database.migrate();
    await command.run(args, { db: database.db, config, out, ask });
    return 0;
  } catch (err) {
    if (err instanceof UsageError) {
      console.error(`Lỗi: ${err.message}\nCách dùng: npm run admin -- ${command.usage}`);
      return 2;
    }
    console.error(`Lỗi: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  } finally {
    await database?.close();
  }
}

process.exitCode = await main(process.argv.slice(2));
