import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SECTIONS } from '../contract/vocabulary.js';
import { csvFileName } from './csv-columns.js';
import { templateCsv } from './templates.js';
import { EXIT } from './validate-command.js';
import { WORKBOOK_FILE_NAME, templateWorkbook } from './workbook.js';

/**
 * Writes one CSV template per section, or with --xlsx one workbook with a sheet per section;
 * never overwrites a file someone may have filled in.
 */
export async function templatesCommand(dir: string, options: { force?: boolean; xlsx?: boolean }): Promise<number> {
  await mkdir(dir, { recursive: true });
  if (options.xlsx) return workbookTemplate(join(dir, WORKBOOK_FILE_NAME), options);
  const files = SECTIONS.map((section) => ({ section, file: join(dir, csvFileName(section)) }));
  const existing = files.filter(({ file }) => existsSync(file));
  if (existing.length > 0 && !options.force) {
    process.stderr.write(
      `Nothing was written: ${existing.map((e) => e.file).join(', ')} already exist${existing.length === 1 ? 's' : ''}. Use --force to replace them.\n`,
    );
    return EXIT.issues;
  }
  for (const { section, file } of files) await writeFile(file, templateCsv(section));
  process.stdout.write(
    `Wrote ${files.map((f) => f.file).join(', ')}.\nEach has its header row and one example row: replace the example with your own rows.\n`,
  );
  return EXIT.valid;
}

async function workbookTemplate(file: string, options: { force?: boolean }): Promise<number> {
  if (existsSync(file) && !options.force) {
    process.stderr.write(`Nothing was written: ${file} already exists. Use --force to replace it.\n`);
    return EXIT.issues;
  }
  await writeFile(file, await templateWorkbook());
  process.stdout.write(
    `Wrote ${file}.\nEach sheet has its header row (a note on each column says what it holds) and one example row: replace the example with your own rows.\n`,
  );
  return EXIT.valid;
}
