/** One hostile request: `mustFail` when no correct server could accept it. */
export interface FuzzCase {
  name: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
  /** Send the signed-in victim's cookie along. */
  withCookie: boolean;
  mustFail: boolean;
}

const JSON_TYPE = { 'content-type': 'application/json' };

/** Values that are not strings where a string belongs: always a 400. */
const NOT_STRINGS: [string, unknown][] = [
  ['mongo $gt', { $gt: '' }],
  ['mongo $ne', { $ne: null }],
  ['mongo $regex', { $regex: '.*' }],
  ['mongo $where', { $where: 'sleep(1000)' }],
  ['empty object', {}],
  ['array', ['admin']],
  ['empty array', []],
  ['null', null],
  ['zero', 0],
  ['big number', Number.MAX_SAFE_INTEGER + 2],
  ['negative', -1],
  ['float', 1.5e308],
  ['true', true],
  ['false', false],
  ['nested proto', { __proto__: { isAdmin: true } }],
  ['array of objects', [{ $gt: '' }]],
];

/** Strings that are hostile in shape; some are valid input and may be accepted. */
const HOSTILE_STRINGS: [string, string][] = [
  ['empty', ''],
  ['blank', '   '],
  ['sql or', "' OR '1'='1"],
  ['sql drop', "admin'; DROP TABLE users; --"],
  ['nul byte', 'adm\u0000in'],
  ['control chars', 'a\u0007\u001b[31mb'],
  ['script', '<script>alert(1)</script>'],
  ['path', '../../../etc/passwd'],
  ['lone surrogate', '\ud800abc'],
  ['rtl override', 'admin\u202egnp.exe'],
  ['emoji', '🎉'.repeat(30)],
  ['full-width', 'ＡＤＭＩＮ'],
  ['combining', 'e\u0301'.repeat(40)],
  ['long 300', 'x'.repeat(300)],
  ['long 50k', 'y'.repeat(50_000)],
  ['json in string', '{"$gt":""}'],
  ['template', '${process.exit(1)}'],
  ['proto word', '__proto__'],
];

/**
 * Sign-in runs scrypt on every well-formed attempt (a dummy hash for unknown users), so it gets
 * the strings validation refuses plus a representative few that reach the hash.
 */
const HASHED_ON_SIGN_IN = new Set([
  'empty',
  'long 300',
  'long 50k',
  'sql or',
  'nul byte',
  'lone surrogate',
  'json in string',
  'proto word',
]);

const ROUTES: { path: string; valid: Record<string, string> }[] = [
  { path: '/api/auth/guest', valid: { displayName: 'Fuzzy' } },
  {
    path: '/api/auth/register',
    valid: { username: 'fuzz-account', password: 'a fine long passphrase', displayName: 'Fuzz' },
  },
  { path: '/api/auth/signin', valid: { username: 'nobody-by-that-name', password: 'any pass' } },
];

function jsonCase(path: string, name: string, body: unknown, mustFail: boolean): FuzzCase {
  return {
    name,
    method: 'POST',
    path,
    headers: JSON_TYPE,
    body: JSON.stringify(body),
    withCookie: false,
    mustFail,
  };
}

/** Field by field: each field of each route replaced with every hostile value. */
function fieldCases(): FuzzCase[] {
  const cases: FuzzCase[] = [];
  for (const { path, valid } of ROUTES) {
    for (const field of Object.keys(valid)) {
      for (const [name, value] of NOT_STRINGS) {
        cases.push(jsonCase(path, `${field}=${name}`, { ...valid, [field]: value }, true));
      }
      for (const [name, value] of HOSTILE_STRINGS) {
        if (path.endsWith('signin') && !HASHED_ON_SIGN_IN.has(name)) continue;
        cases.push(jsonCase(path, `${field}=${name}`, { ...valid, [field]: value }, false));
      }
      const { [field]: _missing, ...rest } = valid;
      cases.push(
        jsonCase(
          path,
          `missing ${field}`,
          rest,
          field !== 'displayName' || !path.endsWith('register'),
        ),
      );
    }
    cases.push(jsonCase(path, 'extra isAdmin', { ...valid, isAdmin: true }, true));
    cases.push(jsonCase(path, 'extra kind', { ...valid, kind: 'account', id: 'x' }, true));
  }
  return cases;
}

