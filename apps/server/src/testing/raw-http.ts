import { type IncomingHttpHeaders, request } from 'node:http';
import { connect } from 'node:net';

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  /** The body parsed as JSON, or undefined when it is not JSON. */
  body: any;
}

export interface RawRequest {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  /** The body, sent whole; with `declaredLength`, only its start is sent and the server must answer anyway. */
  body?: string | Buffer;
  /**
   * A Content-Length larger than `body`: the rest is never sent, so an answer proves the server decided
   * without reading the body (a server that waits for it never answers, and the test times out).
   */
  declaredLength?: number;
}

const parse = (text: string) => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

/** One request over node:http, for what fetch refuses to send: any method (TRACE), any Host, a body cut short. */
export function rawRequest(
  baseUrl: string,
  { method = 'GET', path, headers = {}, body, declaredLength }: RawRequest,
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const sentHeaders = declaredLength === undefined ? headers : { ...headers, 'content-length': String(declaredLength) };
    const req = request(new URL(path, baseUrl), { method, headers: sentHeaders, agent: false, setHost: !('host' in headers) }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        req.destroy();
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: parse(Buffer.concat(chunks).toString('utf8')) });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    if (declaredLength === undefined) req.end(body);
    else if (body !== undefined) req.write(body);
  });
}
/** Raw bytes to the server's port, for what is not HTTP at all; resolves to what comes back before it closes. */
export function rawSocket(baseUrl: string, bytes: string): Promise<string> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname === 'localhost' ? '127.0.0.1' : hostname, () => socket.end(bytes));
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('close', () => resolve(Buffer.concat(chunks).toString('utf8')));
    socket.on('error', reject);
  });
}
