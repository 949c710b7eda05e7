// The HELD-OUT corpus (moderation/corpus/heldout.jsonl). Written before any tuning, with its own
// sentence templates, names, numbers and disguises; the engine is never tuned on its lines.
//   node --import tsx moderation/corpus/generators/heldout.ts
import path from 'node:path';
import { DIGIT_WORDS, type Line, picker, random, writeCorpus } from './lib.js';

const rand = random(917_301);
const { pick, digits, chance } = picker(rand);
const lines: Line[] = [];
const add = (text: string, label: Line['label'], kind: Line['kind'], note: string) => lines.push({ text, label, kind, note });

// ---------- phone numbers ----------
const phoneFormats: Array<[string, () => string]> = [
  ['US parens', () => `(${pick(['312', '646', '718', '415', '206'])}) ${digits(3).replace(/^[01]/, '8')}-${digits(4)}`],
  ['US dashes', () => `${pick(['312', '512', '617', '702'])}-${pick(['847', '392', '664'])}-${digits(4)}`],
  ['US dots', () => `${pick(['305', '404', '919'])}.${pick(['271', '555', '830'])}.${digits(4)}`],
  ['US +1 spaces', () => `+1 ${pick(['213', '323', '917'])} ${pick(['482', '716'])} ${digits(4)}`],
  ['US 1- prefix', () => `1-${pick(['800', '888'])}-${pick(['356', '742'])}-${digits(4)}`],
  ['US bare 10 digits', () => `${pick(['312', '773'])}${pick(['847', '555'])}${digits(4)}`],
  ['UK mobile 5+6', () => `07${pick(['911', '700', '845', '563'])} ${digits(6)}`],
  ['UK +44 mobile', () => `+44 7${pick(['911', '700', '845'])} ${digits(3)} ${digits(3)}`],
  ['UK London', () => `020 ${pick(['7946', '8123', '3318'])} ${digits(4)}`],
  ['UK +44 (0)', () => `+44 (0)20 ${pick(['7946', '8123'])} ${digits(4)}`],
  ['UK 0044', () => `0044 7${pick(['911', '856'])} ${digits(3)} ${digits(3)}`],
  ['DE mobile', () => `01${pick(['51', '60', '76'])} ${digits(8)}`],
  ['DE +49', () => `+49 1${pick(['51', '70'])} ${digits(4)} ${digits(4)}`],
  ['DE Berlin', () => `030 ${digits(4)} ${digits(4)}`],
  ['FR pairs', () => `06 ${digits(2)} ${digits(2)} ${digits(2)} ${digits(2)}`],
  ['FR +33', () => `+33 6 ${digits(2)} ${digits(2)} ${digits(2)} ${digits(2)}`],
  ['FR dotted', () => `01.${digits(2)}.${digits(2)}.${digits(2)}.${digits(2)}`],
  ['ES', () => `6${digits(2)} ${digits(3)} ${digits(3)}`],
  ['ES +34', () => `+34 6${digits(2)} ${digits(2)} ${digits(2)} ${digits(2)}`],
  ['IT', () => `3${pick(['47', '39', '28'])} ${digits(3)} ${digits(4)}`],
  ['NL', () => `06-${digits(8)}`],
  ['NL +31', () => `+31 6 ${digits(4)} ${digits(4)}`],
  ['AU mobile', () => `04${digits(2)} ${digits(3)} ${digits(3)}`],
  ['AU +61', () => `+61 4${digits(2)} ${digits(3)} ${digits(3)}`],
  ['IN', () => `9${digits(4)} ${digits(5)}`],
  ['IN +91', () => `+91 9${digits(4)} ${digits(5)}`],
  ['BR', () => `(11) 9${digits(4)}-${digits(4)}`],
  ['BR +55', () => `+55 21 9${digits(4)} ${digits(4)}`],
  ['JP', () => `090-${digits(4)}-${digits(4)}`],
  ['MX', () => `+52 55 ${digits(4)} ${digits(4)}`],
  ['IE', () => `087 ${digits(3)} ${digits(4)}`],
  ['ZA', () => `082 ${digits(3)} ${digits(4)}`],
  ['NG', () => `0803 ${digits(3)} ${digits(4)}`],
  ['SE', () => `070-${digits(3)} ${digits(2)} ${digits(2)}`],
  ['RU +7', () => `+7 912 ${digits(3)}-${digits(2)}-${digits(2)}`],
  ['RU 8 (9xx)', () => `8 (9${digits(2)}) ${digits(3)}-${digits(2)}-${digits(2)}`],
  ['CN mobile', () => `138 ${digits(4)} ${digits(4)}`],
  ['SG 8 digits', () => `9${digits(3)} ${digits(4)}`],
  ['PL', () => `+48 5${digits(2)} ${digits(3)} ${digits(3)}`],
  ['KE', () => `+254 7${digits(2)} ${digits(3)} ${digits(3)}`],
];
const phoneSentences = [
  (p: string) => `Best to reach me on ${p}`,
  (p: string) => `${p} - call after 6pm`,
  (p: string) => `Phone ${p}`,
  (p: string) => `you can ring ${p} anytime`,
  (p: string) => `give me a bell on ${p}`,
  (p: string) => `my mobile is ${p}`,
  (p: string) => `Contact: ${p}`,
  (p: string) => p,
  (p: string) => `text ${p} when you're outside`,
  (p: string) => `here's my cell ${p}`,
  (p: string) => `Tel. ${p}`,
  (p: string) => `call or text ${p} pls`,
  (p: string) => `easier if you phone me: ${p}`,
  (p: string) => `I'm on ${p} after work`,
  (p: string) => `${p} is my personal line`,
];
for (const [note, format] of phoneFormats) {
  for (let i = 0; i < 3; i++) add(pick(phoneSentences)(format()), 'contact', 'phone', note);
}
// Disguised phone numbers.
const ukMobile = () => `07${pick(['911', '845', '563'])}${digits(6)}`;
const emoji = ['📞', '👉', '✨', '🙂', '🔥', '➡️', '⭐', '💬', '📱', '🌟'];
const spellDigit = (d: string) => (d === '0' ? pick(['zero', 'oh', 'o']) : DIGIT_WORDS[Number(d)]!);
for (let i = 0; i < 10; i++) {
  const n = ukMobile();
  add(`${pick(['my number', 'digits', 'number'])} ${n.split('').join(' ')}`, 'contact', 'phone', 'every digit spaced');
  add(`${pick(['call', 'ring me', 'txt'])} ${n.split('').map(spellDigit).join(pick([' ', ' ', '-', ', ']))}`, 'contact', 'phone', 'spelled out');
  const groups = [n.slice(0, 5), n.slice(5, 8), n.slice(8)];
  add(groups.join(` ${pick(emoji)} `), 'contact', 'phone', 'emoji between groups');
  add(`${groups[0]} ${pick(['and then', 'then', 'and'])} ${groups[1]}${groups[2]}`, 'contact', 'phone', 'groups split by words');
  add(n.split('').join(pick(['.', '-', '_'])), 'contact', 'phone', 'punctuation between every digit');
  add(`${n.slice(0, 5)}\u200b${n.slice(5)}`, 'contact', 'phone', 'zero-width space inside');
}
for (let i = 0; i < 6; i++) {
  const n = `${pick(['415', '646'])}${digits(7)}`;
  add(`${n.slice(0, 3).split('').map(spellDigit).join(' ')} ${n.slice(3, 6)} ${n.slice(6)}`, 'contact', 'phone', 'half spelled, half digits');
  add(`${String.fromCharCode(...[...n].map((d) => 0xff10 + Number(d)))}`, 'contact', 'phone', 'fullwidth digits');
  add(`call ${n.slice(0, 3)} 🙂 ${n.slice(3, 6)} 🙂 ${n.slice(6)}`, 'contact', 'phone', 'smileys between groups');
  add(`${n.slice(0, 3)} ${n.slice(3, 6)} double ${spellDigit(n[6]!)} ${n.slice(7)}`.replace(/double (\w+) (\d)/, (_, w, d) => `double ${w} ${d}`), 'contact', 'phone', 'with double');
}

