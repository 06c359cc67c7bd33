import { opendir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** One thing the walker found: a file to check, or a path it could not use (reported, never thrown). */
export type Funn = { kind: 'file'; file: string } | { kind: 'unreadable'; file: string; reason: string };

function reasonOf(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  switch (e?.code) {
    case 'ENOENT': return 'does not exist (a dangling symbolic link?)';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'ELOOP': return 'too many levels of symbolic links';
    default: return e?.message ?? String(err);
  }
}

/**
 * Yields the *.json files under a folder as the directory is read: one open directory handle per
 * level, nothing collected, so a folder of any size walks in constant memory. Entries come in the
 * filesystem's order. Symbolic links to folders are followed once (device:inode), so loops end.
 */
async function* walkFolder(folder: string, seen: Set<string>): AsyncGenerator<Funn> {
  let dir;
  try {
    const info = await stat(folder);
    const id = `${info.dev}:${info.ino}`;
    if (seen.has(id)) return;
    seen.add(id);
    dir = await opendir(folder, { bufferSize: 64 });
  } catch (err) {
    yield { kind: 'unreadable', file: folder, reason: `folder cannot be read: ${reasonOf(err)}` };
    return;
  }
  try {
    for await (const entry of dir) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        yield* walkFolder(path, seen);
      } else if (entry.isSymbolicLink()) {
        let target;
        try {
          target = await stat(path);
        } catch (err) {
          if (entry.name.endsWith('.json')) yield { kind: 'unreadable', file: path, reason: reasonOf(err) };
          continue;
        }
        if (target.isDirectory()) yield* walkFolder(path, seen);
        else if (entry.name.endsWith('.json')) yield { kind: 'file', file: path };
      } else if (entry.name.endsWith('.json')) {
        yield entry.isFile() ? { kind: 'file', file: path } : { kind: 'unreadable', file: path, reason: 'is not a regular file' };
      }
    }
  } catch (err) {
    yield { kind: 'unreadable', file: folder, reason: `folder could not be read to the end: ${reasonOf(err)}` };
  }
}

/** Files named on the command line are checked whatever their extension; folders are walked for *.json. */
export async function* walk(paths: Iterable<string>): AsyncGenerator<Funn> {
  const seen = new Set<string>();
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch (err) {
      yield { kind: 'unreadable', file: path, reason: reasonOf(err) };
      continue;
    }
    if (info.isDirectory()) yield* walkFolder(path, seen);
    else if (info.isFile()) yield { kind: 'file', file: path };
    else yield { kind: 'unreadable', file: path, reason: 'is not a regular file or a folder' };
  }
}
