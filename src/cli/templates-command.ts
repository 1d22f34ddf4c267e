import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { SECTIONS } from '../contract/vocabulary.js';
import { csvFileName } from './csv-columns.js';
import { templateCsv } from './templates.js';
import { EXIT } from './validate-command.js';
import { WORKBOOK_FILE_NAME, templateWorkbook } from './workbook.js';
import { printable } from './printable.js';
import { refusal, writeNew } from './safe-write.js';
import { msg, str } from '../i18n/msg.js';
import { speak } from './language.js';

const say = (stream: NodeJS.WriteStream, text: string) => stream.write(text.split('\n').map(printable).join('\n') + '\n');

/**
 * Writes one CSV template per section, or with --xlsx one workbook with a sheet per section;
 * never overwrites a file someone may have filled in, and never writes through a symbolic link.
 */
export async function templatesCommand(dir: string, options: { force?: boolean; xlsx?: boolean; lang?: string }): Promise<number> {
  const lang = options.lang ?? 'en';
  await mkdir(dir, { recursive: true });
  const files = options.xlsx
    ? [{ file: join(dir, WORKBOOK_FILE_NAME), contents: async () => templateWorkbook() }]
    : SECTIONS.map((section) => ({ file: join(dir, csvFileName(section)), contents: async () => templateCsv(section) }));
  // Every file is checked before any is written: all of them, or none.
  const reasons = (await Promise.all(files.map(({ file }) => refusal(file, options)))).filter((r): r is string => r !== undefined);
  if (reasons.length > 0) {
    const all = reasons.join('; ');
    say(
      process.stderr,
      speak(lang, () => msg(str`Nothing was written: ${all}.`)),
    );
    return EXIT.issues;
  }
  try {
    for (const { file, contents } of files) await writeNew(file, await contents(), options);
  } catch (e) {
    const why = (e as Error).message;
    say(
      process.stderr,
      speak(lang, () => msg(str`Stopped: ${why}.`)),
    );
    return EXIT.issues;
  }
  const written = files.map((f) => f.file).join(', ');
  say(
    process.stdout,
    speak(lang, () =>
      [
        msg(str`Wrote ${written}.`),
        options.xlsx
          ? msg(
              'Each sheet has its header row (a note on each column says what it holds) and one example row: replace the example with your own rows.',
            )
          : msg('Each has its header row and one example row: replace the example with your own rows.'),
      ].join('\n'),
    ),
  );
  return EXIT.valid;
}
