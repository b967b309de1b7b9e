/**
 * Password rules after OWASP ASVS 5.0 level 2: length is what matters, so no composition
 * rules; at least 12 code points, up to 128 accepted, and nothing from a list of common
 * or breached passwords.
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

export type CommonPasswordCheck = (candidate: string) => boolean;

/** Returns a reason a person can act on, or null when the password is acceptable. */
export function passwordProblem(password: string, isCommon: CommonPasswordCheck): string | null {
  const length = Array.from(password).length;
  if (length < PASSWORD_MIN_LENGTH) {
    return `Use at least ${PASSWORD_MIN_LENGTH} characters (you have ${length}).`;
  }
  if (length > PASSWORD_MAX_LENGTH) return `Use at most ${PASSWORD_MAX_LENGTH} characters.`;
  const lowered = password.toLowerCase();
  // A common word with a year or "!" tacked on is as guessable as the word itself.
  const stem = lowered.replace(/[\d\W_]+$/u, "");
  if (isCommon(lowered) || (stem.length >= 8 && isCommon(stem))) {
    return "This password appears in lists of commonly used passwords. Choose another.";
  }
  if (new Set(lowered).size <= 2) return "Avoid repeating one or two characters.";
  return null;
}
