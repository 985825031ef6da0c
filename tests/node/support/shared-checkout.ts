import { existsSync } from "node:fs";
import { resolve } from "node:path";

/** The repository root, whichever folder the clone is in. */
export const REPO = resolve(import.meta.dirname, "../../..");

export interface SharedPath {
  /** Absolute path of the file or folder in `../shared` beside the clone. */
  path: string;
  present: boolean;
  /** The suite's name, with the reason it is skipped appended when the path is absent. */
  name: (suite: string) => string;
}

/**
 * The raw corpus, gold set and scorer live in `../shared` beside the repository on the team's
 * machines, never in it, so a clean clone (CI) has none of them. Tests that need them skip there;
 * the reason goes into the suite name and onto stderr so a skip is never mistaken for a pass.
 */
export function sharedPath(relative: string): SharedPath {
  const shown = `../shared/${relative}`;
  const path = resolve(REPO, "..", "shared", relative);
  const present = existsSync(path);
  if (!present) console.warn(`${shown} not present: the tests that need it are skipped`);
  return { path, present, name: (suite) => (present ? suite : `${suite} (${shown} not present: skipped)`) };
}
