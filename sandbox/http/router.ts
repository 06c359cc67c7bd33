/**
 * The route table of one API, built once from openapi-backend's operation list, with the same
 * matching rules as its router (trailing slashes ignored, a template segment matches one or more
 * characters, the most literal path wins, a known path with another method is a 405) but none of
 * its per-request work: openapi-backend rebuilds its operation list and compiles a regex per
 * operation on every call.
 */

/** What openapi-backend's router lists per operation: path-level parameters merged, security resolved. */
export interface RouterOperation {
  operationId?: string;
  path: string;
  method: string;
  parameters?: any[];
  security?: Record<string, string[]>[];
  requestBody?: unknown;
}

export interface Route<O extends RouterOperation = RouterOperation> {
  op: O;
  /** Names of the path parameters, in the order of the regex's groups. */
  names: string[];
  regex: RegExp;
  /** Length of the path without its templates: the more literal path wins. */
  specificity: number;
}

export type Routing<O extends RouterOperation> =
  | { kind: 'found'; route: Route<O>; params: Record<string, string> }
  | { kind: 'notFound' }
  | { kind: 'methodNotAllowed'; allowed: string[] };

function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function compile<O extends RouterOperation>(op: O): Route<O> {
  const names: string[] = [];
  const literal = op.path.split(/\{([^}]+)\}/);
  let pattern = '';
  for (let i = 0; i < literal.length; i++) {
    if (i % 2 === 0) pattern += escapeRegExp(literal[i]);
    else {
      names.push(literal[i]);
      pattern += '([^/]+)';
    }
  }
  return { op, names, regex: new RegExp(`^${pattern}$`), specificity: op.path.replace(/\{.*?\}/g, '').length };
}

export interface Router<O extends RouterOperation> {
  /** `path` is the whole request path (base path included), without the query string. */
  route(method: string, path: string): Routing<O>;
}

export function createRouter<O extends RouterOperation>(apiRoot: string, operations: O[]): Router<O> {
  const root = apiRoot.replace(/\/$/, '');
  const inSpecOrder = operations.map(compile);
  // Stable sort: equally literal paths keep the document's order, as openapi-backend's orderBy does.
  const bySpecificity = [...inSpecOrder].sort((a, b) => b.specificity - a.specificity);

  function relative(full: string): string | undefined {
    let path = full.trim();
    if (root !== '') {
      if (path === root) path = '/';
      else if (path.startsWith(`${root}/`)) path = path.slice(root.length);
      else return undefined;
    }
    let end = path.length;
    while (end > 1 && path.charCodeAt(end - 1) === 47 /* / */) end--;
    return end === path.length ? path : path.slice(0, end);
  }

  return {
    route(rawMethod, full) {
      const path = relative(full);
      if (path === undefined) return { kind: 'notFound' };
      const method = rawMethod.trim().toLowerCase();
      let pathKnown = false;
      // The most literal documented path that matches owns the request (OpenAPI: concrete paths before
      // templated ones), so GET /utleggsbegjaering/valider is a 405 of that path, not a bad begjaeringId.
      let owner: string | undefined;
      for (const route of bySpecificity) {
        if (owner !== undefined && route.op.path !== owner) continue;
        const m = route.regex.exec(path);
        if (!m) continue;
        owner = route.op.path;
        pathKnown = true;
        if (route.op.method !== method) continue;
        const params: Record<string, string> = {};
        // decodeURIComponent throws URIError on a bad escape; the server answers that with 400.
        for (let i = 0; i < route.names.length; i++) params[route.names[i]] = decodeURIComponent(m[i + 1]);
        return { kind: 'found', route, params };
      }
      if (!pathKnown) return { kind: 'notFound' };
      const allowed = inSpecOrder.filter((r) => r.op.path === owner).map((r) => r.op.method);
      return { kind: 'methodNotAllowed', allowed };
    },
  };
}