const RAW_BODIES: [string, string, Record<string, string>][] = [
  ['invalid json', '{"displayName":', JSON_TYPE],
  ['single quotes', "{'displayName':'x'}", JSON_TYPE],
  ['trailing comma', '{"displayName":"x",}', JSON_TYPE],
  ['NaN', '{"displayName":NaN}', JSON_TYPE],
  ['bare string', '"displayName"', JSON_TYPE],
  ['bare number', '42', JSON_TYPE],
  ['bare null', 'null', JSON_TYPE],
  ['bare true', 'true', JSON_TYPE],
  ['top-level array', '[{"displayName":"x"}]', JSON_TYPE],
  ['empty body', '', JSON_TYPE],
  ['oversized', JSON.stringify({ displayName: 'z'.repeat(200_000) }), JSON_TYPE],
  ['deep nesting', `${'['.repeat(20_000)}${']'.repeat(20_000)}`, JSON_TYPE],
  ['deep objects', `${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}`, JSON_TYPE],
  [
    'many keys',
    JSON.stringify(Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`k${i}`, i]))),
    JSON_TYPE,
  ],
  ['duplicate key', '{"displayName":"x","displayName":{"$gt":""}}', JSON_TYPE],
  ['proto key', '{"__proto__":{"polluted":true},"displayName":"x"}', JSON_TYPE],
  [
    'constructor key',
    '{"constructor":{"prototype":{"polluted":true}},"displayName":"x"}',
    JSON_TYPE,
  ],
  ['text/plain', '{"displayName":"x"}', { 'content-type': 'text/plain' }],
  ['form', 'displayName=x&username=admin', { 'content-type': 'application/x-www-form-urlencoded' }],
  [
    'multipart',
    '--b\r\nContent-Disposition: form-data; name="displayName"\r\n\r\nx\r\n--b--',
    { 'content-type': 'multipart/form-data; boundary=b' },
  ],
  ['no content type', '{"displayName":"x"}', {}],
  ['latin1 charset', '{"displayName":"x"}', { 'content-type': 'application/json; charset=latin1' }],
  ['utf-16 charset', '{"displayName":"x"}', { 'content-type': 'application/json; charset=utf-16' }],
  ['gzip garbage', 'not gzip at all', { ...JSON_TYPE, 'content-encoding': 'gzip' }],
  ['unknown encoding', '{"displayName":"x"}', { ...JSON_TYPE, 'content-encoding': 'x-evil' }],
  ['xml', '<displayName>x</displayName>', { 'content-type': 'application/xml' }],
];

/** Bodies no JSON route could accept, sent to every state-changing auth route. */
function rawCases(): FuzzCase[] {
  const cases: FuzzCase[] = [];
  for (const path of [...ROUTES.map((r) => r.path), '/api/auth/signout']) {
    for (const [name, body, headers] of RAW_BODIES) {
      // Sign-out takes no body and ignores one it can parse; only unparseable ones must fail.
      const unreadable = /invalid|quotes|comma|NaN|bare|oversized|charset|gzip|encoding/.test(name);
      const mustFail = path !== '/api/auth/signout' || unreadable;
      cases.push({ name, method: 'POST', path, headers, body, withCookie: false, mustFail });
    }
  }
  // Deleting the account must not happen on an unreadable request.
  for (const [name, body, headers] of RAW_BODIES.slice(0, 4)) {
    cases.push({
      name,
      method: 'DELETE',
      path: '/api/me',
      headers,
      body,
      withCookie: true,
      mustFail: true,
    });
  }
  return cases;
}

const COOKIES: [string, string][] = [
  ['mongo object', 'mockloop_session={"$gt":""}'],
  ['url-encoded object', 'mockloop_session=%7B%22%24gt%22%3A%22%22%7D'],
  ['short', 'mockloop_session=abc'],
  ['long', `mockloop_session=${'a'.repeat(4000)}`],
  ['path', 'mockloop_session=../../../../etc/passwd'],
  ['nul', 'mockloop_session=%00%00%00%00%00%00%00%00%00%00%00%00%00%00%00%00'],
  ['sql', "mockloop_session=' OR '1'='1"],
  ['proto', '__proto__=x; constructor=y'],
  ['many cookies', Array.from({ length: 200 }, (_, i) => `c${i}=${i}`).join('; ')],
  ['no value', 'mockloop_session'],
  ['valid-looking, unknown', `mockloop_session=${'Q'.repeat(43)}`],
];

/** Forged cookies on the routes that read one: always 401. */
function cookieCases(): FuzzCase[] {
  const cases: FuzzCase[] = [];
  for (const [method, path] of [
    ['GET', '/api/me'],
    ['GET', '/api/me/export'],
    ['DELETE', '/api/me'],
  ]) {
    for (const [name, cookie] of COOKIES) {
      cases.push({
        name: `cookie ${name}`,
        method: method!,
        path: path!,
        headers: { cookie },
        withCookie: false,
        mustFail: true,
      });
    }
  }
  return cases;
}

/** Every request of the auth fuzz run, in a fixed order. */
export function authCorpus(): FuzzCase[] {
  return [...fieldCases(), ...rawCases(), ...cookieCases()];
}