// ---------- emails ----------
const names = ['marta.k', 'ben_holloway', 'sunny.tiles', 'r.okafor', 'lena1987', 'quickfix.plumbing', 'hana-ito', 'dave.w', 'carpetking', 'priya.s', 'tomasz88', 'mila_rose'];
const domains = ['gmail.com', 'outlook.com', 'yahoo.co.uk', 'proton.me', 'icloud.com', 'hotmail.fr', 'web.de', 'mybiz.io', 'tilers.co.uk', 'studio-ito.jp', 'post.example.org', 'fixit.shop'];
const emailSentences = [
  (e: string) => `drop me a line at ${e}`,
  (e: string) => `${e} is best`,
  (e: string) => `Email ${e} with the photos`,
  (e: string) => `send the invoice to ${e} please`,
  (e: string) => `contact - ${e}`,
  (e: string) => e,
  (e: string) => `I check ${e} daily`,
];
for (let i = 0; i < 24; i++) {
  const e = `${pick(names)}@${pick(domains)}`;
  add(pick(emailSentences)(chance(0.2) ? e.toUpperCase() : e), 'contact', 'email', 'plain address');
}
const disguises: Array<[string, (n: string, d: string) => string]> = [
  ['at/dot words', (n, d) => `${n} at ${d.replace(/\./g, ' dot ')}`],
  ['AT/DOT capitals', (n, d) => `${n} AT ${d.replace(/\./g, ' DOT ')}`],
  ['(at)', (n, d) => `${n}(at)${d}`],
  ['[at] [dot]', (n, d) => `${n} [at] ${d.replace(/\./g, ' [dot] ')}`],
  ['{at}', (n, d) => `${n}{at}${d}`],
  ['spaces around @ and .', (n, d) => `${n} @ ${d.replace(/\./g, ' . ')}`],
  ['at word, plain dot', (n, d) => `${n} at ${d}`],
  ['@ and dot word', (n, d) => `${n}@${d.replace(/\./g, ' dot ')}`],
  ['hyphen-joined', (n, d) => `${n.replace(/[._]/g, '')}-at-${d.replace(/\./g, '-dot-')}`],
  ['provider only', (n) => `${n} at ${pick(['gmail', 'hotmail', 'yahoo', 'outlook'])}`],
  ['look-alike letters', (n, d) => `${n}@${d.replace('o', 'о')}`],
  ['zero-width inside', (n, d) => `${n}\u200b@\u200b${d}`],
  ['fullwidth @', (n, d) => `${n}＠${d}`],
];
for (const [note, disguise] of disguises) {
  for (let i = 0; i < 4; i++) add(`${pick(['mail me: ', 'email ', '', 'write to ', 'my email is '])}${disguise(pick(names), pick(domains))}`, 'contact', 'email', note);
}

