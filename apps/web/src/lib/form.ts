import { createSignal } from "solid-js";
import { createStore, type SetStoreFunction } from "solid-js/store";
import { z } from "zod";
import type { FieldErrors } from "./trpc.ts";

/** A submit that failed in a way the person can fix: a message, and fields to point at. */
export class FormFailure extends Error {
  constructor(
    message: string,
    readonly fieldErrors: FieldErrors = {},
  ) {
    super(message);
  }
}

export interface Form<T extends object, Out> {
  values: T;
  set: SetStoreFunction<T>;
  errors: () => FieldErrors;
  error: (field: keyof T & string) => string[] | undefined;
  /** Validates with the shared schema; returns the parsed value or null with errors shown. */
  validate: () => Out | null;
  showServerErrors: (errors: FieldErrors) => void;
  submitting: () => boolean;
  /** Runs an async submit once at a time. */
  run: (task: () => Promise<void>) => Promise<void>;
}

/**
 * Form state validated by the same zod schema the API uses. After the first submit,
 * every change re-validates, so an error disappears as soon as it is fixed.
 */
export function createForm<S extends z.ZodType<unknown, object>>(
  schema: S,
  initial: z.input<S> & object,
): Form<z.input<S> & object, z.output<S>> {
  type T = z.input<S> & object;
  // A JSON copy, not structuredClone: initial values often come from query data, which
  // Solid wraps in proxies that structuredClone refuses.
  const [values, setValues] = createStore<T>(JSON.parse(JSON.stringify(initial)) as T);
  const [errors, setErrors] = createSignal<FieldErrors>({});
  const [attempted, setAttempted] = createSignal(false);
  const [submitting, setSubmitting] = createSignal(false);

  const check = () => {
    const result = schema.safeParse(values);
    setErrors(result.success ? {} : (z.flattenError(result.error).fieldErrors as FieldErrors));
    return result.success ? result.data : null;
  };

  const set = ((...args: unknown[]) => {
    (setValues as (...a: unknown[]) => void)(...args);
    if (attempted()) check();
  }) as SetStoreFunction<T>;

  return {
    values,
    set,
    errors,
    error: (field) => errors()[field],
    validate: () => {
      setAttempted(true);
      return check();
    },
    showServerErrors: (serverErrors) => setErrors(serverErrors),
    submitting,
    run: async (task) => {
      if (submitting()) return;
      setSubmitting(true);
      try {
        await task();
      } finally {
        setSubmitting(false);
      }
    },
  };
}

type StringKeys<T> = {
  [K in keyof T & string]: T[K] extends string | undefined ? K : never;
}[keyof T & string];

/**
 * The props that wire a text field to one string field of a form. Getters keep them
 * reactive when spread into a component.
 */
export function bindText<T extends object, Out>(form: Form<T, Out>, name: StringKeys<T>) {
  return {
    name,
    get value() {
      return (form.values[name] as string | undefined) ?? "";
    },
    onInput: (value: string) => (form.set as (k: string, v: string) => void)(name, value),
    get errors() {
      return form.error(name);
    },
  };
}
