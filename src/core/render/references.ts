// Reference files are uploaded once and reused by content hash while the returned URL is
// still valid; asset:// ids and URLs pass through untouched. Uploads are not metered, but
// re-uploading the same 10 MB image for every shot wastes minutes. With a project root set,
// a reference whose real path (symlinks followed) is outside it is refused: a prompt file
// must not be able to upload ~/.ssh/id_rsa or /etc/passwd by naming a link to it.
import { createHash } from 'node:crypto';
import { basename, extname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { AtlasClient } from '../api/client.js';
import type { RenderError } from '../api/errors.js';
import type { KeyValueStore } from './renderTimes.js';
import { MAX_REFERENCE_BYTES, REFERENCE_FORMATS } from '../lint/rules/references.js';

/** Atlas calls its upload URLs temporary without saying how long; reuse them for an hour. */
export const UPLOAD_TTL_MS = 60 * 60 * 1000;

const MIME: Record<string, string> = {
  jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp', mp4: 'video/mp4', mov: 'video/quicktime', mp3: 'audio/mpeg', wav: 'audio/wav',
};

type Cache = Record<string, { url: string; at: number }>;

export interface ReferencePolicy {
  /** References must resolve (after symlinks) inside this folder; unset = no check. */
  root?: string;
  /** How to allow them, named in the refusal (the CLI's flag, the editor's setting). */
  allowHint?: string;
  /** Allow references outside `root` anyway (the CLI's --allow-outside-refs). */
  allowOutside?: boolean;
}

const READ_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a folder, not a file',
  ELOOP: 'too many symbolic links',
  ENOTDIR: 'a part of the path is not a folder',
};

/** True when `path` is `root` or inside it. */
function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/** The reference files' side of the file system, as a port (src/node/referenceFiles.ts on disk). */
export interface ReferenceFiles {
  /** The real path, symlinks followed; throws with an errno `code` when it cannot. */
  realpath(path: string): string;
  stat(path: string): { isDirectory: boolean; size: number };
  read(path: string): Uint8Array;
}

export class ReferenceUploader {
  private cache: Cache = {};
  uploads = 0;

  constructor(
    private readonly client: AtlasClient,
    private readonly files: ReferenceFiles,
    private readonly store: KeyValueStore | undefined,
    private readonly now: () => number,
    private readonly policy: ReferencePolicy = {},
  ) {
    try {
      this.cache = JSON.parse(store?.read() ?? '{}') as Cache;
    } catch {
      this.cache = {};
    }
  }

  async resolve(ref: string, baseDir: string): Promise<{ ok: true; url: string } | { ok: false; error: RenderError }> {
    if (/^(asset|https?):\/\//i.test(ref)) return { ok: true, url: ref };
    const fail = (message: string): { ok: false; error: RenderError } => ({
      ok: false,
      error: { category: 'invalid-request', action: 'fix-request', retry: 'never', code: 'reference', message },
    });
    const path = isAbsolute(ref) ? ref : resolve(baseDir, ref);
    const ext = extname(path).slice(1).toLowerCase();
    if (!REFERENCE_FORMATS[ext]) return fail(`Reference "${ref}" is not an accepted format (jpg, png, webp, mp4, mov, mp3, wav).`);
    let bytes: Uint8Array;
    try {
      const real = this.files.realpath(path);
      if (this.policy.root && !this.policy.allowOutside) {
        const root = this.files.realpath(this.policy.root);
        if (!inside(root, real)) {
          return fail(
            `Reference "${ref}" resolves to ${real}, outside the project folder ${root}; vprompt does not upload files from outside it. Move the file into the project, or ${this.policy.allowHint ?? 'pass --allow-outside-refs'} if this is intended.`,
          );
        }
      }
      const st = this.files.stat(real);
      if (st.isDirectory) return fail(`Cannot read reference "${ref}": it is a folder, not a file.`);
      if (st.size > MAX_REFERENCE_BYTES) return fail(`Reference "${ref}" is over the 16 MB upload limit.`);
      bytes = this.files.read(real);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      // "(CODE): meaning" keeps the errno greppable and says it in words.
      return fail(`Cannot read reference "${ref}" (${code ?? (e as Error).message})${code && READ_ERRORS[code] ? `: ${READ_ERRORS[code]}` : ''}.`);
    }
    const hash = createHash('sha256').update(bytes).digest('hex');
    const hit = this.cache[hash];
    if (hit && this.now() - hit.at < UPLOAD_TTL_MS) return { ok: true, url: hit.url };
    const r = await this.client.uploadMedia(basename(path), bytes, MIME[ext]);
    if (!r.ok) return { ok: false, error: r.error };
    this.uploads++;
    this.cache[hash] = { url: r.value, at: this.now() };
    try {
      this.store?.write(JSON.stringify(this.cache));
    } catch {
      // losing the cache only costs a re-upload
    }
    return { ok: true, url: r.value };
  }
}
