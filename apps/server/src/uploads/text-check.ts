// C0 controls other than tab, line feed, form feed and carriage return, and DEL: binary, not text.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this check's purpose
const binaryCharacters = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/;

/**
 * Decides, chunk by chunk as an upload streams in, whether it is plain text the portal may serve as
 * `text/plain` or `text/csv`: UTF-8 (a BOM allowed), no control characters, and not opening with `<` —
 * the way browsers recognise HTML, SVG and XML when sniffing — so markup is never stored as "text".
 * Costs nothing once the answer is no: a video fails at its first bytes and is not decoded further.
 */
export class TextCheck {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  private text = true;
  private started = false;

  push(chunk: Uint8Array): void {
    if (!this.text) return;
    try {
      this.inspect(this.decoder.decode(chunk, { stream: true }));
    } catch {
      this.text = false;
    }
  }

  /** Whether everything pushed was text with something in it besides white space. */
  isText(): boolean {
    if (!this.text) return false;
    try {
      this.inspect(this.decoder.decode());
    } catch {
      return false;
    }
    return this.text && this.started;
  }

  private inspect(decoded: string): void {
    if (binaryCharacters.test(decoded)) this.text = false;
    if (this.started) return;
    const start = decoded.trimStart();
    if (start === '') return;
    this.started = true;
    if (start.startsWith('<')) this.text = false;
  }
}
