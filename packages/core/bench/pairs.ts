/**
 * Deterministic reference/typed pairs for the benchmark: English-like prose and a copy with
 * the kinds of slips people make (wrong, dropped, doubled and swapped letters, missing
 * words, case and punctuation changes) at a chosen rate per character.
 */

export { seededRandom } from "../src/drills/seeded-random.ts";

// Common English words, most frequent first; drawn with a Zipf-like weight so "the" and
// "of" recur as they do in real prose.
const WORDS = (
  "the of and to a in is it you that he was for on are with as I his they be at one have " +
  "this from or had by hot word but what some we can out other were all there when up use " +
  "your how said an each she which do their time if will way about many then them write " +
  "would like so these her long make thing see him two has look more day could go come did " +
  "number sound no most people my over know water than call first who may down side been now " +
  "find any new work part take get place made live where after back little only round man year " +
  "came show every good me give our under name very through just form sentence great think say " +
  "help low line differ turn cause much mean before move right boy old too same tell does set " +
  "three want air well also play small end put home read hand port large spell add even land " +
  "here must big high such follow act why ask men change went light kind off need house picture " +
  "try us again animal point mother world near build self earth father head stand own page " +
  "should country found answer school grow study still learn plant cover food sun four between " +
  "state keep eye never last let thought city tree cross farm hard start might story saw far sea " +
  "draw left late run don't while press close night real life few north open seem together next " +
  "white children begin got walk example ease paper group always music those both mark often " +
  "letter until mile river car feet care second book carry took science eat room friend began " +
  "idea fish mountain stop once base hear horse cut sure watch color face wood main enough plain " +
  "girl usual young ready above ever red list though feel talk bird soon body dog family direct " +
  "pose leave song measure door product black short numeral class wind question happen complete " +
  "ship area half rock order fire south problem piece told knew pass since top whole king space " +
  "heard best hour better true during hundred five remember step early hold west ground interest " +
  "reach fast verb sing listen six table travel less morning ten simple several vowel toward war " +
  "lay against pattern slow center love person money serve appear road map rain rule govern pull " +
  "cold notice voice unit power town fine certain fly fall lead cry dark machine note wait plan " +
  "figure star box noun field rest correct able pound done beauty drive stood contain front teach " +
  "week final gave green oh quick develop ocean warm free minute strong special mind behind clear"
).split(" ");

const CUMULATIVE = (() => {
  const weights = WORDS.map((_, rank) => 1 / (rank + 8));
  let total = 0;
  return weights.map((w) => {
    total += w;
    return total;
  });
})();

function pickWord(random: () => number): string {
  const total = CUMULATIVE[CUMULATIVE.length - 1]!;
  const x = random() * total;
  let lo = 0;
  let hi = CUMULATIVE.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (CUMULATIVE[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return WORDS[lo]!;
}

/** Prose of exactly `length` characters: sentences of 6–20 words, commas, some numbers. */
export function englishText(random: () => number, length: number): string {
  let out = "";
  while (out.length < length) {
    const words = 6 + Math.floor(random() * 15);
    let sentence = "";
    for (let w = 0; w < words; w++) {
      let word = random() < 0.03 ? String(Math.floor(random() * 2000)) : pickWord(random);
      if (w === 0) word = word[0]!.toUpperCase() + word.slice(1);
      sentence += (w === 0 ? "" : " ") + word;
      if (w > 1 && w < words - 2 && random() < 0.08) sentence += ",";
    }
    out += (out === "" ? "" : " ") + sentence + (random() < 0.1 ? "?" : ".");
  }
  return out.slice(0, length);
}

const LETTERS = "etaoinshrdlcumwfgypbvkjxqz";

/** A typed copy of `reference` with about `rate` edits per reference character. */
export function typedCopy(random: () => number, reference: string, rate: number): string {
  const chars = Array.from(reference);
  const out: string[] = [];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (random() >= rate) {
      out.push(ch);
      continue;
    }
    const kind = random();
    const letter = LETTERS[Math.floor(random() * LETTERS.length)]!;
    if (kind < 0.35) out.push(letter);
    else if (kind < 0.55) continue;
    else if (kind < 0.7) out.push(ch, letter);
    else if (kind < 0.82 && i + 1 < chars.length) {
      out.push(chars[i + 1]!, ch);
      i++;
    } else if (kind < 0.9) out.push(ch === ch.toUpperCase() ? ch.toLowerCase() : ch.toUpperCase());
    else {
      // A dropped word: skip to the next space.
      while (i < chars.length && chars[i] !== " ") i++;
    }
  }
  return out.join("");
}
