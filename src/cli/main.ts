// `npx stem-widgets …`: the data keepers' tools. Built into dist/cli.js (vite build --mode cli).
import { Command, CommanderError } from 'commander';
import { VERSION } from '../core/version.js';
import { validateCommand } from './validate-command.js';
import { importCommand } from './import-command.js';
import { templatesCommand } from './templates-command.js';

const program = new Command('stem-widgets')
  .description('Check and build stem-widgets data documents.')
  .version(VERSION)
  // A mistyped command or option is exit code 2, like an unreadable file: not "issues found".
  .exitOverride();

program
  .command('validate')
  .description('check documents with the widgets’ own validator; exit code 0 valid, 1 issues, 2 unreadable')
  .argument('<files-or-urls...>', 'JSON files, or http(s) addresses')
  .option('--json', 'print machine-readable JSON')
  .option('--strict', 'also list properties the contract does not know, and count them as problems')
  .action(async (inputs: string[], options: { json?: boolean; strict?: boolean }) => {
    process.exitCode = await validateCommand(inputs, options);
  });

program
  .command('import')
  .description(
    'build a document from an Excel workbook with a sheet per section, or from the CSV files in a folder (fields.csv, institutions.csv, programs.csv, sources.csv, outcomes.csv, members.csv)',
  )
  .argument('<folder-or-workbook>', 'a .xlsx workbook, or the folder holding the CSV files (or one .xlsx workbook)')
  .requiredOption('--publisher <name>', 'who publishes the data, such as "Maryland STEM Consortium"')
  .option('--publisher-url <url>', 'the publisher’s website')
  .option('--date <date>', 'the date the data was last changed (YYYY-MM-DD); today by default')
  .option('-o, --out <file>', 'write the document here (default: standard output)')
  .option('--force', 'replace the --out file when it is there (never one of the files being imported)')
  .option('--day-first', 'the sheets write dates day first (30/08/2027); by default 8/30/2027 is read the US way, month first')
  .option('--language <tag>', 'the language the sheets are written in, such as es (the document’s "language"); English by default')
  .action(
    async (
      dir: string,
      options: { publisher: string; publisherUrl?: string; date?: string; out?: string; dayFirst?: boolean; force?: boolean },
    ) => {
      process.exitCode = await importCommand(dir, options);
    },
  );

program
  .command('templates')
  .description(
    'write the CSV templates, each with its header row and one example row; with --xlsx, one Excel workbook (stem-widgets-data.xlsx) with a sheet per section instead',
  )
  .argument('<folder>', 'where to write them')
  .option('--xlsx', 'write one workbook, a sheet per section, with notes on the columns and drop-down lists')
  .option('--force', 'replace files that are already there')
  .action(async (dir: string, options: { force?: boolean; xlsx?: boolean }) => {
    process.exitCode = await templatesCommand(dir, options);
  });

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (!(e instanceof CommanderError)) throw e;
  process.exitCode = e.exitCode === 0 ? 0 : 2;
}
