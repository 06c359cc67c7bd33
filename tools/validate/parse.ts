/** Where and why a text is not JSON, in the terms an editor shows: 1-based line and column. */
export interface JsonSyntaxError {
  message: string;
  line: number;
  column: number;
}

export type Parsed = { ok: true; value: unknown } | { ok: false; error: JsonSyntaxError };

const POSITION = /(?: in JSON)? at position (\d+)/;

/** The reason without V8's echo of the input, which for a big file would be most of the file. */
function reason(message: string): string {
  const token = /^Unexpected token '(.+?)', .* is not valid JSON$/s.exec(message);
  if (token) return `unexpected ${JSON.stringify(token[1])}`;
  return message.replace(POSITION, '').replace(/^Unexpected end of JSON input$/, 'the text ends before the JSON does');
}

/** True when the prefix fails only because it stops early (or is already complete). */
function endsEarly(text: string, length: number): boolean {
  try {
    JSON.parse(text.slice(0, length));
    return true;
  } catch (err) {
    const message = (err as Error).message;
    if (message.startsWith('Unexpected end of JSON input')) return true;
    const at = POSITION.exec(message);
    return at !== null && Number(at[1]) >= length;
  }
}

/**
 * V8 gives no position for some errors ("Unexpected token"). Parsing is left to right, so a prefix
 * either runs out before the fault or contains it: the shortest prefix that contains it ends at it.
 */
function locate(text: string): number {
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (endsEarly(text, mid + 1)) lo = mid + 1;
    else hi = mid;
  }
  return Math.min(lo, text.length);
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** JSON.parse that never throws. A leading byte order mark is tolerated, as editors write one. */
export function parseJson(text: string): Parsed {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (err) {
    const message = (err as Error).message;
    const at = POSITION.exec(message);
    const offset = message.startsWith('Unexpected end of JSON input') ? body.length : at ? Number(at[1]) : locate(body);
    const where = lineAndColumn(body, offset);
    return { ok: false, error: { message: body.trim() === '' ? 'the file is empty' : reason(message), ...where } };
  }
}
