// Email addresses and URLs. linkifyjs finds them with the real list of top-level domains, so
// "node.js", "photo.jpg" and "v2.5" are not links; it reads only the words that could hold one,
// which keeps a long message cheap. Our own patterns find the spelled-out forms
// ("john at example dot com", "john [at] gmail [dot] com", "example dot com").
import * as linkify from 'linkifyjs';
import { allMatches } from './all-matches.js';
import { identityText, type MappedText, MappedTextBuilder, originalSpan, type Span } from './mapped-text.js';
import { withoutCombiningMarks } from './normalise.js';

export interface LinkSpan extends Span {
  kind: 'email' | 'url' | 'handle';
}

// Top-level domains people actually type in a disguised address; rarer ones need a plain "@" or "."
const COMMON_TLDS = new Set(
  'com net org co uk io me info biz us ca au de fr es it nl be ch at se no dk fi pl ru ua cz ie pt br mx ar in jp cn kr sg hk nz za tr gr ro hu il ae sa eu bg sk rs hr si lt lv ee cat vn app dev shop store online site xyz tv ly gl gg ai edu gov mail email studio design art tech photo photography pro blog page club cafe media agency digital world'.split(' '),
);
// Top-level domains that are usually file extensions when they end a bare name ("README.md").
const FILE_LIKE_TLDS = new Set('md py sh rs pl zip mov so ps ml tf cc ts sb pm ai'.split(' '));
// The second-level labels of a country's domains ("com.pl", "co.ai", "org.sb").
const SECOND_LEVEL_BEFORE_TLD = /[\p{L}\p{N}]\.(?:com|co|net|org|edu|gov|ac|biz|info)\.[a-z]{2}$/u;
const HYPHENATED_WORDS = /^\p{L}{2,}(?:-\p{L}{2,})+\.pl$/u;
const NOT_LINKS = new Set(['asp.net', 'vb.net', 'ado.net', 'node.js', 'e.g', 'i.e']);
// Mail providers: "jdoe at gmail" is an address even without its ".com".
const MAIL_PROVIDERS = 'gmail|googlemail|hotmail|outlook|yahoo|ymail|icloud|me\\.com|protonmail|proton|aol|live|msn|gmx|yandex|mail\\.ru|zoho|hey|fastmail|tutanota|qq|163|126|web\\.de|orange|btinternet|sky|comcast|verizon';
const NOT_LOCAL_PARTS = new Set(
  'me us you him her them it is be email mail here there home work school me, i we they he she this that what who or and but the a an at on in to from for with be ok just back least last first all once now night noon lunch dinner'.split(' '),
);

const MAX_CHUNK = 2048;
const FILE_NAME = /\.(?:jpe?g|png|gif|webp|heic|svg|psd|pdf|docx?|xlsx?|pptx?|odt|txt|csv|zip|rar|7z|mp[34]|mov|avi|wav|dwg|stl)[,.!?)]*$/;
/** A URL's scheme and first letters, then a space, right before what linkify found. */
const CUT_URL_START = /(?<![\p{L}\p{N}])(?:https?|ftp):\/\/[\p{L}\p{N}.\-]{0,63}\s{1,2}$/u;
/** A scheme with spaces between its letters or around its "://" ("h t t p s : / /", "https : //", "h x x p : / /"), right before a name. */
const SPACED_SCHEME = /(?<![\p{L}\p{N}])(?=[^\n]*\s[^\n]*$)(?:h\s{0,2}[tx]\s{0,2}[tx]\s{0,2}p(?:\s{0,2}s)?|f\s{0,2}t\s{0,2}p)\s{0,2}:\s{0,2}\/\s{0,2}\/\s{0,3}$/u;
// A dot or "@" with something after it: "done." and "ok," are not worth asking linkify about.
const LINK_LIKE = /[.@．][\p{L}\p{N}]/u;
const PROVIDER = new RegExp(`^(?:${MAIL_PROVIDERS})$`);
const PROVIDER_WORD = new RegExp(`(?<![\\p{L}\\p{N}])(?:${MAIL_PROVIDERS})(?![\\p{L}\\p{N}])`, 'u');
// Words that start a phrase, not a domain: "the dot com boom".
const NOT_DOMAIN_LABELS = new Set('the a an this that our my your its his her their any some no one dot'.split(' '));
const TIME_WORDS = new Set('monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun today tonight tomorrow noon midnight morning evening night'.split(' '));
const SENTENCE_WORD_TLDS = new Set(['de', 'es', 'it', 'me']);
// What follows "at", the preposition: "dot at the hem", "dot at each end", "dot at least".
const AT_PHRASE_AFTER = /^\s{1,3}(?:the|a|an|my|your|his|her|its|our|their|this|that|these|those|each|every|both|either|one|some|least|most|all|first|last|top|bottom|end|front|back|home|work|night|noon)(?![\p{L}\p{N}])/iu;
const STRICT_TLDS = new Set('com net org io co uk de fr es it nl ru shop store app dev me info biz'.split(' '));
const tldCache = new Map<string, boolean>();
function isRealTld(tld: string): boolean {
  let known = tldCache.get(tld);
  if (known === undefined) {
    known = /^[\p{L}]{2,24}$/u.test(tld) && linkify.test(`example.${tld}`, 'url');
    if (tldCache.size < 10_000) tldCache.set(tld, known);
  }
  return known;
}

