// Normalisation: the views of a message that the checks read, each mapped back to the submitted text.
//   base view:    invisible characters dropped, NFKC (fullwidth, styled and circled letters), accents
//                 stripped from Latin/Greek/Cyrillic, lower case, look-alike letters to Latin in words
//                 that mix scripts or are made only of look-alikes; "®", "©" and "¢" in an app's name as "r" and "c".
//   contact view: the base view with number words written as digits ("five five" -> "5 5").
import { allMatches } from './all-matches.js';
import { identityText, type MappedText, MappedTextBuilder } from './mapped-text.js';

// Format characters (zero-width, bidi controls, joiners), variation selectors, combining marks,
// Hangul fillers and the braille blank: none of them is visible on its own.
const INVISIBLE = /^[\p{Cf}\p{Mn}\p{Me}\u115F\u1160\u3164\uFFA0\u2800\u180E]$/u;

// Look-alike letters of other scripts, lower case, to the Latin letter they imitate.
const LOOK_ALIKES: Record<string, string> = {
  // Cyrillic
  а: 'a', в: 'b', с: 'c', е: 'e', ё: 'e', һ: 'h', і: 'i', ї: 'i', ј: 'j', к: 'k', м: 'm', н: 'h', о: 'o',
  р: 'p', т: 't', у: 'y', х: 'x', ѕ: 's', ԁ: 'd', ԛ: 'q', ԝ: 'w', ь: 'b', ү: 'y', ӏ: 'l', г: 'r', п: 'n', и: 'u',
  // Greek
  α: 'a', β: 'b', γ: 'y', ε: 'e', η: 'n', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x',
  ω: 'w', ς: 's', σ: 'o', μ: 'u', ϲ: 'c', ϳ: 'j',
  // Latin letters that do not decompose
  ƒ: 'f', ı: 'i', ɑ: 'a', ℓ: 'l', ø: 'o', đ: 'd', ł: 'l', ħ: 'h', ŧ: 't', ɡ: 'g', ʏ: 'y', ɪ: 'i', ʀ: 'r', ᴄ: 'c',
  ᴅ: 'd', ᴇ: 'e', ᴋ: 'k', ᴍ: 'm', ɴ: 'n', ᴏ: 'o', ᴘ: 'p', ᴛ: 't', ᴜ: 'u', ᴠ: 'v', ᴡ: 'w', ᴢ: 'z', ꜱ: 's',
  // The rest of the small capitals (ᴡʜᴀᴛꜱᴀᴘᴘ)
  ᴀ: 'a', ʙ: 'b', ꜰ: 'f', ɢ: 'g', ʜ: 'h', ᴊ: 'j', ʟ: 'l', ǫ: 'q', ʍ: 'w',
};

/**
 * The Russian letter the base view wrote as each Latin one (the first of LOOK_ALIKES for it), to
 * read a run of single letters again among Cyrillic ones ("х у й н я" reads "x y й h я").
 */
const RUSSIAN_OF_LATIN: Record<string, string> = {};
for (const [letter, latin] of Object.entries(LOOK_ALIKES)) if (/[а-яё]/.test(letter)) RUSSIAN_OF_LATIN[latin] ??= letter;

/** `text` with the Latin letters that stand for Russian look-alikes written in Russian again. */
export const inRussianLetters = (text: string): string => text.replace(/[a-z]/g, (letter) => RUSSIAN_OF_LATIN[letter] ?? letter);

const LATIN_LETTER = /[a-z]/;
const LETTER = /^\p{L}$/u;

interface Piece {
  text: string;
  from: number;
  to: number;
}

// Decimal digits of other scripts (NFKC leaves them): Arabic-Indic, Persian, Devanagari, Bengali,
// Gurmukhi, Gujarati, Tamil, Telugu, Kannada, Malayalam, Thai, Lao, Myanmar, Khmer.
const DIGIT_ZEROS = [0x660, 0x6f0, 0x966, 0x9e6, 0xa66, 0xae6, 0xbe6, 0xc66, 0xce6, 0xd66, 0xe50, 0xed0, 0x1040, 0x17e0];

function otherScriptDigit(code: number): string | null {
  for (const zero of DIGIT_ZEROS) if (code >= zero && code <= zero + 9) return String(code - zero);
  return null;
}

// Circled digits that NFKC leaves as they are (❶ ➀ ➊ ⓵ ⓫ ⓿ 🄋): the first code point of each run and the number it stands for.
const CIRCLED_NUMBER_RUNS: Array<[first: number, last: number, value: number]> = [
  [0x2776, 0x277f, 1], [0x2780, 0x2789, 1], [0x278a, 0x2793, 1], [0x24f5, 0x24fe, 1], [0x24eb, 0x24f4, 11], [0x24ff, 0x24ff, 0],
  [0x1f10b, 0x1f10b, 0], [0x1f10c, 0x1f10c, 0],
];

function circledNumber(code: number): string | null {
  for (const [first, last, value] of CIRCLED_NUMBER_RUNS) if (code >= first && code <= last) return String(value + code - first);
  return null;
}

/** Circled numbers of any style: ① ⓪ ⓫ ⓵ ⓿ ❶ ➀ ➊ 🄋. */
function isCircledNumber(code: number): boolean {
  return (code >= 0x2460 && code <= 0x2473) || code === 0x24ea || circledNumber(code) !== null;
}

/** A circled number standing alone numbers a list ("① 2500円 ② 3000円"): it reads as "№", not as a digit of a phone number. */
const LIST_NUMBER = '№';

function besideCircledNumber(text: string, index: number, length: number): boolean {
  const before = index > 0 ? text.codePointAt(index - (index >= 2 && /[\uDC00-\uDFFF]/.test(text[index - 1]!) ? 2 : 1)) : undefined;
  const after = text.codePointAt(index + length);
  return (before !== undefined && isCircledNumber(before)) || (after !== undefined && isCircledNumber(after));
}

/** One code point, made visible-letter plain: NFKC, no accents, lower case. Empty when invisible. */
function plainCodePoint(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x80) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : char;
  const digit = otherScriptDigit(code) ?? circledNumber(code);
  if (digit !== null) return digit;
  if (INVISIBLE.test(char)) return '';
  // Regional indicators (🇦..🇿), negative circled (🅐) and negative squared (🅰) letters.
  if (code >= 0x1f1e6 && code <= 0x1f1ff) return String.fromCharCode(97 + code - 0x1f1e6);
  if (code >= 0x1f150 && code <= 0x1f169) return String.fromCharCode(97 + code - 0x1f150);
  if (code >= 0x1f170 && code <= 0x1f189) return String.fromCharCode(97 + code - 0x1f170);
  let plain = char.normalize('NFKC');
  // Accents off Latin and Greek letters; Cyrillic keeps its й, which is a letter of its own.
  if (/[\u00C0-\u03FF\u1E00-\u1FFF]/.test(plain)) plain = plain.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
  return plain.toLowerCase();
}

// The ideographic full stop ("。", "｡") ends a sentence in Chinese and Japanese, but browsers read it as
// a dot in an address (IDNA does): between Latin letters or digits it is one ("example。com/contact").
const IDEOGRAPHIC_STOPS = new Set([0x3002, 0xff61]);
const ASCII_ALNUM = /^[a-z0-9]$/;

function isDomainStop(submitted: string, index: number, point: number, pieces: Piece[]): boolean {
  if (!IDEOGRAPHIC_STOPS.has(point)) return false;
  const before = pieces[pieces.length - 1]?.text ?? '';
  return ASCII_ALNUM.test(before) && /^[A-Za-z0-9]$/.test(submitted[index + 1] ?? '');
}

