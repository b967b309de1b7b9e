/**
 * The state of a typing drill, position by position, updated one key at a time.
 *
 * It is positional, as keybr's is: the character typed at position i is compared with the
 * target's character i. A skipped letter therefore shows every later letter as wrong until
 * it is fixed, which is what tells the typist to stop and correct.
 */

export const CharState = {
  Pending: 0,
  Correct: 1,
  Incorrect: 2,
  /** Right now, but only after a mistake at this position. */
  Corrected: 3,
} as const;
export type CharState = (typeof CharState)[keyof typeof CharState];

export type TypingInput = { kind: "char"; char: string } | { kind: "backspace"; word: boolean };

/** Positions whose state changed, as a half-open range, and where the caret went. */
export interface TypingChange {
  from: number;
  to: number;
  caret: number;
}

const WHITESPACE = /\s/u;

export class TypingModel {
  readonly target: readonly string[];
  readonly precision: boolean;
  readonly states: Uint8Array;
  private readonly typed: string[] = [];
  /** 1 where any wrong key was ever pressed at this position. */
  private readonly missedAt: Uint8Array;
  private keystrokes = 0;
  private wrongKeystrokes = 0;
  private inPlace = 0;

  constructor(target: string, precision: boolean) {
    this.target = Array.from(target);
    this.precision = precision;
    this.states = new Uint8Array(this.target.length);
    this.missedAt = new Uint8Array(this.target.length);
  }

  get caret(): number {
    return this.typed.length;
  }

  get finished(): boolean {
    return this.typed.length >= this.target.length;
  }

  get text(): string {
    return this.typed.join("");
  }

  /** Share of character keys that were right when pressed; 1 before the first key. */
  get accuracy(): number {
    return this.keystrokes === 0 ? 1 : 1 - this.wrongKeystrokes / this.keystrokes;
  }

  /** Characters in place and right: what live speed counts. */
  get correctChars(): number {
    return this.inPlace;
  }

  apply(input: TypingInput): TypingChange | null {
    if (input.kind === "backspace") return this.erase(input.word ? this.wordLength() : 1);
    if (this.finished) return null;
    const at = this.typed.length;
    const right = input.char === this.target[at];
    this.keystrokes++;
    if (!right) {
      this.wrongKeystrokes++;
      this.missedAt[at] = 1;
    }
    if (!right && this.precision) {
      // The caret waits on the character until it is typed right; the key never enters
      // the text, so there is nothing to erase.
      if (this.states[at] === CharState.Incorrect) return null;
      this.states[at] = CharState.Incorrect;
      return { from: at, to: at + 1, caret: at };
    }
    this.typed.push(input.char);
    if (right) this.inPlace++;
    this.states[at] = !right
      ? CharState.Incorrect
      : this.missedAt[at]
        ? CharState.Corrected
        : CharState.Correct;
    return { from: at, to: at + 1, caret: at + 1 };
  }

  /** Whitespace before the caret, then the word before that, as browsers delete a word. */
  private wordLength(): number {
    let at = this.typed.length;
    while (at > 0 && WHITESPACE.test(this.typed[at - 1]!)) at--;
    while (at > 0 && !WHITESPACE.test(this.typed[at - 1]!)) at--;
    return this.typed.length - at;
  }

  private erase(count: number): TypingChange | null {
    const caret = this.typed.length;
    // A wrong key held at the caret in precision mode is let go when the caret moves.
    const held = this.precision && this.states[caret] === CharState.Incorrect;
    if (count === 0 || caret === 0) {
      if (!held) return null;
      this.states[caret] = CharState.Pending;
      return { from: caret, to: caret + 1, caret };
    }
    for (let i = 0; i < count; i++) {
      const at = this.typed.length - 1;
      if (this.typed.pop() === this.target[at]) this.inPlace--;
      this.states[at] = CharState.Pending;
    }
    if (held) this.states[caret] = CharState.Pending;
    return { from: caret - count, to: held ? caret + 1 : caret, caret: caret - count };
  }
}
