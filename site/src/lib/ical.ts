/** iCalendar (RFC 5545) text, for the calendar of stages. */

/**
 * A TEXT value (§3.3.11): backslash, semicolon and comma escaped, every line break (CRLF, CR or
 * LF) as `\n`, and other control characters, which TEXT does not allow, dropped.
 */
export const escapeText = (text: string) =>
  text
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\r\n|\r|\n/g, '\\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, '')

const encoder = new TextEncoder()

/**
 * A content line folded so that no line is longer than 75 octets (§3.1): continuation lines
 * start with a space. Folds fall between characters, never inside a UTF-8 sequence.
 */
export const foldLine = (line: string) => {
  if (encoder.encode(line).length <= 75) return line
  const parts: string[] = []
  let current = ''
  let size = 0
  for (const char of line) {
    const bytes = encoder.encode(char).length
    if (size + bytes > (parts.length ? 74 : 75)) {
      parts.push(current)
      current = ''
      size = 0
    }
    current += char
    size += bytes
  }
  parts.push(current)
  return parts.join('\r\n ')
}
