/**
 * Detection of personal data in text a worker writes. Prompts go into training sets, so
 * anything that looks like a real person's contact or identity details is refused, invented
 * or not: a reviewer cannot tell an invented phone number from a real one.
 */

export const PERSONAL_DATA_KINDS = [
  "email",
  "phone",
  "street_address",
  "national_id",
  "payment_card",
] as const;
export type PersonalDataKind = (typeof PERSONAL_DATA_KINDS)[number];

export interface PersonalDataFinding {
  kind: PersonalDataKind;
  text: string;
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

const PHONES = [
  // International: +44 20 7946 0958, +1-555-123-4567
  /(?<![\p{L}\p{N}])\+\d{1,3}[\s.-]?(?:\(\d{1,4}\)[\s.-]?)?\d{1,4}(?:[\s.-]?\d{2,4}){1,4}(?!\d)/gu,
  // North American: (555) 123-4567, 555-123-4567, 555.123.4567
  /(?<!\d)\(\d{3}\)\s?\d{3}[\s.-]\d{4}(?!\d)/g,
  /(?<![\d.-])\d{3}([.-])\d{3}\1\d{4}(?![.-]?\d)/g,
  // National trunk prefix: 020 7946 0958, 030-1234-5678
  /(?<![\d.-])0\d{2,4}[\s-]\d{3,4}[\s-]\d{3,4}(?![.-]?\d)/g,
];

const NATIONAL_IDS = [
  // US social security number
  /(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])/g,
  // UK national insurance number, including the QQ form used in examples: it looks real to a reader
  /\b[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b/g,
  // Twelve digits in groups of four (e.g. an Indian Aadhaar number)
  /(?<!\d[ -]?)\d{4} \d{4} \d{4}(?! ?\d)/g,
];

const STREET_ADDRESS =
  /\b\d{1,5}[A-Za-z]?,? (?:[A-Z][\p{L}'.-]* ){1,4}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Close|Crescent|Square|Sq|Highway|Hwy|Parkway|Pkwy|Straße|Strasse|Rue)\b\.?/gu;

const CARD_CANDIDATE = /(?<!\d)(?:\d[ -]?){12,18}\d(?!\d)/g;

/** The Luhn checksum every payment card number satisfies; it keeps long numbers in maths apart. */
function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

function digitCount(text: string): number {
  return text.replace(/\D/g, "").length;
}

/** Everything in the text that looks like personal data, in order of kind. */
export function findPersonalData(text: string): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  for (const match of text.matchAll(EMAIL)) findings.push({ kind: "email", text: match[0] });
  for (const pattern of PHONES) {
    for (const match of text.matchAll(pattern)) {
      const digits = digitCount(match[0]);
      if (digits >= 9 && digits <= 15) findings.push({ kind: "phone", text: match[0].trim() });
    }
  }
  for (const match of text.matchAll(STREET_ADDRESS)) {
    findings.push({ kind: "street_address", text: match[0] });
  }
  for (const pattern of NATIONAL_IDS) {
    for (const match of text.matchAll(pattern))
      findings.push({ kind: "national_id", text: match[0] });
  }
  for (const match of text.matchAll(CARD_CANDIDATE)) {
    const digits = match[0].replace(/\D/g, "");
    if (digits.length >= 13 && digits.length <= 19 && passesLuhn(digits)) {
      findings.push({ kind: "payment_card", text: match[0] });
    }
  }
  return findings;
}
