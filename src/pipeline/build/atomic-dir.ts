import { existsSync } from "node:fs";
import { mkdir, readdir, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { randomBytes } from "node:crypto";

/**
 * A folder written in a temporary sibling and swapped in by renames, so readers of `target` see
 * either the old complete output or the new complete output, never a half-written one.
 * Siblings (not /tmp) because rename only works within one file system.
 */
export interface StagedDir {
  /** Where to write. */
  dir: string;
  /** Swaps the staged folder in; the previous output is removed only after the swap succeeded. */
  commit: () => Promise<void>;
  /** Removes the staged folder; the target is untouched. */
  discard: () => Promise<void>;
}

const TMP_MARK = ".tmp-";
const OLD_MARK = ".old-";

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Removes staging folders left by builds that were killed (their process is gone). */
async function sweepAbandoned(parent: string, name: string): Promise<void> {
  let entries: string[];
  try {
    entries = await readdir(parent);
  } catch {
    return;
  }
  for (const entry of entries) {
    for (const mark of [TMP_MARK, OLD_MARK]) {
      const prefix = `.${name}${mark}`;
      if (!entry.startsWith(prefix)) continue;
      const pid = Number(entry.slice(prefix.length).split("-")[0]);
      if (Number.isInteger(pid) && pid !== process.pid && !pidAlive(pid)) await rm(join(parent, entry), { recursive: true, force: true });
    }
  }
}

/**
 * Prepares a staged folder for `target`. `isReplaceable` guards against swapping away a folder
 * that is not ours (say `--out ~`): an existing non-empty target must pass it.
 */
export async function stageDir(target: string, isReplaceable: (dir: string) => boolean): Promise<StagedDir> {
  const abs = resolve(target);
  const parent = dirname(abs);
  const name = basename(abs);
  if (existsSync(abs)) {
    const info = await stat(abs);
    if (!info.isDirectory()) throw new Error(`${target}: exists and is not a folder; refusing to replace it`);
    if ((await readdir(abs)).length > 0 && !isReplaceable(abs))
      throw new Error(`${target}: exists and does not look like a built corpus (no manifest.json); refusing to replace it`);
  }
  await mkdir(parent, { recursive: true });
  await sweepAbandoned(parent, name);
  const tag = `${process.pid}-${randomBytes(4).toString("hex")}`;
  const dir = join(parent, `.${name}${TMP_MARK}${tag}`);
  await mkdir(dir);
  return {
    dir,
    commit: async () => {
      const old = join(parent, `.${name}${OLD_MARK}${tag}`);
      const hadOld = existsSync(abs);
      if (hadOld) await rename(abs, old);
      try {
        await rename(dir, abs);
      } catch (e) {
        if (hadOld) await rename(old, abs);
        throw e;
      }
      if (hadOld) await rm(old, { recursive: true, force: true });
    },
    discard: () => rm(dir, { recursive: true, force: true }),
  };
}
