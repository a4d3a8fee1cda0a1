/**
 * The one way the web app talks to the API: JSON in and out, the session cookie sent by the
 * browser, the CSRF token echoed on writes, the UI's language asked for (problem details come
 * back in it), and problem+json turned into an ApiError that forms show next to their fields.
 */

import type { FieldError, Language, Problem } from './types';

/** A problem answered by the API (or a network failure, status 0). */
export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail);
  }

  get status(): number {
    return this.problem.status;
  }

  get code(): string {
    return this.problem.code;
  }

  /** The message of a field (`subject`, `checklist.0.note`), if the server named it. */
  fieldError(field: string): string | undefined {
    return this.problem.errors?.find((e: FieldError) => e.field === field)?.message;
  }
}

let csrfToken: string | null = null;
let language: Language = 'es';
let onUnauthenticated: () => void = () => {};

/** The session's CSRF token (from login or GET /me). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The UI's language: sent as Accept-Language so problem details come back in it. */
export function setApiLanguage(value: Language): void {
  language = value;
}

/** Called when a request answers 401 (the session expired): the app shows the sign-in page. */
export function setUnauthenticatedHandler(handler: () => void): void {
  onUnauthenticated = handler;
}

async function problemOf(response: Response): Promise<ApiError> {
  try {
    const body = (await response.json()) as Partial<Problem> & Record<string, unknown>;
    const { type, title, status, instance, code, detail, errors, ...extensions } = body;
    return new ApiError({
      status: response.status,
      code: code ?? 'INTERNAL_ERROR',
      detail: detail ?? response.statusText,
      ...(errors ? { errors } : {}),
      ...(Object.keys(extensions).length > 0 ? { extensions } : {}),
    });
  } catch {
    return new ApiError({
      status: response.status,
      code: 'INTERNAL_ERROR',
      detail: response.statusText,
    });
  }
}

/** The JSON of a response made elsewhere (the boot request), with the same error handling. */
export async function readResponse<T>(response: Response, quiet401 = false): Promise<T> {
  if (!response.ok) {
    const error = await problemOf(response);
    if (response.status === 401 && !quiet401) onUnauthenticated();
    throw error;
  }
  return (await response.json()) as T;
}

export interface RequestOptions {
  readonly body?: unknown;
  readonly form?: FormData;
  readonly headers?: Record<string, string>;
  /** A 401 is expected here (e.g. checking for a session): do not bounce to sign-in. */
  readonly quiet401?: boolean;
}

/** Calls `/api/v1${path}` and returns its JSON (undefined for 204). */
export async function api<T>(
  method: string,
  path: string,
  options: RequestOptions = {},
): Promise<T> {
  const headers: Record<string, string> = {
    accept: 'application/json',
    'accept-language': language,
    ...options.headers,
  };
  if (method !== 'GET' && csrfToken !== null) headers['x-csrf-token'] = csrfToken;
  let body: BodyInit | undefined;
  if (options.form !== undefined) body = options.form;
  else if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, {
      method,
      headers,
      credentials: 'same-origin',
      ...(body === undefined ? {} : { body }),
    });
  } catch {
    throw new ApiError({ status: 0, code: 'NETWORK', detail: '' });
  }
  if (!response.ok) {
    const error = await problemOf(response);
    if (response.status === 401 && !options.quiet401) onUnauthenticated();
    throw error;
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/** A query string from defined values (arrays repeat the key). */
export function query(
  params: Record<string, string | readonly string[] | undefined | null>,
): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    if (typeof value === 'string') search.append(key, value);
    else for (const item of value) search.append(key, item);
  }
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
}

/** Uploads one file to a ticket (attached to a message when given). */
export function uploadAttachment(
  ticketId: string,
  file: File,
  messageId?: string,
): Promise<unknown> {
  const form = new FormData();
  if (messageId !== undefined) form.append('messageId', messageId);
  form.append('file', file, file.name);
  return api('POST', `/tickets/${ticketId}/attachments`, { form });
}