const LABEL = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}\-]{0,62})`;
// "at" and "dot" as people spell them in an address, in the languages of the base view (accents
// off, so "małpa" reads "malpa"). Another language's "dot" counts only in an address with that
// language's "at" ("marco chiocciola libero punto it"): after an English "at", "point" is a word
// ("at the point in my life").
const FOREIGN_AT_WORDS = 'arroba|arobase|arrobase|chiocciola|malpa|klammeraffe|apenstaartje|zavinac|snabel-a|snabela|kukac|arond|arrova|a\\scong|παπακι|שטרודל|маймунка|majmunka|собака|sobaka|アットマーク|アット|골뱅이';
const AT_WORDS = `at|${FOREIGN_AT_WORDS}`;
const FOREIGN_AT = new RegExp(`(?:${FOREIGN_AT_WORDS})`, 'u');
// "dot" in languages where the word means nothing else in an address; French "point" and Dutch "punt"
// are also English words, so they count only after that language's "at".
// Korean says "dot" as 닷, 점 or 쩜 ("naver 점 com"; 점 is also a score's point, "5 점": only where an ending follows).
const OTHER_DOT_WORDS = 'punto|ponto|punkt|punct|kropka|tecka|bodka|punktum|piste|cham|τελεια|נקודה|точка|tochka|nokta|крапка|kpanka|krapka|titik|ドット|닷|점|쩜';
const WORD_DOT_WORDS = 'point|punt|pont';
const DOT_WORDS = `dot|${WORD_DOT_WORDS}|${OTHER_DOT_WORDS}`;
/** A bullet or middle dot typed for a dot: "kyle-photos ◦ com". */
const BULLET = '[•◦·∙⋅‧●⚫⚪⦁∘]';
const BULLET_DOT = new RegExp(BULLET);
const GENERIC_ENDINGS = new Set('com net org io'.split(' '));
// Japanese and Korean write "at" without spaces around it ("tanakaアットマークexample").
// A symbol typed for the "@" right before a mail provider whose name is no other word: "gr8deals 🌀 gmail • com".
const SYMBOL_AT = String.raw`\s{0,3}[\p{Extended_Pictographic}\p{So}]\uFE0F?\s{0,3}(?=(?:gmail|googlemail|hotmail|outlook|yahoo|ymail|icloud|protonmail|gmx|yandex)(?![\p{L}\p{N}]))`;
// A symbol typed for the dot before a generic ending: "bilal.khan🔸gmail🔸com".
const SYMBOL_DOT = String.raw`\s{0,3}[\p{Extended_Pictographic}\p{So}]\uFE0F?\s{0,3}(?=(?:com|net|org)(?![\p{L}\p{N}]))`;
// The dashes a keyboard or an autocorrect types for a hyphen ("nina–at–web–dot–de"), for a character class; and
// the quotes around a spelled word ("kevin 'at' fastmail 'dot' fm"), straight or curly; and plus signs around it
// ("sam + at + samdrums + dot + com").
const DASH = '-‐‑‒–—';
const QUOTE = `["'‘’“”]`;
// Turkish says "et" for the sign: only in brackets ("ayse[et]ornek[nokta]com"), as French "et" is "and".
const SPELLED_AT = String.raw`${SYMBOL_AT}|\s{0,3}[\[({<]\s{0,2}(?:${AT_WORDS}|et|@)\s{0,2}[\])}>]\s{0,3}|\s{1,3}(?:${AT_WORDS})\s{1,3}|\s{0,3}(?:アットマーク|골뱅이)\s{0,3}|[${DASH}_.]at[${DASH}_.]|\s{1,3}[${DASH}]at[${DASH}]\s{1,3}|\s{0,3}@\s{0,3}|\s{1,3}${QUOTE}at${QUOTE}\s{1,3}|\s{1,3}\+\s{1,3}at\s{1,3}\+\s{1,3}`;
/** A dot as written or spelled with one of `words`: "[dot]", " dot ", "-dot-", " 'dot' ", " . ", "ドット". */
const spelledDot = (words: string) =>
  String.raw`\s{0,3}[\[({<]\s{0,2}(?:${words}|\.)\s{0,2}[\])}>]\s{0,3}|\s{1,3}(?:${words})\s{1,3}|\s{1,3}${QUOTE}(?:${words})${QUOTE}\s{1,3}|\s{1,3}\+\s{1,3}(?:${words})\s{1,3}\+\s{1,3}|\s{0,3}ドット\s{0,3}|[${DASH}_]dot[${DASH}_]|\s{1,3}[${DASH}]dot[${DASH}]\s{1,3}|\s{0,3}\.\s{0,3}|\s{0,3}${BULLET}\s{0,3}|${SYMBOL_DOT}`;
// After an English "at" (which is also how "ät" reads with its accent off), any "dot" but "point".
const SPELLED_DOT = spelledDot(`dot|${OTHER_DOT_WORDS}`);
/** A dot in an address with another language's "at": spelled in any of DOT_WORDS. */
const EMAIL_DOT = spelledDot(DOT_WORDS);
// Both searches start from the rare part (an "at", a disguised dot) and read outwards from it, so a
// long message costs one pass, not one attempt per character.
const AT_SIGN = new RegExp(SPELLED_AT, 'gu');
const LOCAL_CHAR = /[\p{L}\p{N}._%+\-]/u;
const LOCAL_START = /^[\p{L}\p{N}_]$/u;
const dotBefore = (words: string) => new RegExp(String.raw`(?:\s{1,3}(?:${words})\s{1,3}|\s{0,3}[\[({<]\s{0,2}(?:${words}|\.)\s{0,2}[\])}>]\s{0,3})$`, 'u');
const SPELLED_DOT_BEFORE = { english: dotBefore('dot'), foreign: dotBefore(DOT_WORDS) };
const WORD_BEFORE = /(?<![\p{L}\p{N}_%+\-])[\p{L}\p{N}_%+\-]{1,64}$/u;
// "emma.w at the usual gmail": a provider named with a word or two before it. Only after a local
// part that has a dot, a digit or an underscore, which "meet at the usual gmail thread" has not.
const PROVIDER_WITH_WORDS = new RegExp(
  String.raw`(?:the\s(?:usual|same|old|normal)|my\s(?:usual|old|normal)|(?:my|her|his|their|our|your))\s{1,3}(?=(?:${MAIL_PROVIDERS})(?![\p{L}\p{N}]))`,
  'uy',
);
const DOMAIN_AFTER = {
  english: new RegExp(String.raw`${LABEL}(?:(?:${SPELLED_DOT})${LABEL}){0,4}`, 'uy'),
  foreign: new RegExp(String.raw`${LABEL}(?:(?:${EMAIL_DOT})${LABEL}){0,4}`, 'uy'),
};
// Any language's "dot" may be bracketed as "[dot]" is ("jardinagem-silva(ponto)com(ponto)br"), with its endings below.
const DISGUISED_DOT = new RegExp(
  String.raw`\s{0,3}[\[({<]\s{0,2}(?:${DOT_WORDS}|\.)\s{0,2}[\])}>]\s{0,3}|\s{1,3}(?:${DOT_WORDS})\s{1,3}|\s{1,3}${QUOTE}dot${QUOTE}\s{1,3}|[${DASH}_]dot[${DASH}_]|\s{1,3}\.\s{0,3}|\.\s{1,3}|\s{0,3}${BULLET}\s{0,3}`,
  'giu',
);
const SQUARE_BRACKETED_DOT = /^\s{0,3}\[\s{0,2}\.\s{0,2}\]\s{0,3}$/u;
const OTHER_DOT = new RegExp(`^(?:\\s{1,3}|\\s{0,3}[\\[({<]\\s{0,2})(${WORD_DOT_WORDS}|${OTHER_DOT_WORDS})(?:\\s{1,3}|\\s{0,2}[\\])}>]\\s{0,3})$`, 'u');
// Another language's "dot" is an ordinary word in it too ("en punto de la tarde", "guter Punkt"): a
// site spelled with one starts with "www", or ends in a generic ending or the language's own
// country's ("elektro-weber punkt de"; "es" and "de" end no "punto"). "point", "punt" and "pont"
// are English words as well ("a good point net of fees"): only their country's ending.
const GENERIC_TLDS = ['com', 'net', 'org', 'eu', 'io'];
const DOT_WORD_TLDS: Record<string, Set<string>> = Object.fromEntries(
  Object.entries({
    // Portuguese "com" is "with" ("um ponto com ferrugem"): "ponto" ends only in a country's ending.
    punto: [...GENERIC_TLDS, 'it'], τελεια: [...GENERIC_TLDS, 'gr'], ponto: ['br', 'pt'], punkt: [...GENERIC_TLDS, 'de', 'at', 'ch', 'se'],
    kropka: [...GENERIC_TLDS, 'pl'], tecka: [...GENERIC_TLDS, 'cz'], bodka: [...GENERIC_TLDS, 'sk'], punktum: [...GENERIC_TLDS, 'dk', 'no', 'se'],
    punct: [...GENERIC_TLDS, 'ro'], piste: [...GENERIC_TLDS, 'fi'], cham: [...GENERIC_TLDS, 'vn'], נקודה: [...GENERIC_TLDS, 'il'], точка: [...GENERIC_TLDS, 'ru', 'ua', 'bg'], tochka: [...GENERIC_TLDS, 'ru', 'ua'], nokta: [...GENERIC_TLDS, 'tr'],
    // Ukrainian "крапка" (its base view "kpanka": all but one letter look Latin), Indonesian and Malay "titik"
    крапка: [...GENERIC_TLDS, 'ua'], kpanka: [...GENERIC_TLDS, 'ua'], krapka: [...GENERIC_TLDS, 'ua'], titik: [...GENERIC_TLDS, 'id', 'my'], ドット: [...GENERIC_TLDS, 'jp'], 닷: [...GENERIC_TLDS, 'kr'],
    점: [...GENERIC_TLDS, 'kr'], 쩜: [...GENERIC_TLDS, 'kr'],
    point: ['fr', 'be', 'ch', 'ca'], punt: ['nl', 'be', 'cat'], pont: ['hu'],
  }).map(([word, tlds]) => [word, new Set(tlds)]),
);
const HYPHENATED_NAME_TLDS: Record<string, Set<string>> = { punto: new Set(['es', 'mx', 'ar', 'cl', 'pe']), ponto: new Set(['br', 'pt']), punkt: new Set(['de', 'at', 'ch']) };
const LABEL_CHAR = /[\p{L}\p{N}\-.]/u;
const DOMAIN_REST = new RegExp(String.raw`${LABEL}(?:(?:${EMAIL_DOT})${LABEL}){0,3}(?:\s{0,3}(?:/|slash)\s{0,3}[\p{L}\p{N}_\-]{1,40})?`, 'uy');
const DOT_SPLIT = new RegExp(EMAIL_DOT, 'gu');

/** Emails and URLs in the base view. */
export function findLinks(view: MappedText, submitted: string): LinkSpan[] {
  const text = view.text;
  const spans: LinkSpan[] = [];
  // linkify reads only the whitespace-separated chunks that could hold a link.
  const chunk = /\S+/g;
  for (let match = chunk.exec(text); match; match = chunk.exec(text)) {
    const word = match[0];
    if (word.length < 3 || word.length > MAX_CHUNK || !LINK_LIKE.test(word)) continue;
    // "logo.final.v3.png": a file's name, whose first dotted words linkify may read as a domain.
    const fileName = FILE_NAME.test(word);
    const links = linkify.find(word);
    // "resale-tix.example/event/4471": a name and a path of pages, written plainly, is a link whatever its ending.
    if (links.length === 0 && word.includes('/')) {
      const bare = HOST_AND_PATH.exec(word);
      const tld = bare?.[1] ?? '';
      if (bare && !fileName && !FILE_LIKE_TLDS.has(tld) && !NOT_LINKS.has(word.slice(0, word.indexOf('/')))) {
        spans.push({ start: match.index + bare.index, end: match.index + bare.index + bare[0].length, kind: 'url' });
      }
    }
    for (const found of links) {
      if (found.type !== 'url' && found.type !== 'email') continue;
      if (fileName && found.type === 'url' && found.end < word.length && !/^(?:https?:\/\/|www\.)/i.test(found.value)) continue;
      const start = match.index + found.start;
      const end = match.index + found.end;
      // "h t t p s : / / shop.kasia.pl": a scheme spaced out before a name makes it a link, whatever its ending.
      const spacedScheme = found.type === 'url' && text[start - 1] !== undefined && /[\s/]/.test(text[start - 1]!) ? SPACED_SCHEME.exec(text.slice(Math.max(0, start - 40), start)) : null;
      if (found.type === 'url' && !spacedScheme && !isPlausibleUrl(found.value, view, submitted, start)) continue;
      // "https://exa mple.com": the scheme and the start of the name, cut off by a space, go too.
      const cut = found.type === 'url' && found.start === 0 ? CUT_URL_START.exec(text.slice(Math.max(0, start - 80), start)) : null;
      const from = spacedScheme ? start - spacedScheme[0].length : cut ? start - cut[0].length : start;
      spans.push({ start: from, end, kind: found.type === 'email' ? 'email' : appLinkKind(found.value) });
    }
  }
  findDisguisedEmails(text, spans);
  findTransliteratedEmails(text, spans);
  findProviderNames(text, spans);
  findReversedEmails(text, spans);
  findReversedDomains(text, spans);
  findSpelledDomains(text, spans, (at) => submitted.slice(view.starts[at] ?? 0, view.ends[at] ?? 0));
  findSpacedDomains(text, spans);
  findTypedDomains(text, spans);
  findSpacedOutLinks(text, spans);
  findSpacedOutWords(text, spans);
  return spans;
}

// "at", "dot", "com" and the mail providers as Thai, Arabic, Persian and Urdu write them in their own
// letters ("somchai.k แอท gmail ดอท คอม", "ahmed99 آت جيميل دوت كوم"); base view spellings (no combining marks).
const TRANSLITERATED: Record<string, string> = {
  // and "dot" and "com" with a zero for their o
  d0t: 'dot', c0m: 'com',
  แอท: 'at', ดอท: 'dot', คอม: 'com', จเมล: 'gmail', ฮอตเมล: 'hotmail',
  // Tamil, Bengali (its "com" also means "less": read as one only beside a spelled "dot" around it, as every word here is)
  அட்: 'at', ஜிமெயில்: 'gmail', 'ஜி மெயில்': 'gmail', டாட்: 'dot', காம்: 'com', யாஹூ: 'yahoo', ஹாட்மெயில்: 'hotmail', அவுட்லுக்: 'outlook',
  অ্যাট: 'at', এট: 'at', জিমেইল: 'gmail', 'জি মেইল': 'gmail', ডট: 'dot', কম: 'com', ইয়াহু: 'yahoo', হটমেইল: 'hotmail', আউটলুক: 'outlook',
  // Persian (its "at" with or without its fatha) and Urdu
  ات: 'at', دات: 'dot', ایٹ: 'at', 'جی میل': 'gmail', جی‌میل: 'gmail', ہاٹ‌میل: 'hotmail', 'ہاٹ میل': 'hotmail', هاتمیل: 'hotmail', یاہو: 'yahoo', آؤٹ‌لک: 'outlook',
  آت: 'at', على: 'at', الجيميل: 'gmail', دوت: 'dot', ڈاٹ: 'dot', كوم: 'com', کام: 'com', جيميل: 'gmail', جیمیل: 'gmail', هوتميل: 'hotmail', ياهو: 'yahoo', یاهو: 'yahoo',
};
// Chinese writes "at" and "dot" as 艾特 and 点, between Latin letters and digits: no word boundary is asked of them.
const UNSPACED_TRANSLITERATED: Record<string, string> = { 艾特: ' at ', 点: ' dot ' };
// Korean and Japanese write them straight against the Latin name ("jisoo골뱅이naver점com", "naver닷컴", "tanakaあっとgmail"): a
// word of its own only among its script's letters (점 in "편의점" is none). Korean "at", "dot", "com", "dot com" and the
// providers in Hangul (골뱅이, its "@", is read unspaced already); Japanese "at" and "dot" in hiragana.
const KANA_HANGUL_TRANSLITERATED: Record<string, string> = {
  앳: ' at ', 닷: ' dot ', 점: ' dot ', 쩜: ' dot ', 닷컴: ' dot com ', 점컴: ' dot com ', 쩜컴: ' dot com ', 컴: ' com ',
  네이버: ' naver ', 지메일: ' gmail ', 한메일: ' hanmail ', あっとまーく: ' at ', あっと: ' at ', どっと: ' dot ',
};
Object.assign(TRANSLITERATED, UNSPACED_TRANSLITERATED, KANA_HANGUL_TRANSLITERATED);
// Looked up as the base view writes them: without combining marks (Tamil's and Bengali's viramas, Persian's fatha).
for (const word of Object.keys(TRANSLITERATED)) {
  const base = withoutCombiningMarks(word).replace(/\u200C/g, '');
  if (base !== word) {
    TRANSLITERATED[base] = TRANSLITERATED[word]!;
    delete TRANSLITERATED[word];
  }
}
const KANA_HANGUL = String.raw`\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}`;
// Those words run together with no Latin between ("jisoo99앳네이버점컴", "kim골뱅이지메일닷컴"): the run is peeled into its words,
// longest first; 골뱅이 ("@") among them.
const KANA_HANGUL_IN_RUN: Record<string, string> = { ...KANA_HANGUL_TRANSLITERATED, 골뱅이: ' at ' };
const KANA_HANGUL_RUN_WORDS = Object.keys(KANA_HANGUL_IN_RUN).sort((a, b) => b.length - a.length).join('|');
const KANA_HANGUL_RUN_WORD = new RegExp(KANA_HANGUL_RUN_WORDS, 'uy');
const TRANSLITERATED_WORD = new RegExp(
  `(?<!\\p{L})(?:${Object.keys(TRANSLITERATED).filter((word) => !(word in UNSPACED_TRANSLITERATED) && !(word in KANA_HANGUL_TRANSLITERATED)).sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}\\p{M}])|${Object.keys(UNSPACED_TRANSLITERATED).join('|')}` +
    `|(?<![${KANA_HANGUL}])(?:${Object.keys(KANA_HANGUL_TRANSLITERATED).sort((a, b) => b.length - a.length).join('|')})(?![${KANA_HANGUL}])` +
    `|(?<![${KANA_HANGUL}])(?:${KANA_HANGUL_RUN_WORDS})(?:${KANA_HANGUL_RUN_WORDS})+(?![${KANA_HANGUL}])`,
  'gu',
);

/** Addresses spelled with TRANSLITERATED words: the words written in Latin, then read as any disguised address. */
function findTransliteratedEmails(text: string, spans: LinkSpan[]): void {
  const words = allMatches(TRANSLITERATED_WORD, text);
  if (words.length === 0) return;
  const builder = new MappedTextBuilder(identityText(text));
  let at = 0;
  for (const match of words) {
    builder.copy(at, match.index);
    const end = match.index + match[0].length;
    if (TRANSLITERATED[match[0]] !== undefined) builder.push(TRANSLITERATED[match[0]]!, match.index, end);
    else {
      // A run of address words: peeled word by word (the pattern only matches a run that is wholly made of them).
      let from = match.index;
      KANA_HANGUL_RUN_WORD.lastIndex = from;
      for (let word = KANA_HANGUL_RUN_WORD.exec(text); word && from < end; word = KANA_HANGUL_RUN_WORD.exec(text)) {
        builder.push(KANA_HANGUL_IN_RUN[word[0]]!, from, from + word[0].length);
        from += word[0].length;
      }
      // Longest first may leave a tail the run's own reading split otherwise: it is kept as written.
      if (from < end) builder.copy(from, end);
    }
    at = end;
  }
  builder.copy(at, text.length);
  const latin = builder.build();
  const found: LinkSpan[] = [];
  findDisguisedEmails(latin.text, found);
  // An address's name is in Latin letters ("ahmed.salem على الجيميل"); "الفاتورة على جيميل" is an invoice on Gmail.
  addFromView(latin, found, spans, (start) => /[a-z0-9]/.test(text[start] ?? ''));
}

// Letters spaced out one by one around a spelled "at" and "dot": "d a n i e l at o u t l o o k dot com".
const SPACED_LETTERS = /(?<![\p{L}\p{N}])(?:[\p{L}\p{N}] ){2,}[\p{L}\p{N}](?![\p{L}\p{N}])/gu;

/** Addresses and sites whose words were spaced out letter by letter: the letters joined, then read as any disguised one. */
function findSpacedOutWords(text: string, spans: LinkSpan[]): void {
  if (!/(?:[\p{L}\p{N}] ){2}/u.test(text)) return;
  const source = identityText(text);
  const builder = new MappedTextBuilder(source);
  let at = 0;
  for (const match of allMatches(SPACED_LETTERS, text)) {
    builder.copy(at, match.index);
    builder.push(match[0].replace(/ /g, ''), match.index, match.index + match[0].length);
    at = match.index + match[0].length;
  }
  if (at === 0) return;
  builder.copy(at, text.length);
  const joined = builder.build();
  const found: LinkSpan[] = [];
  findDisguisedEmails(joined.text, found);
  // "w w w . mikesmoving . c o m": a site with some of its words spaced out.
  findSpelledDomains(joined.text, found, (at) => joined.text.slice(at, at + 1));
  addFromView(joined, found, spans);
}

/** Spans found in a rewritten view, added as spans of the text it was made from (where `keep` lets them). */
function addFromView(view: MappedText, found: LinkSpan[], spans: LinkSpan[], keep: (start: number) => boolean = () => true): void {
  for (const span of found) {
    const { start, end } = originalSpan(view, span.start, span.end);
    if (keep(start) && !overlaps(spans, start, end)) spans.push({ start, end, kind: span.kind });
  }
}

// "j o h n @ g m a i l . c o m": one character at a time, spaced out.
const SPACED_OUT = /(?<![\p{L}\p{N}])(?:[\p{L}\p{N}@._\-] {1,2}){5,80}[\p{L}\p{N}](?![\p{L}\p{N}])/gu;

// "m-o-r-g-a-n-@-g-m-a-i-l-.-c-o-m": one character at a time, the same mark between every two, its "@" or dot among them.
const SEPARATED_OUT = /(?<![\p{L}\p{N}@.\-*·•~])[\p{L}\p{N}@.]([\-*·•~])(?:[\p{L}\p{N}@.]\1){4,80}[\p{L}\p{N}](?![\p{L}\p{N}@.\-*·•~])/gu;

// A name of two labels or more with an ending of letters, then a path of two pages or of one with a digit, four characters or more.
const HOST_AND_PATH = /(?<![\p{L}\p{N}._\-/@])\p{L}[\p{L}\p{N}\-]{2,62}(?:\.[\p{L}\p{N}\-]{1,63}){0,3}\.(\p{L}{2,24})\/(?:[\p{L}\p{N}_\-]+\/[\p{L}\p{N}_\-]+|(?=[\p{L}\p{N}_\-]{4})[\p{L}\p{N}_\-]*\d[\p{L}\p{N}_\-]*)(?:\/[\p{L}\p{N}_\-.?=&%]*)*/u;
// An ending spaced or spelled after a provider: "gmail com", "gmail . c o m".
const ENDING_AFTER = /^\s*(?:[.•]|dot(?![\p{L}])|(?:com|net|org|co|de|fr|es|it|ru|uk)(?![\p{L}]))/u;
const SCHEMED_HOST = /^(?:[\p{L}\p{N}](?:[\p{L}\p{N}\-]{0,62})\.){1,4}\p{L}{2,24}$/u;

function findSpacedOutLinks(text: string, spans: LinkSpan[]): void {
  if (/[@.][\-*·•~][\p{L}\p{N}][\-*·•~]/u.test(text)) findSeparatedOutLinks(text, spans, SEPARATED_OUT, /[\-*·•~]/g);
  if (!/[\p{L}\p{N}@.] {1,2}[\p{L}\p{N}@.] {1,2}[\p{L}\p{N}@.] /u.test(text)) return;
  findSeparatedOutLinks(text, spans, SPACED_OUT, / /g);
}

function findSeparatedOutLinks(text: string, spans: LinkSpan[], pattern: RegExp, separator: RegExp): void {
  for (const match of allMatches(pattern, text)) {
    const joined = match[0].replace(separator, '');
    if (!joined.includes('.') && !joined.includes('@')) continue;
    // "h t t p s : / / m y s h o p . e x a m p l e": after a scheme, spaced out too, a name with any ending of letters is a link.
    const scheme = match.index > 0 && /[/\s]/.test(text[match.index - 1]!) ? SPACED_SCHEME.exec(text.slice(Math.max(0, match.index - 40), match.index)) : null;
    if (scheme && SCHEMED_HOST.test(joined)) {
      const end = match.index + match[0].length;
      if (!overlaps(spans, match.index - scheme[0].length, end)) spans.push({ start: match.index - scheme[0].length, end, kind: 'url' });
      continue;
    }
    const found = linkify.find(joined).find((link) => link.start === 0 && link.end === joined.length && (link.type === 'email' || link.type === 'url'));
    if (found === undefined) continue;
    const tld = joined.split('.').pop() ?? '';
    if (found.type === 'url' && !COMMON_TLDS.has(tld)) continue;
    const end = match.index + match[0].length;
    if (!overlaps(spans, match.index, end)) spans.push({ start: match.index, end, kind: found.type === 'email' ? 'email' : 'url' });
  }
}

function appLinkKind(url: string): 'url' | 'handle' {
  return /^(?:https?:\/\/)?(?:t|wa|m|ig)\.me\//i.test(url) || /^(?:https?:\/\/)?telegram\.me\//i.test(url) ? 'handle' : 'url';
}

function isPlausibleUrl(value: string, view: MappedText, submitted: string, start: number): boolean {
  const lower = value.toLowerCase();
  if (NOT_LINKS.has(lower)) return false;
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(lower) || lower.startsWith('www.')) return true;
  const host = lower.split(/[/?#:]/)[0] ?? lower;
  const tld = host.split('.').pop() ?? '';
  const hasPath = host.length < lower.length;
  // "remonty-nowak.com.pl" is a Polish company's site: a file's name has no "com." before its extension.
  // So is "remonty-nowak.pl": a Perl script's name joins its words with "_", a Polish site's with "-".
  if (!hasPath && FILE_LIKE_TLDS.has(tld) && !SECOND_LEVEL_BEFORE_TLD.test(host) && !(tld === 'pl' && HYPHENATED_WORDS.test(host))) return false;
  // "reg.nr ABC 123", "org.nr", "art.nr": Swedish, Norwegian, Danish and German write "number" as "nr" after a word cut
  // short, which reads as a site on Nauru's ending; a short word and "nr" alone, with no path, is the abbreviation.
  if (!hasPath && tld === 'nr' && /^\p{L}{2,6}\.nr$/u.test(host)) return false;
  // "done.Today": a sentence run into the next one, not a domain; checked on what was typed.
  if (!hasPath && !COMMON_TLDS.has(tld) && tld.length > 2) {
    const from = start + host.length - tld.length;
    const typedTld = submitted.slice(view.starts[from] ?? 0, view.ends[from] ?? 0);
    if (/^\p{Lu}/u.test(typedTld)) return false;
  }
  return true;
}

function overlaps(spans: Span[], start: number, end: number): boolean {
  return spans.some((s) => s.start < end && start < s.end);
}

function findDisguisedEmails(text: string, spans: LinkSpan[]): void {
  AT_SIGN.lastIndex = 0;
  for (let at = AT_SIGN.exec(text); at; at = AT_SIGN.exec(text)) {
    const atEnd = at.index + at[0].length;
    // An "at" in brackets is no English preposition: any language's dot may follow it.
    const language = FOREIGN_AT.test(at[0]) || /[[({<]/.test(at[0]) ? 'foreign' : 'english';
    let start = at.index;
    while (start > 0 && at.index - start < 64 && LOCAL_CHAR.test(text[start - 1]!)) start--;
    while (start < at.index && !LOCAL_START.test(text[start]!)) start++;
    // "john dot smith at ...": the dots of the local part spelled out too.
    for (let more = 0; more < 3 && start < at.index; more++) {
      const dot = SPELLED_DOT_BEFORE[language].exec(text.slice(Math.max(0, start - 16), start));
      const word = dot && WORD_BEFORE.exec(text.slice(Math.max(0, start - dot[0].length - 64), start - dot[0].length));
      if (!dot || !word || NOT_LOCAL_PARTS.has(word[0])) break;
      start -= dot[0].length + word[0].length;
    }
    const local = text.slice(start, at.index);
    const domainAfter = DOMAIN_AFTER[language];
    domainAfter.lastIndex = atEnd;
    PROVIDER_WITH_WORDS.lastIndex = atEnd;
    if (language === 'english' && /[._\d]/.test(local) && PROVIDER_WITH_WORDS.test(text)) domainAfter.lastIndex = PROVIDER_WITH_WORDS.lastIndex;
    const domainStart = domainAfter.lastIndex;
    const domain = local ? domainAfter.exec(text)?.[0] : undefined;
    if (!domain) continue;
    const labels = domain.split(DOT_SPLIT).filter(Boolean);
    const plainAt = at[0].trim() === '@';
    // A symbol for the "@" only with the provider's ending: "fresh 🍊 orange juice" is no address.
    const symbolAt = /[\p{Extended_Pictographic}\p{So}]/u.test(at[0]);
    const spelledDot = labels.length > 1 && domain.replace(/[\p{L}\p{N}\-]+/gu, '').replace(/\./g, '').length > 0;
    if (!plainAt && NOT_LOCAL_PARTS.has(local)) continue;
    // Trim trailing labels that are not part of the domain ("... dot com dot thanks").
    // "hr@tutorhub.example": written plainly, an address with any ending of letters is one.
    // Not "Saturday@noon.Cheers" or "3 chairs@40each.Pickup": a sentence run on after a time or a price.
    // "bookings(@)seaview.example": an "@" in brackets is as plain.
    const plainAddress =
      /^[[({<]?@[\])}>]?$/.test(at[0]) && !spelledDot && labels.length >= 2 && /^\p{L}{2,24}$/u.test(labels[labels.length - 1]!) && !/^\d/.test(labels[0]!) && !TIME_WORDS.has(local) && !TIME_WORDS.has(labels[0]!);
    let kept = labels.length;
    while (kept > 1 && !plainAddress && !isRealTld(labels[kept - 1]!)) kept--;
    const tld = labels[kept - 1] ?? '';
    const provider = PROVIDER.test(labels[0] ?? '');
    const disguised = !plainAt || spelledDot;
    // "lena{at}pixelfox{dot}design": an "at" in brackets is no word of a sentence, so any real ending counts.
    const bracketedAt = /[[({<]/.test(at[0]);
    if (kept >= 2) {
      // The stop that ends the sentence after the address ("… titik id. kurirnya") is none of its dots: only the kept labels are read.
      const keptDomain = () => domain.slice(0, domain.length - lengthOfTrailingLabels(domain, labels.length - kept));
      if (disguised && !COMMON_TLDS.has(tld) && !provider && !(bracketedAt && !/\.\s/.test(keptDomain()))) continue;
    } else if (!provider || (plainAt && at[0] !== '@' && !(/\p{L}[._]\p{L}/u.test(local) && !FILE_NAME.test(local) && !ENDING_AFTER.test(text.slice(domainStart + labels[0]!.length, domainStart + labels[0]!.length + 8)))) || symbolAt) {
      // A spaced "@" before a provider and no ending counts after a name that looks like an address's ("m.o.l.l.y.p @ icloud"),
      // not after a word ("I'm @ yahoo" is where one works); with an ending after it ("samuel.ade @ gmail com") the provider's own
      // readings take the whole.
      continue;
    }
    const end = domainStart + domain.length - lengthOfTrailingLabels(domain, labels.length - kept);
    // An address outranks the bare domain linkify saw inside it ("john {at} example.com").
    for (let i = spans.length - 1; i >= 0; i--) {
      const found = spans[i]!;
      if (found.kind === 'url' && found.start >= start && found.end <= end) spans.splice(i, 1);
    }
    if (!overlaps(spans, start, end)) spans.push({ start, end, kind: 'email' });
  }
}

// "my gmail is johnsmith77", "gmail: john.smith", "gmail → rob.fixes", "yahoo id bigmike_99", "john_smith (gmail)",
// "mark.reyes gmail com": an address without its "@" or its domain.
const PROVIDER_THEN_NAME = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${MAIL_PROVIDERS})(?:(?:\s{0,2}(?:address|account|id))?\s{0,2}(?:is|:|->|=>|-|=|[\u2190-\u21ff\u2794-\u27bf])|\s{1,2}(?:address|account|id)|,?\s{1,2}(?:its|it's|it\sis))\s{0,2}([\p{L}\p{N}._\-]{3,40})`,
  'gu',
);
// Read from the provider back to the name, so a long message costs one pass.
// "samuel.ade @ gmail com": its "@" too, spaced.
const PROVIDER_TLD_AFTER_NAME = new RegExp(
  String.raw`(?:\s{1,2}@?\s{0,2}|@\s{0,2})(?:${MAIL_PROVIDERS})\s{1,2}(?:com|net|co\s?uk|co|de|fr|es|it|ru)(?![\p{L}\p{N}])`,
  'gu',
);
// "nina.k, the outlook one": a name, then which provider's it is.
const PROVIDER_ONE_AFTER_NAME = new RegExp(String.raw`,?\s{1,2}the\s{1,2}(?:${MAIL_PROVIDERS})\s{1,2}(?:one|address|account)(?![\p{L}\p{N}])`, 'gu');
// "robmoves88 on gmail, drop me a line", "lena.k via hotmail.": a name, then the provider it is on, where the clause ends. Only
// providers that are nothing but mail (not "outlook", "live" or "sky", also a calendar, a word, a broadcaster); a word after
// the provider goes on about something else ("my pixel7 on gmail backup").
// A word of thanks or asking may close it ("robmoves88 on gmail pls"). Also the mail-only services Proton, iCloud, AOL, Tutanota.
const PROVIDER_ON_AFTER_NAME =
  /\s{1,2}(?:on|via|over|en|sur|su|auf|bei|na|no|op|per)\s{1,2}(?:gmail|googlemail|hotmail|yahoo|ymail|protonmail|proton|gmx|yandex|icloud|aol|tutanota)(?:\s{1,2}(?:pls|plz|please|thanks|thx|ty|ok|okay|too|then|mate|x{1,3}))?(?=\s*(?:[.,;:!?)\n]|$|\p{Extended_Pictographic})|\s{1,2}and\s{1,2}(?:i'?ll|i\swill|i\scan|we'?ll)(?![\p{L}]))/gu;
// A device or a thing of one's own is named after "my" or "the" ("my iphone12 on gmail"); an address's name is not. What was sent,
// shared or came from someone goes via the mail: a file, a version or a sender ("sent version2.1 via gmail", "shared it as
// report_v2 via gmail", "the tracking from dpd_uk via gmail").
const THING_BEFORE = /(?<![\p{L}])(?:my|your|ur|his|her|our|their|the|this|that|a|an|from|as|sent|send|sending|shared|share|got|received|forwarded|forward|uploaded|attached|saved|named|called|titled)\s{1,2}$/u;
// A version's number or mark ends a file's name, not an address's ("version2.1", "report_v2", "v3.0.1").
const VERSION_END = /(?:\d[._]\d{1,3}|(?<![\p{L}])v\d{1,3}|[._\-]v\d{1,3}(?:[._]\d{1,3})?)$/u;
// Nor is a name that starts as a thing kept there ("Photos2023 on icloud", "backup_1 on proton").
const STORED_THING = /^(?:photos?|pics?|pictures?|images?|backups?|files?|docs?|documents?|albums?|videos?|notes?|folders?|scans?|invoices?|reports?|versions?|drafts?|projects?|contacts?)(?![a-z])/;
const BRACKETED_PROVIDER = new RegExp(String.raw`\s{0,2}[(\[]\s{0,2}(?:${MAIL_PROVIDERS})\s{0,2}[)\]]`, 'gu');
const NAME_BEFORE = /(?<![\p{L}\p{N}._\-])[\p{L}\p{N}._\-]{3,40}$/u;

function findProviderNames(text: string, spans: LinkSpan[]): void {
  if (!PROVIDER_WORD.test(text)) return;
  for (const match of allMatches(PROVIDER_THEN_NAME, text)) {
    const name = match[1] ?? '';
    const mine = /(?:^|[^\p{L}])(?:my|our|email|e-mail|mail)\s{0,2}$/u.test(text.slice(Math.max(0, match.index - 8), match.index));
    // "my Gmail is acting up": a verb or a state, not a name.
    // After an arrow, only a name that starts as a person's and looks like an address's ("gmail → settings", "outlook → calendar.ics" are none).
    const arrow = /->|=>|[\u2190-\u21ff\u2794-\u27bf]/.test(match[0].slice(0, match[0].length - name.length));
    if (arrow && !(/^\p{L}{2}/u.test(name) && /[\p{L}\p{N}][\d_.][\p{L}\p{N}]/u.test(name) && !FILE_NAME.test(name) && !/\.(?:ics|html?|exe|apk)$/.test(name))) continue;
    if (NOT_LOCAL_PARTS.has(name) || !(mine || /[\d_.]/.test(name)) || /^(?:full|down|broken|blocked|hacked|dead|new|old|private|slow|weird|gone|fine|not|so|very|really)$|^[a-z]+ing$/.test(name)) continue;
    const end = match.index + match[0].length;
    if (!overlaps(spans, match.index, end)) spans.push({ start: match.index, end, kind: 'email' });
  }
  // "mark.reyes gmail com" needs a name that looks like an address's; "john_smith (gmail)" any name.
  for (const match of allMatches(PROVIDER_TLD_AFTER_NAME, text)) addWithNameBefore(text, spans, match, (name) => /[\d_.]/.test(name));
  // Only a name that starts as a person's and looks like an address's: "v2.1, the outlook one" is a version, "notes.docx" a file.
  for (const match of allMatches(PROVIDER_ONE_AFTER_NAME, text)) {
    addWithNameBefore(text, spans, match, (name) => /^\p{L}{2}/u.test(name) && /[\p{L}\p{N}][\d_.][\p{L}\p{N}]/u.test(name) && !FILE_NAME.test(name));
  }
  // Only a name that starts as a person's and looks like an address's, as after "the outlook one".
  for (const match of allMatches(PROVIDER_ON_AFTER_NAME, text)) {
    const before = text.slice(Math.max(0, match.index - 48), match.index);
    const named = (name: string) => !THING_BEFORE.test(before.slice(0, before.length - name.length));
    addWithNameBefore(text, spans, match, (name) => /^\p{L}{2}/u.test(name) && /[\p{L}\p{N}][\d_.][\p{L}\p{N}]/u.test(name) && !FILE_NAME.test(name) && !VERSION_END.test(name) && !STORED_THING.test(name) && named(name));
  }
  if (!text.includes('(') && !text.includes('[')) return;
  for (const match of allMatches(BRACKETED_PROVIDER, text)) addWithNameBefore(text, spans, match, () => true);
}

// "moc.liamg@ecnerolf": an address written backwards, its ending first; the name after the "@" has no ending of its own.
// The ending is a generic one, or the name a mail provider's ("ku.oc.oohay@…"): "on.my.way@home" ends in no "no".
const REVERSED_EMAIL = /(?<![\p{L}\p{N}._%+\-@])((?:[a-z0-9\-]{1,63}\.){1,3}[a-z0-9\-]{2,63})@([a-z0-9._%+\-]{2,64})(?![\p{L}\p{N}@])/gu;
const reversed = (word: string) => [...word].reverse().join('');

// "reverse it: moc.oidutsotohpnirem": a site written backwards, its ending first, where the message says so.
const REVERSED_DOMAIN = /(?<![\p{L}\p{N}._@\-])((?:[a-z0-9\-]{2,63}\.){1,3}[a-z0-9\-]{3,63})(?![\p{L}\p{N}@]|\.[\p{L}\p{N}])/gu;
const SAYS_REVERSED = /(?<![\p{L}])(?:backwards?|reversed?|in\sreverse|flip\sit|flipped|mirrored|right\sto\sleft)(?![\p{L}])/u;

function findReversedDomains(text: string, spans: LinkSpan[]): void {
  if (!SAYS_REVERSED.test(text)) return;
  for (const match of allMatches(REVERSED_DOMAIN, text)) {
    const labels = match[1]!.split('.').map(reversed);
    const ending = labels[0]!;
    const name = labels[labels.length - 1]!;
    // The ending is a generic one, or a country's after "co" ("ku.oc.…"); the name, read forwards, has letters.
    const generic = /^(?:com|net|org|io|shop|store)$/.test(ending) || (labels.length >= 3 && labels[1] === 'co' && ending.length === 2);
    if (!generic || !/\p{L}{2}/u.test(name)) continue;
    const end = match.index + match[0].length;
    if (!overlaps(spans, match.index, end)) spans.push({ start: match.index, end, kind: 'url' });
  }
}

function findReversedEmails(text: string, spans: LinkSpan[]): void {
  if (!text.includes('@')) return;
  for (const match of allMatches(REVERSED_EMAIL, text)) {
    const [whole, domain = '', after = ''] = match;
    const labels = domain.split('.').map(reversed);
    const ending = labels[0]!;
    const name = labels[labels.length - 1]!;
    const forwardEnding = after.includes('.') ? (after.split('.').pop() ?? '') : '';
    const generic = /^(?:com|net|org|io|edu)$/.test(ending);
    const provider = PROVIDER.test(name) && COMMON_TLDS.has(ending);
    if (!(generic || provider) || !/\p{L}/u.test(name) || isRealTld(forwardEnding) || !/^[a-z0-9_]/.test(reversed(after))) continue;
    const end = match.index + whole.length;
    for (let i = spans.length - 1; i >= 0; i--) if (spans[i]!.kind === 'url' && spans[i]!.start >= match.index && spans[i]!.end <= end) spans.splice(i, 1);
    if (!overlaps(spans, match.index, end)) spans.push({ start: match.index, end, kind: 'email' });
  }
}

/** The provider `match` with the name written just before it, as one address. */
function addWithNameBefore(text: string, spans: LinkSpan[], match: RegExpExecArray, accepts: (name: string) => boolean): void {
  const name = NAME_BEFORE.exec(text.slice(Math.max(0, match.index - 40), match.index))?.[0] ?? '';
  if (!name || NOT_LOCAL_PARTS.has(name) || !accepts(name)) return;
  const start = match.index - name.length;
  const end = match.index + match[0].length;
  if (!overlaps(spans, start, end)) spans.push({ start, end, kind: 'email' });
}

// "www mybusiness com": a domain with spaces for its dots, only after "www".
const SPACED_WWW = /(?<![\p{L}\p{N}])www\s{1,3}[\p{L}\p{N}\-]{2,63}\s{1,3}(?:com|net|org|io|co\s{1,3}uk|shop|store|info|biz|de|fr)(?![\p{L}\p{N}])/gu;

function findSpacedDomains(text: string, spans: LinkSpan[]): void {
  if (!text.includes('www')) return;
  for (const match of allMatches(SPACED_WWW, text)) {
    const end = match.index + match[0].length;
    if (!overlaps(spans, match.index, end)) spans.push({ start: match.index, end, kind: 'url' });
  }
}

// "www.lenaphotography.example": after "www." any ending is a site's; "priyatutors,com" at the end of a sentence: a comma typed for
// the dot (Portuguese "bem,com você" goes on), or before an aside that says so ("sunnyflats,com (swap the comma)").
const WWW_HOST = /(?<![\p{L}\p{N}.@\-])www\.[\p{L}\p{N}\-]{2,63}(?:\.[\p{L}\p{N}\-]{2,63})+/gu;
const COMMA_DOMAIN = /(?<![\p{L}\p{N}@.\-])[\p{L}\p{N}\-]{4,63},(?:com|net|org)(?=\s*(?:$|[.!?,;)/]|[(\[][^)\]]{0,30}?(?<![\p{L}])(?:comma|commas|coma|virgule|komma|virgola|virgula|dot|period|point|punto|ponto|punkt)(?![\p{L}])))/gu;

function findTypedDomains(text: string, spans: LinkSpan[]): void {
  const patterns = [text.includes('www.') ? WWW_HOST : null, /,(?:com|net|org)/.test(text) ? COMMA_DOMAIN : null];
  for (const pattern of patterns) {
    if (pattern === null) continue;
    for (const match of allMatches(pattern, text)) {
      const end = match.index + match[0].length;
      if (!overlaps(spans, match.index, end)) spans.push({ start: match.index, end, kind: 'url' });
    }
  }
}

/** How many characters the last `count` labels (and their separators) take at the end of `domain`. */
function lengthOfTrailingLabels(domain: string, count: number): number {
  if (count <= 0) return 0;
  let remaining = domain;
  for (let i = 0; i < count; i++) {
    const cut = remaining.search(new RegExp(`(?:${SPELLED_DOT})[\\p{L}\\p{N}\\-]+$`, 'u'));
    if (cut < 0) break;
    remaining = remaining.slice(0, cut);
  }
  return domain.length - remaining.length;
}

function findSpelledDomains(text: string, spans: LinkSpan[], typed: (at: number) => string): void {
  DISGUISED_DOT.lastIndex = 0;
  for (let dot = DISGUISED_DOT.exec(text); dot; dot = DISGUISED_DOT.exec(text)) {
    const dotEnd = dot.index + dot[0].length;
    if (overlaps(spans, dot.index, dotEnd)) continue;
    let start = dot.index;
    while (start > 0 && dot.index - start < 64 && LABEL_CHAR.test(text[start - 1]!)) start--;
    while (start < dot.index && !/[\p{L}\p{N}]/u.test(text[start]!)) start++;
    if (start === dot.index || (start > 0 && /[@]/.test(text[start - 1]!))) continue;
    DOMAIN_REST.lastIndex = dotEnd;
    const rest = DOMAIN_REST.exec(text)?.[0];
    if (!rest) continue;
    const whole = text.slice(start, dotEnd + rest.length);
    const domain = whole.replace(/\s{0,3}(?:\/|slash)\s{0,3}[\p{L}\p{N}_\-]{1,40}$/u, '');
    const labels = domain.split(DOT_SPLIT).filter(Boolean);
    let kept = labels.length;
    while (kept > 1 && !COMMON_TLDS.has(labels[kept - 1]!)) kept--;
    // "brightsmile [.] dental": a dot in square brackets is a link made harmless, never a sentence's (round brackets are
    // also a face's "(.)"); any real ending counts after it, where it is the only dot.
    if (kept < 2 && labels.length === 2 && SQUARE_BRACKETED_DOT.test(dot[0]) && labels[0]!.length >= 3 && isRealTld(labels[1]!)) kept = 2;
    // "www . cleanqueen . london", "www dot lena dot photography": after "www" and a name, any real ending is a site's, as
    // after a typed "www." (WWW_HOST); "www" starts no sentence's words.
    const afterWww = kept < 2 && labels.length >= 3 && labels[0] === 'www' && isRealTld(labels[labels.length - 1]!);
    if (afterWww) kept = labels.length;
    if (kept < 2) continue;
    const first = labels[0] ?? '';
    if (first.length < 2 && first !== 'x' && first !== 't') continue;
    if (NOT_DOMAIN_LABELS.has(first)) continue;
    const dotWord = OTHER_DOT.exec(dot[0])?.[1];
    // "mitiendita punto com punto mx": a country's ending after a generic one is a site's, whatever the language.
    const countryAfterGeneric = kept >= 3 && GENERIC_TLDS.includes(labels[kept - 2]!) && labels[kept - 1]!.length === 2;
    // "ropa-vintage-madrid punto es": a name of hyphenated words, which no sentence's "el punto es" has, may end in the
    // language's own countries' endings, where the sentence ends.
    const hyphenatedOwn = dotWord !== undefined && /\p{L}-\p{L}/u.test(first) && HYPHENATED_NAME_TLDS[dotWord]?.has(labels[kept - 1]!) === true && /^\s*(?:[.!?,;)]|$)/u.test(text.slice(start + domain.length - lengthOfTrailingLabels(domain, labels.length - kept)));
    if (dotWord !== undefined && first !== 'www' && !hyphenatedOwn && (first.length < 4 || !(DOT_WORD_TLDS[dotWord]?.has(labels[kept - 1]!) || countryAfterGeneric))) continue;
    // "shop. Com..." is two sentences; a dot with a space only after it needs a lower-case, common ending.
    if (/^\.\s/.test(dot[0]) && !afterWww && (!STRICT_TLDS.has(labels[1] ?? '') || /^\p{Lu}/u.test(typed(dotEnd)))) continue;
    // Nor is an ellipsis ("groter..  de bezorger"), nor a stop before a word that is also an ending, where the sentence goes on
    // ("per stuk. de klus moet": Dutch, French and Spanish "de", Spanish "es", English "it" and "me").
    if (/^\.\s/.test(dot[0]) && !afterWww && (text[dot.index - 1] === '.' || (SENTENCE_WORD_TLDS.has(labels[1] ?? '') && /^\s{1,3}\p{L}{2}/u.test(text.slice(dotEnd + (labels[1] ?? '').length))))) continue;
    const end = kept === labels.length ? start + whole.length : start + domain.length - lengthOfTrailingLabels(domain, labels.length - kept);
    // "the polka dot at the hem", "a red dot at the top": a spelled "dot" before "at" (Austria's ending, and the preposition)
    // and then what follows the preposition is a sentence's dot, not a site's.
    if (labels[kept - 1] === 'at' && /\bdot\b/i.test(dot[0]) && AT_PHRASE_AFTER.test(text.slice(end, end + 16))) continue;
    // A bullet is a list's more often than a dot: only a name with letters, and an ending that ends the sentence ("Terms • net 30" goes on).
    // A country's ending after a bullet is a list's too ("Made in Germany • de").
    if (BULLET_DOT.test(dot[0]) && (!/\p{L}/u.test(first) || !GENERIC_ENDINGS.has(labels[kept - 1]!) || !/^\s*(?:[.!?,;)]|$)/u.test(text.slice(end)))) continue;
    if (!overlaps(spans, start, end)) spans.push({ start, end, kind: 'url' });
    DISGUISED_DOT.lastIndex = Math.max(DISGUISED_DOT.lastIndex, end);
  }
}
