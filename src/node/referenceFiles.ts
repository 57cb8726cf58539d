// Reference files on disk, for the uploader: real paths (symlinks followed), sizes, bytes.
import { readFileSync, realpathSync, statSync } from 'node:fs';
import type { ReferenceFiles } from '../core/render/references.js';

export const diskReferenceFiles: ReferenceFiles = {
  realpath: (path) => realpathSync(path),
  stat(path) {
    const st = statSync(path);
    return { isDirectory: st.isDirectory(), size: st.size };
  },
  read: (path) => readFileSync(path),
};
