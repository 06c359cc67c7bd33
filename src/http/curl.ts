import type { Exchange } from './exchange.ts';
import { redactText } from '../redact.ts';

function quote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/**
 * A curl command that replays the request against the same environment. The token is never written:
 * the command reads it from $TOKEN, which `npm run -s token -- --scope <scope>` prints.
 */
export function toCurl(exchange: Exchange, scope?: string): string {
  const { method, url, headers, body, bodyBytes } = exchange.request;
  const lines = [`curl -sS -i -X ${method} ${quote(url)}`];
  for (const [name, value] of Object.entries(headers)) {
    if (name.toLowerCase() === 'authorization') lines.push(`-H "Authorization: Bearer $TOKEN"`);
    else lines.push(`-H ${quote(`${name}: ${redactText(value)}`)}`);
  }
  if (body !== undefined) lines.push(`--data-binary ${quote(redactText(body))}`);
  else if (bodyBytes !== undefined) lines.push(`--data-binary @your-file  # ${bodyBytes} bytes were sent`);
  const tokenLine = headers.Authorization || headers.authorization
    ? `TOKEN=$(npm run -s token -- --scope ${scope ?? '<scope>'})\n`
    : '';
  return `${tokenLine}${lines.join(' \\\n  ')}\n`;
}
