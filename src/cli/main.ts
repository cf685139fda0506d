// The `lotse` command line: start the server, run migrations, import and export the Vorhabenliste, sync
// council information systems, manage staff accounts.
// Every command works on the same database as the server (embedded or DATABASE_URL), whether or
// not the server is running.
import { Command, Option } from 'commander';
import { ConfigError, loadConfig } from '../config.js';

// Each command loads its code when it runs: `lotse --help` needs none of it (the server alone pulls in
// most of the application).
const backupCommand: typeof import('./backup.command.js').backupCommand = async (...args) =>
  (await import('./backup.command.js')).backupCommand(...args);
const restoreCommand: typeof import('./backup.command.js').restoreCommand = async (...args) =>
  (await import('./backup.command.js')).restoreCommand(...args);
const exportCommand: typeof import('./export.command.js').exportCommand = async (...args) =>
  (await import('./export.command.js')).exportCommand(...args);
const importCommand: typeof import('./import.command.js').importCommand = async (...args) =>
  (await import('./import.command.js')).importCommand(...args);
const oparlSyncCommand: typeof import('./oparl.command.js').oparlSyncCommand = async (...args) =>
  (await import('./oparl.command.js')).oparlSyncCommand(...args);
const migrateCommand: typeof import('./migrate.command.js').migrateCommand = async (...args) =>
  (await import('./migrate.command.js')).migrateCommand(...args);
const startCommand: typeof import('./start.command.js').startCommand = async (...args) =>
  (await import('./start.command.js')).startCommand(...args);
const userAddCommand: typeof import('./user.command.js').userAddCommand = async (...args) =>
  (await import('./user.command.js')).userAddCommand(...args);
const userListCommand: typeof import('./user.command.js').userListCommand = async (...args) =>
  (await import('./user.command.js')).userListCommand(...args);
const userResetSecondFactorCommand: typeof import('./user.command.js').userResetSecondFactorCommand = async (...args) =>
  (await import('./user.command.js')).userResetSecondFactorCommand(...args);

/**
 * One-shot commands end the process explicitly with their code: the embedded database's exit hooks
 * would otherwise replace a failing exit code with 0.
 */
function exit(code: number): never {
  process.exit(code);
}

const program = new Command('lotse')
  .description('Lotse: the open platform of the Smarte Grenzregion (Vorhabenliste, participation, funding).')
  .showHelpAfterError();

program
  .command('start')
  .description('Start the web server (migrates the database first); production settings unless NODE_ENV says otherwise')
  .option('--demo', 'try Lotse out: development settings (demo data on an empty database, e-mails printed here) unless NODE_ENV is set')
  .action((opts: { demo?: boolean }) => startCommand(loadConfig(opts.demo ? { NODE_ENV: 'development', ...process.env } : process.env)));

program
  .command('migrate')
  .description('Bring the database schema up to date')
  .action(async () => exit(await migrateCommand(loadConfig())));

const importer = program.command('import').description('Import data');
importer
  .command('vorhabenliste')
  .description('Import a project register (Vorhabenliste: CSV with German headers, or JSON in the API shape). All rows or none.')
  .argument('<file>', 'path of the CSV or JSON file')
  .option('--dry-run', 'only report what would change')
  .addOption(new Option('--format <format>', 'file format (default: from the file name or content)').choices(['csv', 'json']))
  .action(async (file: string, opts: { dryRun?: boolean; format?: 'csv' | 'json' }) => exit(await importCommand(loadConfig(), file, opts)));

const exporter = program.command('export').description('Export data');
exporter
  .command('vorhabenliste')
  .description('Export the Vorhabenliste in the import format (CSV by default)')
  .addOption(new Option('--format <format>', 'file format').choices(['csv', 'json']).default('csv'))
  .option('-o, --output <file>', 'write to this file instead of standard output')
  .option('--include-drafts', 'include drafts (not public)')
  .action(async (opts: { format: 'csv' | 'json'; output?: string; includeDrafts?: boolean }) =>
    exit(await exportCommand(loadConfig(), opts)),
  );

program
  .command('backup')
  .description(
    'Write the whole installation (database, uploaded files, queued jobs) as of one moment to an archive; the server may keep running',
  )
  .argument('<file>', 'the archive to write (.tar.gz); an existing file is never overwritten')
  .action(async (file: string) => exit(await backupCommand(loadConfig(), file)));

program
  .command('restore')
  .description('Restore an archive of `lotse backup` into an empty installation (stop the servers first)')
  .argument('<file>', 'the archive (.tar.gz)')
  .option('--force', 'replace the data of an installation in use (everything in it is lost)')
  .action(async (file: string, opts: { force?: boolean }) => exit(await restoreCommand(loadConfig(), file, opts)));

const oparl = program.command('oparl').description("Council information systems (OParl): the councils' papers, meetings and deliberations");
oparl
  .command('sync')
  .description(
    "Sync a municipality's council information system now: only what changed since the last complete run, unless --full; an interrupted run goes on where it stopped",
  )
  .argument('<municipality>', 'the municipality (its slug, e.g. flensburg)')
  .option('--url <system-url>', "the OParl System's address; stored for the municipality (a new address forgets the chosen body)")
  .option('--full', 'read every list from the start instead of only the changes')
  .action(async (municipality: string, opts: { url?: string; full?: boolean }) =>
    exit(await oparlSyncCommand(loadConfig(), municipality, opts)),
  );

const users = program.command('user').description('Staff accounts');
users
  .command('add')
  .description('Create a staff account with one role')
  .requiredOption('--email <email>', 'e-mail address (the sign-in name)')
  .requiredOption('--role <role>', 'admin, agency, coordinator, editor, moderator, finance or reviewer')
  .option('--municipality <slug>', 'for coordinator and editor: the municipality they act for (e.g. flensburg)')
  .option('--name <name>', 'display name')
  .option('--password-stdin', 'read the password from standard input (at least 12 characters)')
  .action(async (opts: { email: string; role: string; municipality?: string; name?: string; passwordStdin?: boolean }) =>
    exit(await userAddCommand(loadConfig(), opts)),
  );
users
  .command('list')
  .description('List staff accounts with their roles')
  .action(async () => exit(await userListCommand(loadConfig())));
users
  .command('reset-second-factor')
  .description("Remove a staff account's second factor and recovery codes (a lost phone); the person is signed out everywhere")
  .requiredOption('--email <email>', 'e-mail address of the account')
  .action(async (opts: { email: string }) => exit(await userResetSecondFactorCommand(loadConfig(), opts)));

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof ConfigError) {
    console.error(err.message);
    process.exit(2);
  }
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
}
