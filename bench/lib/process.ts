import { spawn, type ChildProcess } from 'node:child_process';

export interface Started {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/**
 * Starts a server in its own process (so it does not share an event loop with the load generator) and
 * waits for the line that tells where it listens (its first group is the URL). Output after that is drained
 * and dropped. With `ready` null the caller polls for readiness itself (Prism with -v silent prints nothing).
 */
export function startServer(command: string, args: string[], ready: RegExp | null, timeoutMs = 60_000): Promise<Started> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
    let seen = '';
    const timer = setTimeout(() => fail(new Error(`${command} ${args.join(' ')} did not start within ${timeoutMs} ms: ${seen.slice(-500)}`)), timeoutMs);
    const stop = () => new Promise<void>((done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 5000).unref();
    });
    function fail(err: Error) {
      clearTimeout(timer);
      void stop();
      reject(err);
    }
    const onData = (chunk: Buffer) => {
      seen += chunk.toString();
      const match = ready?.exec(seen);
      if (match) {
        clearTimeout(timer);
        seen = '';
        child.stdout!.off('data', onData);
        child.stderr!.off('data', onData);
        child.stdout!.resume();
        child.stderr!.resume();
        resolve({ url: match[1], child, stop });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('error', fail);
    if (ready === null) {
      clearTimeout(timer);
      child.stdout!.off('data', onData);
      child.stderr!.off('data', onData);
      child.stdout!.resume();
      child.stderr!.resume();
      resolve({ url: '', child, stop });
    }
    child.once('exit', (code) => fail(new Error(`${command} ${args.join(' ')} exited with ${code} before it was ready: ${seen.slice(-500)}`)));
  });
}