// ---------- URLs ----------
const urls: Array<[string, string]> = [
  ['https with path', 'https://www.tilingpros.co.uk/gallery'],
  ['http', 'http://bestbuyparts.net/item?id=22'],
  ['www only', 'www.hana-ceramics.com'],
  ['bare .com', 'sunnytiles.com'],
  ['bare .co.uk', 'fix-it-fast.co.uk'],
  ['bare .io', 'quickquote.io'],
  ['bare .shop', 'handmade-rugs.shop'],
  ['bit.ly', 'bit.ly/3kPz9Qa'],
  ['tinyurl', 'tinyurl.com/4hx8p2nm'],
  ['t.co', 'https://t.co/Ab12Cd34'],
  ['goo.gl', 'goo.gl/Xy7Pq'],
  ['ow.ly', 'ow.ly/aB3c50'],
  ['is.gd', 'is.gd/kP9xQz'],
  ['rb.gy', 'rb.gy/3x8y2z'],
  ['linktree', 'linktr.ee/milarose'],
  ['facebook page', 'facebook.com/sunnytilesltd'],
  ['youtube', 'https://youtu.be/dQw4w9WgXcQ'],
  ['etsy shop', 'etsy.com/shop/HanaCeramics'],
  ['google maps', 'https://maps.app.goo.gl/uY6tR3'],
  ['drive link', 'https://drive.google.com/file/d/1aBcD/view'],
  ['capitals', 'WWW.QUICKQUOTE.IO'],
  ['German domain', 'handwerker-mueller.de/kontakt'],
  ['French domain', 'https://plombier-dupont.fr'],
  ['IDN', 'пример.рф'],
  ['paypal.me', 'paypal.me/tomasz88'],
  ['calendly', 'calendly.com/priya-s/30min'],
  ['dropbox', 'https://www.dropbox.com/s/abc123/photos.zip'],
  ['wix site', 'milarose.wixsite.com/home'],
  ['github pages', 'benholloway.github.io'],
  ['query string', 'https://shop.example.com/p?ref=chat&id=9'],
];
const urlSentences = [
  (u: string) => `more photos on ${u}`,
  (u: string) => `check ${u}`,
  (u: string) => `${u} has all my prices`,
  (u: string) => `see (${u})`,
  (u: string) => `book direct: ${u}`,
  (u: string) => `${u}.`,
];
for (const [note, url] of urls) {
  add(pick(urlSentences)(url), 'contact', 'url', note);
  add(pick(urlSentences)(url), 'contact', 'url', note);
}
const spelledUrls: Array<[string, string]> = [
  ['spelled dot com', 'sunnytiles dot com'],
  ['www dot', 'www dot hana-ceramics dot com'],
  ['[dot]', 'quickquote[dot]io'],
  ['(dot)', 'fixitfast(dot)co(dot)uk'],
  ['spaced dots', 'bestbuyparts . net'],
  ['DOT capitals', 'MILAROSE DOT SHOP'],
  ['hxxps', 'hxxps://tilingpros.co.uk'],
  ['no scheme, path', 'tilingpros.co.uk/quote'],
  ['zero-width inside', 'sunny\u200btiles.com'],
  ['fullwidth dot', 'sunnytiles．com'],
];
for (const [note, url] of spelledUrls) {
  add(`${pick(['go to ', 'site: ', 'look up ', ''])}${url}`, 'contact', 'url', note);
  add(`${url} ${pick(['for details', 'has the catalogue', 'is my site'])}`, 'contact', 'url', note);
}