// The registered, copyright and cent signs draw an R and a C: in an app's name they are typed for them ("teleg®am", "fa©ebook",
// "®eddit", "messenge®", "snap¢hat"). Anywhere else they are what they say ("Instagram®", "© 2024", "Lego®Technic", "Medi©Kit"), and
// the profanity check reads them where a swear word is spelled with them.
const LETTER_SIGNS: Record<number, string> = { 0xae: 'r', 0xa9: 'c', 0xa2: 'c' };
const SIGNED_NAMES = new Set(
  'whatsapp telegram instagram insta facebook snapchat snap discord messenger reddit cashapp skype signal viber tiktok wechat twitter kik linkedin gmail hotmail outlook yahoo icloud'.split(' '),
);
// The longest of them: a word any longer is none of them, and is read no further.
const LONGEST_SIGNED_NAME = Math.max(...[...SIGNED_NAMES].map((name) => name.length));
const isAsciiLetter = (code: number) => (code >= 97 && code <= 122) || (code >= 65 && code <= 90);

/** The letter a sign stands for where the word it is in, read so, is an app's name (SIGNED_NAMES). */
function letterSign(submitted: string, index: number, point: number, pieces: Piece[]): string | null {
  const letter = LETTER_SIGNS[point];
  if (letter === undefined) return null;
  // The word's bounds first, its letters only where it is short enough to be a name.
  let first = pieces.length;
  while (first > 0 && pieces[first - 1]!.text.length === 1 && isAsciiLetter(pieces[first - 1]!.text.charCodeAt(0))) {
    if (pieces.length - --first >= LONGEST_SIGNED_NAME) return null;
  }
  let length = pieces.length - first + 1;
  let end = index + 1;
  for (; end < submitted.length; end++) {
    const code = submitted.charCodeAt(end);
    if (isAsciiLetter(code) || LETTER_SIGNS[code] !== undefined) length++;
    else if (code < 0x80 || !INVISIBLE.test(submitted[end]!)) break;
    if (length > LONGEST_SIGNED_NAME) return null;
  }
  let word = pieces.slice(first).map((piece) => piece.text).join('') + letter;
  for (let i = index + 1; i < end; i++) {
    const code = submitted.charCodeAt(i);
    word += LETTER_SIGNS[code] ?? (isAsciiLetter(code) ? String.fromCharCode(code | 0x20) : '');
  }
  return SIGNED_NAMES.has(word) ? letter : null;
}

// Kana's voiced sound marks, half-width ("ﾋﾞｯﾁ") and combining ("ヒ\u3099"): read a code point at a time, NFKC leaves the first a
// mark of its own and the second is invisible, where NFKC of the whole text joins either to the kana before it ("ビッチ").
const VOICED_MARKS: Record<number, string> = { 0xff9e: '\u3099', 0xff9f: '\u309a', 0x3099: '\u3099', 0x309a: '\u309a' };

/** Joins a voiced mark to the kana just read, where the two make one letter; false where they do not. */
function joinVoicedMark(pieces: Piece[], mark: string, to: number): boolean {
  const last = pieces[pieces.length - 1];
  if (last?.text.length !== 1) return false;
  const joined = (last.text + mark).normalize('NFC');
  if (joined.length !== 1) return false;
  last.text = joined;
  last.to = to;
  return true;
}

/** The base view: what every check reads. */
export function baseView(submitted: string): MappedText {
  // Most messages are plain ASCII: lower case is the whole job, offsets stay as they are.
  if (/^[\x00-\x7f]*$/.test(submitted)) return { ...identityText(submitted), text: submitted.toLowerCase() };
  const pieces: Piece[] = [];
  let lookAlikes = false;
  for (let index = 0; index < submitted.length; ) {
    const code = submitted.charCodeAt(index);
    if (code < 0x80) {
      pieces.push({ text: code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : submitted[index]!, from: index, to: index + 1 });
      index++;
      continue;
    }
    const point = submitted.codePointAt(index)!;
    const char = String.fromCodePoint(point);
    if (VOICED_MARKS[point] !== undefined && joinVoicedMark(pieces, VOICED_MARKS[point], index + 1)) {
      index++;
      continue;
    }
    const plain = isCircledNumber(point) && !besideCircledNumber(submitted, index, char.length)
      ? LIST_NUMBER
      : isDomainStop(submitted, index, point, pieces)
        ? '.'
        : (letterSign(submitted, index, point, pieces) ?? plainCodePoint(char));
    if (plain) pieces.push({ text: plain, from: index, to: index + char.length });
    if (LOOK_ALIKES[plain] !== undefined) lookAlikes = true;
    index += char.length;
  }
  if (lookAlikes) mapLookAlikes(pieces);
  const starts = new Int32Array(pieces.reduce((n, p) => n + p.text.length, 0));
  const ends = new Int32Array(starts.length);
  let at = 0;
  for (const piece of pieces) {
    for (let i = 0; i < piece.text.length; i++, at++) {
      starts[at] = piece.from;
      ends[at] = piece.to;
    }
  }
  return { text: pieces.map((p) => p.text).join(''), starts, ends };
}

/** Rewrites look-alike letters in words that contain Latin letters or consist only of look-alikes. */
function mapLookAlikes(pieces: Piece[]): void {
  let start = 0;
  while (start < pieces.length) {
    if (!LETTER.test(pieces[start]!.text)) {
      start++;
      continue;
    }
    let end = start;
    let latin = false;
    let allMappable = true;
    let anyMappable = false;
    while (end < pieces.length && LETTER.test(pieces[end]!.text)) {
      const letter = pieces[end]!.text;
      if (LATIN_LETTER.test(letter)) latin = true;
      else if (LOOK_ALIKES[letter]) anyMappable = true;
      else allMappable = false;
      end++;
    }
    if (anyMappable && (latin || allMappable)) {
      for (let i = start; i < end; i++) {
        const mapped = LOOK_ALIKES[pieces[i]!.text];
        if (mapped) pieces[i]!.text = mapped;
      }
    }
    start = end;
  }
}

/**
 * Text as the base view writes it as far as combining marks go: without them (INVISIBLE). Words
 * the checks look for in scripts that combine (Devanagari's vowel signs) are written this way.
 */
export function withoutCombiningMarks(text: string): string {
  return text.replace(/\p{Mn}/gu, '');
}

/**
 * Ukrainian words with an apostrophe ("п'ять"), as it is typed three ways (' ’ ʼ), and as the base view
 * writes a "п" before it: a one-letter word of look-alike letters, "n".
 */
function withApostrophes(words: Record<string, string>): Record<string, string> {
  const forms: Record<string, string> = {};
  for (const [word, digits] of Object.entries(words)) {
    for (const apostrophe of ["'", '’', 'ʼ']) {
      const typed = word.replace("'", apostrophe);
      forms[typed] = digits;
      if (typed.startsWith(`п${apostrophe}`)) forms[`n${typed.slice(1)}`] = digits;
    }
  }
  return forms;
}

function withoutMarks(words: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(words).map(([word, digit]) => [withoutCombiningMarks(word), digit]));
}

