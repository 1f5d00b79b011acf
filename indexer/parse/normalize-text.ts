/**
 * Text as the rest of the pipeline expects it: NFC, `\n` line ends, no BOM, no control characters, non-breaking
 * spaces as spaces. Private-use characters are removed too: the server uses two of them to mark highlights, so a
 * document must never carry them.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00A0\u2007\u202F]/g, ' ')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uE000-\uF8FF\u200B\u2060]/g, '');
}