// ---------- handles ----------
const users = ['milarose', 'ben.holloway', 'sunny_tiles', 'hana.ito', 'dave_fixes', 'priyas', 'tomasz88', 'quickfix_pl'];
const handleTemplates: Array<[string, (u: string) => string]> = [
  ['IG dash', (u) => `IG - ${u}`],
  ['ig @', (u) => `ig @${u}`],
  ['instagram colon', (u) => `instagram: ${u}`],
  ['insta is', (u) => `my insta is ${u}`],
  ['snapchat colon', (u) => `snapchat: ${u}`],
  ['my snap is', (u) => `my snap is ${u}`],
  ['sc @', (u) => `sc @${u}`],
  ['telegram @', (u) => `on telegram I'm @${u}`],
  ['tg colon', (u) => `tg: @${u}`],
  ['t.me', (u) => `t.me/${u}`],
  ['tiktok @', (u) => `follow @${u} on tiktok`],
  ['discord tag', (u) => `discord: ${u}#4821`],
  ['wechat id', (u) => `wechat id: ${u}`],
  ['line id', (u) => `line id: ${u}`],
  ['kik', (u) => `kik me: ${u}`],
  ['skype', (u) => `skype: live:${u}`],
  ['twitter @', (u) => `twitter @${u}`],
  ['x @', (u) => `find me on x @${u}`],
  ['fb name', (u) => `fb: ${u}`],
  ['facebook search', (u) => `search ${u} on facebook`],
  ['reddit u/', (u) => `reddit: u/${u}`],
  ['@ on insta', (u) => `@${u} on insta`],
  ['@ (tiktok)', (u) => `@${u} (tiktok)`],
  ['threads', (u) => `threads @${u}`],
  ['signal username', (u) => `signal username is ${u}.01`],
  ['viber', (u) => `viber: ${u}`],
  ['wa.me', () => `wa.me/4479${digits(8)}`],
];
for (const [note, template] of handleTemplates) {
  for (let i = 0; i < 2; i++) add(template(pick(users)), 'contact', 'handle', note);
}
const invitations = [
  'whatsapp me',
  'WhatsApp me when you get this',
  'viber me later',
  'hmu on snap',
  'dm me on insta',
  "let's talk on whatsapp",
  'message me on telegram instead',
  'can we move this to whatsapp?',
  'add me on snapchat',
  'find me on facebook',
  'ping me on discord',
  'are you on telegram?',
  'do you have whatsapp?',
  'text me on signal',
  "let's switch to wechat",
  'chat on line?',
  'skype me tonight',
  'add me on kik',
  'contact me via whatsapp',
  'reach me on insta',
  "i'm on telegram, easier there",
  'send it over whatsapp',
  'message me on FB messenger',
  'easier on whatsapp tbh',
  'hit me up on instagram',
  'talk on imessage?',
  'facetime me when ready',
  'follow me on tiktok for updates',
];
for (const text of invitations) add(text, 'contact', 'handle', 'invitation to an app');