const NUMBER_WORDS: Record<string, string> = {
  zero: '0', oh: '0', o: '0', nought: '0', nil: '0', one: '1', two: '2', three: '3', four: '4', five: '5',
  six: '6', seven: '7', eight: '8', nine: '9', ten: '10', eleven: '11', twelve: '12',
  // Spanish, French, German, Italian, Portuguese
  cero: '0', uno: '1', dos: '2', tres: '3', cuatro: '4', cinco: '5', seis: '6', siete: '7', ocho: '8', nueve: '9',
  un: '1', une: '1', deux: '2', trois: '3', quatre: '4', cinq: '5', sept: '7', huit: '8', neuf: '9',
  null: '0', eins: '1', zwei: '2', drei: '3', vier: '4', funf: '5', sechs: '6', sieben: '7', acht: '8', neun: '9',
  // German "zwo", two as it is said on the phone so as not to be heard as "drei" (only in a number: dropZwoOutsideNumbers)
  zwo: '2',
  due: '2', tre: '3', quattro: '4', sei: '6', sette: '7', otto: '8', nove: '9', um: '1', dois: '2', quatro: '4',
  oito: '8', cinque: '5', sete: '7',
  // Polish, Turkish, Swahili (accents off: "pięć" reads "piec", "sıfır" "sifir")
  jeden: '1', dwa: '2', trzy: '3', cztery: '4', piec: '5', szesc: '6', siedem: '7', osiem: '8', dziewiec: '9',
  sifir: '0', bir: '1', iki: '2', uc: '3', dort: '4', bes: '5', alti: '6', yedi: '7', sekiz: '8', dokuz: '9',
  sifuri: '0', moja: '1', mbili: '2', tatu: '3', nne: '4', tano: '5', sita: '6', saba: '7', nane: '8', tisa: '9',
  // Czech and Slovak (accents off: "čtyři" reads "ctyri", "šesť" "sest")
  nula: '0', jedna: '1', dva: '2', tri: '3', ctyri: '4', styri: '4', pet: '5', pat: '5', sest: '6', sedm: '7', sedem: '7', osm: '8',
  osem: '8', devet: '9', devat: '9',
  // Russian; "три", "семь" and "восемь" are all look-alike letters, which the base view writes in Latin
  ноль: '0', нуль: '0', один: '1', одна: '1', два: '2', две: '2', три: '3', tpu: '3', четыре: '4', пять: '5', шесть: '6',
  семь: '7', cemb: '7', восемь: '8', bocemb: '8', девять: '9',
  // Russian and Ukrainian in Latin letters ("moy nomer: vosem, devyat odin shest, …"); the short ones are everyday words elsewhere
  // ("sem" is Portuguese "without", "sim" a phone's card) and count only in a chain, as the others do
  odin: '1', chetyre: '4', chetire: '4', chotyry: '4', pyat: '5', pjat: '5', shest: '6', shist: '6', sem: '7', sim: '7', vosem: '8', visim: '8', devyat: '9', devjat: '9',
  // Ukrainian ("сім" and "вісім" are look-alike letters only)
  чотири: '4', шість: '6', сім: '7', cim: '7', вісім: '8', bicim: '8',
  ...withApostrophes({ "п'ять": '5', "дев'ять": '9' }),
  // Dutch; Hindi and Urdu as they are written in Latin letters
  nul: '0', een: '1', twee: '2', drie: '3', vijf: '5', zes: '6', zeven: '7', negen: '9',
  shunya: '0', sunya: '0', ek: '1', do: '2', teen: '3', char: '4', chaar: '4', panch: '5', paanch: '5', chhe: '6', chhah: '6', che: '6',
  saat: '7', aath: '8', aat: '8', nau: '9',
  // Indonesian and Malay, Tagalog, Vietnamese (accents off: "chín" reads "chin")
  nol: '0', kosong: '0', satu: '1', dua: '2', tiga: '3', empat: '4', lima: '5', enam: '6', tujuh: '7', delapan: '8', sembilan: '9',
  isa: '1', dalawa: '2', tatlo: '3', apat: '4', anim: '6', pito: '7', walo: '8', siyam: '9',
  khong: '0', mot: '1', hai: '2', ba: '3', bon: '4', nam: '5', sau: '6', bay: '7', tam: '8', chin: '9',
  // Romanian (accents off: "șapte" reads "sapte"); Greek, also as the base view writes the words made
  // only of look-alike letters ("ένα" reads "eva", "τέσσερα" "teooepa")
  unu: '1', doi: '2', trei: '3', patru: '4', cinci: '5', sase: '6', sapte: '7', opt: '8', noua: '9',
  // Catalan ("u" is one: "sis-sis-u"; like every short word, only in a chain of three number words)
  u: '1', cinc: '5', sis: '6', set: '7', vuit: '8', nou: '9',
  μηδεν: '0', ενα: '1', eva: '1', δυο: '2', τρια: '3', tpia: '3', τεσσερα: '4', teooepa: '4', πεντε: '5', εξι: '6', επτα: '7',
  εφτα: '7', οκτω: '8', oktw: '8', οχτω: '8', oxtw: '8', εννεα: '9', evvea: '9', εννια: '9', evvia: '9',
  // Swedish and Norwegian (accents off: "två" reads "tva", "åtta" "atta"); "en", "to" and "ni" are too
  // ordinary to be digits, "ett", "fem", "sex" and "fire" count only in a chain of number words
  noll: '0', ett: '1', tva: '2', fyra: '4', fem: '5', sex: '6', sju: '7', atta: '8', nio: '9', seks: '6', syv: '7', atte: '8', fire: '4',
  // Hebrew
  אפס: '0', אחת: '1', אחד: '1', שתיים: '2', שתים: '2', שניים: '2', שלוש: '3', שלושה: '3', ארבע: '4', ארבעה: '4', חמש: '5',
  חמישה: '5', שש: '6', שישה: '6', שבע: '7', שבעה: '7', שמונה: '8', תשע: '9', תשעה: '9',
  // Arabic and Persian
  صفر: '0', واحد: '1', اثنين: '2', اثنان: '2', ثلاثة: '3', ثلاث: '3', أربعة: '4', اربعة: '4', خمسة: '5', ستة: '6', سبعة: '7',
  ثمانية: '8', تسعة: '9', یک: '1', دو: '2', سه: '3', چهار: '4', پنج: '5', شش: '6', هفت: '7', هشت: '8', نه: '9',
  // Hindi, without the combining vowel signs the base view drops ("शून्य" reads "शनय")
  ...withoutMarks({ शून्य: '0', एक: '1', दो: '2', तीन: '3', चार: '4', पांच: '5', पाँच: '5', छह: '6', छः: '6', सात: '7', आठ: '8', नौ: '9' }),
  // Bengali, likewise (its য় is য and a mark, which goes: "ছয়" reads "ছয")
  ...withoutMarks({ শূন্য: '0', এক: '1', দুই: '2', তিন: '3', চার: '4', পাঁচ: '5', ছয: '6', সাত: '7', আট: '8', নয: '9' }),
  // Hungarian (accents off: "kettő" reads "ketto"); "egy" is also "a", "hat" and "het" English and Dutch words:
  // like every short word, they count only in a chain of number words
  nulla: '0', egy: '1', ketto: '2', harom: '3', negy: '4', ot: '5', hat: '6', het: '7', nyolc: '8', kilenc: '9',
  // Arabic in Latin letters (Arabizi), with its digits for the sounds Latin lacks ("5amsa", "sab3a"), and "th" or not for its "ث" ("ithnain", "itnen")
  sifr: '0', wa7ed: '1', wahed: '1', wahid: '1', etnen: '2', itnen: '2', itnein: '2', ithnain: '2', ithnein: '2', ithnayn: '2', itnain: '2', tnen: '2', talata: '3', tlata: '3', thalatha: '3',
  arba3a: '4', arba3: '4', arbaa: '4', '5amsa': '5', khamsa: '5', setta: '6', sitta: '6', sab3a: '7', tamanya: '8', tmanya: '8',
  thamanya: '8', thamania: '8', thamaniya: '8', tes3a: '9', tis3a: '9',
  // and as the Levant says them
  wa7de: '1', tnein: '2', tlete: '3', arb3a: '4', khamse: '5', tmene: '8',
};
// Teens, tens and hundreds: "zero six twelve thirty four" is 0 6 12 34, and words that make one
// number are summed (joinNumber): "trente-quatre" 34, "четыреста восемьдесят два" 482.
const TEENS_AND_TENS: Record<string, string> = {
  thirteen: '13', fourteen: '14', fifteen: '15', sixteen: '16', seventeen: '17', eighteen: '18', nineteen: '19',
  twenty: '20', thirty: '30', forty: '40', fifty: '50', sixty: '60', seventy: '70', eighty: '80', ninety: '90',
  // French, Spanish, Italian, Portuguese, German
  dix: '10', douze: '12', treize: '13', quatorze: '14', quinze: '15', seize: '16', vingt: '20', vingts: '20', trente: '30',
  quarante: '40', cinquante: '50', soixante: '60', diez: '10', doce: '12', veinte: '20', treinta: '30', cuarenta: '40',
  cincuenta: '50', sesenta: '60', setenta: '70', ochenta: '80', noventa: '90', dieci: '10', venti: '20', trenta: '30',
  quaranta: '40', sessanta: '60', settanta: '70', ottanta: '80', novanta: '90', dez: '10', vinte: '20', trinta: '30',
  quarenta: '40', oitenta: '80', zehn: '10', zwanzig: '20', dreissig: '30', vierzig: '40', funfzig: '50', sechzig: '60',
  siebzig: '70', achtzig: '80', neunzig: '90', tien: '10', elf: '11', twaalf: '12', dertien: '13', veertien: '14', vijftien: '15',
  zestien: '16', zeventien: '17', achttien: '18', negentien: '19', twintig: '20', dertig: '30', veertig: '40',
  vijftig: '50', zestig: '60', zeventig: '70', tachtig: '80', negentig: '90',
  // Polish and Turkish (accents off)
  dziesiec: '10', jedenascie: '11', dwanascie: '12', trzynascie: '13', czternascie: '14', pietnascie: '15', szesnascie: '16',
  siedemnascie: '17', osiemnascie: '18', dziewietnascie: '19', dwadziescia: '20', trzydziesci: '30', czterdziesci: '40', piecdziesiat: '50', szescdziesiat: '60',
  siedemdziesiat: '70', osiemdziesiat: '80', dziewiecdziesiat: '90', dwiescie: '200', trzysta: '300', czterysta: '400',
  piecset: '500', szescset: '600', siedemset: '700', osiemset: '800', dziewiecset: '900',
  // Swedish and Norwegian
  tio: '10', tjugo: '20', trettio: '30', fyrtio: '40', femtio: '50', sextio: '60', sjuttio: '70', attio: '80', nittio: '90',
  tjue: '20', tretti: '30', forti: '40', femti: '50', seksti: '60', sytti: '70', atti: '80', nitti: '90',
  yirmi: '20', otuz: '30', kirk: '40', elli: '50', altmis: '60', yetmis: '70', seksen: '80', doksan: '90',
  // Russian (with the Latin forms of words made only of look-alike letters: "сто" reads "cto")
  десять: '10', одиннадцать: '11', двенадцать: '12', тринадцать: '13', четырнадцать: '14', пятнадцать: '15',
  шестнадцать: '16', семнадцать: '17', восемнадцать: '18', девятнадцать: '19', двадцать: '20', тридцать: '30', сорок: '40',
  copok: '40', пятьдесят: '50', шестьдесят: '60', семьдесят: '70', восемьдесят: '80', девяносто: '90', сто: '100', cto: '100',
  двести: '200', триста: '300', tpucta: '300', четыреста: '400', пятьсот: '500', шестьсот: '600', семьсот: '700',
  восемьсот: '800', девятьсот: '900',
  // Ukrainian (сорок, триста and сто as in Russian)
  одинадцять: '11', дванадцять: '12', тринадцять: '13', чотирнадцять: '14', шістнадцять: '16', сімнадцять: '17',
  вісімнадцять: '18', двадцять: '20', тридцять: '30', шістдесят: '60', сімдесят: '70', вісімдесят: '80', двісті: '200',
  чотириста: '400', шістсот: '600', сімсот: '700', вісімсот: '800',
  ...withApostrophes({ "п'ятнадцять": '15', "дев'ятнадцять": '19', "п'ятдесят": '50', "дев'яносто": '90', "п'ятсот": '500', "дев'ятсот": '900' }),
};
Object.assign(NUMBER_WORDS, TEENS_AND_TENS);
// German and Dutch write the unit first, joined to the tens: "achtundvierzig" 48, "tweeëntwintig" 22
// (accents off: "tweeentwintig").
const COMPOUND_UNITS: Array<[string, string[], Record<string, number>]> = [
  ['und', ['ein', 'zwei', 'drei', 'vier', 'funf', 'sechs', 'sieben', 'acht', 'neun'], { zwanzig: 20, dreissig: 30, vierzig: 40, funfzig: 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90 }],
  ['en', ['een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen'], { twintig: 20, dertig: 30, veertig: 40, vijftig: 50, zestig: 60, zeventig: 70, tachtig: 80, negentig: 90 }],
];
for (const [joiner, units, tens] of COMPOUND_UNITS) {
  units.forEach((unit, index) => {
    for (const [ten, value] of Object.entries(tens)) NUMBER_WORDS[`${unit}${joiner}${ten}`] = String(value + index + 1);
  });
}
// Swedish and Norwegian write the tens first, joined to the unit: "fyrtiofem" 45, "sextiosju" 67, "førtito" 42.
const TENS_FIRST: Array<[string[], string[]]> = [
  [['tjugo', 'trettio', 'fyrtio', 'femtio', 'sextio', 'sjuttio', 'attio', 'nittio'], ['ett', 'tva', 'tre', 'fyra', 'fem', 'sex', 'sju', 'atta', 'nio']],
  [['tjue', 'tretti', 'forti', 'femti', 'seksti', 'sytti', 'atti', 'nitti'], ['en', 'to', 'tre', 'fire', 'fem', 'seks', 'sju', 'atte', 'ni']],
];
for (const [tens, units] of TENS_FIRST) {
  tens.forEach((ten, t) => units.forEach((unit, u) => (NUMBER_WORDS[`${ten}${unit}`] = String((t + 2) * 10 + u + 1))));
}
/** Words that multiply the unit before them by a hundred ("nine hundred", "beş yüz", "deux cents"); alone, a hundred. */
const HUNDREDS = new Set(['hundred', 'cent', 'cents', 'cien', 'ciento', 'cento', 'cem', 'hundert', 'yuz', 'sto', 'szaz']);
for (const word of HUNDREDS) NUMBER_WORDS[word] = '100';
// Hungarian writes a number below a hundred as one word, the tens first: "tizenegy" 11, "huszonkettő" 22, "hatvanhét" 67
// (accents off, as the base view writes them). The tens alone ("húsz", "nyolcvan") are words too; "tíz" and "húsz" are short
// and count only in a chain of number words, as every short word does. A hundred and more is read by HUNGARIAN_HUNDREDS.
const HUNGARIAN_UNITS: Array<[string, number]> = [
  ['egy', 1], ['ketto', 2], ['ket', 2], ['harom', 3], ['negy', 4], ['ot', 5], ['hat', 6], ['het', 7], ['nyolc', 8], ['kilenc', 9],
];
const HUNGARIAN_TENS: Array<[alone: string, joined: string, value: number]> = [
  ['tiz', 'tizen', 10], ['husz', 'huszon', 20], ['harminc', 'harminc', 30], ['negyven', 'negyven', 40], ['otven', 'otven', 50],
  ['hatvan', 'hatvan', 60], ['hetven', 'hetven', 70], ['nyolcvan', 'nyolcvan', 80], ['kilencven', 'kilencven', 90],
];
/** Hungarian words for 1 to 99 ("ket" only inside a longer word: alone it is "két", two of something). */
const HUNGARIAN_BELOW_HUNDRED = new Map<string, number>(HUNGARIAN_UNITS.filter(([unit]) => unit !== 'ket'));
for (const [alone, joined, value] of HUNGARIAN_TENS) {
  HUNGARIAN_BELOW_HUNDRED.set(alone, value);
  for (const [unit, digit] of HUNGARIAN_UNITS) HUNGARIAN_BELOW_HUNDRED.set(`${joined}${unit}`, value + digit);
}
for (const [word, value] of HUNGARIAN_BELOW_HUNDRED) NUMBER_WORDS[word] ??= String(value);
// "négyszázhuszonegy" 421, "száztíz" 110, "kétszáz" 200: a Hungarian hundred, its unit before and the rest after it, all one word.
const HUNGARIAN_HUNDREDS = new RegExp(
  `(?<!\\p{L})(${HUNGARIAN_UNITS.map(([unit]) => unit).filter((unit) => unit !== 'ketto').join('|')})?szaz([a-z]{2,16})?(?!\\p{L})`,
  'gu',
);

