/**
 * The one error type use cases throw. Route and action wrappers turn it into an HTTP status or
 * field errors; anything that is not an AppError becomes a generic failure with no internals.
 */
export const appErrorStatus = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  VALIDATION: 400,
  /** The dossier changed since it was read (optimistic lock) or is no longer in the expected status. */
  CONFLICT: 409,
  /** The request body is larger than the endpoint accepts (see readJsonBody). */
  PAYLOAD_TOO_LARGE: 413,
} as const;

export type AppErrorCode = keyof typeof appErrorStatus;

/** A problem with one input field; `message` is a message-catalog key, translated by the reader. */
export interface FieldError {
  path: string;
  message: string;
  values?: Record<string, string | number>;
}

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly fieldErrors: FieldError[];

  constructor(code: AppErrorCode, options: { message?: string; fieldErrors?: FieldError[] } = {}) {
    super(options.message ?? code);
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = options.fieldErrors ?? [];
  }

  get status(): number {
    return appErrorStatus[this.code];
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
