/** A plain XML rendering of a JSON value: objects become elements, arrays repeat their element. */
const NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

function element(name: string, value: unknown, out: string[]): void {
  const tag = NAME.test(name) ? name : 'verdi';
  if (Array.isArray(value)) {
    for (const item of value) element(tag, item, out);
    return;
  }
  if (value === null || value === undefined) {
    out.push(`<${tag}/>`);
    return;
  }
  if (typeof value === 'object') {
    out.push(`<${tag}>`);
    for (const [k, v] of Object.entries(value)) element(k, v, out);
    out.push(`</${tag}>`);
    return;
  }
  out.push(`<${tag}>${escape(String(value))}</${tag}>`);
}

export function toXml(rootName: string, value: unknown): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  if (Array.isArray(value)) {
    out.push(`<${rootName}>`);
    for (const item of value) element('element', item, out);
    out.push(`</${rootName}>`);
  } else element(rootName, value, out);
  return out.join('');
}