/** The value of a Hungarian hundred written as one word, or undefined where its rest is no number below a hundred. */
function hungarianHundreds(unit: string | undefined, rest: string | undefined): number | undefined {
  const hundreds = unit === undefined ? 100 : 100 * HUNGARIAN_UNITS.find(([u]) => u === unit)![1];
  if (rest === undefined) return hundreds;
  const below = HUNGARIAN_BELOW_HUNDRED.get(rest);
  return below === undefined ? undefined : hundreds + below;
}

// Greek tens, teens and hundreds, as the base view writes each word: without accents, and in Latin where every letter is a
// look-alike ("τριάντα" reads "tpiavta", "είκοσι" "eikooi", "δέκα" stays "δεκα").
const GREEK_NUMBERS: Record<string, number> = {
  δέκα: 10, έντεκα: 11, ένδεκα: 11, δώδεκα: 12, δεκατρία: 13, δεκατέσσερα: 14, δεκαπέντε: 15, δεκαέξι: 16, δεκαεπτά: 17, δεκαεφτά: 17,
  δεκαοκτώ: 18, δεκαοχτώ: 18, δεκαεννιά: 19, δεκαεννέα: 19, είκοσι: 20, τριάντα: 30, σαράντα: 40, πενήντα: 50, εξήντα: 60,
  εβδομήντα: 70, ογδόντα: 80, ενενήντα: 90, εκατό: 100, διακόσια: 200, τριακόσια: 300, τετρακόσια: 400, πεντακόσια: 500,
  εξακόσια: 600, επτακόσια: 700, εφτακόσια: 700, οκτακόσια: 800, οχτακόσια: 800, εννιακόσια: 900, εννεακόσια: 900,
  // "εκατόν" before the rest of the number ("εκατόν είκοσι" 120)
  εκατόν: 100,
};
for (const [word, value] of Object.entries(GREEK_NUMBERS)) NUMBER_WORDS[baseView(word).text] ??= String(value);
// Turkish "on" (ten) is English "on": it counts only as Turkish says it, before a unit ("on bir" 11, read as one word) or
// after a hundred ("üç yüz on" 310).
const TURKISH_TEN = /(?<!\p{L})on\s(bir|iki|uc|dort|bes|alti|yedi|sekiz|dokuz)(?!\p{L})|(?<=(?<!\p{L})yuz\s)on(?!\p{L})/gu;
const TURKISH_UNITS: Record<string, number> = { bir: 1, iki: 2, uc: 3, dort: 4, bes: 5, alti: 6, yedi: 7, sekiz: 8, dokuz: 9 };
// The other Turkish number words: an "on" read as ten counts only in a number that has one of them ("sıfır beş yüz kırk iki, üç yüz
// on bir"). With digits alone it is French "on" ("on dort 12 13 14"), a time ("on bir 30", half past eleven) or a name ("on Iki 12").
const TURKISH_NUMBER_WORDS = new Set(['sifir', 'yirmi', 'otuz', 'kirk', 'elli', 'altmis', 'yetmis', 'seksen', 'doksan', 'yuz', 'bin', ...Object.keys(TURKISH_UNITS)]);
// The same glued, as it is also typed ("onbir", "ondokuz").
for (const [unit, digit] of Object.entries(TURKISH_UNITS)) NUMBER_WORDS[`on${unit}`] = String(10 + digit);
// Chinese and Japanese digits, one character each: these scripts do not space their words, so
// they are read wherever they stand.
// 幺 and 两 are how one and two are said when a number is read out in Chinese.
const CJK_DIGITS: Record<string, string> = { 〇: '0', 零: '0', 一: '1', 幺: '1', 二: '2', 两: '2', 兩: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };
Object.assign(NUMBER_WORDS, CJK_DIGITS);
// Japanese digits read out in kana ("ゼロきゅうゼロ、さんさんいちに"): like the CJK digits, read without
// word boundaries, but only as a whole word of them (keepUnspacedDigitsInWholeRuns): に and ご are also particles.
const KANA_DIGITS: Record<string, string> = {
  ゼロ: '0', ぜろ: '0', れい: '0', いち: '1', イチ: '1', に: '2', ニ: '2', さん: '3', サン: '3', よん: '4', ヨン: '4', ご: '5', ゴ: '5',
  ろく: '6', ロク: '6', なな: '7', ナナ: '7', しち: '7', はち: '8', ハチ: '8', きゅう: '9', キュウ: '9',
  // Read out with long vowels, as numbers are said aloud: "ニー", "ゴー", "キュー"
  にー: '2', ニー: '2', ごー: '5', ゴー: '5', きゅー: '9', キュー: '9',
};
Object.assign(NUMBER_WORDS, KANA_DIGITS);
// Korean reads a number out in Sino-Korean syllables ("공일공 일이삼사"); as with kana, only a whole word of them counts.
const HANGUL_DIGITS: Record<string, string> = { 공: '0', 영: '0', 일: '1', 이: '2', 삼: '3', 사: '4', 오: '5', 육: '6', 칠: '7', 팔: '8', 구: '9' };
Object.assign(NUMBER_WORDS, HANGUL_DIGITS);
// Thai does not space its words either: its digits read out ("ศูนย์แปดหนึ่ง"), without their marks as the base
// view has them ("สี่", four, is "ส"), count only as a whole word of them, like kana.
const THAI_DIGITS: Record<string, string> = withoutMarks({
  ศูนย์: '0', หนึ่ง: '1', สอง: '2', สาม: '3', สี่: '4', ห้า: '5', หก: '6', เจ็ด: '7', แปด: '8', เก้า: '9',
});
Object.assign(NUMBER_WORDS, THAI_DIGITS);
// Number words that are also everyday words of some language ("do", Hindi two and English verb;
// "hai", Vietnamese two and Hinglish "is"; "lima", five and a city; "tien", ten and money): they
// count only in a chain of number words (dropEverydayWordsOutsideChains), never beside digits alone.
const ENGLISH_DIGIT_WORDS = new Set(['zero', 'oh', 'o', 'one', 'two', 'four', 'five', 'six', 'nine', 'ten', 'nil']);
const isEverydayWord = (word: string) => (word.length <= 4 && !ENGLISH_DIGIT_WORDS.has(word)) || word === 'khong';
/** Digits of scripts that do not space their words: no word boundary is asked of them. */
const UNSPACED_DIGITS: Record<string, string> = { ...CJK_DIGITS, ...KANA_DIGITS, ...HANGUL_DIGITS, ...THAI_DIGITS };
/** Digits read out in syllables of scripts that do not space words: they count only as a whole word of them. */
const SYLLABLE_DIGITS: Record<string, string> = { ...KANA_DIGITS, ...HANGUL_DIGITS, ...THAI_DIGITS };
const REPEATERS: Record<string, number> = { double: 2, triple: 3, treble: 3 };

