/**
 * More than four letters in five capitals: a headline or a shouted line (Reuters titles are written so).
 *
 * `isShouted('U.S. SENATE PANEL MAKES CONSERVATION EXEMPTION')` → `true`; `isShouted('Senate panel, U.S.')` → `false`
 */
export function isShouted(line: string): boolean {
  const upper = line.replace(/[^\p{Lu}]/gu, '').length;
  const lower = line.replace(/[^\p{Ll}]/gu, '').length;
  return upper + lower > 0 && upper / (upper + lower) > 0.8;
}
