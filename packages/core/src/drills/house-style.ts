/**
 * Facts of the transcription house style that scoring depends on. The style itself is
 * documented with the content (packages/content/README.md, "Transcription house style").
 */

/** Tags for what a transcriber cannot or should not write as words. */
export const HOUSE_STYLE_TAGS = ["inaudible", "crosstalk", "noise"] as const;
export type HouseStyleTag = (typeof HOUSE_STYLE_TAGS)[number];

/**
 * Anything written like a tag: a bracketed run of letters. Broader than the three house
 * tags on purpose, so a misspelt "[inaudable]" or an invented "[laughter]" is still
 * recognised as a tag and judged as one.
 */
export const TAG_LIKE = /\[\p{L}[\p{L}\p{M} -]{0,30}\]/gu;

export function isHouseStyleTag(name: string): name is HouseStyleTag {
  return (HOUSE_STYLE_TAGS as readonly string[]).includes(name);
}

/** Code-point ranges [start, end) of tag-like tokens in `text`. */
export function tagRanges(text: string): Array<[number, number]> {
  if (!text.includes("[")) return [];
  const ranges: Array<[number, number]> = [];
  let unit = 0;
  let cp = 0;
  const advanceTo = (target: number) => {
    while (unit < target) {
      const code = text.charCodeAt(unit);
      unit += code >= 0xd800 && code <= 0xdbff && unit + 1 < text.length ? 2 : 1;
      cp++;
    }
  };
  for (const match of text.matchAll(TAG_LIKE)) {
    advanceTo(match.index);
    const start = cp;
    advanceTo(match.index + match[0].length);
    ranges.push([start, cp]);
  }
  return ranges;
}