const LETTER_DIGITS = /(?<![a-z0-9])(?=[oil]*[0-9])[0-9oil]{3,}(?![a-z0-9])/g;
// "O6 l2 45 7O 81": an l typed for a 1 in a group of two (an o there is already the number word "o"). "L2" is a floor, a
// level or a size, so such a group counts only in a number of four groups or more and nine digits, and not first (see
// contactView); an i is left alone ("i5", "i7" are processors).
// A digit after a decimal point or comma, then an l, is a size in litres ("1.6l", "0,5l"), not a group ("O6.l2.45" is one).
const L_DIGIT_PAIR = /(?<![a-z0-9])(?:l[0-9]|(?<![0-9][.,])[0-9]l)(?![a-z0-9])/g;
// Sizes in litres among the groups: "1,5l", "10l", "19l".
const LITRES = /[0-9][.,][0-9]{1,2}l(?![a-z0-9])|[0-9]{2}l(?![a-z0-9])/;
// "5l2 34S 678", "6I2 E45 6T8", "12З": one more letter typed for a digit in a group of digits. Sizes and
// models have such groups too ("34S", "E45"), so they count only in a number of them (see contactView).
const LOOK_ALIKE_DIGIT: Record<string, string> = { s: '5', e: '3', t: '7', b: '8', z: '2', з: '3' };
// "8 (9I6) 1ОЗ-45-67", "6l2 З4 5б": Cyrillic letters that look like digits (о 0, з 3, б 6, і 1) in a group of digits, where Russian
// words keep them Cyrillic; they count as the look-alike groups above do, in a number of them.
const CYRILLIC_DIGIT: Record<string, string> = { о: '0', з: '3', б: '6', і: '1', o: '0', i: '1', l: '1' };
const CYRILLIC_DIGIT_GROUP = /(?<![\p{L}\p{N}])(?=[oilозбі]*[0-9])(?=[0-9oil]*[озбі])[0-9oilозбі]{2,5}(?![\p{L}\p{N}])/gu;
const LOOK_ALIKE_GROUP = /(?<![\p{L}\p{N}])(?:[0-9]{2,4}[setbzз][0-9]{0,4}|[0-9][setbzз][0-9]{1,4}|[setbzз][0-9]{2,4})(?![\p{L}\p{N}])/gu;
const LEET_WORD = /(?<![a-z0-9])[a-z0-9]{3,9}(?![a-z0-9])/g;
// "zerosevensevenzerozeronine…": English digit words run together into one word, seven or more of them and nothing else.
const GLUED_DIGIT_WORDS = /(?<![a-z])(?:zero|oh|one|two|three|four|five|six|seven|eight|nine){7,}(?![a-z])/g;
const GLUED_DIGIT_WORD = /zero|oh|one|two|three|four|five|six|seven|eight|nine/g;
const LEET_LETTERS: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't' };
// Longest words first, so "один" is not read as "од…"; bounded by letters of any script, and not a
// suffix glued to digits by an apostrophe (Turkish "63'ten", "from 63", is no ten).
const NUMERIC_TOKEN = new RegExp(
  `(?<!\\p{L}|[0-9]['’])(?:${[...Object.keys(NUMBER_WORDS), ...Object.keys(REPEATERS)]
    .filter((word) => UNSPACED_DIGITS[word] === undefined)
    .sort((a, b) => b.length - a.length)
    .join('|')})(?!\\p{L})|[0-9]+|${[...Object.keys(KANA_DIGITS), ...Object.keys(THAI_DIGITS)]
    .sort((a, b) => b.length - a.length)
    .join('|')}|[${Object.keys(CJK_DIGITS).join('')}${Object.keys(HANGUL_DIGITS).join('')}]`,
  'gu',
);

