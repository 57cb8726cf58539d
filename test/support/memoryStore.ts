// An in-memory line store standing in for a journal or ledger file.
export class MemoryLines {
  text = '';
  append(line: string): void {
    this.text += line + '\n';
  }
  readAll(): string {
    return this.text;
  }
}
