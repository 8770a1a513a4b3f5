import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * Every regular file under `dir`, as sorted paths relative to it (forward slashes). Dotfiles
 * (`.DS_Store`, editor swap files) are not part of a question.
 */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) =>
      path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
    )
    .filter((name) => !name.split('/').some((part) => part.startsWith('.')))
    .sort();
}

/**
 * SHA-256 over the names and bytes of a question's files, so a session can record exactly
 * which version of a question it asked. Name and length prefixes keep two different sets of
 * files from ever hashing the same bytes.
 */
export function hashContents(files: { name: string; content: Buffer | string }[]): string {
  const hash = createHash('sha256');
  for (const file of [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const bytes = typeof file.content === 'string' ? Buffer.from(file.content) : file.content;
    hash.update(`${file.name}\0${bytes.length}\0`);
    hash.update(bytes);
  }
  return hash.digest('hex');
}