interface Token {
  word: string;
  from: number;
  to: number;
  digits: string | null;
  /** The letter read as a digit in a LOOK_ALIKE_GROUP. */
  lookAlike?: string;
  /** Digit words run together (GLUED_DIGIT_WORDS): digits, not a word to join with the next. */
  glued?: boolean;
  /** A group of two with an l for its 1 (L_DIGIT_PAIR). */
  lPair?: boolean;
  /** Turkish "on" (ten), alone or with its unit (TURKISH_TEN). */
  turkishTen?: boolean;
}

/** A number written as a word (not as digits, nor digits with letters for some, nor a CJK digit, which stands alone). */
function isWordNumber(token: Token): boolean {
  return (
    token.digits !== null &&
    token.digits !== token.word &&
    !token.glued &&
    UNSPACED_DIGITS[token.word] === undefined &&
    (!/[0-9]/.test(token.word) || NUMBER_WORDS[token.word] !== undefined)
  );
}

/**
 * `value` and the number word after it read as one number, or undefined when the word starts a
 * new one: a hundred multiplies a unit before it ("nine hundred"), a smaller number fills the
 * places a round one leaves ("thirty one", "four hundred eighty two"), French counts 70 to 99 in
 * twenties ("soixante-dix-huit", "quatre-vingt-dix"), and "dix-sept" is seventeen. "two twelve"
 * stays 2 and 12: the digits of a phone number read in groups.
 */
function joinNumber(value: number, next: Token): number | undefined {
  const word = Number(next.digits);
  if (HUNDREDS.has(next.word)) return value >= 1 && value <= 9 ? value * 100 : undefined;
  if (value === 4 && word === 20) return 80;
  if ((value === 60 || value === 80) && word >= 10 && word <= 19) return value + word;
  if (value === 10 && word >= 1 && word <= 9) return value + word;
  const room = value >= 100 ? (value % 100 === 0 ? 100 : value % 10 === 0 && value % 100 >= 20 ? 10 : 1) : value >= 20 && value % 10 === 0 ? 10 : 1;
  return word < room && word > 0 ? value + word : undefined;
}

/** "treinta y cuatro", "trenta e due", "quarante et un", "vint-i-u": the tens and the unit joined by "and" make one number. */
function tensAndUnit(text: string, tens: Token, unit: Token): boolean {
  const value = Number(tens.digits);
  const digit = Number(unit.digits);
  return isWordNumber(tens) && isWordNumber(unit) && value >= 20 && value <= 90 && value % 10 === 0 && digit >= 1 && digit <= 9 && /^(?:\s(?:y|e|i|et)\s|-i-)$/.test(text.slice(tens.to, unit.from));
}

