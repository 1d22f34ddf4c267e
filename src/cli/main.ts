// `npx stem-widgets …`: the data keepers' tools. Built into dist/cli.js (vite build --mode cli).
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { VERSION } from '../core/version.js';
import { msg, str } from '../i18n/msg.js';
import { validateCommand } from './validate-command.js';
import { importCommand, type ImportOptions } from './import-command.js';
import { templatesCommand } from './templates-command.js';
import { cliLanguage, isCliLanguage, speak } from './language.js';

// Known before commander parses: it writes the help and its errors while parsing.
const lang = cliLanguage(process.argv.slice(2), process.env);
const say = <T>(fn: () => T): T => speak(lang, fn);

/** Commander's headings, as it hands them to styleTitle. */
const TITLES: Record<string, () => string> = {
  'Usage:': () => msg('Usage:'),
  'Arguments:': () => msg('Arguments:'),
  'Options:': () => msg('Options:'),
  'Global Options:': () => msg('Global Options:'),
  'Commands:': () => msg('Commands:'),
};

/** Commander's own error lines (its English, from lib/command.js), in this run's language. */
const COMMANDER_ERRORS: [RegExp, (...parts: string[]) => string][] = [
  [/^error: unknown command '(.*)'$/, (name) => msg(str`error: unknown command '${name}'`)],
  [/^error: unknown option '(.*)'$/, (flag) => msg(str`error: unknown option '${flag}'`)],
  [/^error: missing required argument '(.*)'$/, (name) => msg(str`error: missing required argument '${name}'`)],
  [/^error: option '(.*)' argument missing$/, (flags) => msg(str`error: option '${flags}' argument missing`)],
  [/^error: required option '(.*)' not specified$/, (flags) => msg(str`error: required option '${flags}' not specified`)],
  [
    /^error: option '(.*)' argument '(.*)' is invalid\. (.*)$/,
    (flags, value, why) => msg(str`error: option '${flags}' argument '${value}' is invalid. ${why}`),
  ],
  [
    /^error: too many arguments for '(.*)'\. Expected (\d+) arguments? but got (\d+)\.$/,
    (name, expected, got) => msg(str`error: too many arguments for '${name}': it takes ${expected}, and ${got} were given.`),
  ],
  [/^\(Did you mean one of (.*)\?\)$/, (names) => msg(str`(Did you mean one of ${names}?)`)],
  [/^\(Did you mean (.*)\?\)$/, (name) => msg(str`(Did you mean ${name}?)`)],
];

function commanderError(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      for (const [pattern, words] of COMMANDER_ERRORS) {
        const match = pattern.exec(line);
        if (match) return words(...match.slice(1));
      }
      return line;
    })
    .join('\n');
}

function parseLanguage(value: string): string {
  if (!isCliLanguage(value)) throw new InvalidArgumentError(say(() => msg('--lang takes en (English) or es (Spanish).')));
  return value;
}

// Descriptions, argument names and value names are made in the run's language; the commands'
// and options' own names are what a person types, and stay as they are. No message holds < or >:
// lit-localize 0.8 writes them into the Spanish catalogue as &lt; and &gt; (lit/lit#5012).
const program = say(() => {
  const root = new Command('stem-widgets')
    .description(msg('Check and build stem-widgets data documents.'))
    .version(VERSION, '-V, --version', msg('output the version number'))
    // Before the commands: each copies the help option and command, and the output, when made.
    .helpOption('-h, --help', msg('display help for command'))
    .helpCommand(`help ${msg('[command]')}`, msg('display help for command'))
    .option(
      `--lang <${msg('language')}>`,
      msg('the language of the messages: en (English) or es (Spanish); by default the environment’s (LC_ALL, LC_MESSAGES or LANG)'),
      parseLanguage,
    )
    .configureHelp({
      showGlobalOptions: true,
      styleTitle: (title) => say(() => TITLES[title]?.() ?? title),
      styleOptionText: (text) => (text === '[options]' ? say(() => msg('[options]')) : text),
      styleSubcommandText: (text) => (text === '[command]' ? say(() => msg('[command]')) : text),
    })
    .configureOutput({ outputError: (text, write) => write(say(() => commanderError(text))) })
    // A mistyped command or option is exit code 2, like an unreadable file: not "issues found".
    .exitOverride();

  root
    .command('validate')
    .description(msg('check documents with the widgets’ own validator; exit code 0 valid, 1 issues, 2 unreadable'))
    .argument(`<${msg('files-or-urls')}...>`, msg('JSON files, or http(s) addresses'))
    .option('--json', msg('print machine-readable JSON'))
    .option('--strict', msg('also list properties the contract does not know, and count them as problems'))
    .action(async (inputs: string[], options: { json?: boolean; strict?: boolean }) => {
      process.exitCode = await validateCommand(inputs, { ...options, lang });
    });

  root
    .command('import')
    .description(
      msg(
        'build a document from an Excel workbook with a sheet per section, or from the CSV files in a folder (fields.csv, institutions.csv, programs.csv, sources.csv, outcomes.csv, members.csv)',
      ),
    )
    .argument(`<${msg('folder-or-workbook')}>`, msg('a .xlsx workbook, or the folder holding the CSV files (or one .xlsx workbook)'))
    .requiredOption(`--publisher <${msg('name')}>`, msg('who publishes the data, such as "Maryland STEM Consortium"'))
    .option('--publisher-url <url>', msg('the publisher’s website'))
    .option(`--date <${msg('date')}>`, msg('the date the data was last changed (YYYY-MM-DD); today by default'))
    .option(`-o, --out <${msg('file')}>`, msg('write the document here (default: standard output)'))
    .option('--force', msg('replace the --out file when it is there (never one of the files being imported)'))
    .option('--day-first', msg('the sheets write dates day first (30/08/2027); by default 8/30/2027 is read the US way, month first'))
    .option(
      `--language <${msg('tag')}>`,
      msg(
        'the language the sheets are written in, such as es (the document’s "language"); English by default. --lang sets the language of these messages',
      ),
    )
    .action(async (dir: string, options: Omit<ImportOptions, 'lang'>) => {
      process.exitCode = await importCommand(dir, { ...options, lang });
    });

  root
    .command('templates')
    .description(
      msg(
        'write the CSV templates, each with its header row and one example row; with --xlsx, one Excel workbook (stem-widgets-data.xlsx) with a sheet per section instead',
      ),
    )
    .argument(`<${msg('folder')}>`, msg('where to write them'))
    .option('--xlsx', msg('write one workbook, a sheet per section, with notes on the columns and drop-down lists'))
    .option('--force', msg('replace files that are already there'))
    .action(async (dir: string, options: { force?: boolean; xlsx?: boolean }) => {
      process.exitCode = await templatesCommand(dir, { ...options, lang });
    });
  return root;
});

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (!(e instanceof CommanderError)) throw e;
  process.exitCode = e.exitCode === 0 ? 0 : 2;
}
