/**
 * Errors for drill input that cannot be scored. Each carries a stable `code` a client can
 * act on, the `field` at fault, and a message a person can read.
 */

export type DrillInputErrorCode =
  | "empty_reference"
  | "empty_target"
  | "no_events"
  | "too_many_events"
  | "invalid_event"
  | "events_out_of_order"
  | "invalid_mark"
  | "too_many_marks"
  | "invalid_transcript"
  | "invalid_argument";

export class DrillInputError extends Error {
  readonly code: DrillInputErrorCode;
  readonly field: string;

  constructor(code: DrillInputErrorCode, field: string, message: string) {
    super(message);
    this.name = "DrillInputError";
    this.code = code;
    this.field = field;
  }
}

/** The reference has nothing to compare against, so every rate would divide by zero. */
export class EmptyReferenceError extends DrillInputError {
  constructor(message = "The reference text is empty, so there is nothing to score against.") {
    super("empty_reference", "reference", message);
    this.name = "EmptyReferenceError";
  }
}