/** Each run of number tokens side by side (`adjacent`), as its start and end (exclusive) in `tokens`, in order. */
function* numberChains(tokens: Token[], adjacent: (a: Token, b: Token) => boolean): Generator<[number, number]> {
  let start = 0;
  while (start < tokens.length) {
    let end = start + 1;
    if (tokens[start]!.digits !== null) {
      while (end < tokens.length && tokens[end]!.digits !== null && adjacent(tokens[end - 1]!, tokens[end]!)) end++;
      yield [start, end];
    }
    start = end;
  }
}

/**
 * Everyday words among the number words (isEverydayWord) count only where a number is plainly read
 * out: in a chain of at least three number words side by side ("nau aath do do"), or in a chain of
 * numbers side by side, digits among them and no comma between, holding three number words of which
 * one is no everyday word ("seis 12 tres 45 sesenta y siete 89"), or five ("09 một hai 345 sáu bảy tám"), commas allowed
 * between single digits. "4500 hai, ek 2300", "tres 36 dos 38 uno 40" and a price list ("isa 500, dalawa 950, tatlo 1400")
 * stay words.
 */
function dropEverydayWordsOutsideChains(text: string, tokens: Token[], adjacent: (a: Token, b: Token) => boolean): void {
  for (const [start, end] of numberChains(tokens, adjacent)) {
    const words = tokens.slice(start, end).filter(isWordNumber);
    // Commas list amounts ("isa 500, dalawa 950"), but they also group a number read out a digit at a time, in words
    // and digits mixed ("seis 5 cinco, uno 2 tres, 4 cinco 6"): a chain of at least seven single digits is one, in
    // groups as a number is read, one of three or more ("uno 1, dos 2, tres 3, cuatro 4" names each number twice).
    const digitByDigit = end - start >= 7 && tokens.slice(start, end).every((token) => token.digits!.length === 1) && readInGroups(text, tokens.slice(start, end));
    const listed = !digitByDigit && /[,;、，،]/.test(text.slice(tokens[start]!.to, tokens[end - 1]!.from));
    const readOut = !listed && ((words.length >= 3 && words.some((token) => !isEverydayWord(token.word))) || words.length >= 5);
    if (!readOut) dropEverydayWordsOutsideWordRuns(tokens.slice(start, end), adjacent);
  }
}

/** Whether commas split `chain` into groups of two or more, one of them three or more ("655, 123, 456"). */
function readInGroups(text: string, chain: Token[]): boolean {
  const sizes = [1];
  for (let k = 1; k < chain.length; k++) {
    if (/[,;、，،]/.test(text.slice(chain[k - 1]!.to, chain[k]!.from))) sizes.push(1);
    else sizes[sizes.length - 1]!++;
  }
  // The first may be a single digit, a trunk or country digit said on its own ("vosem, devyat odin shest, …").
  return sizes.every((size, k) => size >= 2 || (k === 0 && sizes.length >= 3)) && sizes.some((size) => size >= 3);
}

function dropEverydayWordsOutsideWordRuns(chain: Token[], adjacent: (a: Token, b: Token) => boolean): void {
  let start = 0;
  while (start < chain.length) {
    let end = start + 1;
    if (isWordNumber(chain[start]!)) {
      while (end < chain.length && isWordNumber(chain[end]!) && adjacent(chain[end - 1]!, chain[end]!)) end++;
      if (end - start < 3) for (let k = start; k < end; k++) if (isEverydayWord(chain[k]!.word)) chain[k]!.digits = null;
    }
    start = end;
  }
}

/**
 * German "zwo" is two as a phone number is read out ("null eins sieben zwo, drei vier fünf"): a number word only in a chain that
 * starts with the trunk's nought ("null", or a "0" typed) or after a "+" or "plus". Anywhere else it is a word, as it was before
 * it was a number word: a count ("eins zwo, eins zwo", "sieben sechs fünf vier drei zwo eins null"), a meter's reading, a draw.
 */
function dropZwoOutsideNumbers(text: string, tokens: Token[], adjacent: (a: Token, b: Token) => boolean): void {
  for (const [start, end] of numberChains(tokens, adjacent)) {
    const chain = tokens.slice(start, end);
    const led = /^(?:null|0)/.test(chain[0]!.word) || /(?:\+|(?<![\p{L}])plus)\s{0,2}$/u.test(text.slice(Math.max(0, chain[0]!.from - 8), chain[0]!.from));
    if (!led) for (const token of chain) if (token.word === 'zwo') token.digits = null;
  }
}

// Kana and Hangul digits count only as a whole word of at least three of them ("공일공", "ゼロはちゼロ"):
// inside other words they are syllables ("오일" oil, "이사" moving, "きれい", "鈴木さん").
const UNSPACED_WORD = /[\p{Script=Hiragana}\p{Script=Katakana}ー]+|\p{Script=Hangul}+|\p{Script=Thai}+/gu;

function keepUnspacedDigitsInWholeRuns(text: string, tokens: Token[]): void {
  const syllables = tokens.filter((t) => SYLLABLE_DIGITS[t.word] !== undefined);
  if (syllables.length === 0) return;
  for (const run of allMatches(UNSPACED_WORD, text)) {
    const from = run.index;
    const to = from + run[0].length;
    const inside = syllables.filter((t) => t.from >= from && t.to <= to);
    const whole = inside.length >= 3 && inside.reduce((n, t) => n + t.to - t.from, 0) === to - from;
    if (!whole) for (const token of inside) token.digits = null;
  }
}

/**
 * The contact view: number words become digits where they stand in a run of at least two numeric
 * tokens ("five five five, 0 1 3 2", "oh seven seven double oh"), so "one of them" stays words.
 */
