// The small set of errors services throw; http/error-handler.ts maps each to one HTTP status.
export class ValidationError extends Error {
  /** Path of the offending field in the request, e.g. `exercises[0].unit`. */
  readonly field: string;
  constructor(field: string, message: string) {
    super(message);
    this.name = 'ValidationError';
    this.field = field;
  }
}

export class NotFoundError extends Error {
  constructor(message = 'Not found') {
    super(message);
    this.name = 'NotFoundError';
  }
}

/** Signed in, but this role may not do this (a record the actor cannot see is a NotFoundError). */
export class ForbiddenError extends Error {
  constructor(message = 'You are not allowed to do this') {
    super(message);
    this.name = 'ForbiddenError';
  }
}

export class ConflictError extends Error {
  readonly field: string | null;
  constructor(message: string, field: string | null = null) {
    super(message);
    this.name = 'ConflictError';
    this.field = field;
  }
}

/** No valid session: the only error outside the four of STYLE.md, because 401 ≠ 403. */
export class UnauthenticatedError extends Error {
  constructor(message = 'Please sign in') {
    super(message);
    this.name = 'UnauthenticatedError';
  }
}
