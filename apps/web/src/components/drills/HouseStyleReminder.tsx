import { Show } from "solid-js";

/** The basic-annotation transcription style, condensed to what a transcriber checks while typing. */
export function HouseStyleReminder(props: { style: string }) {
  return (
    <aside class="house-style" aria-labelledby="house-style-title">
      <h2 id="house-style-title" class="house-style__title">
        House style
      </h2>
      <p class="house-style__line">
        One line per speaker turn:
        <code class="house-style__format">[mm:ss] Label: text</code>
      </p>
      <ul class="house-style__list">
        <li>
          <code>[mm:ss]</code> is when the turn starts, rounded <strong>down</strong> to the second.
          A pause of two seconds or more starts a new line.
        </li>
        <li>
          <strong>Labels:</strong> a speaker's name once the audio says it (on every line),
          otherwise <code>Speaker 1</code>, <code>Speaker 2</code> in order of first speech.
        </li>
        <li>
          <strong>Tags</strong>, lower case: <code>[inaudible]</code> for words you can't make out
          (never guess), <code>[crosstalk]</code> where speakers overlap, <code>[noise]</code> for a
          sound that interrupts.
        </li>
        <Show
          when={props.style === "clean"}
          fallback={
            <li>
              <strong>Full verbatim:</strong> keep fillers (<code>um</code>, <code>uh</code>), false
              starts and repeats as spoken: <code>I- I think</code>, <code>we, uh, we checked</code>
              .
            </li>
          }
        >
          <li>
            <strong>Clean verbatim:</strong> drop fillers (um, uh, er), false starts and stutters;
            keep "like", "you know", "yeah" and self-corrections.
          </li>
        </Show>
        <li>
          <strong>Numbers:</strong> zero to nine in words, 10 and up in numerals; money, times,
          measurements, percentages and codes always in numerals (<code>$49.99</code>,{" "}
          <code>9:15</code>, <code>65%</code>, <code>NW47129</code>).
        </li>
      </ul>
    </aside>
  );
}