export function contactView(base: MappedText): MappedText {
  const text = base.text;
  const tokens: Token[] = [];
  // Only digits and number words can form a run; other words are skipped by the pattern itself.
  NUMERIC_TOKEN.lastIndex = 0;
  for (let match = NUMERIC_TOKEN.exec(text); match; match = NUMERIC_TOKEN.exec(text)) {
    const word = match[0];
    // Arabizi writes some number words with a digit first ("5amsa").
    const isDigits = word.charCodeAt(0) <= 57 && NUMBER_WORDS[word] === undefined;
    tokens.push({ word, from: match.index, to: match.index + word.length, digits: isDigits ? word : (NUMBER_WORDS[word] ?? null) });
  }
  const rewrites: Array<{ from: number; to: number; text: string }> = [];
  // "O77OO 9OO l23": letters o, i and l standing for digits inside a token that has digits.
  LETTER_DIGITS.lastIndex = 0;
  for (let match = LETTER_DIGITS.exec(text); match; match = LETTER_DIGITS.exec(text)) {
    const word = match[0];
    if (/[oil]/.test(word)) tokens.push({ word, from: match.index, to: match.index + word.length, digits: word.replace(/o/g, '0').replace(/[il]/g, '1') });
  }
  if (/l[0-9]|[0-9]l/.test(text)) {
    for (const match of allMatches(L_DIGIT_PAIR, text)) tokens.push({ word: match[0], from: match.index, to: match.index + 2, digits: match[0].replace('l', '1'), lPair: true });
  }
  if (/[0-9][setbzз]|[setbzз][0-9]/.test(text)) {
    for (const match of allMatches(LOOK_ALIKE_GROUP, text)) {
      const letter = /[setbzз]/.exec(match[0])![0];
      tokens.push({ word: match[0], from: match.index, to: match.index + match[0].length, digits: match[0].replace(letter, LOOK_ALIKE_DIGIT[letter]!), lookAlike: letter });
    }
  }
  if (/[0-9][озбі]|[озбі][0-9]/.test(text)) {
    for (const match of allMatches(CYRILLIC_DIGIT_GROUP, text)) {
      const letters = match[0].replace(/[^озбі]/g, '');
      tokens.push({ word: match[0], from: match.index, to: match.index + match[0].length, digits: match[0].replace(/[oilозбі]/g, (c) => CYRILLIC_DIGIT[c]!), lookAlike: letters });
    }
  }
  // "sev3n zer0 nin3": number words with digits typed for some of their letters (not only o, i and l, read above).
  if (/[a-z][0-9]|[0-9][a-z]/.test(text)) {
    for (const match of allMatches(LEET_WORD, text)) {
      const word = match[0];
      if (!/[0-9]/.test(word) || !/[a-hjkmnp-z]/.test(word)) continue;
      const plain = word.replace(/[013457]/g, (digit) => LEET_LETTERS[digit] ?? digit);
      const digits = NUMBER_WORDS[plain];
      if (digits !== undefined && !isEverydayWord(plain)) tokens.push({ word, from: match.index, to: match.index + word.length, digits });
    }
  }
  if (text.includes('szaz')) {
    for (const match of allMatches(HUNGARIAN_HUNDREDS, text)) {
      const value = hungarianHundreds(match[1], match[2]);
      if (value !== undefined) tokens.push({ word: match[0], from: match.index, to: match.index + match[0].length, digits: String(value) });
    }
  }
  if (text.includes('on')) {
    for (const match of allMatches(TURKISH_TEN, text)) {
      const digits = String(10 + (match[1] === undefined ? 0 : TURKISH_UNITS[match[1]]!));
      tokens.push({ word: match[0], from: match.index, to: match.index + match[0].length, digits, turkishTen: true });
    }
  }
  if (/[a-z]{14}/.test(text)) {
    for (const match of allMatches(GLUED_DIGIT_WORDS, text)) {
      const digits = match[0].replace(GLUED_DIGIT_WORD, (word) => NUMBER_WORDS[word]!);
      tokens.push({ word: match[0], from: match.index, to: match.index + match[0].length, digits, glued: true });
    }
  }
  tokens.sort((a, b) => a.from - b.from || b.to - a.to);
  for (let i = tokens.length - 1; i > 0; i--) if (tokens[i]!.from < tokens[i - 1]!.to) tokens.splice(i, 1);
  const adjacent = (a: Token, b: Token) => (!/\p{L}/u.test(text.slice(a.to, b.from)) && b.from - a.to <= 6) || tensAndUnit(text, a, b);
  keepUnspacedDigitsInWholeRuns(text, tokens);
  dropEverydayWordsOutsideChains(text, tokens, adjacent);
  if (text.includes('zwo')) dropZwoOutsideNumbers(text, tokens, adjacent);
  let i = 0;
  while (i < tokens.length) {
    // A cluster: consecutive numeric tokens (or repeaters before one) with no letters between them.
    const numeric = (t: Token) => t.digits !== null || REPEATERS[t.word] !== undefined;
    if (!numeric(tokens[i]!)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length && numeric(tokens[j]!) && adjacent(tokens[j - 1]!, tokens[j]!)) j++;
    // Look-alike groups count in a number of at least three groups and nine digits, each with a letter of
    // its own ("34S 36S 38S" is a list of sizes), and not first with the letter in front ("S23 256 GB" is a model).
    const cluster = tokens.slice(i, j);
    const disguised = cluster.filter((t) => t.lookAlike !== undefined);
    const digitCount = cluster.reduce((n, t) => n + (t.digits?.length ?? 0), 0);
    const model = cluster[0]!.lookAlike !== undefined && cluster[0]!.word.startsWith(cluster[0]!.lookAlike);
    if (disguised.length > 0 && (model || cluster.length < 3 || digitCount < 9 || new Set(disguised.map((t) => t.lookAlike)).size < disguised.length)) {
      for (const token of disguised) token.digits = null;
    }
    const lPairs = cluster.filter((t) => t.lPair);
    // A digit then an l is a size in litres where there are more of them, or other sizes in litres ("2l 5l 10l", "1.5l 2l").
    const litres = lPairs.filter((t) => t.word.endsWith('l'));
    if (litres.length >= 2 || (litres.length === 1 && LITRES.test(text.slice(cluster[0]!.from, cluster[cluster.length - 1]!.to + 8)))) {
      for (const token of litres) token.digits = null;
    }
    if (lPairs.length > 0 && (cluster[0]!.lPair || cluster.length < 4 || cluster.reduce((n, t) => n + (t.digits?.length ?? 0), 0) < 9)) {
      for (const token of lPairs) token.digits = null;
    }
    const tens = cluster.filter((t) => t.turkishTen);
    if (tens.length > 0 && !cluster.some((t) => !t.turkishTen && TURKISH_NUMBER_WORDS.has(t.word))) {
      for (const token of tens) token.digits = null;
    }
    // A single token counts when it is a long digit string with letters for digits ("O7700900123").
    if (j - i >= 2 || tokens[i]!.word.length >= 7) {
      // Spelled out, a number is read in groups with commas between ("oh seven seven oh oh, nine
      // hundred, two twelve"): within such a run the commas join, as spaces do.
      // So does a number read out with "double" ("0 double 7, double 0, 900").
      const spelled = tokens.slice(i, j).filter((t) => t.digits !== t.word).length >= 3 || tokens.slice(i, j).some((t) => REPEATERS[t.word] !== undefined);
      for (let k = i; k < j; k++) {
        if (spelled && k > i) {
          const gap = text.slice(tokens[k - 1]!.to, tokens[k]!.from);
          // And so do slashes: "four-one-five / 555 / oh-one-three-six".
          if (/[,、，،/]/.test(gap)) rewrites.push({ from: tokens[k - 1]!.to, to: tokens[k]!.from, text: ' ' });
        }
        const token = tokens[k]!;
        const times = REPEATERS[token.word];
        const next = tokens[k + 1];
        if (times !== undefined && next && k + 1 < j && next.digits !== null) {
          rewrites.push({ from: token.from, to: next.to, text: next.digits.repeat(times) });
          k++;
        } else if (isWordNumber(token)) {
          // Words that make one number together are one rewrite: "nine hundred" 900, "trente-quatre" 34.
          let last = k;
          let value = Number(token.digits);
          while (last + 1 < j && isWordNumber(tokens[last + 1]!) && (/^[\s-]{1,2}$/.test(text.slice(tokens[last]!.to, tokens[last + 1]!.from)) || tensAndUnit(text, tokens[last]!, tokens[last + 1]!))) {
            const joined = joinNumber(value, tokens[last + 1]!);
            if (joined === undefined) break;
            value = joined;
            last++;
          }
          rewrites.push({ from: token.from, to: tokens[last]!.to, text: String(value) });
          k = last;
        } else if (token.digits !== null && token.digits !== token.word) {
          rewrites.push({ from: token.from, to: token.to, text: token.digits });
        }
      }
    }
    i = j;
  }
  if (rewrites.length === 0) return base;
  const builder = new MappedTextBuilder(base);
  let at = 0;
  for (const rewrite of rewrites) {
    builder.copy(at, rewrite.from);
    builder.push(rewrite.text, rewrite.from, rewrite.to);
    at = rewrite.to;
  }
  builder.copy(at, text.length);
  return builder.build();
}