// ---------- profanity ----------
const swears = ['fuck', 'shit', 'cunt', 'bitch', 'bastard', 'dick', 'asshole', 'wanker', 'twat', 'prick', 'bollocks', 'motherfucker', 'bullshit', 'piss', 'slut', 'whore', 'cock', 'pussy', 'fucking', 'shitty'];
const swearSentences = [
  (w: string) => `this is ${w}`,
  (w: string) => `${w} off`,
  (w: string) => `what the ${w}`,
  (w: string) => `you're a ${w}`,
  (w: string) => `${w}!`,
  (w: string) => `stop being a ${w} about it`,
  (w: string) => `such ${w} service`,
  (w: string) => `oh ${w}, forgot the keys`,
];
const swearDisguises: Array<[string, (w: string) => string]> = [
  ['plain', (w) => w],
  ['capitals', (w) => w.toUpperCase()],
  ['spaces', (w) => w.split('').join(' ')],
  ['dots', (w) => w.split('').join('.')],
  ['dashes', (w) => w.split('').join('-')],
  ['leet', (w) => w.replace(/i/g, '1').replace(/o/g, '0').replace(/a/g, '@').replace(/s/g, '$').replace(/e/g, '3')],
  ['repeated letters', (w) => w.replace(/([aeiou])/, '$1$1$1$1')],
  ['Cyrillic look-alikes', (w) => w.replace(/c/g, 'с').replace(/o/g, 'о').replace(/a/g, 'а').replace(/e/g, 'е')],
  ['zero-width', (w) => w.split('').join('\u200b')],
  ['fullwidth', (w) => String.fromCharCode(...[...w].map((c) => c.charCodeAt(0) + 0xfee0))],
  ['accents', (w) => w.replace(/u/g, 'ü').replace(/i/g, 'í').replace(/a/g, 'á')],
  ['asterisk', (w) => w.replace(/[uia]/, '*')],
];
for (const [note, disguise] of swearDisguises) {
  for (let i = 0; i < 7; i++) {
    const word = pick(swears);
    const disguised = disguise(word);
    // A disguise that leaves the word unchanged is the plain form.
    add(pick(swearSentences)(disguised), 'profanity', 'profanity', disguised === word ? 'plain' : note);
  }
}

