// Phone numbers: runs of digit groups in the contact view (number words already digits), joined by
// the separators people use to write or hide a number (spaces, dashes, dots, brackets, emoji, "and
// then"), judged by length and context; libphonenumber-js decides the short and international ones.
// Prices, dates, times, quantities, measurements, versions and order/listing/booking numbers are
// told apart by their shape and the words around them.
import { getExampleNumber, isPossiblePhoneNumber, isValidPhoneNumber, Metadata, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import mobileExamples from 'libphonenumber-js/mobile/examples';
import { allMatches } from './all-matches.js';
import { type MappedText, originalSpan, type Span } from './mapped-text.js';
import { withoutCombiningMarks } from './normalise.js';

const MAX_GAP = 16;
// "then" also as Tagalog, Spanish, French, German, Portuguese, Italian, Polish and Indonesian say it.
const THEN_WORDS = ['then', 'tapos', 'luego', 'despues', 'puis', 'ensuite', 'dann', 'depois', 'poi', 'potem', 'lalu', 'terus'];
/** After a comma, words that go on with the same number (see digitRuns). */
const GOES_ON = new RegExp(
  String.raw`[,،]\s*(?:(?:and|y|et|und|e)\s+)?(?:then|${THEN_WORDS.join('|')}|(?:the\s+)?rest|la\s+suite|le\s+reste|el\s+resto|o\s+resto|der\s+rest)\b`,
);
const GOES_ON_HERE = new RegExp(String.raw`^\s*${GOES_ON.source}\s*`);
const GROUPED_AFTER = /^\d{2}[\s.\-]\d{2}[\s.\-]\d{2}(?!\d)/;
const PAIRS_AFTER = /^\d{2}[\s.\-]\d{2}(?!\d)/;
const FILLER_WORDS = new Set([
  ...THEN_WORDS, 'and', 'the', 'rest', 'dash', 'hyphen', 'space', 'followed', 'by', 'next', 'after', 'that', 'last', 'digits', 'is', 'ends', 'middle',
  // "y acaba en 78", "y termina en 90": how Spanish reads out a number's last group
  'y', 'acaba', 'termina', 'en',
]);
const PICTOGRAPH = /\p{Extended_Pictographic}|\p{So}|\p{Sk}|\p{Co}/u;

// Words before a number that make it a reference, not a phone number ("no." after "my", as English, Hindi,
// Spanish, Portuguese, French and German say it, is the phone's). Tracking and order numbers also in
// Indonesian ("no resi", "pesanan"), a carrier's name ("DHL 1234567890"), Spanish, Portuguese, Italian, Dutch, Polish and Vietnamese ("mã vận đơn", "đơn hàng").
const REFERENCE_WORDS =
  /\b(?:order|orders|listing|listings|booking|bookings|reservation|ref|reference|invoice|tracking|track|parcel|shipment|consignment|item|sku|serial|s\/n|sn|model|(?<!\b(?:first|second|third|last|next|other)\s)part|ticket|confirmation|(?<!\bin\s)case|account|acct|iban|isbn|vin|transaction|txn|receipt|id|nr|postcode|zip|lot|batch|policy|claim|pin|(?<!area\s)code|otp|imei|barcode|ean|upc|quote|job|po|member|cep|postal|pincode|eircode|membership|licen[cs]e|registration|reg|plate|product|article|art|voucher|coupon|ad|advert|property|unit|room|flat|apartment|apt|building|route|flight|train|bus|seat|table|gate|platform|version|build|firmware|ver|release|chassis|stock|vat|tax|company|crn|ein|ssn|nin|utr|abn|gst|sort|bank|(?<!\b(?:business|visiting|calling)\s)card|payment|pay|paypal|amount|total|price|cost|salary|budget|population|km|miles|mileage|odometer|bestellung|bestellnummer|seriennummer|sendungsnummer|kundennummer|rechnung|auftrag|ordine|fattura|pedido|factura|commande|facture|colis|suivi|zamowieni[aeu]|zamowien|zamowieniem|faktur[aeyo]?|fakturze|paczk[aeiu]|paczce|siparis|fatura|kargo|takip|ilan|microchip|chip|transponder|paket|lieferung|sendung|awb|dhl|fedex|usps|dpd|gls|evri|inpost|postnl|colissimo|chronopost|parcelforce|yodel|aramex|colet|pnr|tth|rf\d\d|recibo|cpf|cnpj|siret|siren|nip|regon|krs|pesel|nif|rfc|curp|cuit|cuil|ruc|bsn|kvk|ustid|ogrn|kpp|resi|pesanan|rastreo|seguimiento|rastreio|rastreamento|spedizione|tracciamento|zending|przesylk[aeiu]|przesylce|przewozowy|van\sdon|don\shang)\b|[a-z]{0,20}(?:referenz|referentie|reference|riferimento|referencia)[a-z]{0,4}\b|(?<!telefon|handy|ruf|mobil|whatsapp)[a-z]{3,}nummer\b|(?<!\bmy\s?)#|№|(?<!\b(?:my|your|ur|mob|mobile|cell|contact|whatsapp|wa|ph|mera|meri|mere|apna|hamara|mi|meu|mon|mein)\s?)\bno\.(?!\s*is\b)|(?<!\b(?:liga|ligue|ligar|chama|chame|whats|zap|me|my|your|ur|mob|mobile|cell|contact|ph)\s)\bno:?\s?$|(?<!\bmy\s)\bnum\.?\s*$/g;
// The same in scripts without spaces between words, and in Cyrillic (no \b there; "трек" is all look-alike
// letters, which the base view writes "tpek"): order, tracking and delivery numbers.
const SCRIPT_REFERENCE_WORDS = /הזמנה|משלוח|אסמכתא|מספר\sלקוח|ттн|编号|編號|合同|合約|مرجع|طلب|فاتورة|شحنة|تتبع|예약|접수|영수증|заказ|трек|tpek|огрн|orph|кпп|knn|снилс|накладн|артикул|посылк|квитанц|〒|订单|訂單|单号|單號|快递|快遞|物流|运单|運單|发票|發票|注文|配送|追跡|伝票|問い合わせ番号|商品|型番|주문|송장|운송장/g;
// Myanmar, Khmer and Thai without their combining marks, as the base view has them.
const SCRIPT_PHONE_WORDS = new RegExp(withoutCombiningMarks('电话|電話|手机|手機|携帯|連絡先|전화|휴대폰|핸드폰|звон|телефон|тел\\.|мобильн|номер\\sтел|ဖုန်း|ទូរស័ព្ទ|เบอร์|โทร'), 'g');
// "model number", "order no.": a reference named by its kind, which a phone number does not follow however far.
const NAMED_REFERENCE = /\b(?:model|serial|part|order|tracking|reference|ref|invoice|account|policy|case|ticket|booking|confirmation|item|product|contract|customer|pnr)\s(?:number|no\.?|nr\.?|num|#)/g;
// A part number's makers and words, right before it: a carmaker's or a parts maker's name ("Renault 7700 274 177", "Mercedes
// A 000 420 12 20", a letter of the catalogue between), "OEM", "genuine", and "part number" as Polish, Spanish, Portuguese,
// Italian and French say it ("numer części 8E0 615 301"; Polish "numer" is also a phone's, so only what comes before the
// words counts for a phone word). Names that are also everyday words (Kia, Mini, Seat, Smart) are left out; those that are
// also people's (Mercedes, Honda, Suzuki, Toyota, Ford, Bosch, ...: "Suzuki 090-1234-5678" is Mr Suzuki's) count only with a
// catalogue's letter after them ("Mercedes A 000 420 12 20"), or with the part named after the number (PART_AFTER).
// A maker's name, OEM or genuine says nothing of a number that is a mobile's ("Audi 07911 123456", "genuine 07700
// 900123": see isMobileNumber), nor does a part word after one ("07911 123456 kit"); only the words "part number" (the
// catalogue group), or a maker's name before it and the part after it, do.
const PART_BEFORE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?:renault|bmw|audi|vw|volkswagen|vauxhall|opel|peugeot|citroen|fiat|mazda|hyundai|skoda|volvo|saab|mitsubishi|lexus|dacia|alfa\sromeo|lancia|chevrolet|chrysler|ducati|piaggio|brembo|valeo|febi|denso|ngk|lemforder|oem|genuine)(?:\s[a-z])?|(?:mercedes(?:-benz)?|benz|honda|suzuki|toyota|ford|nissan|subaru|porsche|yamaha|kawasaki|bosch|mahle)\s[a-z]|(?<catalogue>(?:numer|nr\.?)\s(?:czesci|katalogowy|kat\.?|oem)|n(?:umero|ro?\.?|[º°o]\.?)\sde\s(?:pieza|parte|recambio)|n(?:umero|[º°o]\.?)\sda\speca|codigo\sda\speca|codice\s(?:ricambio|articolo)|reference\s(?:de\s(?:la\s)?)?piece|numero\sde\spiece))[\s:#.]{1,3}$`,
  'u',
);
// After a number, the part it numbers ("04465-02220 front pads", "7700 274 177 timing kit"), with a word or two that qualify
// it between, none a word that goes on a sentence ("07700 900123 for the kit" is a number to call about one).
const PART_AFTER =
  /^,?\s{1,3}(?:(?!(?:for|about|re|the|a|an|to|if|and|or|is|my|your|on|at|with|after|before|from|call|text|ring|me|us|regarding)(?![\p{L}]))[\p{L}\-]{2,14}\s{1,3}){0,2}(?:kit|kits|pads?|filters?|discs?|disks?|rotors?|coils?|belt|pump|sensor|bearing|gasket|injector|caliper|calipers|shoes|thermostat|wishbone|bulbs?|hose|wipers?|alternator|radiator|absorbers?|klocki|tarcz[ae]|filtr|pastillas|plaquettes|pastiglie)(?![\p{L}])/u;
