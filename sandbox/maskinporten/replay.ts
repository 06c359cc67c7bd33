/**
 * Remembers each client's used `jti` until the grant it came with expires: after that the grant
 * itself is refused for its `exp`, so the entry is no longer needed to stop a replay.
 */
export class JtiRegistry {
  private readonly used = new Map<string, number>();

  /** Records the jti; returns false if it was already used and has not yet expired. */
  claim(clientId: string, jti: string, expSeconds: number, nowSeconds: number): boolean {
    this.purge(nowSeconds);
    const key = `${clientId}\u0000${jti}`;
    if (this.used.has(key)) return false;
    this.used.set(key, expSeconds);
    return true;
  }

  has(clientId: string, jti: string, nowSeconds: number): boolean {
    this.purge(nowSeconds);
    return this.used.has(`${clientId}\u0000${jti}`);
  }

  private purge(nowSeconds: number): void {
    for (const [key, exp] of this.used) if (exp <= nowSeconds) this.used.delete(key);
  }
}