// ---------- clean ----------
const clean: Array<[string, string]> = [
  ['price', 'It’s $1,299.99 with the stand'],
  ['price', 'I can do £250 cash on collection'],
  ['price', '€45.50 each or 3 for €120'],
  ['price', 'Preis: 1.250 € VB'],
  ['price', 'Rs 45,000 final'],
  ['price', '¥12,000 including shipping'],
  ['price', 'would you take 1 850 000 for the flat?'],
  ['price', 'budget is around 15-20k'],
  ['price', '$12.50/hr for the first 3 hours'],
  ['price', 'total came to 2,349.00 USD'],
  ['date', 'Can you come on 12/05/2025?'],
  ['date', 'deadline 2025-06-30'],
  ['date', 'available from 01.07.2025 to 15.07.2025'],
  ['date', 'Friday 14th March works'],
  ['date', 'born 03/11/1988 if that matters for the insurance'],
  ['date', 'moved in on 2024/09/01'],
  ['time', 'see you at 10:30'],
  ['time', 'between 3pm and 5pm'],
  ['time', 'I start at 07:45 and finish 16:15'],
  ['time', 'arriving 15h30'],
  ['date and time', '2025-05-12 14:00 at the station'],
  ['measurement', 'the sofa is 220 x 95 x 80 cm'],
  ['measurement', 'needs 2.4 m of skirting board'],
  ['measurement', 'parcel weighs 15 kg'],
  ['measurement', '55" TV, wall bracket included'],
  ['measurement', '3/4 inch copper pipe, 10 m'],
  ['measurement', 'room is 4.2m by 3.8m, about 16 sq m'],
  ['measurement', 'bike frame 56 cm, wheels 700 x 28c'],
  ['quantity', '2 x 500 ml bottles'],
  ['quantity', 'pack of 24, I need 3 packs'],
  ['quantity', '1200 tiles, 300 per pallet, 4 pallets'],
  ['quantity', '16 GB RAM / 1 TB SSD'],
  ['order number', 'order #7781-2290-1134 arrived damaged'],
  ['order number', 'Order no. 40029117 still not shipped'],
  ['booking number', 'booking reference 88213 4410'],
  ['listing number', 'listing ID 55012983'],
  ['tracking number', 'tracking: 9400 1000 0000 0000 0000 00'],
  ['tracking number', 'Royal Mail tracking JD014600003828123456'],
  ['invoice', 'invoice INV-2025-00042 attached'],
  ['reference', 'case ref 2025/4471/22'],
  ['model', 'iPhone 15 Pro Max 256GB'],
  ['model', 'Galaxy S23 Ultra'],
  ['model', 'RTX 4090 and i7-13700K'],
  ['model', 'Bosch GSR 18V-55 drill'],
  ['model', 'Nokia 3310 still works'],
  ['model', 'Dyson V15 Detect'],
  ['model', 'Canon EOS R6 Mark II with 24-105mm lens'],
  ['version', 'updated to iOS 17.4.1'],
  ['version', 'needs Python 3.12 and Node 20.11.0'],
  ['version', 'firmware v2.10.3 fixed it'],
  ['version', 'Windows 11 23H2'],
  ['file', 'invoice_2025_03.pdf'],
  ['file', 'IMG_2034.JPG and IMG_2035.JPG'],
  ['file', 'floorplan-v2.dwg'],
  ['file', 'see notes.txt'],
  ['file', 'setup.py is in the zip'],
  ['file', 'photos.zip is 40 MB'],
  ['file', 'logo_final_FINAL.png'],
  ['postcode', 'I’m in SW1A 1AA'],
  ['postcode', '10115 Berlin'],
  ['postcode', 'zip 90210'],
  ['coordinates', 'meet at 51.5074, -0.1278'],
  ['score', 'we won 3-1'],
  ['percent', '20% off if you buy two'],
  ['rules', "I can't give my number here, sorry"],
  ['rules', 'the app says no phone numbers'],
  ['rules', "let's keep everything in the app"],
  ['rules', "I don't use WhatsApp"],
  ['rules', 'is it ok to share emails on here?'],
  ['rules', 'please keep payments on the platform'],
  ['rules', "they told me not to move to telegram, so let's stay here"],
  ['rules', 'my phone died, will reply tonight'],
  ['rules', 'I lost my phone number last week lol'],
  ['rules', 'email me? no, just message here'],
  ['rules', 'what’s your email policy?'],
  ['rules', 'no Instagram, no Facebook, just this chat'],
  ['app word', 'I got an instant reply, thanks'],
  ['app word', 'paid in instalments'],
  ['app word', 'for instance the blue one'],
  ['app word', 'snapping photos now'],
  ['app word', 'the telegraph pole is in the way'],
  ['app word', 'signalling problems on the line, train delayed'],
  ['app word', 'zoom in on the second photo'],
  ['app word', 'what threads does the bolt have?'],
  ['app word', 'our teams finish at 5'],
  ['app word', 'line up the tiles first'],
  ['app word', 'whatsoever'],
  ['app word', 'Instagram was down all morning'],
  ['app word', 'I saw the listing on Facebook Marketplace'],
  ['app word', 'the x axis shows the price'],
  ['app word', 'my wife loves TikTok dances'],
  ['app word', 'the signal is weak in the basement'],
  ['app word', 'the snap fasteners are broken'],
  ['swear-like word', 'Scunthorpe United'],
  ['swear-like word', 'the assassin movie'],
  ['swear-like word', 'a cockatoo in the garden'],
  ['swear-like word', 'reading Dickens'],
  ['swear-like word', 'shiitake or shitake, either is fine'],
  ['swear-like word', 'my therapist said so'],
  ['swear-like word', 'grasshopper'],
  ['swear-like word', 'Matsushita is the old name for Panasonic'],
  ['swear-like word', 'hello there'],
  ['swear-like word', 'press the button'],
  ['swear-like word', 'cumulative total'],
  ['swear-like word', 'Arsenal won'],
  ['swear-like word', 'a sextant from 1890'],
  ['swear-like word', 'Penistone Road'],
  ['swear-like word', 'lake Titicaca trip'],
  ['swear-like word', 'pass the class'],
  ['swear-like word', 'a bass guitar'],
  ['swear-like word', 'peacock blue paint'],
  ['swear-like word', 'stopcock is under the sink'],
  ['swear-like word', 'Hancock Street'],
  ['swear-like word', 'the cocker spaniel'],
  ['swear-like word', 'analysis of the damp'],
  ['swear-like word', 'Middlesex county'],
  ['swear-like word', 'a pitch of 45 degrees'],
  ['swear-like word', 'it was a hit'],
  ['swear-like word', 'dickie bow'],
  ['swear-like word', 'shuttlecock and rackets'],
  ['swear-like word', 'the buttocks muscle exercise'],
  ['swear-like word', 'an essex girl'],
  ['swear-like word', 'spice rack'],
  ['at/dot', "I'm at home all day"],
  ['at/dot', 'meet at the station at 6'],
  ['at/dot', 'polka dot dress, size 10'],
  ['at/dot', 'dot the i’s and cross the t’s'],
  ['at/dot', 'at least 3 coats'],
  ['at/dot', 'arrive @ 9'],
  ['at/dot', 'end of sentence.Next one starts here'],
  ['at/dot', 'e.g. the grey one, i.e. the cheaper'],
  ['at/dot', 'a.m. or p.m.?'],
  ['at/dot', 'Mr.Smith will collect'],
  ['tech', 'it runs on node.js'],
  ['tech', 'written in Vue.js and ASP.NET'],
  ['tech', 'built on .NET 8'],
  ['non-English', 'Hola, ¿sigue disponible la bicicleta?'],
  ['non-English', 'Bonjour, je peux passer samedi à 14h'],
  ['non-English', 'Ist der Tisch noch da? Ich zahle 80 €'],
  ['non-English', 'Здравствуйте, диван ещё продаётся?'],
  ['non-English', '你好，这个还有吗？'],
  ['non-English', 'مرحبا، هل ما زال متوفرا؟'],
  ['non-English', 'नमस्ते, क्या यह अभी भी उपलब्ध है?'],
  ['non-English', 'こんにちは、まだありますか？'],
  ['non-English', 'Olá, ainda está disponível?'],
  ['non-English', 'Ciao, posso venire domani alle 18?'],
  ['non-English', 'Cześć, czy mogę odebrać jutro?'],
  ['non-English', 'Merhaba, fiyat 1.500 TL mi?'],
  ['plain', 'Is it still available?'],
  ['plain', 'Thanks, see you tomorrow'],
  ['plain', 'Can you send more photos of the back?'],
  ['plain', 'The tap is fixed now'],
  ['plain', 'Sorry running 10 minutes late'],
  ['plain', 'Does it come with the charger?'],
  ['plain', 'I left it with your neighbour at number 12'],
  ['plain', 'The parcel is at the post office'],
  ['plain', 'Could you do Saturday instead?'],
  ['plain', 'Perfect, I will pay through the app'],
  ['plain', 'Any scratches on the screen?'],
  ['plain', 'How old is the boiler?'],
  ['plain', 'I need 3 quotes for the insurance'],
  ['plain', 'Gate code is 4471'],
  ['plain', 'flat 22, 3rd floor'],
  ['plain', 'the bus 73 stops outside'],
  ['plain', 'platform 9 at 14:05'],
  ['plain', 'I have 2 kids, 7 and 9'],
  ['plain', 'item 3 of 12 in the set'],
  ['plain', 'seat 14C on flight BA 2490'],
  ['plain', 'room 1204, hotel reception will call up'],
  ['plain', 'mileage 84,500, one owner'],
  ['plain', 'year 2019, 1.6 litre engine'],
  ['plain', '4 bed, 2 bath, 1,850 sq ft'],
  ['plain', 'serial number SN-4481-2290-7731'],
  ['plain', 'IMEI ends in 4471'],
  ['plain', 'the code on the box is 5 012345 678900'],
  ['plain', 'ISBN 978-0-306-40615-7'],
  ['plain', 'I earn about 35,000 a year'],
  ['plain', 'population of 1,250,000'],
  ['plain', 'between 100 and 150 guests'],
  ['plain', 'version 2.0.1 of the manual'],
  ['plain', 'rated 4.8 out of 5 by 1,203 buyers'],
  ['plain', '1, 2, 3 go!'],
  ['plain', 'sizes 36, 38, 40, 42'],
  ['plain', 'lot 14, 15 and 16 at the auction'],
  ['plain', '10 boxes x 12 jars = 120 jars'],
  ['plain', 'temperature 21.5 °C'],
  ['plain', 'Call me when you arrive'],
  ['plain', 'I will phone the shop tomorrow'],
  ['plain', 'email confirmation received'],
  ['plain', 'I sent you a message yesterday'],
  ['plain', 'did you get my text?'],
  ['plain', 'what is the best time to call?'],
  ['plain', 'my number changed, update it in your profile settings'],
];
for (const [note, text] of clean) add(text, 'clean', null, note);

writeCorpus(path.resolve(import.meta.dirname, '../heldout.jsonl'), lines);