// Letters glued to a number by a dash ("SH-2025-…", "INV-20931"): not a phone's label ("tel-", "mob-").
const CODE_PREFIX = /(?<![\p{L}\p{N}])(?!(?:tel|ph|mob|cel|cell|fax|wa|no|nr)-)\p{L}{1,4}-$/u;
// Words that say a number is one to call, which outweigh an earlier reference word (also Indonesian "telp" and
// "no hp", Vietnamese "sđt" and "điện thoại").
const PHONE_WORDS =
  /\b(?:call|calling|phone|tel|telephone|area\scode|mobile|mob|mobil|mobiel|cell|cellphone|ring|text|txt|sms|whatsapp|wa|viber|signal|telegram|contact|reach|dial|digits|(?:my|her|his|their|our)\snumber|(?:mi|meu|mon|mio)\snumero|(?:meine|mijn)\snummer|my num|landline|fax|hotline|helpline|liga|ligue|ligar|llama|llamame|llamar|e7ki|kalimni|kallemni|kallimni|ra2mi|raqmi|rakmi|telefonnummer|handynummer|rufnummer|ph\.?\s?no|appelle|appelez|appeler|chiama|chiamami|ruf|anrufen|zadzwon|arayin|numer|telefon|telefone|telefono|telephone|cel|celular|movil|handy|telp|telepon|(?:no|nomor)\s?hp|sdt|dien\sthoai|(?:moi|moy|moj|miy|mii)\snomer|nomer\stelefona|zvonite|zvoni|pozvonite)\b|#\s?is\b/g;
