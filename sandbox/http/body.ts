import type { IncomingMessage } from 'node:http';

export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`request body exceeds ${limit} bytes`);
    this.name = 'BodyTooLargeError';
  }
}

export { mediaType } from '../../src/http/media-type.ts';

/**
 * Reads the whole body into one buffer, refusing as soon as it passes `limit`: a declared
 * Content-Length over the limit is refused before reading, and a chunked body stops being buffered
 * at the first byte too many.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.reject(new BodyTooLargeError(limit));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (err?: Error) => {
      if (done) return;
      done = true;
      req.off('data', onData);
      if (err) {
        chunks.length = 0;
        reject(err);
      } else resolve(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, size));
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) finish(new BodyTooLargeError(limit));
      else chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => finish());
    req.once('error', (err) => finish(err));
    req.once('aborted', () => finish(new Error('request aborted')));
  });
}

/**
 * Throws away what is left of a body without keeping it. Resolves true once the request has ended, so
 * an answer sent then reaches the client (answering mid-upload makes the client's write fail with
 * EPIPE); resolves false after destroying the connection of a client that sends more than `cap` bytes.
 */
export function discardBody(req: IncomingMessage, cap: number): Promise<boolean> {
  if (req.complete) return Promise.resolve(true);
  return new Promise((resolve) => {
    let seen = 0;
    req.on('data', (chunk: Buffer) => {
      seen += chunk.length;
      if (seen > cap) {
        req.socket.destroy();
        resolve(false);
      }
    });
    req.once('end', () => resolve(true));
    req.once('close', () => resolve(req.complete));
    req.resume();
  });
}
