import { lstat, realpath, unlink, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { msg, str } from '../i18n/msg.js';
import { speak } from './language.js';

export interface WriteOptions {
  /** Replace a file that is there (never a symbolic link, never an input). */
  force?: boolean;
  /** Files this run reads: never written over, even with force. */
  inputs?: readonly string[];
  /** The language of the reasons; English by default. */
  lang?: string;
}

const where = async (file: string) => realpath(file).catch(() => resolve(file));

/**
 * Why `file` may not be written, or undefined: a symbolic link is never followed (a dangling one
 * would write outside the folder), a file that is there needs `force`, and an input is never
 * replaced by the output.
 */
export async function refusal(file: string, options: WriteOptions): Promise<string | undefined> {
  const say = (fn: () => string) => speak(options.lang ?? 'en', fn);
  const info = await lstat(file).catch(() => undefined);
  if (info?.isSymbolicLink()) return say(() => msg(str`${file} is a symbolic link; nothing is written through one`));
  const target = await where(file);
  for (const input of options.inputs ?? []) {
    if ((await where(input)) === target) {
      return say(() => msg(str`${file} is one of the files being imported; write the document to another file`));
    }
  }
  if (info && !options.force) return say(() => msg(str`${file} already exists. Use --force to replace it`));
  return undefined;
}

/**
 * Writes a new file, or replaces a plain one with `force`, after `refusal` found no reason not
 * to. The file is created exclusively, so a link put in its place meanwhile is not followed.
 */
export async function writeNew(file: string, data: string | Uint8Array, options: WriteOptions): Promise<void> {
  const reason = await refusal(file, options);
  if (reason) throw new Error(reason);
  if (options.force) await unlink(file).catch(() => undefined);
  await writeFile(file, data, { flag: 'wx' });
}