const CURRENCY_BEFORE = /(?:[$£€¥₹₽₩₪₺₴฿₫]|\b(?:usd|eur|gbp|aud|cad|nzd|chf|inr|rs|rp|jpy|cny|rmb|sek|nok|dkk|pln|zar|brl|mxn|kr|zl|r)\.?)\s*$/;
// ("in" is inches, but not as "in case", "in a meeting", "in the evening": "07700-900-884 in case I'm out")
const UNIT_AFTER =
  /^\s*(?:[$£€¥₹₽%°″′]|['"](?![a-z])|(?:usd|eur|gbp|aud|cad|chf|inr|rs|rp|jpy|rub|руб|kr|zl|dollars?|euros?|pounds?|bucks|quid|pence|cents?|yen|rupees?|k\b|m\b|mm|cm|km|kg|mg|g\b|gb|mb|tb|kb|ml|l\b|lbs?|oz|ft|in\b(?!\s{1,3}(?:case|a|an|the|my|his|her|our|their|your|emergency|future)\b)|inch|inches|feet|sq|m2|m²|pcs|pieces|units|items|views|followers|likes|people|users|times|hz|mhz|ghz|mah|w\b|kw|v\b|rpm|px|dpi|calories|kcal|steps|words|pages|bytes|years?|months?|days?|hours?|mins?|minutes?|seconds?|sec|x(?=\s*\d))(?![a-z]))(?!-[a-z])/;
// Whose a number is, or where it is used: a ZIP+4 follows none of these.
const MOBILE_OWNER = /(?<![\p{L}])(?:my|meu|minha|mi|mon|ma|mein|meine|your|ur|seu|sua|teu|tua|zap|zapzap|whats|wpp|wa|whatsapp|telegram|signal|viber|fone|celular|cel|numero|number)(?![\p{L}])/u;
// After a number: words that say it is one to call, whatever it was dressed as ("(that's my mobile btw)", "you know
// what it's for").
const CALLED_AFTER =
  /^[\s,;:(\-–—]{0,4}(?:(?:that'?s|thats|it'?s|its|this\sis|is|=)\s(?:my|our|the)\s(?:mobile|cell|cellphone|phone|whatsapp|wa|digits|landline|mob)(?:\s(?:number|no\.?|btw|lol|haha|too))?(?=\s*(?:$|[.!?,;)]|\p{Extended_Pictographic}))|(?:and\s)?you\sknow\swhat\s(?:it'?s|its|this\sis|that'?s|it\sis)\sfor(?![\p{L}]))/u;
// "mon 06 c'est le …", "ton 07 : …": the first two digits of a French mobile, the rest to follow.
const FRENCH_MOBILE_BEFORE = /(?<![\p{L}\p{N}])(?:mon|ton|son|notre|votre)\s0[67](?!\p{N})[^\p{N}]{1,16}$/u;
// "at 7 am", "1130 pm": a time, when the group before it could be one ("98765 43210 am free" is a number, then "I am";
// so is a number from its trunk zero whose end is no time on the clock, "079 123 45 67 am Abend", German "am", on the).
const TIME_AFTER = /^\s*(?:am|pm)\b/;

interface Group {
  from: number;
  to: number;
}

export interface PhoneOptions {
  /** Countries whose local formats are tried for short numbers (the first is the default). */
  countries: CountryCode[];
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

const FILE_EXTENSION = /^\.(?:jpe?g|png|gif|webp|heic|pdf|docx?|xlsx?|txt|csv|zip|mp[34]|mov|m4a|wav)\b/;

/** A letter of a script that puts spaces between words: digits glued to one are part of a code. */
const WORD_LETTER = /(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}])\p{L}/u;

function isLetter(char: string): boolean {
  return /\p{L}/u.test(char);
}

/** Reads the gap after a digit group; returns where the next group starts, or -1 when the run ends. */
function readGap(text: string, at: number): { next: number; gap: string } {
  // ", y luego", ", la suite": words that go on with a number, read whole (digitRuns decides whether they do).
  const goesOn = /[,،]/.test(text.slice(at, at + 3)) ? GOES_ON_HERE.exec(text.slice(at, at + 40)) : null;
  let i = goesOn ? at + goesOn[0].length : at;
  while (i < text.length && i - at <= MAX_GAP) {
    const code = text.charCodeAt(i);
    if (isDigit(code)) return { next: i, gap: text.slice(at, i) };
    const char = String.fromCodePoint(text.codePointAt(i) ?? 0);
    if (isLetter(char) && char !== 'の' && char !== 'ー' && char !== 'ㅡ' && char !== 'ᅳ') {
      const word = /^[a-z]+/.exec(text.slice(i, i + 12))?.[0];
      if (word && FILLER_WORDS.has(word)) {
        i += word.length;
        continue;
      }
      return { next: -1, gap: '' };
    }
    // Japanese reads a number's groups with の between them ("090の1234の5678"): a letter, read as a dash;
    // so is its long-vowel mark ー, a letter too ("０９０ー８７６５ー４３２１"), and Korean's ㅡ (ᅳ once normalised).
    if (/[\s\-–—−‐‑‒ーㅡᅳ.()[\]{}_,*~|·•・‧/、，،の]/.test(char) || PICTOGRAPH.test(char)) {
      i += char.length;
      continue;
    }
    return { next: -1, gap: '' };
  }
  return { next: -1, gap: '' };
}

/** Splits the text into runs of digit groups whose gaps are all allowed. */
function digitRuns(text: string): Group[][] {
  const runs: Group[][] = [];
  let i = 0;
  while (i < text.length) {
    if (!isDigit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const run: Group[] = [];
    let start = i;
    for (;;) {
      let end = start;
      while (end < text.length && isDigit(text.charCodeAt(end))) end++;
      run.push({ from: start, to: end });
      const { next, gap } = readGap(text, end);
      if (next < 0) {
        i = end;
        break;
      }
      // A comma joins digits only in a spelled-out run ("5 5 5, 0 1 3 2"), not in a list of sizes.
      // ", then" (in several languages) and ", the rest" go on with a number that starts with its
      // trunk zero ("07700, then 900, then 159"); after a price they go on with prices ("600, the rest 2200").
      // Without a trunk zero, only into a number written in pairs ("empieza por 655, y luego 43 21 09"), not into prices ("300, y luego 150 150").
      // Two pairs go on a number that has a longer group ("612, luego 34 56 y acaba en 78"), not a list of sizes ("34 36, y luego 38 40").
      const after = text.slice(next, next + 12);
      const pairsGoOn = PAIRS_AFTER.test(after) && run.some((g) => g.to - g.from >= 3);
      const goesOn = (text[run[0]!.from] === '0' || GROUPED_AFTER.test(after) || pairsGoOn) && GOES_ON.test(gap);
      // "07700,900,776": a number from its trunk zero, in groups of three or more, commas for spaces.
      const trunkGroups = text[run[0]!.from] === '0' && run[0]!.to - run[0]!.from >= 3 && end - start >= 3 && /^,$/.test(gap) && /^\d{3}/.test(text.slice(next, next + 3));
      if (/[,、，،]/.test(gap) && !(end - start === 1 && !isDigit(text.charCodeAt(next + 1))) && !goesOn && !trunkGroups) {
        i = end;
        break;
      }
      start = next;
    }
    runs.push(run);
  }
  return runs;
}

const DATE_SHAPE = /^(?:\d{1,2}[ .\-]\d{1,2}[ .\-](?:\d{2}|\d{4})|\d{4}[ .\-]\d{1,2}[ .\-]\d{1,2})$/;

function looksLikeDate(source: string): boolean {
  if (!DATE_SHAPE.test(source)) return false;
  const parts = source.split(/[ .\-]/).map(Number);
  const [a = 0, b = 0, c = 0] = parts;
  if (source.indexOf(String(parts[0])) === 0 && String(a).length === 4) return b >= 1 && b <= 12 && c >= 1 && c <= 31;
  return a >= 1 && a <= 31 && b >= 1 && b <= 31 && (a <= 12 || b <= 12);
}

/** `submitted` is the text as typed: a number spelled on the keypad is told by its capitals (numberOnKeypad). */
export function findPhones(view: MappedText, options: PhoneOptions, submitted: string): Span[] {
  const text = view.text;
  const spans: Span[] = [];
  // Every way below of reading a number needs its digits (number words are digits in this view).
  if (!/[0-9]/.test(text)) return spans;
  for (const run of digitRuns(text)) {
    // Groups glued to letters belong to a code ("10f1", "WH-1000XM5", "2x4", "5pm"): drop them.
    // Scripts written without spaces between words glue everything ("電話番号は090-4821-7763です").
    while (run.length > 0 && run[0]!.from > 0 && WORD_LETTER.test(text[run[0]!.from - 1]!)) run.shift();
    while (run.length > 0 && run[run.length - 1]!.to < text.length && WORD_LETTER.test(text[run[run.length - 1]!.to]!)) run.pop();
    // A number glued to other digits by a slash or colon is a date, time, fraction or score
    // ("12:30", "3/4"); after a word ("Tel:03-5512-8804") it is not.
    const first = run[0];
    const last = run[run.length - 1];
    if (!first || !last) continue;
    if (/\d[/:]$/.test(text.slice(Math.max(0, first.from - 2), first.from)) || /^:\d/.test(text.slice(last.to, last.to + 2))) continue;
    // A file's name ("IMG_20250612_143022.jpg", "scan_0612345678.pdf"): a camera's date and time.
    if (/\p{L}_$/u.test(text.slice(Math.max(0, first.from - 2), first.from)) || FILE_EXTENSION.test(text.slice(last.to, last.to + 6))) continue;
    const verdict = judgeRun(text, run, options);
    if (verdict) spans.push(verdict);
  }
  for (const piece of [...numberInPieces(text), ...numberByItsEnds(text), ...numberJoinedByX(text), ...numberFirstAndRest(text), ...numberToPutTogether(text), ...numberTypedWithLetters(text), ...numberOnKeypad(view, submitted)]) if (!spans.some((s) => s.start < piece.end && piece.start < s.end)) spans.push(piece);
  return withoutIdentifiers(text, spans);
}

/**
 * A UUID (8-4-4-4-12 hex digits), as platforms show booking and order references: an identifier,
 * never a phone, though its groups hold digits (and its letters read as digits in this view: b 8, e 3).
 */
const UUID = /(?<![\p{L}\p{N}])[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![\p{L}\p{N}])/gu;

/**
 * An IBAN, as a bank statement or an invoice shows one ("GB29 NWBK 6016 1331 9268 19", "DE89370400440532013000"): its country,
 * two check digits and the account in groups of four (or none), an account number and no phone, though its last groups read
 * as one. Only one whose length is its country's and whose check digits hold (ISO 13616, mod 97): a phone number after two
 * letters and two digits is neither.
 */
const IBAN = /(?<![\p{L}\p{N}])[a-z]{2}\d{2}(?:[ \-]?[a-z0-9]{4}){2,7}(?:[ \-]?[a-z0-9]{1,3})?(?![\p{L}\p{N}])/gu;
const TRAILING_WORDS = /(?:[ \-][a-z]+)+$/;
const IBAN_LENGTH: Record<string, number> = {
  ad: 24, ae: 23, al: 28, at: 20, az: 28, ba: 20, be: 16, bg: 22, bh: 22, br: 29, ch: 21, cr: 22, cy: 28, cz: 24, de: 22, dk: 18, do: 28,
  ee: 20, eg: 29, es: 24, fi: 18, fo: 18, fr: 27, gb: 22, ge: 22, gi: 23, gl: 18, gr: 27, gt: 28, hr: 21, hu: 28, ie: 22, il: 23, iq: 23,
  is: 26, it: 27, jo: 30, kw: 30, kz: 20, lb: 28, li: 21, lt: 20, lu: 20, lv: 21, mc: 27, md: 24, me: 22, mk: 19, mr: 27, mt: 31, mu: 30,
  nl: 18, no: 15, pk: 24, pl: 28, ps: 29, pt: 25, qa: 29, ro: 24, rs: 22, sa: 24, se: 24, si: 19, sk: 24, sm: 27, tn: 24, tr: 26, ua: 29,
  xk: 20,
};

/**
 * Whether an IBAN's characters (no spaces, lower case) have its country's length and check digits that hold. Not a Dutch one
 * whose ten-digit account is a Dutch mobile number ("NL74 ABNA 0612 3456 78", 06 and eight digits): any number can be given
 * check digits that hold, so such an IBAN hands the number over as surely as it is written; it is read as before IBANs were.
 */
function isIban(iban: string): boolean {
  if (IBAN_LENGTH[iban.slice(0, 2)] !== iban.length) return false;
  if (iban.startsWith('nl') && iban.slice(8, 10) === '06') return false;
  let rest = 0;
  for (const char of iban.slice(4) + iban.slice(0, 4)) {
    const value = parseInt(char, 36);
    rest = (value < 10 ? rest * 10 + value : rest * 100 + value) % 97;
  }
  return rest === 1;
}

function withoutIdentifiers(text: string, spans: Span[]): Span[] {
  if (spans.length === 0) return spans;
  const ids: Span[] = [];
  if (text.includes('-')) for (const match of allMatches(UUID, text)) ids.push({ start: match.index, end: match.index + match[0].length });
  if (/[a-z]{2}\d{2}/.test(text)) {
    for (const match of allMatches(IBAN, text)) {
      // The pattern may take the word after an IBAN as its last group ("BE71 0961 2345 6769 is mijn rekening", "… t.n.v."): the
      // IBAN is read again without its groups of letters alone at the end (not without digits: a phone glued on stays one).
      const whole = isIban(match[0].replace(/[ \-]/g, ''));
      const iban = whole ? match[0] : match[0].replace(TRAILING_WORDS, '');
      if (!whole && (iban === match[0] || !isIban(iban.replace(/[ \-]/g, '')))) continue;
      ids.push({ start: match.index, end: match.index + iban.length });
    }
  }
  return ids.length === 0 ? spans : spans.filter((span) => !ids.some((id) => id.start < span.end && span.start < id.end));
}

const PIECE = /(?<![\p{L}\p{N}])\d{3,5}(?![\p{L}\p{N}])/gu;
const PIECE_WORDS = /\b(?:part|piece|bit|first|second|third|then|next|middle|last|(?:starts|begins|ends)\swith|ends\sin|comes)\b/;
// "first three are 647, middle 555, last four 0103": a number's parts counted as a phone's are, which calls it one.
const FIRST_THREE = /\bfirst\s(?:three|3)\b[^\d]{0,24}$/;
const LAST_FOUR = /^[^\d]*\blast\s(?:four|4)\b/;
/** An aside in brackets between the pieces of a number the sentence calls one ("415 (skip this) 555"). */
const ASIDE = /^\s*\([^()\d]{1,24}\)\s*$/;

/**
 * A number handed over a piece at a time, with words between that count the pieces ("First part: 0208.
 * Second part: 496. Last part: 0591", "starts with 0412. Then comes 388. The last three are 905"): three
 * or four groups of three or four digits, from a trunk zero, ten or eleven digits in all, and nothing but
 * words between them ("part 2" counts as a word), or a space within a piece; from another digit when the
 * sentence calls it a number ("my number starts with 718 555 and ends in 0129", "my number is 415 (skip
 * this) 555 (and this) 0171"); not a day's times ("0800, then 1200, last 1730"). The trunk's piece may
 * hold five digits ("first part 07700, second part 900 771").
 */
function numberInPieces(text: string): Span[] {
  if (!PIECE_WORDS.test(text) && !text.includes('(')) return [];
  const groups = allMatches(PIECE, text);
  const spans: Span[] = [];
  for (let i = 0; i + 2 < groups.length; i++) {
    const before = text.slice(Math.max(0, groups[i]!.index - 40), groups[i]!.index);
    // Three, three and four digits, an area code and an exchange as North America's are (from 2 to 9).
    const counted = FIRST_THREE.test(before) && /^[2-9]\d\d$/.test(groups[i]![0]) && groups[i + 2] !== undefined && /^[2-9]\d\d$/.test(groups[i + 1]![0]) && groups[i + 2]![0].length === 4 && LAST_FOUR.test(text.slice(groups[i + 1]!.index + groups[i + 1]![0].length, groups[i + 2]!.index));
    const called = counted || lastMatchIndex(PHONE_WORDS, before) >= 0;
    if (!groups[i]![0].startsWith('0') && !called) continue;
    for (const count of [4, 3]) {
      const pieces = groups.slice(i, i + count);
      if (pieces.length < count) continue;
      const digits = pieces.reduce((n, g) => n + g[0].length, 0);
      const gaps = pieces.slice(1).map((g, k) => text.slice(pieces[k]!.index + pieces[k]![0].length, g.index));
      if (digits < 10 || digits > 11 || gaps.some((gap) => gap.length > 40 || /\d\d/.test(gap))) continue;
      // A space alone joins the groups of one piece ("second part 555 017"); every other gap counts the pieces.
      const counting = gaps.filter((gap) => gap.trim() !== '');
      if (counting.length === 0 || counting.some((gap) => !PIECE_WORDS.test(gap) && !(called && ASIDE.test(gap))) || pieces.every((g) => isRoundClockTime(g[0]))) continue;
      const last = pieces[count - 1]!;
      spans.push({ start: pieces[0]!.index, end: last.index + last[0].length });
      i += count - 1;
      break;
    }
  }
  return spans;
}

// "put it together", "join them up", "combine them": the reader is told to make one number of the pieces.
// Right after the pieces, in the same sentence; "put it together yourself" is assembly.
const PUT_TOGETHER_AFTER =
  /^[^.!?\n\d]{0,40}?(?<![\p{L}])(?:put\s(?:it|them|those|these|'em|em)\s(?:all\s)?together|(?:join|combine|stick|string)\s(?:it|them|those|these|'em|em)(?:\s(?:all\s)?(?:up|together))?|read\s(?:them|those|these)\sin\sa\srow)(?![\p{L}])(?!\s(?:yourself|myself|ourselves|yourselves|themselves|for\syou))/u;
const TOGETHER_PIECE = /(?<![\p{L}\p{N}.,])\d{3,5}(?![\p{L}\p{N}]|[.,]\d)/gu;

/**
 * A number dressed as a list, and the reader told to put it together ("ok so 415 for the sofa, 555 for the table and
 * 0164 for delivery 😉 put it together"): three pieces in one sentence with words between them, grouped as North America
 * groups a number (3, 3 and 4) or from a trunk zero (ten or eleven digits), the words that join them right after.
 * Amounts are put together too ("the sofa is 450, the table 250 and delivery 1200, put them together"): a piece must
 * start with a zero, which no amount does, and none be an amount with its currency or its unit.
 */
function numberToPutTogether(text: string): Span[] {
  if (!/together|join|combine|stick|string|in\sa\srow/.test(text)) return [];
  const groups = allMatches(TOGETHER_PIECE, text);
  const spans: Span[] = [];
  for (let i = 0; i + 2 < groups.length; i++) {
    const pieces = groups.slice(i, i + 3);
    const values = pieces.map((g) => g[0]);
    const digits = values.join('').length;
    const northAmerican = values.map((v) => v.length).join() === '3,3,4' && /^[2-9]/.test(values[0]!);
    if (!(northAmerican || (values[0]!.startsWith('0') && digits >= 10 && digits <= 11))) continue;
    const gaps = pieces.slice(1).map((g, k) => text.slice(pieces[k]!.index + pieces[k]![0].length, g.index));
    if (gaps.some((gap) => gap.length > 40 || /[\d.!?\n]/.test(gap) || !/\p{L}/u.test(gap))) continue;
    const end = pieces[2]!.index + pieces[2]![0].length;
    if (!values.some((v) => v.startsWith('0')) || !PUT_TOGETHER_AFTER.test(text.slice(end, end + 80))) continue;
    if (pieces.some((g) => CURRENCY_BEFORE.test(text.slice(Math.max(0, g.index - 6), g.index)) || UNIT_AFTER.test(text.slice(g.index + g[0].length, g.index + g[0].length + 16)))) continue;
    spans.push({ start: pieces[0]!.index, end });
    i += 2;
  }
  return spans;
}

// "4I5-S5S-OI32": a number in groups joined by dashes or dots, with letters typed for some digits (o, i, l, s, z, b, e, t).
const LETTERED_NUMBER = /(?<![\p{L}\p{N}])[0-9oilszbet]{2,5}(?:[.\-][0-9oilszbet]{2,5}){2,3}(?![\p{L}\p{N}])/gu;
const LETTER_FOR_DIGIT: Record<string, string> = { o: '0', i: '1', l: '1', s: '5', z: '2', b: '8', e: '3', t: '7' };

/**
 * A number written in groups with letters for some of its digits ("call me at 4I5-S5S-OI32"): a digit in every group
 * and no group a plural ("10s-12s-14s"), at least half the characters digits, ten or eleven in all once the letters are
 * read, and words that call it a number just before it. (contactView reads o, i and l in a group alone, and one other
 * letter in a long number.)
 */
function numberTypedWithLetters(text: string): Span[] {
  if (!/\d[oilszbet]|[oilszbet]\d/.test(text)) return [];
  const spans: Span[] = [];
  for (const match of allMatches(LETTERED_NUMBER, text)) {
    const groups = match[0].split(/[.\-]/);
    const typed = match[0].replace(/[.\-]/g, '');
    const digitCount = typed.replace(/\D/g, '').length;
    if (groups.some((g) => !/\d/.test(g) || /^\d+s$/.test(g)) || !/[a-z]/.test(typed) || digitCount * 2 < typed.length || typed.length < 10 || typed.length > 11) continue;
    if (lastMatchIndex(PHONE_WORDS, text.slice(Math.max(0, match.index - 40), match.index)) < 0) continue;
    const digits = typed.replace(/[a-z]/g, (letter) => LETTER_FOR_DIGIT[letter]!);
    if (!/^(?:[2-9]\d{9}|0\d{9,10}|1[2-9]\d{9})$/.test(digits)) continue;
    spans.push({ start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

// A North American number spelled on the keypad's letters, as businesses give theirs ("1-800-FLOWERS", "(212) 555-PAWS",
// "1 877 KARS 4 KIDS"). Numbers before words in capitals are everywhere ("1967 MUSTANG", "800 MAIN STREET", "(250) ENVELOPES",
// "1 800 SQUARE FEET", "Order #800-CONFIRMED"), so only a number's whole shape tells one: a "1" set off from its area code, an
// area code in brackets or set off from what follows, and after it either an exchange of three digits and a group of letters,
// or the seven keys of a number spelled out.
const KEYPAD_SEPARATOR = String.raw`[^\S\n]?[.\-–][^\S\n]?|[^\S\n]`;
const KEYPAD_AREA_CODE = new RegExp(
  String.raw`(?<![\p{L}\p{N}+\-–./#$€£])(?:(\+?1)(${KEYPAD_SEPARATOR}))?(?:\([^\S\n]?([2-9]\d\d)[^\S\n]?\)[^\S\n]?|([2-9]\d\d)(${KEYPAD_SEPARATOR}))(?=[a-z0-9])`,
  'gu',
);
const KEYPAD_GROUP = new RegExp(String.raw`(${KEYPAD_SEPARATOR})?([a-z0-9]{1,10})(?![a-z0-9])`, 'y');
const TOLL_FREE = /^8(?:00|33|44|55|66|77|88)$/;
// What a number in front of a word counts or measures, beyond UNIT_AFTER's units and amounts ("1 800 SQUARE FEET", "800-CALORIE",
// "800-GRIT", "800 MILES"), and streets ("800 MAIN STREET"); a keypad's letters spell none of these first.
const KEYPAD_NOT_FIRST =
  /^(?:square|sq|feet|foot|miles?|mi|kilomet(?:er|re)s?|met(?:er|re)s?|yards?|acres?|hectares?|watts?|volts?|amps?|calories?|grit|thread|count|series|pesos?|tenge|rubles?|roubles?|lira|liras|baht|dirhams?|riyals?|rand|numbers?|lines?|block|street|st|avenue|ave|road|rd|lane|ln|boulevard|blvd|drive|dr|highway|hwy|route|exit|north|south|east|west|northbound|southbound|eastbound|westbound|boxes|sheets|envelopes|stamps|pages|copies|tickets|seats|guests|visitors|members|subscribers|orders|bottles|cans|packs|sets|pairs|bags|cards|entries|votes|points|pts|mph|kph|kmh|rpm|cc|hp|bhp|psi|lumens|mah|gsm|tc|dpi|ppi)$/;
// A word that calls what follows it a number ("call 800-PAINTER", "CALL 1-888-NEW-ROOF"), right before it.
const KEYPAD_CALLED_BEFORE =
  /(?<![\p{L}])(?:(?:call|dial|ring|text|txt|sms|phone|tel)(?:\s(?:me|us))?|hotline|helpline|(?:my|our|the)\s(?:number|line)(?:\sis)?)[^\S\n]?[:.\-]?[^\S\n]{0,2}(?:on|at)?[^\S\n]{0,2}$/u;

/**
 * A number spelled on the keypad. After its area code, one of two shapes:
 * - an exchange of three digits (from 2 to 9) and a group of four to six keys, two or more of them letters, joined by a dash or
 *   a dot ("(212) 555-PAWS", "(415) 555-cake"), the area code in brackets or after its "1", or set off by a dash or a dot right
 *   after a word that calls it a number ("call 212.555.PAWS"; "Size 300-400-PLUS" is none);
 * - seven to ten keys, three or more of them letters, the first from 2 to 9 ("1-800-FLOWERS", "1-877-FIX-DRILL"), only after a
 *   toll-free code (800, 833, ... 888) or, in capitals, "+1 (917)": after the toll-free code alone ("800-PAINTER") only seven
 *   keys in capitals joined by dashes or dots; after its "1" in small letters only in two or more groups ("1-855-mow-lawn";
 *   "1-800-numbers" is a word); with spaces between only in capitals, after a word that calls it a number ("call 1 888 CAKE
 *   NOW") or with a digit for a word between words ("1 877 KARS 4 KIDS"), since "1 800" is also a thousand and eight hundred.
 * Its letters are typed as Latin ones ("1 800 ТЕНГЕ" is Cyrillic), none of a unit or a street first ("800-CALORIE",
 * "1 800 SQUARE FEET"); no reference word comes right before it ("Order #800-..."); in capitals without its "1" it stands out
 * of a message that has small letters, or none, or is called a number right before it.
 */
function numberOnKeypad(view: MappedText, submitted: string): Span[] {
  const text = view.text;
  if (!/\d[\s.\-–)]/.test(text) || !/[a-z]/.test(text)) return [];
  const spans: Span[] = [];
  const typed = (from: number, to: number) => {
    const span = originalSpan(view, from, to);
    return submitted.slice(span.start, span.end);
  };
  const spaceOnly = (joiner: string) => !/[.\-–]/.test(joiner);
  for (const match of allMatches(KEYPAD_AREA_CODE, text)) {
    const [whole, one, afterOne = '', bracketed, bare, afterCode] = match;
    const start = match.index;
    const areaCode = bracketed ?? bare ?? '';
    const tollFree = TOLL_FREE.test(areaCode);
    const codeEnd = start + whole.length;
    if (UNIT_AFTER.test(text.slice(codeEnd, codeEnd + 16))) continue;
    const before = text.slice(Math.max(0, start - 24), start);
    const called = KEYPAD_CALLED_BEFORE.test(before);
    if (!called && lastMatchIndex(REFERENCE_WORDS, before) > lastMatchIndex(PHONE_WORDS, before)) continue;
    // The groups after the area code, joined as the first join (spaces, or dashes and dots), ten keys at most.
    const groups: Array<{ keys: string; to: number }> = [];
    let spaced: boolean | undefined = afterCode === undefined ? undefined : spaceOnly(afterCode);
    for (let at = codeEnd, total = 0; ; ) {
      KEYPAD_GROUP.lastIndex = at;
      const group = KEYPAD_GROUP.exec(text);
      if (!group) break;
      const joiner = group[1] ?? '';
      if ((groups.length === 0) !== (joiner === '') || total + group[2]!.length > 10) break;
      if (joiner !== '' && (spaced ??= spaceOnly(joiner)) !== spaceOnly(joiner)) break;
      at += group[0].length;
      total += group[2]!.length;
      groups.push({ keys: group[2]!, to: at });
    }
    const first = groups[0];
    if (!first || KEYPAD_NOT_FIRST.test(first.keys)) continue;
    const exchange = /^[2-9]\d\d$/.test(first.keys) && groups[1] !== undefined && spaced === false && /^[a-z0-9]{4,6}$/.test(groups[1].keys) && /[a-z].*[a-z]/.test(groups[1].keys);
    const keys = groups.map((g) => g.keys).join('');
    const end = exchange ? groups[1]!.to : groups[groups.length - 1]!.to;
    const letters = typed(start, end);
    // Letters typed as Latin ones: the base view writes Cyrillic look-alikes in Latin.
    if (/[^\P{L}\p{Script=Latin}]/u.test(letters)) continue;
    const capitals = !/\p{Ll}/u.test(letters);
    const small = !/\p{Lu}/u.test(letters);
    let accepted: boolean;
    if (exchange) {
      // The area code bracketed, after its "1", or set off by a dash or a dot ("212 555-..." may be two numbers).
      accepted = bracketed !== undefined || one !== undefined || (called && !spaceOnly(afterCode ?? ''));
    } else {
      const shaped = keys.length >= 7 && keys.replace(/\d/g, '').length >= 3 && /^[2-9a-z]/.test(keys);
      const span = originalSpan(view, start, end);
      const rest = submitted.slice(0, span.start) + submitted.slice(span.end);
      const standsOut = called || /\p{Ll}/u.test(rest) || !/\p{L}/u.test(rest);
      if (!shaped) accepted = false;
      else if (!tollFree) accepted = one !== undefined && bracketed !== undefined && capitals && standsOut;
      else if (one === undefined) accepted = bare !== undefined && spaced === false && keys.length === 7 && capitals && standsOut;
      else if (spaced === true) {
        // Spaced, "1 800" is also a thousand and eight hundred ("ONLY 1 800 LEFT NOW", "1 800 SOLD OUT").
        const digitForWord = groups.some((g, i) => /^\d$/.test(g.keys) && /^[a-z]{2,}$/.test(groups[i - 1]?.keys ?? '') && /^[a-z]{2,}$/.test(groups[i + 1]?.keys ?? ''));
        accepted = capitals && spaceOnly(afterOne) && (called || digitForWord);
      } else accepted = !spaceOnly(afterOne) || bracketed !== undefined ? capitals || !small || groups.length >= 2 : false;
    }
    if (accepted) spans.push({ start, end });
  }
  return spans;
}

// "the first five are 07700 … the rest: 900461": a number's trunk named as its first part or digits, then the rest of it
// later on ("the first payment is 0450 and the rest 150000" names no part of a number).
const FIRST_THEN_REST = new RegExp(
  String.raw`(?<![\p{L}])(?:first\s(?:part|bit|piece|half|digits|(?:two|three|four|five|six|\d)(?:\s(?:digits|numbers))?)|starts?|starting|begins?)(?![\p{L}])\D{0,24}?(?<![\p{L}\p{N}])(0\d{3,4}|\+\s?\d{1,3}(?:\s\d{2,4}){0,2})(?![\p{L}\p{N}])(\D{1,80}?)(?<![\p{L}])(?:rest|remaining|remainder)(?![\p{L}])\D{0,60}?(?<![\p{L}\p{N}])(\d{5,7}|\d{3}\s\d{3,4})(?![\p{L}\p{N}])`,
  'gu',
);

/**
 * A number handed over in two pieces, its trunk named as the first part and what follows as the rest
 * ("the first five are 07700, I'll send the rest separately: 900 461"): ten or eleven digits in all, the
 * first no time of day ("first shift 0800 …") and the second no amount.
 */
function numberFirstAndRest(text: string): Span[] {
  if (!/rest|remain/.test(text)) return [];
  const spans: Span[] = [];
  for (const match of allMatches(FIRST_THEN_REST, text)) {
    const [whole, trunk = '', , rest = ''] = match;
    const digits = (trunk + rest).replace(/\D/g, '').length;
    const end = match.index + whole.length;
    const restStart = end - rest.length;
    // A country code for its trunk ("starts +254 786 … the rest is 738 614"): up to thirteen digits.
    const plus = trunk.startsWith('+');
    if (digits < 10 || digits > (plus ? 13 : 11) || (!plus && isRoundClockTime(trunk)) || UNIT_AFTER.test(text.slice(end, end + 16)) || CURRENCY_BEFORE.test(text.slice(Math.max(0, restStart - 6), restStart))) continue;
    spans.push({ start: match.index + whole.indexOf(trunk), end });
  }
  return spans;
}

// "07700x900x418": a number from its trunk zero with "x" between its groups, which sizes ("120x60x75") never start with.
// Spaced the same ("07700 x 900 x 516").
const JOINED_BY_X = /(?<![\p{L}\p{N}])0\d{2,4}(?:(?:x|\sx\s)\d{2,4}){2,3}(?![\p{L}\p{N}])/gu;

function numberJoinedByX(text: string): Span[] {
  if (!text.includes('x')) return [];
  const spans: Span[] = [];
  for (const match of allMatches(JOINED_BY_X, text)) {
    const digits = match[0].replace(/[\sx]/g, '').length;
    if (digits >= 10 && digits <= 11 && !UNIT_AFTER.test(text.slice(match.index + match[0].length, match.index + match[0].length + 16))) spans.push({ start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

// "starts with 0791 and ends with 1123456", "empieza por 0412 y termina en 388905": the two ends of a number;
// its end may come first ("ends 900 471, starts 07700", "ends in 0186, the start is +1 702 555"), either end in groups.
// The end may be counted as a phone's last digits are ("the last six are 900123").
const LAST_COUNTED = String.raw`the\slast\s(?:two|three|four|five|six|seven|eight|[2-8])(?:\s(?:digits|numbers))?\s(?:are|is)`;
const END_WORD = String.raw`(?<![\p{L}])(?:ends?|ending|finishes|termina|terminam|finit|se\stermine|endet|eindigt|finisce|${LAST_COUNTED})(?:\s(?:with|in|en|con|com|em|par|mit|op|met))?(?![\p{L}])`;
const COUNT_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8 };
const LAST_COUNT = /last\s(\w+)/;
const START_WORD = String.raw`(?<![\p{L}])(?:starts?|starting|begins?|the\s(?:start|beginning|first\s(?:part|bit))\sis|empieza|comienza|comeca|commence|beginnt|begint|inizia)(?:\s(?:with|in|by|por|con|com|par|mit|met))?(?![\p{L}])`;
const PIECE_IN_GROUPS = String.raw`\d{2,8}(?:\s\d{2,5}){0,2}(?![\p{L}\p{N}])`;
const BY_ITS_ENDS = new RegExp(String.raw`(?<![\p{L}\p{N}])(\d{3,5})(?![\p{L}\p{N}])(\D{1,40}?)${END_WORD}\D{0,12}?(${PIECE_IN_GROUPS})`, 'gu');
const BY_ITS_ENDS_REVERSED = new RegExp(String.raw`${END_WORD}\D{0,12}?(${PIECE_IN_GROUPS})(\D{1,40}?)${START_WORD}\D{0,12}?((?:\+\s?\d{1,4}\s)?${PIECE_IN_GROUPS})`, 'gu');

/**
 * A number told by its beginning and its end, when the sentence calls it one ("my number starts
 * with 0791 and ends with 1123456", "my mobile ends 900 471, starts 07700") or its beginning has a
 * "+": ten or eleven digits in all (up to thirteen after a "+"). Tracking and serial numbers are
 * told the same way, so a trunk zero alone is not enough.
 */
function numberByItsEnds(text: string): Span[] {
  if (!/end|termin|finit|finis|eindig|last\s/.test(text)) return [];
  const spans: Span[] = [];
  for (const pattern of [BY_ITS_ENDS, BY_ITS_ENDS_REVERSED]) {
    for (const match of allMatches(pattern, text)) {
      // The groups are the pieces and the words between them: the beginning first, or (reversed) the end.
      const [, one = '', between = '', other = ''] = match;
      const beginning = pattern === BY_ITS_ENDS ? one : other;
      const digits = (one + other).replace(/\D/g, '').length;
      const plus = beginning.startsWith('+');
      // "the last six are 900123" after a trunk zero's beginning: the end's digits counted, as one counts a phone's.
      const end = pattern === BY_ITS_ENDS ? other : one;
      const count = LAST_COUNT.exec(match[0])?.[1];
      const before = text.slice(Math.max(0, match.index - 40), match.index);
      const counted =
        count !== undefined && beginning.startsWith('0') && (COUNT_WORDS[count] ?? Number(count)) === end.replace(/\D/g, '').length && lastMatchIndex(REFERENCE_WORDS, before) < 0;
      const called = plus || counted || lastMatchIndex(PHONE_WORDS, before) >= 0;
      if (digits < 10 || digits > (plus ? 13 : 11) || !called || /\d/.test(between)) continue;
      const start = match.index + match[0].search(/\d/);
      spans.push({ start, end: match.index + match[0].length });
    }
  }
  return spans;
}

// "between 9.30 and 11.45", "14:00-17:30": two clock times.
const TIME_RANGE = /^(\d{1,2})[.:](\d{2})\s*(?:and|to|till|until|-|–|—|y|a|et|bis|und|e|tot|en|do|ve)\s*(\d{1,2})[.:](\d{2})$/;

function isTimeRange(source: string): boolean {
  const parts = TIME_RANGE.exec(source);
  if (!parts) return false;
  const [, h1, m1, h2, m2] = parts.map(Number) as [number, number, number, number, number];
  return h1 <= 24 && h2 <= 24 && m1 < 60 && m2 < 60;
}

// "12.05.–19.05.", "01.08. - 15.08.2025", "28.12.25–03.01.26": two days, each written day first and then its month as German
// and much of Europe write a date (the stop after the month, and a year, may follow), joined by a dash: a stay or an
// absence, not a number's groups.
const DAY_MONTH_RANGE = /^(\d{1,2})\.(\d{1,2})(?:\.(?:\d{4}|\d{2}))?\.?\s{0,2}[-‐‑‒–—]\s{0,2}(\d{1,2})\.(\d{1,2})(?:\.(?:\d{4}|\d{2}))?$/;

function isDayMonthRange(source: string): boolean {
  const parts = DAY_MONTH_RANGE.exec(source);
  if (!parts) return false;
  const [, d1, m1, d2, m2] = parts.map(Number) as [number, number, number, number, number];
  return d1 >= 1 && d1 <= 31 && d2 >= 1 && d2 <= 31 && m1 >= 1 && m1 <= 12 && m2 >= 1 && m2 <= 12;
}

function judgeRun(text: string, run: Group[], options: PhoneOptions): Span | null {
  const first = run[0]!;
  const last = run[run.length - 1]!;
  const digits = run.map((g) => text.slice(g.from, g.to)).join('');
  const source = text.slice(first.from, last.to);
  const before = text.slice(Math.max(0, first.from - 40), first.from);
  // Whether the words before call it a number to ring ("my cell is …", "r" for "are" after "my digits").
  const calledBefore = lastMatchIndex(PHONE_WORDS, before) >= 0;
  const after = text.slice(last.to, last.to + 16);
  let start = first.from;
  const plus = /(?:\+|\b00)\s?$/.test(text.slice(Math.max(0, first.from - 3), first.from)) || digits.startsWith('00');
  if (text[first.from - 1] === '+') start = first.from - 1;
  else if (text[first.from - 2] === '+' && text[first.from - 1] === ' ') start = first.from - 2;
  if (text[start - 1] === '(') start--;

  if (digits.length < 7 || digits.length > 15) return null;
  if (isTimeRange(source)) return null;
  if (!plus && isDayMonthRange(source)) return null;
  // A book's ISBN ("9780306406157", "978-0-306-40615-7"): thirteen digits from 978 or 979 whose check digit holds;
  // no country code is 978 or 979, so only a "+" or a phone word before it makes it a number.
  if (!plus && !calledBefore && isIsbn13(digits)) return null;
  // A Brazilian postcode (CEP) ends an address as five digits, a hyphen and three ("São Paulo - SP, 01304-001"):
  // no phone number is written so, unless called one.
  if (!plus && !calledBefore && run.length === 2 && first.to - first.from === 5 && last.to - last.from === 3 && text.slice(first.to, last.from) === '-') return null;
  // So does an American ZIP+4, five digits, a hyphen and four ("Beverly Hills 90210-1234"). Brazil's mobile is grouped the
  // same from a 9: it comes after its area code ("(11) 98765-4321", "o DDD é 31, o resto 98877-6655"), is called one, or
  // is someone's ("meu zap 98765-4321"), where a ZIP+4 from a 9 ends a place's name.
  if (!plus && !calledBefore && run.length === 2 && first.to - first.from === 5 && last.to - last.from === 4 && text.slice(first.to, last.from) === '-') {
    const clause = before.split(/[.!?;\n]/).pop() ?? '';
    if (!digits.startsWith('9') || (/\p{L}{3}\s*,?\s*$/u.test(clause) && !MOBILE_OWNER.test(clause) && !/\bddd\b/.test(text.slice(0, first.from)))) return null;
  }
  // "r" is a rand ("R 650") unless the number was just called one ("my digits r 647 555 0181").
  const currency = CURRENCY_BEFORE.exec(before);
  // "x 14" after a number in dashed groups is its extension ("202-555-0199 x 14"), not a size; so after one begun with its
  // country code ("+1 646 555 0113 x 22"): no size starts with a "+".
  const extension = /^\s*x\s*\d/.test(after) && (/\d-\d/.test(source) || (plus && run.length >= 3));
  // A unit after a number called one, long and in groups, is the next word ("my cell 415 555 0132 min 9-5").
  const calledNumber = calledBefore && digits.length >= 9 && run.length >= 2;
  if ((currency && !(/^r\.?\s*$/.test(currency[0]) && calledBefore)) || (UNIT_AFTER.test(after) && !extension && !calledNumber)) return null;
  if (TIME_AFTER.test(after) && last.to - last.from <= 4 && !(/^0[1-9]/.test(digits) && !isClockTimeAt(text, run))) return null;
  // French names a mobile by its first two digits, then gives the four pairs after them ("mon 06 c'est le 12 34
  // 56 78"): one number from its trunk zero, whatever the pairs count up by.
  const frenchMobile = FRENCH_MOBILE_BEFORE.exec(before);
  if (frenchMobile && run.length === 4 && run.every((g) => g.to - g.from === 2)) return { start: first.from - before.length + frenchMobile.index + frenchMobile[0].search(/0[67]/), end: last.to };
  if (run.length === 3 && looksLikeDate(source)) return null;
  const separators = run.slice(1).map((g, i) => text.slice(run[i]!.to, g.from).trim());
  const values = run.map((g) => text.slice(g.from, g.to));
  const rising = values.every((v, i) => i === 0 || Number(v) > Number(values[i - 1]));
  const length = (g: Group) => g.to - g.from;
  // A decimal at the end ("… 1.2 PureTech"): a size or an engine, not the end of a number.
  if (run.length >= 3 && separators.filter((s) => s === '.').length === 1 && separators[separators.length - 1] === '.' && length(last) === 1 && length(run[run.length - 2]!) <= 2) return null;
  // A slash joins an area code to a number ("0172/3536325", "030 / 2345 6781", "+49 (0) 170 / 123 45
  // 67"), or writes a whole number in groups from its trunk zero ("07700/900/219"), in French pairs
  // ("06//12//34//56//78") or as North America groups it ("312/555/0176"), or a number called one
  // ("tel. 0 six one two / three four / …", longer than a date) or read digit by digit ("6 4 6 / 5 5 5 /
  // 0 1 9 8"); otherwise it writes a date, a fraction or a reference.
  if (separators.some((s) => s.includes('/')) && !plus) {
    const trunk = /^0\d{2,4}$/.test(text.slice(first.from, first.to));
    // A trunk of two digits ("07/700/900/461") when every group after it holds three or more and they do not count up.
    const shortTrunk = /^0\d$/.test(text.slice(first.from, first.to)) && run.slice(1).every((g) => length(g) >= 3) && !rising;
    const areaCode = trunk && separators.slice(1).every((s) => !s.includes('/'));
    const subscriber = digits.length - length(first);
    // Nine digits only when they do not count up ("075 / 080 / 085" are sizes).
    const grouped =
      ((trunk && run.every((g) => length(g) >= 3)) || (shortTrunk && run.length >= 4)) && run.length >= 3 && (digits.length >= 10 || (digits.length === 9 && !rising)) && digits.length <= 11;
    const pairs = run.length === 5 && digits.startsWith('0') && run.every((g) => length(g) === 2);
    const northAmerican = run.length === 3 && length(first) === 3 && length(run[1]!) === 3 && length(last) === 4 && /^[2-9]/.test(digits);
    const called = digits.length >= 9 && calledBefore;
    const digitByDigit = run.filter((g) => length(g) === 1).length >= 8;
    if (!(areaCode && subscriber >= 5 && subscriber <= 8) && !grouped && !pairs && !northAmerican && !called && !digitByDigit) return null;
  }
  // A rising list ("sizes 6 8 10 12 14", "rooms 101 102 103 104"): phone numbers do not count up,
  // unless called one and not in even steps ("min mobil er 20 45 67 81").
  if (run.length >= 3 && rising && !plus && !values[0]!.startsWith('0') && separators.every((s) => /^(?:[,、，ー·•・]|,?\s*and|&)?$/.test(s))) {
    const steps = new Set(values.slice(1).map((v, i) => Number(v) - Number(values[i])));
    if ((run.length >= 4 && !calledBefore) || steps.size === 1 || values.every((v) => /0$/.test(v))) return null;
  }
  // A lone digit after two longer groups and before more, spaced ("BMW oil filter 11 42 7 953 129"): a part number's
  // grouping. A phone number has one only after its area code (Brazil's mobile "11 9 8765 4321"), or from its "+" or its
  // trunk zero, or read a digit at a time, or where it is called one.
  const lone = run.map(length).indexOf(1);
  if (!plus && !calledBefore && !digits.startsWith('0') && lone >= 2 && lone < run.length - 1 && run.filter((g) => length(g) === 1).length === 1 && separators.every((s) => s === '')) return null;
  // Numbered by year and month: "2024-11-0387", an invoice's or a case's.
  if (run.length >= 3 && !plus && /^(?:19|20)\d\d$/.test(values[0]!) && length(run[1]!) === 2 && Number(values[1]) >= 1 && Number(values[1]) <= 12) return null;
  // Numbered by its date: "20250417-0032", a booking's or an order's.
  if (run.length === 2 && !plus && length(first) === 8 && isDate(values[0]!)) return null;
  // A range of years: "2019-2023".
  if (run.length === 2 && length(first) === 4 && length(last) === 4 && /^(?:19|20)\d\d$/.test(text.slice(first.from, first.to)) && /^(?:19|20)\d\d$/.test(text.slice(last.from, last.to))) return null;
  // Hours in 24-hour time: "0800 - 1700", "0930–1745", "at 0800, then 1200" (no 8-digit phone number is two round times).
  if (run.length === 2 && !calledBefore && values.every(isRoundClockTime)) return null;
  // Dotted numbers with a one-digit group are versions or decimals (not after a "+", nor a number
  // dotted digit by digit, "+1.4.1.5.5.5", nor a long one called a phone's, "my cell is 1.646.555.0193");
  // four dotted groups of at most 255 an IP ("333.123.45.67" is an Italian mobile).
  if (separators.every((s) => s === '.') && run.some((g) => g.to - g.from === 1) && !plus && run.length < 6 && !(digits.length >= 10 && calledBefore)) return null;
  if (run.length === 4 && separators.every((s) => s === '.') && values.every((v) => v.length <= 3 && Number(v) <= 255)) return null;
  // "1 250 000": thousands, a price or a count; never from a zero ("07.700.900.629" is a mobile from its trunk).
  const thousands = run.length >= 3 && length(first) <= 3 && !/^0\d/.test(values[0]!) && run.slice(1).every((g) => length(g) === 3) && separators.every((s) => s === '' || s === ',' || s === '.');
  // With a "+" in front it is an international number ("+61 438 220 715").
  if (thousands && !plus && (length(first) <= 2 || text.slice(last.from, last.to) === '000')) {
    if (!calledBefore && lastMatchIndex(SCRIPT_PHONE_WORDS, before) < 0) return null;
  }
  // The clause the number is in; "no." and "nr." abbreviate "number" and end no sentence.
  const clause = before.split(/(?<!\b(?:no|nr))[.!?;\n]\s|[\n]/).pop() ?? before;
  const reference = Math.max(lastMatchIndex(REFERENCE_WORDS, clause), lastMatchIndex(SCRIPT_REFERENCE_WORDS, clause));
  const phoneWord = Math.max(lastMatchIndex(PHONE_WORDS, clause), lastMatchIndex(SCRIPT_PHONE_WORDS, clause));
  // "bookings on 0131 496 0288": a reference word, then "on" or "via" the number, is a line to call;
  // so is a number written from its "+" ("for bookings: +353 (0)1 555 2043"): references have none.
  // "SKU 07700-900-802 (that's my mobile btw)": a number dressed as a reference, then called a phone's.
  const plusSign = text[start] === '+' || text[start + 1] === '+' || CALLED_AFTER.test(text.slice(last.to, last.to + 48));
  if (reference >= 0 && phoneWord < reference && !plusSign && !/\b(?:on|via)\s*:?\s*$/.test(clause)) return null;
  // "the model number on the sticker under the machine is 415-555-0100": a reference named further back.
  const sentence = text.slice(Math.max(0, first.from - 100), first.from).split(/[.!?\n]\s/).pop() ?? '';
  const named = lastMatchIndex(NAMED_REFERENCE, sentence);
  if (named >= 0 && !plusSign && lastMatchIndex(PHONE_WORDS, sentence.slice(named)) < 0) return null;
  // A part number: after its maker's name or a word that says it is one, or before the part it numbers, where no word before
  // it calls it a number to ring ("call Renault on 0800 …" is one).
  // A number that is a mobile's as written is a part number only where "part number" is said before it, or a maker's name
  // before it and the part after it: a part word alone after a mobile ("07911 123456 kit") would let anyone pass a number.
  const partBefore = PART_BEFORE.exec(before);
  const partAfter = PART_AFTER.test(text.slice(last.to, last.to + 48));
  const namedAsPart = partBefore?.groups?.catalogue !== undefined || (partBefore !== null && partAfter);
  if (!plusSign && (partBefore || partAfter) && (namedAsPart || !isMobileNumber(digits, options.countries))) {
    const upTo = partBefore ? Math.max(0, clause.length - (before.length - partBefore.index)) : clause.length;
    if (Math.max(lastMatchIndex(PHONE_WORDS, clause.slice(0, upTo)), lastMatchIndex(SCRIPT_PHONE_WORDS, clause.slice(0, upTo))) < 0) return null;
  }
  // "SH-2025-004718", "INV-20931-774": letters and a dash in front of dashed groups make a code
  // (Zulu "ku-082 555 0143" is "on 082 555 0143").
  if (!plusSign && separators.every((s) => s === '-') && CODE_PREFIX.test(text.slice(Math.max(0, first.from - 6), first.from))) return null;

  // Two amounts joined by "and" ("rent is 1450 and 350 is utilities"), unless the number is called one.
  if (run.length === 2 && digits.length <= 8 && phoneWord < 0 && /\band\b/.test(separators[0]!)) return null;
  const span = { start, end: last.to };
  // Grouped like a number after a "+" and long enough, it counts even where libphonenumber's plan
  // has moved on (Mexico's mobile "1" after +52).
  if (plus) return digits.length >= 8 && (isPossiblePhoneNumber(`+${digits.replace(/^00/, '')}`) || (run.length >= 3 && digits.length >= 10)) ? span : null;
  if (digits.length >= 9) return span;
  // Seven or eight digits: a phone number when written like one or called one, and possible locally.
  const phoneShaped = run.length >= 2 && !separators.every((s) => s === '.');
  if (!phoneShaped && phoneWord < 0) return null;
  if (phoneShaped && phoneWord >= 0) return span;
  return options.countries.some((country) => isValidPhoneNumber(digits, country) || isPossibleLocal(digits, country)) ? span : null;
}

const isMobileType = (type: string | undefined) => type === 'MOBILE' || type === 'FIXED_LINE_OR_MOBILE';

/** The part of libphonenumber's numbering plan that says whether a country's numbers may be written without its trunk prefix. */
interface PlanFormats {
  formats(): Array<{ nationalPrefixIsOptionalWhenFormattingInNationalFormat(): boolean }>;
}
const trunkPrefixOptional = new Map<CountryCode, boolean>();

/** Whether the country's plan lets its numbers be written without their trunk prefix (India's "98765 43210"). */
function mayDropTrunkPrefix(country: CountryCode): boolean {
  let optional = trunkPrefixOptional.get(country);
  if (optional === undefined) {
    const metadata = new Metadata();
    metadata.selectNumberingPlan(country);
    const plan = metadata.numberingPlan as unknown as PlanFormats | undefined;
    optional = plan?.formats().some((format) => format.nationalPrefixIsOptionalWhenFormattingInNationalFormat()) ?? false;
    trunkPrefixOptional.set(country, optional);
  }
  return optional;
}

/**
 * Whether the digits are a mobile number as a country writes it: as its national format has them (from the trunk prefix
 * where the country has one, "07911 123456", "0176 …", "06 …", "04 …"; Spain's 6… and Italy's 3… without one), or without
 * the prefix where the plan lets it be left out; and valid there as a mobile (or a fixed line or mobile) by libphonenumber's
 * plan, or, from the trunk prefix and of a possible length, in one of its mobile ranges: the same first three digits with
 * the rest of the library's example mobile are a valid mobile ("07700 900123", a UK range the plan keeps for fiction).
 * Irish "83 061 5301" (a part's "8E0 615 301" read as digits) is no mobile: Ireland writes its trunk zero.
 */
function isMobileNumber(digits: string, countries: readonly CountryCode[]): boolean {
  return countries.some((country) => {
    const number = parsePhoneNumberFromString(digits, country);
    if (!number?.isPossible()) return false;
    const national = number.nationalNumber as string;
    const asWritten = number.formatNational().replace(/\D/g, '') === digits || (digits === national && mayDropTrunkPrefix(country));
    if (!asWritten) return false;
    if (number.isValid()) return isMobileType(number.getType());
    const example = getExampleNumber(country, mobileExamples)?.nationalNumber as string | undefined;
    if (digits === national || example?.length !== national.length) return false;
    const inRange = parsePhoneNumberFromString(national.slice(0, 3) + example.slice(3), country);
    return inRange !== undefined && inRange.isValid() && isMobileType(inRange.getType());
  });
}

/** "20250417": a date written as digits, year first. */
function isDate(digits: string): boolean {
  const [year, month, day] = [Number(digits.slice(0, 4)), Number(digits.slice(4, 6)), Number(digits.slice(6, 8))];
  return year >= 1990 && year <= 2099 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/** "9780306406157": thirteen digits from 978 or 979 with a valid EAN-13 check digit. */
function isIsbn13(digits: string): boolean {
  if (!/^97[89]\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 13; i++) sum += Number(digits[i]) * (i % 2 === 0 ? 1 : 3);
  return sum % 10 === 0;
}

/**
 * Whether the end of the run reads as a time on a twelve-hour clock, as "am" or "pm" after it says: an hour ("7",
 * "11"), an hour and its minutes run together ("1130", "0945"), or minutes after an hour ("9 45", "10.30").
 */
function isClockTimeAt(text: string, run: Group[]): boolean {
  const hour = (digits: string) => /^\d{1,2}$/.test(digits) && Number(digits) <= 12;
  const last = text.slice(run[run.length - 1]!.from, run[run.length - 1]!.to);
  const previous = run.length >= 2 ? text.slice(run[run.length - 2]!.from, run[run.length - 2]!.to) : '';
  if (hour(last)) return true;
  if (/^\d{3,4}$/.test(last)) return hour(last.slice(0, -2)) && Number(last.slice(-2)) < 60;
  return /^\d{2}$/.test(last) && Number(last) < 60 && hour(previous);
}

/** "0800", "1730": a time of day on the quarter hour, as a 24-hour clock writes it. */
function isRoundClockTime(group: string): boolean {
  return /^(?:[01]\d|2[0-3])(?:00|15|30|45)$/.test(group);
}

function isPossibleLocal(digits: string, country: CountryCode): boolean {
  // Local numbers without an area code (7 digits in North America) are possible but not valid.
  return country === 'US' && digits.length === 7 && /^[2-9]/.test(digits);
}

/** Where the last match of a global pattern starts in `text`, or -1. */
function lastMatchIndex(pattern: RegExp, text: string): number {
  pattern.lastIndex = 0;
  let index = -1;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    index = match.index;
    if (match[0].length === 0) pattern.lastIndex++;
  }
  return index;
}
