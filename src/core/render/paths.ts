// File names built from shot names, prediction ids or API text must never escape the
// render folder: keep a conservative character set and refuse dot-only names.
export function safeName(raw: string): string {
  const cleaned = raw
    .normalize('NFKC')
    .replace(/[\\/]+/g, '-')
    .replace(/[^\p{L}\p{N}._ -]+/gu, '')
    .replace(/\s+/g, '-')
    .replace(/^[.-]+/, '')
    .slice(0, 80);
  return cleaned && !/^\.+$/.test(cleaned) ? cleaned : 'untitled';
}
