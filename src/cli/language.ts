// The command line's language: `--lang`, else the environment's, as POSIX programs read it.
import { formatLocale } from '../core/localization.js';
import { primaryLanguage } from '../i18n/language-tag.js';
import { inToolLocale } from '../tools/tool-locale.js';
import { formatNumber } from '../core/format.js';

/** The languages the command line speaks, for `--lang`. */
export const CLI_LANGUAGES = ['en', 'es'] as const;

const wellFormed = (tag: string) => {
  try {
    return Intl.getCanonicalLocales(tag.replace(/_/g, '-')).length === 1;
  } catch {
    return false;
  }
};

/** A tag `--lang` takes: en or es, with a region or not (`es-MX`, `es_US`), that Intl can read. */
export function isCliLanguage(tag: string): boolean {
  return (CLI_LANGUAGES as readonly string[]).includes(primaryLanguage(tag)) && wellFormed(tag);
}

/**
 * A POSIX locale name as a BCP 47 tag: `es_US.UTF-8` gives `es-US`; `C`, `POSIX` and an empty
 * name give English, as they mean "no language" to every other program in the terminal.
 */
export function tagOfLocale(name: string): string {
  const [base = ''] = name.split(/[.@]/).map((part) => part.trim());
  if (base === '' || base === 'C' || base === 'POSIX') return 'en';
  return base.replace(/_/g, '-');
}

/** The environment's language for messages: the first of LC_ALL, LC_MESSAGES and LANG that is set. */
export function environmentLanguage(env: NodeJS.ProcessEnv): string {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name];
    if (!value) continue;
    const tag = tagOfLocale(value);
    // A language the CLI does not speak, or a name Intl cannot read, is English.
    return isCliLanguage(tag) ? tag : 'en';
  }
  return 'en';
}

/**
 * `--lang`'s value, read before commander parses the line: the help and commander's own errors
 * are written while it parses, so their language must be known first.
 */
export function languageArgument(argv: readonly string[]): string | undefined {
  for (const [i, arg] of argv.entries()) {
    if (arg === '--') break;
    if (arg === '--lang') return argv[i + 1];
    if (arg.startsWith('--lang=')) return arg.slice('--lang='.length);
  }
  return undefined;
}

/** The language of this run: a valid `--lang`, else the environment's. */
export function cliLanguage(argv: readonly string[], env: NodeJS.ProcessEnv): string {
  const given = languageArgument(argv);
  return given !== undefined && isCliLanguage(given) ? given : environmentLanguage(env);
}

/**
 * Runs `fn` with every message in `lang`. The CLI's work is asynchronous and a scope lasts only
 * while `fn` runs, so each message is made inside one, where it is written or kept.
 */
export const speak = <T>(lang: string, fn: () => T): T => inToolLocale(lang, fn);

/** A count in `lang`'s number format ("1,234"). */
export const countIn = (lang: string, n: number): string => formatNumber(n, formatLocale(lang));
