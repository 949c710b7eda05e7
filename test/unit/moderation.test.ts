import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { baseView, contactView } from '../../src/moderation/normalise.js';
import { originalSpan } from '../../src/moderation/mapped-text.js';
import { createContentPolicy } from '../../src/moderation/policy.js';
import type { ModerationActions, ViolationKind } from '../../src/moderation/policy.types.js';

const masking: ModerationActions = { profanity: 'mask', contactPersonal: 'mask', contactLinks: 'mask', custom: 'mask' };
const policy = createContentPolicy({ actions: masking, customWords: ['forbidden phrase', 'zorg'] });

/** The kinds found in a text and the submitted substrings they cover. */
function found(text: string): Array<[ViolationKind, string]> {
  return policy.review(text).violations.map((v) => [v.kind, text.slice(v.start, v.end)]);
}
const kinds = (text: string) => found(text).map(([kind]) => kind);

describe('normalisation', () => {
  it('drops invisible characters, folds width, accents and case, and maps back to the submitted text', () => {
    const submitted = 'Ｆ\u200bü\u202eСK';
    const base = baseView(submitted);
    expect(base.text).toBe('fuck');
    expect(originalSpan(base, 0, 4)).toEqual({ start: 0, end: submitted.length });
    expect(originalSpan(base, 2, 3)).toEqual({ start: 4, end: 5 });
  });

  it('maps look-alike letters only in words that mix scripts or are made only of look-alikes', () => {
    expect(baseView('сunt').text).toBe('cunt');
    expect(baseView('Сайт').text).toBe('сайт');
  });

  it('writes number words as digits only in runs of numbers', () => {
    // Spelled out, the commas between groups join them as spaces do.
    expect(contactView(baseView('five five five, oh one double three')).text).toBe('5 5 5 0 1 33');
    expect(contactView(baseView('one of them')).text).toBe('one of them');
    // Words that make one number are summed; digits read in groups stay groups.
    expect(contactView(baseView('oh seven seven oh oh, nine hundred, two twelve')).text).toBe('0 7 7 0 0 900 2 12');
    expect(contactView(baseView('zéro six, douze, trente-quatre, soixante-dix-huit, quatre-vingt-dix')).text).toBe('0 6 12 34 78 90');
    expect(contactView(baseView('восемь девятьсот шестнадцать четыреста восемьдесят два')).text).toBe('8 916 482');
    expect(contactView(baseView('sizes 6, 8, 10')).text).toBe('sizes 6, 8, 10');
  });
});

describe('profanity', () => {
  it.each(['fuck off', 'f.u.c.k', 'f u c k this', 'sh1t', 'fuuuuck', 'FUСK', 'you twat', 'total bullshit', 'f\u200bu\u200bck', '𝐟𝐮𝐜𝐤', 'sh.i.t', 'you are a t w a t', 'كس امك', 'пиздец', 'che cazzo fai?', 'yaar ye banda bhenchod hai', 'amına koyim böyle işin', 'wat een kutweer vandaag', '씨발 배송 왜 이래', 'địt mẹ mày, giao chậm quá', 'dasar bangsat', 'k*rwa, znowu spóźniony', 'putangina, late na naman', 'gago ka talaga', 'wewe ni msenge', 'vai se foder, caloteiro', 'похуй мне', 'fils de pute', 'ไอ้เหี้ย', 'бл@ть', 'μαλάκα, πού είσαι;', '씨1발', 'u be mumu', 'do prdele', 'jävla cykel', 'perkele', 'کثافت', 'בן זונה', 'حرامی', 'ㅅㅂ', 'merdeeee', 'б л я д ь!', 'jou poes', 'KNN', 'bumboclaat', 'pelotudo', 'tabarnak', 'bazdmeg', 'jebem ti', 'kos omak', 'đm thằng', 'γαμήσου', 'Sch3iße', '仆街', 'what a moron'])(
    'finds %j',
    (text) => expect(kinds(text)).toContain('profanity'),
  );
  it.each(['the assessment is next week', 'cocktail bar', 'Scunthorpe', 'shitake mushrooms', 'it is a bit hit or miss', 'a classic', 'Hitchcock box set', 'circumstances changed', 'document scanning', 'he was hit by a ball', 'Essex and Sussex', 'unisex sizes', 'the stopcock is under the sink', 'Saya suka sofa ini, masih ada?', 'Wankel rotary engine parts', 'Trip to Phuket in March', 'la computadora está rota', 'Pasta alla puttanesca', "a Dick's Sporting Goods voucher", 'Amina will pick it up', 'Das Regal ist 2 cm dick', 'anjing saya suka main bola', "Il dit me l'envoyer demain", '이 노선의 시발점은 서울역입니다', 'Fukuoka to Osaka by train', 'pussy willow in a vase', 'blue tits at the feeder', '这是我妈妈的手机', 'jual anjing lucu', 'cu drag, Ana', 'malakas ang signal dito', 'slutpris 500 kr', 'debilitating injury', 'lovely spaniel bitch, KC reg, ready to meet her pups', 'fokker aircraft model', 'de poes slaapt', 'criss cross applesauce', 'cuma 50 ribu', 'the sofa is 220 x 95 x 80 cm', 'send me a dm', '4455', 'puto at kutsinta', 'rean är slut', 'tre fack', 'Canapeaua nu pute deloc', 'Τα μαξιλάρια είναι πολύ μαλακά', 'Meu filho é gago', 'Malaya ka ba sa Sabado?', 'Kirim dari Malaka besok', 'Anjing lo udah vaksin belum?', 'พี่ชายเป็นสัสดีอำเภอ', 'Tg 17 aja ya kak, tanggal 16', 'Nggak bisa hari ini'])(
    'leaves %j alone',
    (text) => expect(kinds(text)).toEqual([]),
  );
  it('masks the whole word with ***', () => {
    expect(policy.review('what a bullshit offer').text).toBe('what a *** offer');
  });
});

describe('phone numbers', () => {
  it.each([
    ['+1-415-555-0132 is best', '+1-415-555-0132'],
    ['Ring me: 07700 900123', '07700 900123'],
    ['077 00 90 01 23', '077 00 90 01 23'],
    ['tel:+14155550132', '+14155550132'],
    ['+81 90-1234-5678', '+81 90-1234-5678'],
    ['five five five, 0 1 3 2 and then 4 4 7', 'five five five, 0 1 3 2 and then 4 4 7'],
    ['07700 900 👉 555', '07700 900 👉 555'],
    ['call 555-0132', '555-0132'],
    ['oh seven seven double oh nine oh oh one two three', 'oh seven seven double oh nine oh oh one two three'],
    ['0\u200b7\u200b7\u200b0\u200b0 900123', '0\u200b7\u200b7\u200b0\u200b0 900123'],
    // Teens and tens spelled out, a ten joined to the unit after it.
    ['zero six twelve thirty four fifty six seventy eight', 'zero six twelve thirty four fifty six seventy eight'],
    // "#" for "number", not a reference.
    ['my # is 415 555 0132', '415 555 0132'],
    ['my #: 415 555 0132', '415 555 0132'],
    // Groups from the trunk zero with slashes, an area code named as such.
    ['ring 07911/123/456 after six', '07911/123/456'],
    ['area code two-one-two then 555-0188', 'two-one-two then 555-0188'],
    // Dutch compounds, Hindi in Latin letters, Japanese kana, Chinese 幺, circled digits.
    ['bel nul zes, vierendertig, zevenenvijftig, negentien, twee acht', 'nul zes, vierendertig, zevenenvijftig, negentien, twee acht'],
    ['mera number: nau aath do do, teen chaar paanch chhe saat ek', 'nau aath do do, teen chaar paanch chhe saat ek'],
    ['でんわ ゼロはちゼロ、いちにさんよん、ごろくななはち', 'ゼロはちゼロ、いちにさんよん、ごろくななはち'],
    ['幺三八 幺二三四 五六七八', '幺三八 幺二三四 五六七八'],
    ['❼❼❶❶ ➊➋➌ ⓸⓹⓺', '❼❼❶❶ ➊➋➌ ⓸⓹⓺'],
    // Sino-Korean syllables, Indonesian and Vietnamese number words; a number told in parts.
    ['공일공 구팔칠육 오사삼이', '공일공 구팔칠육 오사삼이'],
    ['nomor: nol delapan satu tiga, dua dua empat, lima enam tujuh delapan', 'nol delapan satu tiga, dua dua empat, lima enam tujuh delapan'],
    ['số mình: không chín tám, bảy sáu năm, bốn ba một hai', 'không chín tám, bảy sáu năm, bốn ba một hai'],
    ['it starts 07700 and ends 900 555', '07700 and ends 900 555'],
    ['07700, then 900, then 321', '07700, then 900, then 321'],
    // Letters for digits in short groups; "am" after a number too long to be a time; dotted digit
    // by digit after a "+"; "my no."; a long dotted number called a phone's; "the rest is"; "r" for "are".
    ['call me 07700 9OO l23', '07700 9OO l23'],
    ['ring 98123 45678 am free all day', '98123 45678'],
    ['+4.4.7.7.0.0.9.0.0.1.2.3', '+4.4.7.7.0.0.9.0.0.1.2.3'],
    ['my no. is 9876012345', '9876012345'],
    ['my mobile is 1.212.555.0147', '1.212.555.0147'],
    ['first bit 06123, the rest is 45 then 678', '06123, the rest is 45 then 678'],
    ['my digits r 415 555 0 1 9 2', '415 555 0 1 9 2'],
    // Portuguese "no" after "call me" is "on the"; Romanian and Greek number words.
    ['me liga no 21 99876-5432', '21 99876-5432'],
    ['unu doi trei, patru cinci sase, sapte opt noua zero', 'unu doi trei, patru cinci sase, sapte opt noua zero'],
    ['εφτά οκτώ εννιά, μηδέν ένα δύο, τρία τέσσερα πέντε έξι', 'εφτά οκτώ εννιά, μηδέν ένα δύο, τρία τέσσερα πέντε έξι'],
    // A kiss after it; slashes between North American groups, French pairs, after "+33 (0) 6", or
    // in a number called one; "then" in Spanish; minus signs and fullwidth digits; "rest is"; brackets.
    ['text me 020 7946 0321 x', '020 7946 0321'],
    ['my cell 415/555/0199', '415/555/0199'],
    ['07//88//12//34//56', '07//88//12//34//56'],
    ['+33 (0) 6 / 12 34 56 78', '+33 (0) 6 / 12 34 56 78'],
    ['phone: 0 four one two / five five / one two / three four', '0 four one two / five five / one two / three four'],
    ['zero nine two eight, luego 556, luego 7781', 'zero nine two eight, luego 556, luego 7781'],
    ['携帯は０９０−１１２２−３３４４です', '０９０−１１２２−３３４４'],
    ['it starts 0433, rest is 221 908', '0433, rest is 221 908'],
    ['[0917] [555] [0123]', '0917] [555] [0123'],
    // Arabic number words and the Arabic comma.
    ['صفر تسعة واحد، اثنين ثلاثة أربعة، خمسة ستة سبعة', 'صفر تسعة واحد، اثنين ثلاثة أربعة، خمسة ستة سبعة'],
    // "my num" outweighs "num"; Arabizi "call me"; Japanese の between groups; Polish teens; a
    // Turkish ending after an apostrophe is no unit ("67'den" is not 67 feet).
    ['my num 0.4.1.2.5.5.5.0.1.9.9', '0.4.1.2.5.5.5.0.1.9.9'],
    ['kalimni 3ala 76 123 456', '76 123 456'],
    ['〇八〇の九八七六の五四三二', '〇八〇の九八七六の五四三二'],
    ['pięćset jedenaście, dwieście trzydzieści, czterysta pięćdziesiąt sześć', 'pięćset jedenaście, dwieście trzydzieści, czterysta pięćdziesiąt sześć'],
    ["Beni 0532 123 45 67'den ara", '0532 123 45 67'],
    // "ph no."; Khmer and Myanmar digits and phone words; an extension; Catalan number words; slashes
    // between single digits; "in case" is no case number; "orders via" a number.
    ['ph no. +44 7700 900 318', '+44 7700 900 318'],
    ['ទូរស័ព្ទ ០៩៨ ៧៦៥ ៤៣២', '០៩៨ ៧៦៥ ៤៣២'],
    ['ဖုန်း ၀၉ ၄၄၄ ၅၅၅ ၆၆၆', '၀၉ ၄၄၄ ၅၅၅ ၆၆၆'],
    ['call 415-555-0142 x 22', '415-555-0142'],
    ['truca al sis-u-dos, cinc-cinc-set, vuit-nou-u', 'sis-u-dos, cinc-cinc-set, vuit-nou-u'],
    ['write it down: 4 1 5 / 5 5 5 / 0 1 4 2', '4 1 5 / 5 5 5 / 0 1 4 2'],
    ['just in case: four one five, five five five, oh one four two', 'four one five, five five five, oh one four two'],
    ['orders via 0161 496 0777', '0161 496 0777'],
    ['five five five and one two three four', 'five five five and one two three four'],
  ])('finds the number in %j', (text, number) => {
    expect(found(text)).toContainEqual(['phone', number]);
  });
  it.each([
    '12/05/2025 10:30',
    'my listing number is 20250512',
    'order #123456789 shipped',
    'it is £1,250,000 or near offer',
    '20 lengths of 2 x 4 timber, 2.4 m each',
    '16 GB RAM, 512 GB SSD',
    'Unity 2022.3.10f1',
    'Sony WH-1000XM5 headphones',
    '10:30, 12:45 or 15:15, you pick',
    'sizes 8, 10, 12, 14 and 16',
    'booking ref 4471 2231 09',
    'tracking number 1Z999AA10123456784',
    // A booking's UUID pasted bare: its groups hold digits, and its letters b and e read as 8 and 3.
    'see 01a17e05-602e-7255-b940-dd0439610cf5',
    'ID 550E8400-E29B-41D4-A716-446655440000, thanks',
    'meet on 2025-05-12 at 14:00',
    'the server is at 192.168.1.1',
    '1 250 000 руб',
    'it is 120 x 60 x 75 cm',
    'my order # 415 555 0132 shipped',
    'she is twenty one and he is thirty',
    // Other scripts: an order, delivery or serial number beside its word, glued or not.
    '订单号123456789，请查一下。',
    '配送番号は123456789です。',
    '注文番号：1234567890',
    'Seriennummer:4829103375',
    'Ordine:4829103375',
    'we need six, eight, ten, twelve and fourteen chairs',
    'I have two hundred reviews and thirty one sales',
    'Batch no. 20231108-07 is on the label',
    'I can do 2 or 3 on Friday',
    'さんにんで来ます、にじごろに',
    'CEP 04538-132, frete grátis',
    '〒530-0001 大阪市北区まで',
    '사이즈 270 신발 팔아요, 2만원에 가능할까요?',
    'Kursi tiga buah, meja satu, total 2 juta ya kak',
    'Bay 12 at the car park, level 3, from 9 to 5',
    // Everyday words that are number words elsewhere, beside prices and dates.
    'Could you do 1,250 1,300 max',
    'Bhai 15000 hai, 12000 me dedo',
    'Dono 4500 hai, ek 2300 ka',
    'Rocznik od 2015 do 2018, przebieg 150000',
    'Giam gia khong 2500000 nhe',
    'Hai cái 450000, ba cái 600000',
    'Calle Las Begonias 475, Lima 15046',
    'Isa 500, dalawa 950, tatlo 1400',
    'Tien 1500, twintig 2800',
    'Built 2015 with 120000 on the clock',
    '価格は1500、2000、3000円です',
    'とてもきれい、1,500,000円で売ります',
    '오일 15000원이에요',
    // Circled numbers that number a list.
    '① 2500円 ② 3000円 ③ 3500円',
    '❶ 2500 ❷ 3000 ❸ 3500',
    '이사 150000원 견적 나왔어요',
    // № (NFKC writes it "No") and Russian order numbers; a build number; a time; a price in rand.
    'заказ № 4827119300',
    'номер заказа 5512-3390-7781',
    'v11.0.22631.4037',
    'lunch at 1230 pm',
    'R 650 for both',
    'call me on 12/05/2025 at 10',
    'sizes 10/12/14',
    '[1] [2] [3]',
    'نه، ممنون',
    // German compounds in -nummer, numbers by year and month, a Turkish listing number.
    'Auftragsnummer 2023-07-1145',
    'Kundennummer 004512398',
    'ilan no: 4455 667 788',
    // A pet's microchip; a car with its engine size; a case number.
    'microchip 941000019283746',
    'Golf 2018 1.4 TSI, 60k miles',
    'case 12345678',
    // Two amounts joined by "and".
    'Rent is 1450 and 350 is utilities',
  ])('leaves %j alone', (text) => expect(kinds(text)).toEqual([]));
});

describe('emails and links', () => {
  it.each([
    ['mail x_y-z.123@example-mail.com', 'email', 'x_y-z.123@example-mail.com'],
    ['john [at] gmail [dot] com', 'email', 'john [at] gmail [dot] com'],
    ['john at example dot com', 'email', 'john at example dot com'],
    ['ollievans-at-example-dot-com', 'email', 'ollievans-at-example-dot-com'],
    ['ingridh@еxample.com', 'email', 'ingridh@еxample.com'],
    ['jdoe at gmail', 'email', 'jdoe at gmail'],
    ['john {at} example.com', 'email', 'john {at} example.com'],
    ['site[.]io has it', 'url', 'site[.]io'],
    ['see https://goo.gl/maps/AbCdEf12', 'url', 'https://goo.gl/maps/AbCdEf12'],
    ['bit.ly/3xYz is the form', 'url', 'bit.ly/3xYz'],
    ['www.example.co.uk/specs.html', 'url', 'www.example.co.uk/specs.html'],
    ['go to example dot com', 'url', 'example dot com'],
    ['t.me/jdoe', 'handle', 't.me/jdoe'],
    // The whole address, its spelled dots before the "at" too, and one spaced out letter by letter.
    ['email: john dot smith at gmail dot com', 'email', 'john dot smith at gmail dot com'],
    ['j o h n @ g m a i l . c o m', 'email', 'j o h n @ g m a i l . c o m'],
    ['j  o  h  n  @  g m a i l . c o m', 'email', 'j  o  h  n  @  g m a i l . c o m'],
    ['e x a m p l e . c o m', 'url', 'e x a m p l e . c o m'],
    ['see https://exa mple.com', 'url', 'https://exa mple.com'],
    // Another language's dot after a bracketed "at"; a spaced-out address with its at and dot spelled.
    ['anna.meier (at) gmx (punkt) de', 'email', 'anna.meier (at) gmx (punkt) de'],
    ['m a r t a 8 8 at y a h o o dot com', 'email', 'm a r t a 8 8 at y a h o o dot com'],
    // A plain address with any ending; Japanese "at" and "dot"; German "ät" (accent off: "at") with
    // "punkt"; Dutch "punt" after Dutch "at".
    ['write to info@atelier.localshop', 'email', 'info@atelier.localshop'],
    ['sato.k アットマーク mail ドット jp', 'email', 'sato.k アットマーク mail ドット jp'],
    ['j.weber ät gmx punkt net', 'email', 'j.weber ät gmx punkt net'],
    ['anna apenstaartje kpn punt nl', 'email', 'anna apenstaartje kpn punt nl'],
    // After "www." any ending; a comma for the dot; sites spelled with another language's dot.
    ['www.oakbench.example', 'url', 'www.oakbench.example'],
    ['site: tiendamaria,com', 'url', 'tiendamaria,com'],
    ['bikeshop ponto com ponto br', 'url', 'bikeshop ponto com ponto br'],
    ['www punkt fahrrad-meyer punkt de', 'url', 'www punkt fahrrad-meyer punkt de'],
    // Czech and Swedish "at" and "dot"; a name, a provider and an ending; "outlook id"; "point",
    // "punkt" and "punt" before their own country's ending.
    ['jana.kralova zavináč email tečka cz', 'email', 'jana.kralova zavináč email tečka cz'],
    ['lars snabel-a gmail punkt com', 'email', 'lars snabel-a gmail punkt com'],
    ['anna.lopez hotmail com', 'email', 'anna.lopez hotmail com'],
    ['outlook id mike_77', 'email', 'outlook id mike_77'],
    ['voir boutique-lucie point fr', 'url', 'boutique-lucie point fr'],
    ['auf autohaus-berg punkt de', 'url', 'autohaus-berg punkt de'],
    ['kijk op fietsenwinkel punt nl', 'url', 'fietsenwinkel punt nl'],
    // "gmail, its …"; Romanian and Bulgarian at/dot words; a site with some words spaced out.
    ['my gmail, its tom.builds77', 'email', 'gmail, its tom.builds77'],
    ['ana.popescu arond gmail punct com', 'email', 'ana.popescu arond gmail punct com'],
    ['ivan маймунка abv точка bg', 'email', 'ivan маймунка abv точка bg'],
    ['w w w . oakbench . c o m', 'url', 'w w w . oakbench . c o m'],
    // Catalan, Vietnamese and Hebrew at/dot words; Finnish and Catalan sites.
    ['marta arrova gmail punt cat', 'email', 'marta arrova gmail punt cat'],
    ['lan a còng gmail chấm com', 'email', 'lan a còng gmail chấm com'],
    ['dana שטרודל gmail נקודה com', 'email', 'dana שטרודל gmail נקודה com'],
    ['botiga punt cat', 'url', 'botiga punt cat'],
    ['kotisivu piste fi', 'url', 'kotisivu piste fi'],
  ])('finds %j', (text, kind, match) => {
    expect(found(text)).toContainEqual([kind, match]);
  });
  it.each(['built with node.js', 'photo.jpg attached', 'version v2.5', 'about 1.5 hours', 'see README.md', 'ASP.NET developer', 'I finished.Today I rest', "I'll be @ the door at 5", 'meet me at the cafe at noon', 'Quote-2025-05.docx', "I'm at the point in my life where I need a bigger sofa", 'We stopped at Hunters Point in Queens.', 'Prices at this point no longer matter', 'el punto es importante', 'llego a las seis en punto de la tarde', 'es un buen punto de partida', 'tudo bem,com você?', 'i will be at the punt nl', 'a good point net of fees', 'este punto es clave', 'le point de vue', 'i use gmail com for work', 'gmail account blocked', 'banner.final.v2.jpg is ready'])(
    'leaves %j alone',
    (text) => expect(kinds(text)).toEqual([]),
  );
});

describe('handles', () => {
  it.each([
    ['insta: jdoe', 'insta: jdoe'],
    ['instagram @maxtutors', 'instagram @maxtutors'],
    ['my ig is jdoe_22', 'ig is jdoe_22'],
    ['telegram @x_shop', 'telegram @x_shop'],
    ['snap: jdoe', 'snap: jdoe'],
    ['whatsapp me', 'whatsapp me'],
    ['text me on signal', 'signal'],
    ['msg me on fb', 'fb'],
    ["let's continue this on telegram", 'telegram'],
    ['add me on wechat', 'wechat'],
    ['reddit u/ivyhome', 'u/ivyhome'],
    ['are you on whatsapp?', 'whatsapp'],
    ['@jdoe (tiktok)', '@jdoe (tiktok)'],
    ['discord jdoe#0042', 'discord jdoe#0042'],
    // The handle after an app used as a verb goes with it.
    ['kik me at jdoe', 'kik me at jdoe'],
    ['Line ID: jdoe', 'Line ID: jdoe'],
    ['snapchat jdoe', 'snapchat jdoe'],
    // Small capitals and a name cut in two.
    ['ᴡʜᴀᴛsᴀᴘᴘ me', 'ᴡʜᴀᴛsᴀᴘᴘ me'],
    ['wha tsapp me', 'wha tsapp me'],
    ["let's just use whatsapp", 'whatsapp'],
    ['only use signal pls', 'signal'],
    // The app as a verb, and no more when what follows is a time or a day.
    ['whatsapp me at 5pm', 'whatsapp me'],
    ['snap me on monday', 'snap me'],
    // Misspelled, abbreviated, asked for, in the app's inbox, and in other languages.
    ['whatapp me the pics', 'whatapp me'],
    ['tt: @nailsbyjo', 'tt: @nailsbyjo'],
    ['dame tu whatsapp porfa', 'whatsapp'],
    ["what's your insta?", 'insta'],
    ['check your ig dms', 'ig'],
    ['me chama no zap', 'zap'],
    ['instagram\'dan yazın', 'instagram'],
    ['пиши в вотсап', 'вотсап'],
    ['تابعني على الانستغرام @sara.home', 'الانستغرام @sara.home'],
    ['langsung chat WA saja ya', 'WA'],
    ['WhatsApp? easier for photos', 'WhatsApp'],
    ['tele-gram @ marco_rooms', 'tele-gram @ marco_rooms'],
    ['s.n.a.p: tommy.k', 's.n.a.p: tommy.k'],
    ['nhắn tin zalo cho mình', 'zalo'],
    ['카톡 아이디 jiwoo_92', '카톡 아이디 jiwoo_92'],
    ['LINEで連絡してね、IDはyuki_22', 'LINEで連絡'],
    ['V信：shop_lin88', 'V信：shop_lin88'],
    // WhatsApp and Telegram misspelled; Snapchat's ghost; the app as the verb in Hindi and Tagalog.
    ['wattsapp me when free', 'wattsapp me'],
    ['vatsapp? daha kolay', 'vatsapp'],
    ['tlgrm @kiev_bikes', 'tlgrm @kiev_bikes'],
    ['my 👻 is mo.k_22', '👻 is mo.k_22'],
    ['whatsapp karo bhai', 'whatsapp karo'],
    ['watsap mo ako', 'watsap mo ako'],
    ['ig pe dm karo', 'ig'],
    // Invitations in Swahili, Indonesian, Greek, Vietnamese, Romanian, Polish and Portuguese.
    ['nitumie ujumbe telegram', 'telegram'],
    ['WA aja kak', 'WA'],
    ['στείλε μου στο viber', 'viber'],
    ['nhắn mình qua zalo nha', 'zalo'],
    ['scrie-mi pe telegram', 'telegram'],
    ['piszcie na telegramie', 'telegramie'],
    ['me segue no insta @loja.da.bia', 'insta @loja.da.bia'],
    // A Turkish case ending; a name spaced out; "i'm" before the handle; apps named in Japanese, Thai.
    ['instagramdan bak: @ev.dekor', 'instagramdan bak: @ev.dekor'],
    ['telegram: m a r i k o _ 9', 'telegram: m a r i k o _ 9'],
    ["on telegram i'm @lev_42", "telegram i'm @lev_42"],
    ['インスタ @osaka_zakka', 'インスタ @osaka_zakka'],
    ['LINEのIDはkenji_88です', 'LINEのIDはkenji_88'],
    ['ไลน์ไอดี: ploy2001', 'ไลน์ไอดี: ploy2001'],
    // An id in a message that names an app; invitations in Korean, Spanish, French, Czech, Dutch,
    // Ukrainian, Persian, Hebrew, Urdu, Indonesian, Malay, Hindi and Pidgin.
    ['LINEやってる？IDはmiki_22', 'IDはmiki_22'],
    ['카톡으로 연락주세요', '카톡으로 연락주'],
    ['mejor por whatsapp', 'whatsapp'],
    ['hablamos por telegram', 'telegram'],
    ['on peut continuer sur telegram', 'telegram'],
    ['napiš mi na whatsapp', 'whatsapp'],
    ['app me even', 'app me'],
    ['пишіть у телеграм', 'телеграм'],
    // The invitation's match holds the "@name" after it, since round 19 (a longer match takes the place of one it holds).
    ['تلگرام پیام بده @shop_ir', 'تلگرام پیام بده @shop_ir'],
    ['שלח לי בטלגרם', 'שלח לי בטלגרם'],
    ['واٹس ایپ پر رابطہ کریں', 'واٹس ایپ پر رابطہ'],
    ['chat di WA ya', 'WA'],
    ['whatsapp saya', 'whatsapp saya'],
    ['tele pe aa jao', 'tele'],
    // Korean "id"; IMO and Botim in Hindi; Arabizi, Hebrew, Thai, Hungarian and Finnish endings,
    // Serbian, Dutch "appje", Danish, Quebec French, Swiss German; "snp".
    ['kakao 아이디 jisoo_88', 'kakao 아이디 jisoo_88'],
    ['imo pe call karo', 'imo'],
    ['botim me call kr lo', 'botim me'],
    ['kalimni 3al whatsapp', 'whatsapp'],
    ['בוא נעבור לטלגרם', 'נעבור לטלגרם'],
    ['แอดไลน์ ไอดี somchai_77', 'ไอดี somchai_77'],
    ['írj viberen', 'viber'],
    ['javi se na whatsapp', 'whatsapp'],
    ['stuur me een appje', 'appje'],
    ['skriv til mig på whatsapp', 'whatsapp'],
    ['laita viestiä telegramiin', 'telegram'],
    ['texte-moi sur whatsapp', 'whatsapp'],
    ['snp: mo_ll.y', 'snp: mo_ll.y'],
    ['schriib mer uf telegram', 'telegram'],
    ['пиши ми на вайбър', 'вайбър'],
    // Viber in Greek; "come to", "join me on", "hit me on"; V for WeChat; a capital I for an l;
    // Telegram in Amharic; Cantonese "chat".
    ['στείλε μου στο βάιμπερ', 'βάιμπερ'],
    ['come to whatsapp', 'whatsapp'],
    ['join me on telegram', 'telegram'],
    ['hit me on insta', 'insta'],
    ['加个V吧', '加个V'],
    ["I'm on teIegram as bikes_leeds", 'teIegram as bikes_leeds'],
    ['በቴሌግራም @selam_shop', 'ቴሌግራም @selam_shop'],
    ['WhatsApp 傾', 'WhatsApp 傾'],
    ['ig - jdoe', 'ig - jdoe'],
  ])('finds %j', (text, match) => {
    expect(found(text)).toContainEqual(['handle', match]);
  });
  it.each(['an instant reply', 'Instagram is down today', 'our teams start at 8', "I won't share my WhatsApp here", 'please keep the chat here, not on telegram', 'I saw your listing on facebook marketplace', 'send a signal when ready', 'I use telegram for news', 'love instagram lately', 'the tele gram arrived', 'Line 2: the address', 'Drop me a line when you are free.', 'Send me a snap of the scratch please.', 'Send me a zoom of the label.', 'Can you send me an insta style photo?', "I'll buy 2 x @25 each.", 'Zoom session @10am tomorrow', "I'm on the green app page now, which colour do you want?", 'I love the messenger bag', 'snap-fit lid', 'Snap-on ratchet set, 3/8 drive', 'What app did you use for the poster?', 'text me here, no whatsapp', 'PayPal? Or cash on pickup?', 'Check your eBay inbox, I sent the invoice', 'Telegram? Never used it', 'WhatsApp? Sorry, I prefer to keep it here', 'whats your snap score lol', 'Is it on Vinted? @tom check this', 'Go di Instagram untuk lihat foto', 'The deadline is Friday, deadlineまでに連絡ください', "what's your insta style, boho or minimal?", 'i love this 👻 costume', 'no insta, sorry', 'não tenho insta', 'WA state plates', 'sa bahay na lang', 'is it also on Facebook Marketplace?', 'the app me and my wife use is whatsapp', 'il est mieux sur la photo', 'mejor en persona', 'imo a fair price', 'i also imo think', 'my order id abc123, and whatsapp is down', 'come to the shop', 'join the queue', '加个V8发动机', 'Signal mo ako pag nasa labas ka na ng gate', 'Product ka ek snap karo', 'Meet tayo sa session hall ng SM, 4pm', 'Tafadhali nitumie wa kijani, size 42', 'WA aja? Nggak usah, di sini aja chatnya', 'Siga las instrucciones en YouTube', 'Shop nhận thanh toán qua PayPal không ạ?', 'Vatsap? Ne, pišite ovdje', "Instagram'da gördüm, teslim @Kadıköy olur mu?", 'インスタで見た商品、在庫確認してください', 'インスタのiPhoneケース', '인스타에서 보고 연락드려요', 'Line: A B C D, pick your seat', 'Follow the steps on YouTube', 'Session - Mon Wed Fri 5 to 6pm', 'Table tennis table, TT - barely used', 'My Instagram got hacked last year', 'Is Telegram better than this app?'])(
    'leaves %j alone',
    (text) => expect(kinds(text)).toEqual([]),
  );
});

describe('disguises of the last review', () => {
  it.each([
    ['phone', '電話は０７０ー３３２１ー９８７６まで', '０７０ー３３２１ー９８７６'],
    ['phone', 'n1ne f0ur s3ven tw0 zer0 f1ve s1x 0ne three', 'n1ne f0ur s3ven tw0 zer0 f1ve s1x 0ne three'],
    ['phone', 'appelle au 07‧61‧22‧48‧90', '07‧61‧22‧48‧90'],
    ['email', 'sofa.deals 💌 hotmail ◦ com', 'sofa.deals 💌 hotmail ◦ com'],
    ['url', 'see bike-repairs-leeds • com', 'bike-repairs-leeds • com'],
    ['url', 'fotos en casa-rural punto com punto ar', 'casa-rural punto com punto ar'],
    ['handle', 'w/a me tonight', 'w/a me'],
    ['handle', '👻 lena_cakes99', '👻 lena_cakes99'],
    ['handle', 'cash app $lena-cakes', 'cash app $lena-cakes'],
    ['handle', '@oak.and.iron (the gram)', '@oak.and.iron (the gram)'],
    ['handle', 'wts app? send pics there', 'wts app'],
    ['handle', 'schrijf me even op telegram', 'telegram'],
    ['handle', '3andak whatsapp?', 'whatsapp'],
    ['handle', '¿tienes telegram?', 'telegram'],
    ['profanity', 'f*** you and your offer', 'f***'],
    ['profanity', 'what the f*** happened', 'f***'],
    ['profanity', 'such a biatch', 'biatch'],
    ['profanity', 'くそ！遅い', 'くそ'],
    ['profanity', 'đụ má mày nói láo', 'đụ má mày'],
    ['email', 'maria{at}studio-nord{dot}photography', 'maria{at}studio-nord{dot}photography'],
    ['email', 'γράψε στο eleni παπάκι yahoo τελεία gr', 'eleni παπάκι yahoo τελεία gr'],
    ['email', 'ana.bakes ➰ hotmail ⚫ com', 'ana.bakes ➰ hotmail ⚫ com'],
    ['handle', 'DM saya kat telegram ya', 'telegram'],
    ['handle', 'hubungi saya di WA ya', 'WA'],
    ['handle', 'insta pe msg kar bhai', 'insta'],
    ['phone', 'mi número: seis cinco cinco, veinte y uno, cuarenta y tres, noventa y nueve', 'seis cinco cinco, veinte y uno, cuarenta y tres, noventa y nueve'],
    ['phone', 'ゼロハチゼロ、ニーニーサンサン、キューキューゴーゴー', 'ゼロハチゼロ、ニーニーサンサン、キューキューゴーゴー'],
    ['phone', 'ça commence par 07 12, la suite 34 56 78', '07 12, la suite 34 56 78'],
    ['phone', 'empieza con 612, y luego 88 47 30', '612, y luego 88 47 30'],
    ['profanity', 'শুয়োরের বাচ্চা!', 'শুয়োরের বাচ্চা'],
    ['profanity', 'du-te in pula mea', 'pula mea'],
  ])('finds the %s in %j', (kind, text, match) => {
    expect(found(text)).toContainEqual([kind, match]);
  });
  it.each([
    'open 0930 - 1730, closed Sundays',
    'kitchen hours 1100–2200',
    'Terms • net 30 days',
    'Size M • net weight 2kg',
    'cash app $25 or cash?',
    'ada whatsapp group for the building',
    'grade A** in physics',
    'rated 5 *** by buyers',
    'やくそくは守ります',
    'fresh 🍊 orange juice',
    'check your spam ✉️ gmail hides things',
    'Made in Germany • de',
    'we stayed at the A*** hotel',
    'sofa w/a cover',
    'kulay pula ang sofa',
    'meet me {at} the park',
    'cuesta 600, y luego 2200 al mes',
    'tengo treinta y cuatro años',
    'la suite 12 est libre, la suite 14 aussi',
  ])('leaves %j alone', (text) => expect(kinds(text)).toEqual([]));
});

describe('invitations to an app, in more languages', () => {
  it.each([
    'kannst du mir bei instagram schreiben?',
    'добавь меня в телеграме',
    'বার্তা দিন হোয়াটসঅ্যাপে',
    'واتساب ابعتلي',
    'インスタのDMください',
    '카톡 주세요',
    'add zalo mình nha',
    'ntumie ujumbe wa whatsapp',
    'wasiliana nami kwa whatsapp',
    'kirim pesan lewat WA',
    'DM aja di IG',
  ])('finds %j', (text) => expect(kinds(text)).toContain('handle'));
  it.each(['add instagram stickers to the post', 'Ich habe es bei Instagram gesehen', 'parliamo di whatsapp domani', '사진 주세요', '카톡 말고 여기서 주세요'])(
    'leaves %j alone',
    (text) => expect(kinds(text)).toEqual([]),
  );
});

describe('swear words and insults, in more languages', () => {
  it.each(['me cago en tu madre', 'eres un huevón', 'no seas boludo', 'ta gueule', 'nique ta mère', 'verpiss dich', 'Scheißkerl', 'leck mich am Arsch', 'пошел на хер', 'ти курва', 'ya ibn el kalb', 'kuss ummak', 'ben zona', 'tang ina mo', '死ね', 'fy fan', 'helvetes idiot', 'faen ta deg', 'futu-ți mama'])(
    'finds %j',
    (text) => expect(kinds(text)).toContain('profanity'),
  );
  it.each(['cono de helado', 'teri maa ki tabiyat kaisi hai', 'the fans are loud', 'Het hout is rot op sommige plekken', 'faena de campo', '死ねる'])('leaves %j alone', (text) =>
    expect(kinds(text)).toEqual([]),
  );
});

describe('references, places and refusals read as what they are', () => {
  it.each(['예약번호 20241103-0518', '주문 20250102-7781 확인 부탁드려요', 'Auftragsreferenz RF71 4300 1234 5678', 'Payment reference 4471 0020 9183', 'رقم مرجع الشحنة 5521-7730-224', 'Tickets für das Spiel im Wankdorf', 'kikkers in de vijver', 'Je passe par Bitche (Moselle) samedi', '我不用LINE，在这里聊就好', '别加微信了，这里说'])(
    'leaves %j alone',
    (text) => expect(kinds(text)).toEqual([]),
  );
  it.each(['我的微信是 zhang_wei77', '카톡은 minji_0301'])('finds %j', (text) => expect(kinds(text)).toContain('handle'));
  it.each(['you bitches', 'call 0612 345 678 today'])('still finds %j', (text) => expect(kinds(text).length).toBeGreaterThan(0));
});

describe('ordinary lines a review threw at the rules above', () => {
  it.each([
    'Tutoring available in person • online',
    'Colour is a burnt 🍊 orange. It matches the cushions',
    'Viewing (at) 5pm. Rent is 900 a month',
    'Installments: first 400 second 350 third 250',
    "Kettle w/a US plug, you'd need an adapter",
    'I take Venmo or PayPal $USD only',
    'Can you do Cash App $forty instead of fifty?',
    'Vinted ➡️ Depop ➡️ here, same price everywhere',
    'Thanks @Carla at the session yesterday',
    'Saffron @3.50 (the gram), minimum order 5 g',
    'Halloween 👻 2024 costume, worn once, size 8',
    '¿El reloj tiene WhatsApp?',
    'インスタで見たモニター、HDMIは付いてますか？',
    'オンラインレッスンについてメッセージください',
    'Shop nhận Zalo Pay, Momo hoặc tiền mặt',
    'Давай 1500, в телеграме такой же видел дешевле',
    'Ich werde den Verkäufer bei Facebook melden, er hat nie geliefert',
    'Maine us seller ko insta pe message kar diya tha, reply nahi aaya',
    'WTS AP U6-Lite, barely used',
    'Apartment in Pula, Croatia, sea view',
    'なるべく早くそちらに発送します',
    'শুয়োরের বাচ্চা বিক্রি হবে, ৮টি আছে',
    "Can't name the brand here, but it's the S*** one with the blue logo",
    'El primer pago son 300, y luego 150 150 en dos meses',
    '営業時間は0900ー1800です',
    'Prices ‣ 250 ‣ 300 ‣ 450 per night',
    'Mijn moeder kreeg kanker op haar vijftigste',
  ])('leaves %j alone', (text) => expect(kinds(text)).toEqual([]));
});

describe('disguises of the seventh review', () => {
  it.each([
    ['fejs: Ania Kowalska Ceramika', 'handle'],
    ['napisz na instáči @ola.vintage', 'handle'],
    ['LINE交換できますか', 'handle'],
    ['[ig] sofia_crafts', 'handle'],
    ['(tg) @fast_movers', 'handle'],
    ['trimite-mi un mesaj pe wapp', 'handle'],
    ['scrivimi su uotsapp', 'handle'],
    ['இன்ஸ்டாவில் மெசேஜ் பண்ணுங்க', 'handle'],
    ['können wir auf Telegram weiterschreiben?', 'handle'],
    ['加我vx：wang_li88', 'handle'],
    ['javi mi se na vajber', 'handle'],
    ['noll sju tre, fyra fem sex, sjuttiotvå, åttioett', 'phone'],
    ['אפס חמש שתיים, שבע שמונה תשע, אחת שתיים שלוש ארבע', 'phone'],
    ['empieza por 655, luego 12 34 y acaba en 90', 'phone'],
    ['091 / 534 / 267 is my line', 'phone'],
    ['cell. 347.555.12.34', 'phone'],
    ['6S2 12E 4T9', 'phone'],
    ['8 903 45З 12 34, звони', 'phone'],
    ['noi.s แอท gmail ดอท คอม', 'email'],
    ['sara12 آت جيميل دوت كوم', 'email'],
    ['maria.k -at- otenet -dot- gr', 'email'],
    ['tom.r🔹gmail🔹com', 'email'],
    ['حرامزادہ ہے تو', 'profanity'],
    ['کسکش', 'profanity'],
  ] as const)('finds %j (%s)', (text, kind) => expect(kinds(text)).toContain(kind));
  it.each(['sizes 34S 36S 38S left', 'Galaxy S23 256 512', 'Dell E6420 i5 8GB 256GB', '[IG] photos coming soon', '(fb) marketplace listing', 'LINE Payで払えますか', '部品交換は必要ですか', 'Server at 192.168.10.20', 'tengo 2 y 3 años, y luego 12 34', 'I love🔥gmail and 😀com', 'instagram weiterschreiben ist nicht erlaubt', 'LINE交換はお断りしています', '微信交换联系方式我不做，付款和发货都走平台', '买家一直让我加我vx，我没同意', 'Über Instagram weiterchatten geht bei mir nicht', '[fb] 2.5 m cable sold', '(x) 3.5mm jack missing', '[ig] v2.1 of the photos is up', 'Tengo tallas 34 36, y luego 38 40 en otro color', 'Belts in 075 / 080 / 085 sizes'])(
    'leaves %j alone',
    (text) => expect(kinds(text)).toEqual([]),
  );
});

describe('disguises of the eighth review', () => {
  it.each([
    ['kuma mako wewe mwizi', 'profanity'],
    ['ni bhen chod hai بہن چود', 'profanity'],
    ['call 07911,123,456', 'phone'],
    ['010 ㅡ 1234 ㅡ 5678', 'phone'],
    ['imo me later tonight', 'handle'],
    ['오픈카톡으로 와주세요', 'handle'],
    ['ايميلي mona.k على الجيميل', 'email'],
    ['邮箱 zhang.wei艾特163点com', 'email'],
    ['VX: shop_lily88', 'handle'],
    ['$mike_22 on cash app', 'handle'],
    ['ib fb mình nhé', 'handle'],
    ["let's talk on the green app", 'handle'],
    ['ইমোতে নক দিন ভাই', 'handle'],
  ] as const)('finds %j (%s)', (text, kind) => expect(kinds(text)).toContain(kind));
  it.each([
    'My friend asked me to text him on WhatsApp, is that ok?',
    'my gmail is loading slowly',
    'we are open hanggang 9pm',
    'imo it is worth it',
    'prices 0,500 and 1,200',
    'the sheet costs 0,750 per m2',
    'green apple juice',
    'وصلتني الفاتورة على جيميل، شكرًا',
  ])('leaves %j alone', (text) => expect(kinds(text)).toEqual([]));
});

describe('custom words', () => {
  it('matches whole words and phrases, also disguised', () => {
    expect(kinds('a ZORG here')).toEqual(['custom']);
    expect(kinds('this forbidden  phrase')).toEqual(['custom']);
    expect(kinds('zorgon')).toEqual([]);
  });

  it('reads a word file of 100,000 entries', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'parley-words-'));
    const file = path.join(dir, 'words.txt');
    const words = Array.from({ length: 100_000 }, (_, i) => `term${i}${i % 3 === 0 ? ' with phrase' : ''}`);
    writeFileSync(file, `# forbidden\n\n${words.join('\n')}\n`);
    const big = createContentPolicy({ actions: masking, customWords: { file } });
    const verdict = big.review('so term99999 and term3 with phrase and term4 with phrase');
    expect(verdict.violations.map((v) => v.kind)).toEqual(['custom', 'custom']);
  });
});

describe('actions and verdicts', () => {
  const text = 'call 07700 900123 or fuck off, insta: jdoe';

  it('masks exactly the submitted spans with placeholders and keeps the original', () => {
    const verdict = policy.review(text);
    expect(verdict.text).toBe('call [phone number removed] or *** off, [contact handle removed]');
    expect(verdict.status).toBe('masked');
    expect(verdict.reasons).toEqual(['phone', 'handle', 'profanity']);
    expect(verdict.original).toBe(text);
    expect(verdict.rejected).toBe(false);
  });

  it('blocks with offsets into the submitted text', () => {
    const submitted = 'ｃａｌｌ 0\u200b7700 900123';
    const verdict = policy.review(submitted, { contactPersonal: 'block' });
    expect(verdict.rejected).toBe(true);
    expect(verdict.violations).toEqual([{ check: 'contact', kind: 'phone', start: 5, end: submitted.length, action: 'block' }]);
  });

  it('flags without changing the text, and off ignores the check', () => {
    const verdict = policy.review(text, { contactPersonal: 'flag', contactLinks: 'off', profanity: 'off' });
    expect(verdict).toMatchObject({ text, status: 'flagged', reasons: ['phone'], rejected: false, original: text });
    expect(verdict.violations.map((v) => v.kind)).toEqual(['phone']);
  });

  it('relaxes phone and email but not links when personal contact is off (a booked context)', () => {
    const verdict = policy.review('mail me a@b.com or 07700 900123, site example.com', { contactPersonal: 'off' });
    expect(verdict.reasons).toEqual(['url']);
  });

  it('answers clean for clean text', () => {
    expect(policy.review('Is the sofa still available for £120?')).toEqual({
      text: 'Is the sofa still available for £120?',
      status: 'clean',
      reasons: [],
      violations: [],
      rejected: false,
      original: null,
    });
  });
});

describe('disguises of the ninth review', () => {
  it.each([
    ["Arayın: 0541 227 90 16'dan ulaşabilirsiniz", 'phone'],
    ['Ring his number, 0113 496 0522, about the van', 'phone'],
    ['Enquiries for bookings: +44 (0)20 7946 0321', 'phone'],
    ['Mit mobil: 31 47 82 96', 'phone'],
    ['oh seven double nine, triple one, 482 then 306', 'phone'],
    ['mon numéro : zéro sept, trente et un, douze, quarante-huit, soixante et onze', 'phone'],
    ['Part one: 0207. Part two: 946. Last bit: 0114.', 'phone'],
    ['k u r w a mać, gdzie paczka', 'profanity'],
    ['what a load of c r a p, seriously', 'profanity'],
    ['Lort, den er gået i stykker igen', 'profanity'],
    ['Bazmeg, ez nem az amit rendeltem', 'profanity'],
    ['Wat een kutverkoper', 'profanity'],
    ['Add me on MS Teams, I am Priya Nair there', 'handle'],
    ['@lena_k on the Design Collective Discord, say hi', 'handle'],
    ['Скинь свой тг, пришлю фото', 'handle'],
    ['Napište mi přes WhatsApp', 'handle'],
    ['抖音同名，搜一下就有', 'handle'],
    ['DM me on the bird app', 'handle'],
    ['Look me up as Harbour View Rentals on Facebook', 'handle'],
    ['Same handle on Snapchat, add me', 'handle'],
    ['Talk to me on imo later', 'handle'],
    ['Volg me op Instagram voor meer foto\'s', 'handle'],
    ['Mi usuario: marta_94, por Telegram', 'handle'],
    ['No Instagram sou @doces.da.bia', 'handle'],
    ['Zalo của mình là Lan Anh Shop', 'handle'],
    ['💬 Threads, @tom.builds', 'handle'],
    ['👻 snap: kai.rides22', 'handle'],
    ['ping hello at rosewoodmakers dot design', 'email'],
    ['Ngishayele ku-082 555 0143 mayelana nemoto', 'phone'],
  ] as const)('finds %j (%s)', (text, kind) => expect(kinds(text)).toContain(kind));
  it.each(['Call me if you want sizes 36 38 40 42, all in stock.', 'Is it the same name as the shop on Facebook Marketplace?', 'Same name as the listing on eBay, it is the same jacket.', 'Meeting starts at 0800, then 1200 break, last session 1700.', 'Invoice INV-2025-004718 paid yesterday.', 'The model number on the label is 415-555-0100, for the spare part.', 'PNR 4512378901, coach B3, berth 45', 'מספר הזמנה 1048-2231, המשלוח יגיע ביום ראשון', '合同编号 SH-2025-004718', 'ТТН 20450 1234 5678 90', 'de fok en het grootzeil zijn van 2021', 'Kutch embroidery cushion covers', 'puto at kutsinta tuwing Linggo', 'afhalen in Kuttekoven', 'Clases de cálculo y análisis', 'imo the price is fair, on imo scale it is good', 'Please find us under Oak and Iron on the platform shop page', 'Zoom session @10am tomorrow'])(
    'leaves %j alone',
    (text) => expect(kinds(text)).toEqual([]),
  );
});

describe('disguises of the tenth review', () => {
  it.each([
    // A "!" after a word ends it: it is not leetspeak's "i" ("mierda!" is no "mierdai").
    ['¡Qué mierda!', 'profanity'],
    ['Merda! Chegou quebrado', 'profanity'],
    ['kurwa! znowu spóźniony', 'profanity'],
    ['gtfo, not selling at that price', 'profanity'],
    ['qué coño es esto', 'profanity'],
    ['كس أمك', 'profanity'],
    ['đm mày, trả tiền đi', 'profanity'],
    ['wewe ni mshenzi', 'profanity'],
    ['Pay with M-Pesa to +254 722 123456', 'phone'],
    ['Number on my business card: 020 7946 0857', 'phone'],
    ['first bit 0161, then 496 0738', 'phone'],
    ['his number starts with 646 555 and ends in 0198', 'phone'],
    ['my github is priya-dev, ping me there', 'handle'],
    ['GitLab: marta.builds', 'handle'],
    // A word that begins like a unit is no unit ("sec…", "km…", "min…"); after a number called one, neither is a unit.
    ['my cell 415 555 0132 secure line', 'phone'],
    ['415 555 0132 kmart car park, 5pm', 'phone'],
    ['my cell 415 555 0132 min 9-5 weekdays', 'phone'],
  ] as const)('finds %j (%s)', (text, kind) => expect(kinds(text)).toContain(kind));
  it.each(['Great, thanks! See you Friday!', 'Hi!! Is it still available!!!', 'The repo is on GitHub, public', 'A DM may be quicker than email', 'the tracking starts with 718 555 and ends in 0129', 'The pole is 3 m-high', 'it weighs 1 250 kg', 'mileage 145 000 km, call for details', 'call me, the drive is 120 minutes'])(
    'leaves %j alone',
    (text) => expect(kinds(text)).toEqual([]),
  );
});

describe('disguises of the eleventh review', () => {
  it.each([
    // Czech and Slovak number words; Ukrainian, with its apostrophe in "п'ять" and "дев'ять".
    ['šest nula dva, sedm osm, devět jedna čtyři', 'phone'],
    ['volaj: nula deväť, štyri päť, sedem osem, jedna dva', 'phone'],
    ['нуль дев’ять сім, вісім п’ять, чотири шість, два один', 'phone'],
    // Everyday number words between digits, when the chain also holds a word that is only a number.
    ['dos 34 seis 78 noventa y uno 23', 'phone'],
    ['my number starts with 0712 and ends with 4455667', 'phone'],
    ['mi teléfono empieza por 0612 y termina en 345678', 'phone'],
    ['this is bulls#it', 'profanity'],
    ['f#ck this courier', 'profanity'],
    ["let's talk on W/A, quicker", 'handle'],
  ] as const)('finds %j (%s)', (text, kind) => expect(kinds(text)).toContain(kind));
  it.each([
    'sizes tres 36 dos 38 uno 40',
    'tengo dos de 45, tres de 60 y seis de 80',
    'pet friendly flat, 2 bed, 1 bath, 45 m2',
    'mám dva stoly a tri židle, cena 4500 Kč',
    'the tracking number starts with 0034 and ends with 778812',
    'the serial starts with 0045 and ends in 9981234',
    "I'm a C# developer, F#m chord",
    'comes w/a charger and a case, pickup on Wed',
    'шість кімнат, сім вікон, 120 м²',
  ])('leaves %j alone', (text) => expect(kinds(text)).toEqual([]));
});

describe('disguises of the twelfth review', () => {
  it.each([
    ['vai se f*der', 'profanity'],
    ['caralhoooo, que demora', 'profanity'],
    ['йобаний кур’єр', 'profanity'],
    ['re malaka, where is it?', 'profanity'],
    ['sa viber na lang tayo mag-usap', 'handle'],
    ['my contact card is in the photo, save me from there', 'handle'],
    ['add me with the QR code in my profile', 'handle'],
    ['same username on the blue app', 'handle'],
    ['抖音搜 小林手工', 'handle'],
    ['seguimi su insta, sono lucia.crea', 'handle'],
    ['ig @ lena.clicks', 'handle'],
    ['переходим в телеграм, там быстрее', 'handle'],
    ['нуль дев’яносто п’ять, сто двадцять три, сорок п’ять, шістдесят сім', 'phone'],
    ['số em 09 một hai 345 sáu bảy tám', 'phone'],
    ['07700x900x418', 'phone'],
  ] as const)('finds %j (%s)', (text, kind) => expect(kinds(text)).toContain(kind));
  it.each([
    'Pick-up between 9.30 and 11.45 on 31/12/2024',
    'Lieferung nach Wankum, Kreis Kleve',
    'Malaka, the port town, has great food',
    'kirim ke Malaka, terima kasih',
    'box 120x60x75 cm, or 0800x600x400 mm',
    'I lost my business card, can you add me to the delivery list?',
    'scan the QR code on the box to register the warranty',
    '我是在小红书搜到你的店的',
    '可以在小红书上搜一下同款',
    'перейдем к оплате, карта или наличные?',
    'seguimi fino al parcheggio, ti aspetto alle 18:00',
    'the blue app icon on my phone stopped working',
    'двадцять гривень за штуку, шістдесят кілометрів від Києва',
  ])('leaves %j alone', (text) => expect(kinds(text)).toEqual([]));
});

describe('disguises of the thirteenth review', () => {
  it.each([
    ['п и з д е ц, опять опоздал', 'profanity'],
    ['pqp, o pacote sumiu de novo', 'profanity'],
    ["fdp, il m'a arnaqué", 'profanity'],
    ['আমার নম্বর শূন্য এক সাত এক পাঁচ দুই তিন চার পাঁচ ছয় সাত', 'phone'],
    ['เบอร์ ศูนย์เก้าสอง หนึ่งสองสาม สี่ห้าหกเจ็ด', 'phone'],
    ['a számom 06 20 hét-nyolc-kilenc 12 34', 'phone'],
    ['kalimni ra2mi sifr 5amsa tes3a, talata arba3a setta sab3a tamanya', 'phone'],
    ['mera no. 9 8 7 6 5 - 1 2 3 4 0 hai', 'phone'],
    ['julia.k at example d0t com', 'email'],
    ['ahmet.kaya[et]ornek[nokta]net', 'email'],
    ['shop。example。org', 'url'],
    ['me das tu wsp y hablamos?', 'handle'],
    ["WP'ye yaz lütfen", 'handle'],
    ['kalimni 3al wats', 'handle'],
    ['írj nekem messengeren', 'handle'],
    ['napište mi na WhatsAppku', 'handle'],
    ['ίνστα: eleni.shop', 'handle'],
    ['sigue la charla por telegram mejor', 'handle'],
  ] as const)('finds %j (%s)', (text, kind) => expect(kinds(text)).toContain(kind));
  it.each([
    'मैं टेलीग्राम नहीं चलाता, यहीं मैसेज करें',
    '카톡 안 써요, 여기서 연락 주세요',
    'the depot near Bitche closes at 6',
    'sigue disponible la bici?',
    'wats the price for two?',
    'mi no. de pedido es 4471-2290',
    'mon no. de commande est 48213377',
    'het zijn er 3 of 4, 5 euro per stuk',
    'egy darab 2000 Ft, 3 db 5500',
    'hat size 7 1/4, 2 of them',
    'v1。2 update',
    'me das tu opinión del sofá?',
    'ราคาสามร้อยห้าสิบบาท ส่งฟรี',
    'สองสามวัน',
    '好的。明天见',
  ])('leaves %j alone', (text) => expect(kinds(text)).toEqual([]));
});

describe('disguises of the fourteenth review', () => {
  it.each([
    ['motherf@#%er never showed up', 'profanity'],
    ['what the f#@k is this', 'profanity'],
    ['ты п*дор и мошенник', 'profanity'],
    ['ты пидор', 'profanity'],
    ['đồ chó đẻ, lừa đảo', 'profanity'],
    ['anjing lo, barangnya palsu', 'profanity'],
    ['emma.w at the usual gmail', 'email'],
    ['sam_7 at my hotmail', 'email'],
    ['add me: i n s t a  →  c a r l a . f l o w e r s', 'handle'],
  ] as const)('finds %j (%s)', (text, kind) => expect(kinds(text)).toContain(kind));
  it.each([
    'ОГРН 1027700132195',
    'СНИЛС 112-233-445 95',
    'CPF no recibo: 123.456.789-09',
    'SIRET 732 829 320 00074',
    'NIP 123-456-32-18 na fakturze',
    'Pissarro print, framed, 40x50',
    'педикюр 500р, маникюр 700р',
    'đồ cho bé giá rẻ',
    'anjing lo lucu banget',
    'AT&T store, R&D dept, 50% off',
    'Q&A at 5, rock&&roll night',
    'meet at the usual gmail thread',
  ])('leaves %j alone', (text) => expect(kinds(text)).toEqual([]));
});

describe('disguises of the fifteenth review', () => {
  it.each([
    ['ema at example d0t c0m', 'email'],
    ['email: bookings(@)seaview.example', 'email'],
    ['first part 07700, second part 900 771', 'phone'],
    ['my number is 415 (skip this) 555 (and this) 0171', 'phone'],
    ['I.G. @ carla.bakes', 'handle'],
    ['signal works better, username nick.08', 'handle'],
    ['snp chat: zoe_r', 'handle'],
    ['📸 @studio.moreno', 'handle'],
    ['the app with the ghost, same username as here', 'handle'],
  ] as const)('finds %j (%s)', (text, kind) => expect(kinds(text)).toContain(kind));
  it.each([
    'Moby-Dick paperback, Penguin Classics edition',
    'Dick-Turpin mug, boxed',
    'Call me @ home.Thanks',
    'order 415 (blue) 555 (red) 0171',
    'sizes 120 (small) 140 (medium) 1600 (large)',
    '📸 12 photos of the sofa below',
    'meet me at the d0t c0m bubble',
    'pickup in N16, or Stoke Newington N16 7XX',
    'n116 bus route',
  ])('leaves %j alone', (text) => expect(kinds(text)).toEqual([]));
});

describe('disguises of the sixteenth review', () => {
  it.each([
    // "my <app> is <name>" in Italian, French, German and Portuguese; "<app> user <name>"; "my handle on X is …"
    ['il mio ig è marco.ripara', 'handle'],
    ['mon snap est lea.b92', 'handle'],
    ['mein telegram ist kiln_queen', 'handle'],
    ['meu insta é loja.flores', 'handle'],
    ['add me: discord user kilnqueen', 'handle'],
    ['telegram user: kiln_queen', 'handle'],
    ['my handle on X is @quietcarpenter', 'handle'],
    ['our account on X is @oak.and.iron', 'handle'],
    // "my" after the app, as Indonesian and Tagalog say it; Vietnamese "message me on Zalo"
    ['follow ig aku @tokobunga.rina', 'handle'],
    ['cek ig ko @marie.cakes', 'handle'],
    ['nhắn zalo cho mình nhé', 'handle'],
    ['gọi zalo cho em nha', 'handle'],
    // a number from its trunk zero in groups of three is no amount; a number told end first
    ['07.700.900.629', 'phone'],
    ['07 700 900 629', 'phone'],
    ['my mobile ends 900 471, starts 07700', 'phone'],
    ['new number ends in 0186, the start is +1 702 555', 'phone'],
    ['mi número termina en 900 471 y empieza por 07700', 'phone'],
    // a phone named after a receipt number is still one
    ['no resi nanti ya, telp 0812 3456 7890', 'phone'],
    // Vietnamese swear words with their tones
    ['đụ má, giao sai hàng rồi', 'profanity'],
    ['đéo biết shop làm ăn kiểu gì', 'profanity'],
    ['vãi lồn, hàng lỗi hết', 'profanity'],
  ] as const)('finds %j (%s)', (text, kind) => expect(kinds(text)).toContain(kind));
  it.each([
    'I want an instagram-worthy cake, pastel colours',
    'Telegram-style stickers printed on vinyl',
    'a tiktok-famous lamp, the one everyone has',
    'the X factor audition was fun',
    'discord server rules say no selling',
    'a discord user told me about this shop',
    'Telegram user base keeps growing',
    'il mio ig è chiuso per ora',
    'mi whatsapp es el mismo de siempre',
    'ig aku jelek banget hari ini',
    'no resi JNE 0123 4567 8901',
    'codigo de rastreio 0123 4567 8901',
    'mã vận đơn 0123 4567 8901',
    'the tracking number ends 900 471, starts 07700',
    'the sale ends 12 June, starts 0900 sharp',
    'price 1.250.000 rupiah nego',
    'xác nhận zalo cho mình với',
    'shop nhận zalo pay không?',
    'Vậy là đủ mà.',
    'các bạn ơi, hàng về rồi',
    'lon bia 330ml giá 12k',
    'đeo thử rồi, vừa lắm',
    'má ơi đẹp quá',
  ])('leaves %j alone', (text) => expect(kinds(text)).toEqual([]));
});

describe('disguises of the seventeenth review', () => {
  it.each([
    // any Unicode arrow between an app and a name, the name spaced out or not
    ['insta ⟶ m i a . p o t s', 'handle'],
    ['IG ➜ nora.knits', 'handle'],
    ['snap ⇨ kai_90', 'handle'],
    // "the tok" is TikTok; portfolio sites are social networks with handles
    ['find me on the tok, @gracie.bakes', 'handle'],
    ['@jo.makes on the tok', 'handle'],
    ['dribbble - sam.designs', 'handle'],
    ['behance: tom_draws_cats for the full set', 'handle'],
    // a Polish company's site: ".pl" after "com." is no Perl file
    ['zapraszam na hydraulik-kowal.com.pl', 'url'],
    // a number from a two-digit trunk, slashed in groups of three; a French mobile named by its first two digits
    ['06/612/345/678 text me', 'phone'],
    ["mon 06 c'est le 11 22 33 44, tu peux appeler", 'phone'],
    ['votre 07 : 12.34.56.78 svp', 'phone'],
    // a number in two pieces, the trunk as its first part and the rest later
    ['number starts 0161. the rest after lunch, it is 4960734', 'phone'],
    ['the first bit is 02079, the remaining digits 460 118', 'phone'],
    // Polish "skurwysyn" with a digit for its y
    ['ty skurw1synie, oddawaj kasę', 'profanity'],
    ['co za skurw1syny z tego sklepu', 'profanity'],
  ] as const)('finds %j (%s)', (text, kind) => expect(kinds(text)).toContain(kind));
  it.each([
    'ISBN 978-0-306-40615-7, paperback, good nick',
    'book 9780306406157 barely read',
    'graduated magna cum laude in 2019',
    'summa cum laude, happy to help with essays',
    'Vinted ➜ Depop, same listing',
    'I saw that lamp on the tok yesterday',
    'my behance portfolio is updated',
    'run setup.pl before the build',
    '05/120/340/560 sizes in stock',
    'mon 06 est cassé, je paie 12 34 euros',
    'first instalment 0450, the rest £120000',
    'the first payment is 0450 and the rest 150000 on delivery',
    'my dribbble shot got featured',
    // French "call back", which holds an English swear word
    'je te rappelle ce soir pour le prix',
    'rappelez-moi demain matin',
  ])('leaves %j alone', (text) => expect(kinds(text)).toEqual([]));
});

describe('disguises of the eighteenth review', () => {
  it.each([
    // French "c'est" as "is" after "mon <app>", for a name that looks like a handle
    ["mon ig c'est lea_b92", 'handle'],
    ['mon snap c’est lea.b92', 'handle'],
    // German "ruf mich … an", call me, on an app
    ['ruf mich auf Telegram an', 'handle'],
    ['rufen Sie mich über WhatsApp an', 'handle'],
    // a profile's path: LinkedIn's "/in/", or after a colon a name that looks like a handle
    ['LinkedIn /in/priyamenon', 'handle'],
    ['instagram: /carla.bakes', 'handle'],
    // "at" and "dot" in quotes, straight or curly, or between the dashes an autocorrect types
    ["maria 'at' gmail 'dot' com", 'email'],
    ['maria “at” outlook “dot” es', 'email'],
    ['maria—at—gmail—dot—com', 'email'],
    // another language's "dot" in brackets
    ['elektro-weber[punkt]de', 'url'],
    ['lojadamaria(punto)com', 'url'],
    // a number written as a postcode is, but called one
    ['call me on 12345-678', 'phone'],
  ] as const)('finds %j (%s)', (text, kind) => expect(kinds(text)).toContain(kind));
  it.each([
    "mon insta c'est mort, je poste plus",
    "c'est 25 € la paire, 40 € les deux",
    'ruf mich nicht über WhatsApp an, hier ist besser',
    'Er ruft mich immer über WhatsApp an, nervig',
    'Ich rufe später zurück, bin im Meeting',
    'telegram: /help lists the commands',
    'github: /docs folder has the readme',
    'LinkedIn /in-house team does the hiring',
    'sold on vinted /depop before',
    'facebook /marketplace listing from last year',
    "the word 'at' is missing in the ad",
    'Pick-up – at the station – around 6pm works',
    'Mon–Fri 9–17, Sat 10–14',
    'Lieferung nach DE–AT–CH, 4,99 €',
    'der Preis ist 45 € (Punkt) und nicht verhandelbar',
    // a Brazilian postcode (CEP) at the end of an address, or named by what it is for
    'Rua das Flores 123, Curitiba - PR, 80010-000',
    'frete para 04567-000 sai R$ 25,00',
    'código 12345-678 do pedido',
  ])('leaves %j alone', (text) => expect(kinds(text)).toEqual([]));
});

describe('disguises of the nineteenth review', () => {
  it.each([
    // "ВКонтакте" (and Ukrainian "ВКонтакті") is all look-alike letters: the base view writes it in Latin
    ['ВКонтакте: anna_photo', 'handle'],
    ['ВКонтакті ivan.foto', 'handle'],
    // "you find me on …" in Italian, Spanish, Portuguese, French, German and Dutch
    ['mi trovi su Instagram, chiedi pure', 'handle'],
    ['me encuentras en telegram como @taller_luz', 'handle'],
    ['você me encontra no insta', 'handle'],
    ['tu me trouves sur snapchat', 'handle'],
    ['du findest mich auf Telegram', 'handle'],
    ['je vindt me op insta', 'handle'],
    // a scheme spaced out before a name, whatever its ending
    ['h t t p s : / / atelier.nowak.pl', 'url'],
    ['https : // sklep.kasia.pl', 'url'],
    // a number from its trunk zero whose end is no time on the clock, before German "am" (on the)
    ['0176 123 45 67 am Abend', 'phone'],
    // a number read out a digit at a time, words and digits mixed, in groups with commas
    ['nueve 1 dos, 3 cuatro 5, seis 7 ocho', 'phone'],
    // the swear word and its compounds still count
    ['what an a$$hole', 'profanity'],
    ['you asshat', 'profanity'],
    ['kiss my @ss', 'profanity'],
  ] as const)('finds %j (%s)', (text, kind) => expect(kinds(text)).toContain(kind));
  it.each([
    // words that start with "ass" and are none of its compounds
    'assortment of screws and wall plugs',
    "c'est assez cher pour un vélo",
    'pago con assegno circolare',
    'assolutamente sì, è disponibile',
    'hinge assy for the oven door',
    'asso di cuori, carte da collezione',
    'assoalho de madeira, 20 m²',
    // "find me" somewhere else, or refused
    'mi trovi in negozio dalle 9 alle 18',
    'non mi trovi su whatsapp, scrivimi qui',
    'tu ne me trouves pas sur insta, écris ici',
    'du findest mich am Stand 12',
    'me encuentras en el mercado los sábados',
    'ВКонтакте сейчас не работает',
    // a file's name, and times and sizes before "am"
    'the setup.pl script fails',
    'Maße 120 80 75 am Rand gemessen',
    'open from 9 30 am to 5 30 pm',
    'slots 0800 0930 am',
    // numbers named twice, and a price list
    'uno 1, dos 2, tres 3, cuatro 4',
    'precios: uno 5, dos 9, tres 12',
  ])('leaves %j alone', (text) => expect(kinds(text)).toEqual([]));
  it('masks the name an invitation leads to, with the app', () => {
    expect(found('напиши в телегу, ник @serega_remont')).toEqual([['handle', 'телегу, ник @serega_remont']]);
  });
});

describe('disguises of the twentieth review', () => {
  it.each([
    // digit words run together into one word
    ['fouronefivefivefivefivezeroonethreetwo', 'phone'],
    // Arabizi "two" with its "th", and the Levant's number words
    ['raqmi sifr khamsa sab3a, ithnain thalatha tis3a, arba3a khamsa sitta wahid', 'phone'],
    ['sifr khamse sifr tlete tnein wahid arb3a tmene sab3a sitta', 'phone'],
    // a number dressed as a list, with a piece from a zero and the words that join them right after
    ['0207 for the lamp, 946 for the rug and 0018 for the mirror, put them together', 'phone'],
    // letters for some digits, in groups joined by dashes or dots, called a number
    ['text me 2I2.S55.OI98', 'phone'],
    // an address written backwards
    ['moc.liamtoh@kcin_nhoj', 'email'],
    ['ku.oc.oohay@nhoj', 'email'],
    // a name, then which provider's it is
    ['mark_77, the gmail one', 'email'],
    // the paper plane app is Telegram; "snap👻" Snapchat; X with "@name" where one is on it
    ['hit me up on the paper plane app', 'handle'],
    ['snap👻: kayla_r', 'handle'],
    ['on x as @sarah_makes', 'handle'],
    // a Brazilian mobile keeps its lone 9; "slut" and its English forms still count
    ['my number is 11 9 8765 4321', 'phone'],
    ['po zamówieniu zadzwoń 512 345 678', 'phone'],
    ['what a sluttish thing to say', 'profanity'],
    ['sluuut', 'profanity'],
  ] as const)('finds %j (%s)', (text, kind) => expect(kinds(text)).toContain(kind));
  it.each([
    // Polish order, parcel and invoice numbers in their cases
    'numer przesyłki 6200 1234 5678 901',
    'numer paczki 520 113 441 22',
    'w sprawie zamówienia 45 6789 1234 proszę o kontakt',
    // a part number with a lone digit in its groups
    'part no 11 42 7 953 129 fits E90',
    'the brake pads are 34 11 6 789 075, OEM',
    // Swedish and Danish words that start with "slut" (an end)
    'tyvärr slutsåld, sorry',
    'jag slutade sälja dem förra året',
    'slutstädning ingår i priset',
    'i slutningen af måneden',
    // number words inside ordinary words, and Arabizi words as words
    'twentyfourseven service',
    'seveneleven is on the corner',
    'the khamsa pendant is 45 euros',
    'counting in arabic: wahid, tnein, tlete',
    // amounts put together, or assembly
    'the sofa is 450, the table 250 and delivery 1200, put them together for the total',
    'call me tomorrow, the desk is 450, the chair 320 and the bed 1250, you put it together yourself',
    'put them together: 450 mm, 300 mm and 1200 mm boards',
    // sizes and plurals in groups
    'call me about the 10s-12s-14s-16s',
    'phone model s23-s24-s25 in stock',
    // no address written backwards, no name before the provider
    'ed.smith@work is out today',
    'v2.1, the outlook one crashes',
    'notes.docx, the outlook one won\'t open it',
    'I have two calendars, use the outlook one',
    // the paper plane app talked about, X and the ghost in ordinary talk
    'the paper plane app is down today',
    'put the logo on x @ top',
    "I'm on x @ work",
    'snap👻 halloween sale',
  ])('leaves %j alone', (text) => expect(kinds(text)).toEqual([]));
  it('masks the name after "on X", with the app', () => {
    expect(found('follow me on X @tradiejack')).toEqual([['handle', 'X @tradiejack']]);
  });
});

describe('disguises of the twenty-first review', () => {
  it.each([
    // "my @ is x on the 'gram"; "the gram" ending a sentence is Instagram
    ["my @ is lena_bakes on the 'gram", 'handle'],
    ['find marta knits on the gram', 'handle'],
    // a name written backwards after its app
    ['ig reversed: ekaj_sdoow', 'handle'],
    // Portuguese "tem …?" starting a sentence, Arabizi "kalimni" right before the app
    ['blz. tem whatsapp?', 'handle'],
    ['kalimni whatsapp', 'handle'],
    // a name in brackets with its dots spelled out; the app with the green phone; "slack me"; the same name everywhere
    ['snapchat (rosa dot vintage)', 'handle'],
    ['the app with the green phone icon, same username as here', 'handle'],
    ['slack us when it ships', 'handle'],
    ["I'm petra_k on all socials", 'handle'],
    // one character at a time with a hyphen between; a provider, an arrow, then the name
    ['d-a-n-a-@-y-a-h-o-o-.-c-o-m', 'email'],
    ['outlook -> sam.keys.82', 'email'],
    // a comma for the dot before an aside that says so
    ['greenleafbikes,com (comma is a dot)', 'url'],
    // a number from its trunk zero with spaced "x" between its groups; dressed as a reference, then called a phone
    ['0412 x 555 x 019', 'phone'],
    ["order 0412-555-019, that's my cell", 'phone'],
    ['the pin is 2125550143, you know what it is for', 'phone'],
    // an "l" typed for an "i"
    ['what a dlck', 'profanity'],
  ] as const)('finds %j (%s)', (text, kind) => expect(kinds(text)).toContain(kind));
  it.each([
    // the gram as a unit, and "every app" in ordinary talk
    'weigh it on the gram scale before you post it',
    'it costs 2 euros the gram',
    "I'm stuck on every app update, my phone is old",
    "I'm active on every app but slow to reply",
    "I'm terrible on all apps",
    // backwards, brackets and "tem" in ordinary talk
    'insta but backwards compatibility is broken',
    'whatsapp reversed: never mind',
    'tg (bot_commands)',
    'whatsapp (the dot app)',
    'instagram (photo.jpg)',
    'tem promoção? manda foto',
    'kalimni bukra inshallah',
    // slack, the green phone, arrows after a provider
    'cut me some slack',
    "it's the app with the green phone icon that my mum uses",
    'my gmail → settings are weird',
    'outlook → calendar.ics attached',
    // hyphens between characters that make no address
    'n-i-c-e-.-o-n-e',
    'bla-bla-bla-bla-bla',
    // a carrier's tracking number, a ZIP+4, sizes with "x", and references that stay references
    'DHL 4471203385 arrives Monday',
    'Springfield, IL 62704-1234',
    'dimensions 120 x 80 x 75 cm',
    "SKU 12345678 (that's my phone case model)",
    'item 123456789 is my mobile phone listing',
    // words with an "l" where a swear word has an "i"
    'spilt milk on the floor',
    'slick and quick',
    'blitz sale today',
  ])('leaves %j alone', (text) => expect(kinds(text)).toEqual([]));
  it('reads a Brazilian mobile from a 9 as a number where it is someone\'s', () => {
    expect(kinds('meu zap 98765-4321')).toContain('phone');
    expect(kinds('o DDD é 31, o resto 98877-6655')).toContain('phone');
  });
});

describe('disguises of the twenty-second review', () => {
  it.each([
    // the bird site is Twitter; a dash ends the clause a "not" stands in
    ['dm me on the bird site, @kettle_works', 'handle'],
    ["I'm rarely online — text me on the paper plane app", 'handle'],
    // the name there "is the same as here"; a handle "everywhere"; the shop's name pointed at
    ['my telegram handle is the same as here', 'handle'],
    ["I'm @mira.pots everywhere", 'handle'],
    ['our whatsapp is just the business name', 'handle'],
    // a payment app's tag, as Venmo's and Revolut's are read
    ['wise tag: @ola_k', 'handle'],
    // an address with a spaced "@" and a space for its dot; a site with a hyphenated name and its country's ending
    ['dora_22 @ yahoo com', 'email'],
    ['muebles-de-roble punto mx.', 'url'],
    // a site written backwards where the message says so
    ['read it backwards: ten.sgnidnif-dlo', 'url'],
    ['backwards: ku.oc.sekabanel', 'url'],
    // a number's parts counted as a phone's; Cyrillic letters for digits; Russian digits in Latin letters; slashes between spelled groups
    ['the first 3 digits are 212, then 555, last 4 are 0188', 'phone'],
    ['звони 8 9З1 2О5 44 1б', 'phone'],
    ['nomer: vosem, devyat shest pyat, odin dva tri, chetyre pyat, shest sem', 'phone'],
    ['six-four-seven / five-five-five / zero-one-nine-two', 'phone'],
    // swear words starred, with a "k" for a hard "c", in Latin letters, written backwards, and "coño" with its tilde and a 0
    ['ty ch*ju', 'profanity'],
    ['quel konnasse', 'profanity'],
    ['polnyi pizdets', 'profanity'],
    ['tihs, read it backwards', 'profanity'],
    ['¡c0ño!', 'profanity'],
  ] as const)('finds %j (%s)', (text, kind) => expect(kinds(text)).toContain(kind));
  it.each([
    // the bird site, a refusal after a dash, "wise" and "everywhere" in ordinary talk
    'the bird site is full of bots',
    "I'm not on whatsapp — sorry, only here",
    'that was wise @ the time',
    'otherwise @john can pick it up',
    'a wise tag line for the shop',
    "I'm looking everywhere for the charger",
    "I'm 100 everywhere",
    'the name is the same as here on the listing',
    'Instagram is the best place for the shop name to be seen',
    'my etsy is the shop name',
    // "el punto es", hyphenated words before it mid-sentence, reversed words that make no site
    'el punto es que no',
    'lo bueno-malo punto es relativo',
    'reverse it: ok.so the plan',
    'reversed: moc is not a word',
    // parts counted with no exchange a phone could have, school classes and flats in Russian, Russian number words as words
    'first three weeks cost 100, middle 250, last four 300',
    'first three laps 128, middle 130, last four 1290 total',
    'учусь в 5б классе, кабинет 3з',
    'квартира 5б, дом 12, подъезд 3',
    'sem açúcar, sim, três cafés',
    'odin, the god, and tri-state',
    'scores were five-three / four-two / six-one',
    // a "k" form that is an everyday word, the reversed word that is French "parc", cones and tildes
    'dat kun je krap noemen',
    'je kunt het ophalen',
    'reverse into the parc',
    'read it backwards: kcab eht ni',
    'un cono de helado',
    'señor moño, caño roto, el niño',
    'a ch*r and a table',
  ])('leaves %j alone', (text) => expect(kinds(text)).toEqual([]));
});

describe('disguises of the twenty-third review', () => {
  it.each([
    // joining one's own server or group; a payment app by one's own name; Teams as a verb before a name
    ['come join our discord for the drops', 'handle'],
    ['join my whatsapp group and I send the list', 'handle'],
    ['venmo is under my name, Kayla Brooks', 'handle'],
    ['send it by paypal, its just my full name', 'handle'],
    ['teams me on j.hale, we share the tenant', 'handle'],
    // a dot in square brackets before any real ending; a Polish site of hyphenated words
    ['the portfolio is at kowalski [.] studio', 'url'],
    ['sprawdz auto-czesci-lodz.pl', 'url'],
    // Russian in Latin letters, "motherfucker" cut short
    ['poshel nahuy', 'profanity'],
    ['vot suka, opyat', 'profanity'],
    ['that mofo ghosted me', 'profanity'],
    ["some mf'ers never pay", 'profanity'],
  ] as const)('finds %j (%s)', (text, kind) => expect(kinds(text)).toContain(kind));
  it.each([
    // a state of the app, not a name; joining what is no one's; a payment app and a name talked about
    'my signal is patchy upstairs',
    'my line is dead since the storm',
    'my insta is private for now',
    'join the discord chat on the listing page',
    "I won't join my brother's whatsapp group",
    'my last buyer paid on venmo and it went fine',
    'teams me and Jo against you two',
    // round brackets are a face's; a Perl script's name; Malay "suka", Turkish boxes, "mf" as a unit
    'see the box (.) here',
    'run build_all.pl first',
    'saya suka yang biru',
    'müzik kutusu ve kutular',
    'a 4.7 mf capacitor',
  ])('leaves %j alone', (text) => expect(kinds(text)).toEqual([]));
});

describe('disguises of the twenty-fourth review', () => {
  it.each([
    // invitations to move the chat in Romanian, Ukrainian, Polish, Italian, French, Indonesian, Hinglish, Arabizi and Russian
    ['hai sa vorbim pe telegram mai bine', 'handle'],
    ['давайте продовжимо у телеграмі', 'handle'],
    ['piszmy na messengerze', 'handle'],
    ['continuiamo su telegram', 'handle'],
    ['retrouve moi sur insta lea_couture', 'handle'],
    ['lanjut di wa ya kak', 'handle'],
    ['insta pe dhundo meena_crafts', 'handle'],
    ['khalina nkamel 3al telegram', 'handle'],
    ['davai v telegu', 'handle'],
    ['добавьте в инсте @olya_makes', 'handle'],
    // "but" in another language ends the clause of an earlier "not"
    ['das Foto ist nicht gut, aber schreib mir auf telegram olaf_77', 'handle'],
    // Ukrainian and Indonesian "dot", Swedish "punkt" before .se; a stop after a spelled address
    ['katalog na shop-ivanko крапка com', 'url'],
    ['fotos pa moebler-nord punkt se', 'url'],
    ['tulis ke dewi (at) toko-kain titik co titik id. makasih', 'email'],
    // a number begun with its country code and finished later; a Russian "my number" before a dotted number
    ['my number starts +44 7700, I will send the rest later: 900 123', 'phone'],
    ['moy nomer 8.916.123.45.67', 'phone'],
    // swear words of other languages, their cases and inflections, and spelled with dots
    ['nie badz chujem', 'profanity'],
    ['ten uebok opyat opozdal', 'profanity'],
    ['этот у.е.б.а.н опять', 'profanity'],
    ['ну ты и долбоёб', 'profanity'],
    ['кур\'єр піздєц', 'profanity'],
    ['o vendedor e um otario', 'profanity'],
    ['nu fi nenorocit', 'profanity'],
    ['la dracu cu livrarea', 'profanity'],
    ['wat een lul', 'profanity'],
    ['verdommeeee', 'profanity'],
    ['d.e. s.c.h.e.i.ß.e', 'profanity'],
    ['ο πωλητής είναι μουνί', 'profanity'],
    ['dasar bajingan', 'profanity'],
    ['ye banda harami hai', 'profanity'],
    ['ça me fait chier', 'profanity'],
    ['quel s4laud', 'profanity'],
    ['no seas capullo', 'profanity'],
    ['kurir anjing itu telat lagi', 'profanity'],
    ['MC kya bakwas hai', 'profanity'],
    ['đm lại trễ', 'profanity'],
    ['el shofer khara w ma bi rod, ya3ni 3al fadi', 'profanity'],
  ] as const)('finds %j (%s)', (text, kind) => expect(kinds(text)).toContain(kind));
  it.each([
    // Indonesian and Malay words with "ngga"; a dog seller; a bud; a master of ceremonies; Latin "ars"; Hindi "khara" (pure)
    'saya tinggal di lantai 3, hingga sore',
    'beli mangga dari tetangga, pelanggan setia',
    'penjual anjing itu ramah',
    'un capullo de rosa',
    'the MC was great, MC Stan ka concert',
    'ars longa, vita brevis',
    'ye sona ekdum khara hai',
    'mp3 and the 3rd el ma ars',
    'det skitbra',
    'ik vond een eikel in de tuin',
    'Dracula tour, de lullabies cd',
    // a time is no "pm"; Dutch sentences after a stop; an ellipsis; a hotel room
    'between 2 and 5 pm i saw it on instagram but i dont use it',
    '2 stuks per stuk. de klus is klaar',
    'neem een maat groter..  de bezorger komt',
    'nomer v gostinitse 8.30',
  ])('leaves %j alone', (text) => expect(kinds(text)).toEqual([]));
});

describe('disguises of the twenty-fifth review', () => {
  it.each([
    // an extension after a number begun with its country code
    ['Reception +44 20 7946 0321 x 104, weekdays', 'phone'],
    // a spaced "@" before a provider, after a name that looks like an address's; "at" and "dot" between plus signs
    ['email me: j.o.n.a.s @ gmail', 'email'],
    ['rita_k @ outlook works too', 'email'],
    ['priya + at + priyabakes + dot + net', 'email'],
    // a scheme and a name spaced out, any ending; a name and a path of pages, any ending
    ['h t t p : / / k e y s h o p . t e s t', 'url'],
    ['cheaper on swap-hub.example/listing/99812 honestly', 'url'],
    // a bracketed "at" between an app and a name; a name on both apps
    ['ig [at] tom.fixes', 'handle'],
    ["I'm dana_sews on both insta and tiktok", 'handle'],
    // a compound starred as its word; the North's "fook" where a swear word stands
    ['what a sh*tstorm this delivery was', 'profanity'],
    ['oh fook off with that price', 'profanity'],
    ['the fookin courier lost it', 'profanity'],
  ] as const)('finds %j (%s)', (text, kind) => expect(kinds(text)).toContain(kind));
  it.each([
    // sizes and amounts with an "x"; a plus before a number that is no country code
    'the rug is 120 x 170 cm',
    'box fits 3 x 4 x 2',
    // where someone works; a file; sums
    "I'm @ yahoo all week for work",
    'notes.pdf @ outlook, see attached',
    'two chairs + at + most one table',
    // a sentence run on over a slash; a version over a slash
    'sizes.chart/2 is wrong',
    'see v1.2/beta notes',
    // talk about an app; "fook" as a name
    "I'm on Instagram way too much, sorry for the late reply",
    "we're on tiktok far too often lol",
    'Fook Lam does the best dim sum',
    'insta (at) the moment is down',
  ])('leaves %j alone', (text) => expect(kinds(text)).toEqual([]));
});

describe('disguises of the twenty-sixth review', () => {
  it.each([
    // a number's end counted as its last digits, told before its trunk
    ['the last five are 46011 and it starts 079 00', 'phone'],
    ['starts 0161 then the last seven are 4960 001', 'phone'],
    // Discord's short names before a name with its tag; a video call's meeting ID near the app
    ['add me on dc - leo.m#0193', 'handle'],
    ['disc = kilnqueen#7720', 'handle'],
    ['teams call? meeting id: 432 987 1120', 'handle'],
    // a "1" for an "l"; a word cut in pieces of one or two letters; "shit" drawled
    ['what a load of bu11shit', 'profanity'],
    ['stop being a tw at', 'profanity'],
    ['sh it, the parcel is late', 'profanity'],
    ['sheeeit that was quick', 'profanity'],
  ] as const)('finds %j (%s)', (text, kind) => expect(kinds(text)).toContain(kind));
  it.each([
    // a reference counted the same way; a day's digits
    'order starts 04512 and the last six are 123456',
    'the last four are 2024 and it starts 0800',
    // a disc, a warehouse's order, a meeting with no ID
    'the brake disc: 2 pads#1234 each',
    'DC order#4471 shipped today',
    'the meeting is on zoom at 3',
    // short words that join into none; "sheet"; Japanese words with "shita"
    'put a deposit down, is it ok to go?',
    "it's hit or miss with that courier",
    'a sheeet of bubble wrap',
    'a shitajiki and some pens, in the Shitamachi shop',
  ])('leaves %j alone', (text) => expect(kinds(text)).toEqual([]));
});

describe('disguises of the twenty-seventh review', () => {
  it.each([
    // a Latin app name and its "ID" written into Japanese, Chinese or Korean, then a Latin name
    ['LINE IDは ken.photo です', 'handle'],
    ['我的 wechat ID 是 mei_88', 'handle'],
    ['kakao id는 minji_22 입니다', 'handle'],
    // the names and brands below are whitelisted words only: the swear word beside them still counts
    ['Harshit is a dickhead', 'profanity'],
    ['Dickies? what a load of shit', 'profanity'],
    ['you know jackshit about bikes', 'profanity'],
  ] as const)('finds %j (%s)', (text, kind) => expect(kinds(text)).toContain(kind));
  it.each([
    // an app's ID refused or not given
    'LINE ID は教えられません',
    'line id 交換はお断りしています',
    // Indian names ending in "-shit"; the workwear brand and surnames made from Dick
    'Rakshit and Parikshit will collect it, Harshit pays',
    'Dr Lakshit Dikshit signed the report',
    'Dickies 874 work trousers, barely worn',
    'the Dickson and Dickerson families share the drive',
  ])('leaves %j alone', (text) => expect(kinds(text)).toEqual([]));
});

describe('disguises of the twenty-eighth review', () => {
  it.each([
    // a UPI payment address (VPA): a name and its issuer's handle, no ending after the "@"
    ['UPI: priya.m@oksbi', 'handle'],
    ['send it to 9123456780@ybl once it arrives', 'handle'],
    ['pay arjun_k@paytm before pickup', 'handle'],
    ['gpay karthik.r@okhdfcbank', 'handle'],
    // any issuer's handle where the message says UPI
    ['my upi id is meera.k@newbank', 'handle'],
    // Scheiße with leetspeak's digits for its vowels, and its compounds
    ['Sch31ße, schon wieder kaputt', 'profanity'],
    ['so ein sche1ßladen', 'profanity'],
    // a date range in front of a real number does not hide it
    ['weg 12.05.–19.05., sonst 0171 2345678', 'phone'],
  ] as const)('finds %j (%s)', (text, kind) => expect(kinds(text)).toContain(kind));
  it.each([
    // UPI named, no address given
    'I can pay by UPI or cash on pickup',
    'meet @ the gate, UPI on the spot',
    // German date ranges, a dash between two day.month dates (a stop or a year after the month or not)
    'available 03.07.–10.07., danach wieder ab 14.07.',
    'Urlaub 28.12. - 04.01., Abholung danach',
    'ausgebucht 21.08.–29.08.2025',
    'closed 25.11–30.11 for stocktaking',
  ])('leaves %j alone', (text) => expect(kinds(text)).toEqual([]));
  it('reads a swear word\'s "@" beside "UPI" as the swear word, no address', () => expect(kinds('UPI only, dumb@ss')).toEqual(['profanity']));
});

describe('disguises of the twenty-ninth review', () => {
  it.each([
    // "at", the providers, "dot" and "com" spelled in Tamil, Persian, Urdu and Bengali letters
    ['என் மெயில் priya.s அட் ஜிமெயில் டாட் காம்', 'email'],
    ['ایمیل من sara.k اَت جیمیل دات کام', 'email'],
    ['mera email imran.ali ایٹ یاہو ڈاٹ کام', 'email'],
    ['ইমেইল karim.h অ্যাট ইয়াহু ডট কম', 'email'],
    // swear words of Persian, Czech, Romanian, Malay, British English, Swahili and Tamil
    ['ای کصکش', 'profanity'],
    ['Ty zmrde jeden', 'profanity'],
    ['To je căcat', 'profanity'],
    ['pukimak betul', 'profanity'],
    ['what a cockwomble', 'profanity'],
    ['kuma mama yako', 'profanity'],
    ['தேவிடியா மகனே', 'profanity'],
    // "in" after a number is the preposition before "case", "a", "the": no inches
    ["my sister's number is 07700-900-884 in case I'm out", 'phone'],
    ["the wife's number is 020 7946 0018 in the evening", 'phone'],
    // a site at Austria's ending still is one where no sentence goes on
    ['shop dot at', 'url'],
  ] as const)('finds %j (%s)', (text, kind) => expect(kinds(text)).toContain(kind));
  it.each([
    // Bengali "কম" (less) and "ডট" with no address around them
    'দাম একটু কম হবে? rahim বলেছে ডট দেওয়া লাইনে',
    // "dot at" and what the preposition takes
    'a white polka dot at the hem',
    'put a red dot at the top of the i',
    'Kuma the bear cafe',
    'cacatua is a cockatoo genus',
    'screen 65 in, bezel 0.3 in',
  ])('leaves %j alone', (text) => expect(kinds(text)).toEqual([]));
});

describe('disguises of the thirtieth review', () => {
  it.each([
    // Swedish, Norwegian and Danish "get in touch" before an app; Korean and Japanese "search" for an open chat or a name on one
    ['hör av er på Signal så bokar vi', 'handle'],
    ['hør av deg på Signal', 'handle'],
    ['ta kontakt på WhatsApp', 'handle'],
    ["카톡 오픈채팅 '부산캠핑' 검색해주세요", 'handle'],
    ['LINEで「大阪レンタカー」を検索してください', 'handle'],
    // Italian "porca troia", a doubled letter spaced out, Greek πουτάνα and γαμιέσαι, "ρε μαλάκα", "malaka" before a sentence
    ['porca troia!', 'profanity'],
    ['che c a z z o fai', 'profanity'],
    ['δεν έχει πουτάνα', 'profanity'],
    ['γαμιέσαι', 'profanity'],
    ['ρε μαλάκα τι έκανες', 'profanity'],
    ["malaka, my car won't start", 'profanity'],
    // Swedish "fan" in its curses, and "fuck" with "ph" starred
    ['fan ta dig', 'profanity'],
    ['vad fan gör du', 'profanity'],
    ['ph*cking idiot', 'profanity'],
    // a number called one, or not a part number's, stays one beside a carmaker's name or a part
    ['call Renault on 0800 123 4567', 'phone'],
    ['call Toyota 07700 900123', 'phone'],
    ['Suzuki 090-1234-5678', 'phone'],
    ['Mercedes 612 345 678', 'phone'],
    ['ring me 07700 900461 about the brake pads', 'phone'],
    ['07700 900461 for the pads', 'phone'],
    ['Zadzwoń 601 234 567, klocki są nowe', 'phone'],
    ['+44 7700 900461 brake pads', 'phone'],
    // a maker's name alone before a valid mobile number is not enough: 7700 274 177 is an Indian mobile as written
    ['Renault 7700 274 177', 'phone'],
    // a site on Nauru's ending with a longer name, or with a path
    ['see cenpac.net.nr', 'url'],
  ] as const)('finds %j (%s)', (text, kind) => expect(kinds(text)).toContain(kind));
  it.each([
    // "hör av dig" with no app, "signal" the word; Korean search with no invitation, or a refusal
    'the signal light is broken, hör av dig om du vill köpa',
    'hör av dig här i chatten',
    '카톡 검색 기능이 좋아요',
    '인스타 검색하면 나와요',
    '카톡 오픈채팅은 안 해요',
    // Troy, the place; "fan" the English word and the start of Swedish ones
    'Troia è una città antica',
    'ho visitato Troia in Portogallo',
    'the fan belt squeals',
    "I'm a big fan, also of IKEA",
    'Fan, heater and lamp included',
    'fantastiskt skick',
    // Malaka, the place, named with what it is
    'Malaka, the port town, has great food',
    'Malaka, the old town is lovely',
    'το σπίτι είναι μαλακό',
    'photo of the ph.d',
    // part numbers after a maker, a part word or "part number" in Polish and Spanish, or before the part
    'Honda 45022-S9A-E50 front pads',
    'OEM 1K0 698 151 A rear pads',
    'Audi 8E0 615 301 Q',
    'Renault 7700 274 177 timing kit, unused',
    'Mercedes A 000 420 12 20',
    'numer części 8E0 615 301 Q',
    'n° de pieza 7701 208 265',
    'Toyota 04465-02220 front pads',
    // "reg.nr", "org.nr": Scandinavian "number"
    'reg.nr ABC 123, besiktigad i maj',
    'org.nr 556677-8899',
  ])('leaves %j alone', (text) => expect(kinds(text)).toEqual([]));
});

describe('a part number beside a maker is no mobile number (round 30 regression)', () => {
  // A mobile number straight after a carmaker's or parts maker's name, OEM or "genuine" stays a phone number, in each country's
  // mobile range, with and without separators.
  it.each([
    ['Audi 07911 123456', '07911 123456'],
    ['Audi 07911123456', '07911123456'],
    ['genuine 07700 900123', '07700 900123'],
    ['genuine 07700900123', '07700900123'],
    ['OEM 07400 123 456', '07400 123 456'],
    ['BMW 0176 23456789', '0176 23456789'],
    ['Opel 015123456789', '015123456789'],
    ['VW 0160-1234567', '0160-1234567'],
    ['Peugeot 06 12 34 56 78', '06 12 34 56 78'],
    ['Renault 0612345678', '0612345678'],
    ['Volvo 06 12345678', '06 12345678'],
    ['Skoda 06-12345678', '06-12345678'],
    ['Mazda 0412 345 678', '0412 345 678'],
    ['Hyundai 0412345678', '0412345678'],
    ['Fiat 612 345 678', '612 345 678'],
    ['Citroen 712345678', '712345678'],
    ['Fiat 333 123 4567', '333 123 4567'],
    ['Lancia 3331234567', '3331234567'],
    ['Mercedes A 0176 23456789', '0176 23456789'],
    // a part word after a mobile number, with no maker's name or "part number" before it, is no part number
    ['07911 123456 kit', '07911 123456'],
    ['0176 23456789 filter', '0176 23456789'],
    ['hmu 07911123456 hose', '07911123456'],
    ['06 12 34 56 78 plaquettes', '06 12 34 56 78'],
  ])('finds the mobile in %j', (text, phone) => expect(found(text)).toContainEqual(['phone', phone]));
  // Part numbers with the part named after them, or "part number" before them, or no mobile's shape, stay clean.
  it.each([
    'Renault 7700 274 177 timing kit, unused',
    'Toyota 04465-02220 front pads',
    'Mercedes A 000 420 12 20 brake pads, genuine',
    'numer części 8E0 615 301 Q, tarcza przednia',
    'Audi 8E0 615 301 Q',
    'genuine 0412 345 678 front pads',
    'codice ricambio 333 123 4567',
  ])('leaves %j alone', (text) => expect(kinds(text)).toEqual([]));
});

describe('disguises of the thirty-first review', () => {
  it.each([
    // Korean "dot" as 점 or 쩜, "at" as 앳, "dot com" as 닷컴, the providers in Hangul, written against the Latin name or
    // spaced; Japanese "at" and "dot" in hiragana
    ['minji.k 골뱅이 naver 점 com', 'email'],
    ['minji.k 골뱅이 naver 쩜 co 쩜 kr', 'email'],
    ['minji99골뱅이naver점com', 'email'],
    ['minji.k 앳 gmail 닷 com', 'email'],
    ['minji.k 골뱅이 네이버 닷컴 으로 보내주세요', 'email'],
    ['minji.k 골뱅이 지메일 쩜 컴', 'email'],
    ['sato.k あっと gmail どっと com', 'email'],
    // after "www" and a name, any real ending, the dots spaced, spelled or bracketed
    ['www . brightmop . london for prices', 'url'],
    ['www dot brightmop dot plumbing', 'url'],
    ['www(.)brightmop(.)berlin', 'url'],
    ['www. brightmop. nyc', 'url'],
    ['www 점 brightmop 점 kr', 'url'],
    // "goddamn", "dammit" and their forms; a starred word where a swear word stands
    ['goddamn it, the piano is stuck', 'profanity'],
    ['the goddamned van is late', 'profanity'],
    ['goddammit, late again', 'profanity'],
    ['dammit', 'profanity'],
    ['d*mmit, late again', 'profanity'],
    ['get the f*** out of my driveway', 'profanity'],
    ['who the f*** parked here', 'profanity'],
    ['cold as f***', 'profanity'],
    ["I don't give a s***", 'profanity'],
    ['s*** happens', 'profanity'],
    // Greek γαμώ and its forms, in Greek and as Greeks type it in Latin letters
    ['γαμώ το, πάλι αργεί', 'profanity'],
    ['γαμώ την τύχη μου', 'profanity'],
    ['γαμημένο φορτηγό', 'profanity'],
    ['γαμιέται', 'profanity'],
    ['γαμιόλη', 'profanity'],
    ['gamw to, argei pali', 'profanity'],
    ['gamimeno amaksi', 'profanity'],
    // an invitation to the app is still one with a negation after it or "it's fine" between
    ['LINEで連絡ください、メールではなく', 'handle'],
    ['LINEでも構わないので連絡ください', 'handle'],
    ['加微信，这里联系不方便', 'handle'],
    // the review: a negation about something else, after a clause break, or of one app before another's invitation
    ['微信不用备注，直接加我', 'handle'],
    ['LINEの方が早いじゃない、追加して', 'handle'],
    ['微信没有，QQ加我', 'handle'],
    ['LINE不用了，加我QQ 12345', 'handle'],
    ['LINE持ってないならカカオ追加して', 'handle'],
    ['LINEじゃなくてもいいよ、カカオで連絡して', 'handle'],
    // the review: address words run together with no Latin between
    ['jisoo99앳네이버점컴', 'email'],
    ['kim골뱅이지메일닷컴', 'email'],
  ] as const)('finds %j (%s)', (text, kind) => expect(kinds(text)).toContain(kind));
  it.each([
    // Japanese and Chinese: the app not used, had or done, and an invitation to this chat
    'LINEはやっていないので、このチャットで連絡しますね',
    'LINE使ってないから、こちらで連絡お願いします',
    'ラインは持っていないので、アプリ内で連絡しましょう',
    'ご連絡はLINEではなく、このチャットでお願いします',
    'LINEよりこのチャットで連絡しましょう',
    '微信我不用，在这里聊吧',
    // 점 as a score's point and inside words; あっと in "in an instant"
    '편의점에서 만나요, 3점 드려요',
    '별점 5 점 드려요',
    'あっという間に届きました',
    'the www . is down . again',
    // German "damit", Hindi "godam" (a warehouse), a dam; a starred grade or a name
    'Ich komme damit klar',
    'maal godam mein hai',
    'the dam it sits on is old',
    'known as B*** on the forum',
    'rated A*** by the council',
    // the review: a starred name before "knows" or "out", or after "known as"
    'Mr. T*** knows the address',
    'ask P*** out front',
    'known as S*** in the shop',
    // γάμος, γάμο (a wedding), γαμπρός (a groom)
    'κάνουμε γάμο το Σάββατο',
    'ο γάμος είναι το Σάββατο',
    'ο γαμπρός ήρθε',
  ])('leaves %j alone', (text) => expect(kinds(text)).toEqual([]));
});

describe('disguises of the thirty-second review', () => {
  // An app's long name typed with one slip: two letters swapped, one left out or one doubled.
  it.each([
    ['hit me up on telegarm @carlosmoto', 'telegarm @carlosmoto'],
    ['add me on instagarm: lena.bakes', 'instagarm: lena.bakes'],
    ['whatsap me when you are outside', 'whatsap me'],
    ['my snapchta is jdoe22', 'snapchta is jdoe22'],
    ['facebok: anna.kowalska', 'facebok: anna.kowalska'],
    ['text me on whastapp', 'whastapp'],
    ['message me on telegam', 'telegam'],
    ['isntagram: lena.bakes', 'isntagram: lena.bakes'],
    ['t e l e g a r m: @carlosmoto', 't e l e g a r m: @carlosmoto'],
  ] as const)('finds the app in %j', (text, span) => expect(found(text)).toContainEqual(['handle', span]));
  it.each([
    // the slip's name said of the app, not as a way to talk; ordinary words near the slips, and shorter names' slips
    'the telegarm bill was paid',
    'the telegram bill was paid',
    'instagarm is down again',
    'send a telegram to grandma',
    'the birds titter and witter all morning',
    'a discord between the sellers',
    'the messenger brought it: a mesenger bag',
    'the telegraph office is closed',
    'snap the cat a treat',
  ])('leaves %j alone', (text) => expect(kinds(text)).toEqual([]));

  // Look-alikes of the symbols leetspeak reads as letters: "¡" and "ǃ" for "!", "¦" and "ǀ" for "|", and "|" for an "i" or an "l".
  it.each([
    ['sh¡t, I dropped the phone screen', 'sh¡t'],
    ['b¡tch please', 'b¡tch'],
    ['what a pr¡ck', 'pr¡ck'],
    ['sh¡thead', 'sh¡thead'],
    ['s h ¡ t', 's h ¡ t'],
    ['shǃt', 'shǃt'],
    ['sh|t happens', 'sh|t'],
    ['b|tch', 'b|tch'],
    ['bu¦¦shit', 'bu¦¦shit'],
    ['sheee!t', 'sheee!t'],
    ['sche¡ße', 'sche¡ße'],
    ['kurwa¡', 'kurwa'],
  ] as const)('finds %j', (text, span) => expect(found(text)).toContainEqual(['profanity', span]));
  it.each([
    // Spanish opens an exclamation with "¡"; a table's bars; a "¡" in a clean word
    '¡Hola! ¿qué tal?',
    '¡Qué bonito!',
    '¡diez euros!',
    'wh¡ch one is it',
    'size | colour | price',
    'a|b|c',
    'sh¡p it tomorrow',
    'b¦ue or red',
  ])('leaves %j alone', (text) => expect(kinds(text)).toEqual([]));

  // Russian swear words cut up by stops, dashes, stars or spaces, also where no letter is a Latin look-alike ("б.л.я.д.ь")
  it.each([
    ['б.л.я.т.ь, где ключи', 'б.л.я.т.ь,'],
    ['б.л.я.д.ь', 'б.л.я.д.ь'],
    ['б л я т ь, где ключи', 'б л я т ь'],
    ['б-л-я-т-ь', 'б-л-я-т-ь'],
    ['б*л*я*т*ь', 'б*л*я*т*ь'],
    ['б.л.я', 'б.л.я'],
    ['е.б.а.т.ь', 'е.б.а.т.ь'],
    ['х.у.й', 'х.у.й'],
    ['п.и.з.д.е.ц', 'п.и.з.д.е.ц'],
    ['б. л. я. т. ь', 'б. л. я. т. ь'],
    ['х. у. й', 'х. у. й'],
    ['f. u. c. k', 'f. u. c. k'],
  ] as const)('finds %j', (text, span) => expect(found(text)).toContainEqual(['profanity', span]));
  it.each([
    'с.у.б.б.о.т.а',
    'т.е.л.е.ф.о.н',
    'г.д.е к.л.ю.ч.и',
    'т. е. в субботу',
    'и т. д. и т. п.',
    'б. у. телефон',
    'г. Москва, ул. Ленина',
    'J. R. R. Tolkien, three books',
    'open 9 a. m. to 5 p. m.',
  ])('leaves %j alone', (text) => expect(kinds(text)).toEqual([]));
  // a script without spaces is read as it stands: its swear word is masked, not the words a comma joins to it
  it('masks a Cantonese swear word, not its sentence', () => expect(found('仆街，又呃錢')).toEqual([['profanity', '仆街']]));

  // The ad's (offer's) number named right before a number no longer makes it the ad's (round 32's listing rule was withdrawn
  // after review: it let phones through): a phone-shaped number after those words is read as one, as before round 32.
  it.each([
    'numer ogłoszenia 7734 1209 88',
    'numer ogłoszenia to 7734 1209 88',
    'číslo inzerátu je 7734 1209 88',
    'número de anuncio 7734 1209 88',
    'número del anuncio: 7734 1209 88',
    'nº do anúncio 7734 1209 88',
    "numero dell'annuncio 7734 1209 88",
    "numéro de l'annonce 7734 1209 88",
    'număr anunț 7734 1209 88',
    'hirdetés száma 7734 1209 88',
    'broj oglasa 7734 1209 88',
    'ilmoituksen numero 7734 1209 88',
    'номер объявления 7734 1209 88',
    'номер оголошення 7734 1209 88',
    'nomor iklan 7734 1209 88',
  ])('reads the number in %j as a phone', (text) => expect(found(text)).toEqual([['phone', '7734 1209 88']]));
  it.each([
    ['numer ogłoszenia +48 601 234 567', '+48 601 234 567'],
    ['zadzwoń na numer 601 234 567 w sprawie ogłoszenia', '601 234 567'],
    ['o número está no anúncio: 912 345 678', '912 345 678'],
    ['mój numer 601 234 567', '601 234 567'],
  ] as const)('still finds the phone number in %j', (text, span) => expect(found(text)).toEqual([['phone', span]]));
  it.each([
    ['numer ogłoszenia 7734 1209 88, 601 234 567', '601 234 567'],
    ['numer ogłoszenia 7734 1209 88, dzwoń 601 234 567', '601 234 567'],
    ['numer ogłoszenia 7734 1209 88. Mój numer: 601 234 567', '601 234 567'],
    ['número de anuncio 7734 1209 88, llámame al 612 345 678', '612 345 678'],
  ] as const)('finds both numbers in %j', (text, span) =>
    expect(found(text)).toEqual([
      ['phone', '7734 1209 88'],
      ['phone', span],
    ]),
  );
});

describe('mends of the thirty-second review', () => {
  // A clean line is read to its end: a check that failed would hold the message with no violation (status "flagged").
  const clean = (text: string) => expect(policy.review(text)).toMatchObject({ status: 'clean', violations: [] });

  // A phone number after the ad's words is found (the listing rule, and its trunk-prefix and country reading, were withdrawn).
  it.each([
    ["le numéro de l'annonce est 06 12 34 56 78", '06 12 34 56 78'],
    ["numéro d'annonce 0612345678", '0612345678'],
    ['n° annonce 06 12 34 56 78', '06 12 34 56 78'],
    ["numéro de l'offre 06.12.34.56.78", '06.12.34.56.78'],
    ["numéro d'annonce 01 42 68 53 00", '01 42 68 53 00'],
    ['el número del anuncio es 612 345 678', '612 345 678'],
    ['número de oferta: 612 345 678', '612 345 678'],
    ['o número do anúncio é 912 345 678', '912 345 678'],
    ["il numero dell'annuncio è 347 123 4567", '347 123 4567'],
    ['numero offerta 347 1234567', '347 1234567'],
    ['numer ogłoszenia to 601-234-567', '601-234-567'],
    ['номер объявления 8 912 345 67 89', '8 912 345 67 89'],
    ['nomor iklan 0812 3456 7890', '0812 3456 7890'],
    ['broj oglasa 091 234 5678', '091 234 5678'],
    ["numéro d'annonce 07911 123456", '07911 123456'],
    ['numer ogłoszenia 773 412 0988', '773 412 0988'],
  ] as const)('finds the phone number in %j', (text, span) => expect(found(text)).toEqual([['phone', span]]));
  // What the second review found the listing rule let through: a country code without '+', a landline without its trunk
  // prefix, another country's number.
  it.each([
    ['numer ogłoszenia 48 601 234 567', '48 601 234 567'],
    ['número de anuncio 0034612345678', '0034612345678'],
    ['номер объявления 79123456789', '79123456789'],
    ['numer ogłoszenia 22 123 45 67', '22 123 45 67'],
    ["numéro d'annonce 601 234 567", '601 234 567'],
  ] as const)('finds the phone number in %j', (text, span) => expect(found(text)).toEqual([['phone', span]]));
  // A number that may be the ad's is read as a phone all the same: recall of phones comes before this false positive.
  it.each([
    ['numer ogłoszenia 7734 1209 88', '7734 1209 88'],
    ['número de anuncio: 2048 5531 77', '2048 5531 77'],
    ["numéro d'annonce 2458771933", '2458771933'],
    ['номер объявления 2398471123', '2398471123'],
    ['číslo inzerátu 1234 5678 90', '1234 5678 90'],
    ["il numero dell'annuncio è 1287 4456 21", '1287 4456 21'],
  ] as const)('reads the number in %j as a phone', (text, span) => expect(found(text)).toEqual([['phone', span]]));

  // A stop after one letter of a run spaced without stops ends the sentence; runs of initials are read apart.
  it.each([
    ['you are a p r i c k. I want a refund', 'p r i c k'],
    ['k u r w a. k u r w a', 'k u r w a'],
    ['w h o r e. w h o r e', 'w h o r e'],
    ['c a z z o. a domani', 'c a z z o'],
    ['с у к а. я жду', 'с у к а'],
    ['б л я т ь. я устал', 'б л я т ь'],
    ['б. л. я. т. ь', 'б. л. я. т. ь'],
    ['х. у. й', 'х. у. й'],
    ['f. u. c. k', 'f. u. c. k'],
    ['o k c. u. n. t.', 'c. u. n. t'],
    ['hello b. a. s. t. a. r. d.', 'b. a. s. t. a. r. d'],
    ['o. F. n i g g e r', 'n i g g e r'],
  ] as const)('finds %j', (text, span) => expect(found(text)).toContainEqual(['profanity', span]));
  it.each(['J. R. R. Tolkien, three books', 'open 9 a. m. to 5 p. m.', 'т. е. в субботу', 'и т. д. и т. п.', 'a p p l e. I want two'])('leaves %j alone', clean);

  // A Cyrillic initial or a place's abbreviation before a capitalised name is no swear word cut by a stop.
  it.each([
    'Автор: Е.Балашов, издание 1985 г.',
    'Е.Балашова, рецепты',
    'Редактор Е.Бандура',
    'Е.Банников, стихи',
    'Е.Бучинский',
    'Е.Блохин, футбол',
    'Учебник М.Удаков',
    'З.Алупов, роман',
    "П.Издательство 'Наука'",
    'п.Издешково, Смоленская обл.',
    'х.Уютный, доставка',
    'ул.Ленина, 5',
  ])('leaves %j alone', clean);
  it.each([
    ['б.л.я.т.ь', 'б.л.я.т.ь'],
    ['е.б.а.т.ь', 'е.б.а.т.ь'],
    ['х.у.й', 'х.у.й'],
    ['е.бал', 'е.бал'],
    ['Х.Уй', 'Х.Уй'],
  ] as const)('finds %j', (text, span) => expect(found(text)).toContainEqual(['profanity', span]));

  // ...but only where the joined letters run past the swear word, as a surname does: an initial and a capital before a swear
  // word, or one with an inflection ending, are the swear word cut by a stop.
  it.each([
    ['Б.Лядь', 'Б.Лядь'],
    ['Х.Уйня', 'Х.Уйня'],
    ['Х.Уйло', 'Х.Уйло'],
    ['П.Издец', 'П.Издец'],
    ['П.Идор', 'П.Идор'],
    ['М.Удак', 'М.Удак'],
    ['Е.Бать', 'Е.Бать'],
    ['З.Алупа', 'З.Алупа'],
    ['У.Ебок', 'У.Ебок'],
    ['Д.Олбоеб', 'Д.Олбоеб'],
    ['X.Уйня', 'X.Уйня'],
    ['ну ты М.Удак!', 'М.Удак'],
    ['Б.Лядь опять опоздал', 'Б.Лядь'],
  ] as const)('finds %j', (text, span) => expect(found(text)).toContainEqual(['profanity', span]));
  it.each(['Е.Балашов', 'Е.Балашова', 'Е.Бандура', 'Е.Банников', 'Е.Бучинский', 'Е.Блохин', 'М.Удаков', 'З.Алупов', 'П.Издательство', 'п.Издешково', 'х.Уютный', 'П.Издрик', 'А.Лядов, композитор'])(
    'leaves the initial and name %j alone',
    clean,
  );

  // A slip that is a word: German "Telegramm"; the app's other slips are still the app.
  it.each(['Original Telegramm 1944', 'Telegramm 1944 Feldpost', 'Originales Telegramm 1944, Feldpost, 25 Euro'])('leaves %j alone', clean);
  it('still finds a slipped app', () => expect(found('add me on telegarm @bikeguy22')).toContainEqual(['handle', 'telegarm @bikeguy22']));
});

describe('disguises of the thirty-third review', () => {
  // Hungarian number words: the tens, the teens and tens joined to their unit ("tizennyolc" 18, "hatvanhét" 67) and a hundred
  // with its unit and the rest in one word ("négyszázhuszonegy" 421).
  it('writes Hungarian, Turkish and Greek tens and hundreds as digits', () => {
    expect(contactView(baseView('nulla hat húsz négyszázhuszonegy hatvanhét nyolcvan')).text).toBe('0 6 20 421 67 80');
    expect(contactView(baseView('kétszázötvenhat tizennyolc kilencvenkilenc')).text).toBe('256 18 99');
    // Turkish "on" is ten before a unit or after a hundred ("üç yüz on bir" 311, "üç yüz on" 310), English "on" elsewhere.
    expect(contactView(baseView('sıfır beş yüz kırk iki, üç yüz on bir, yirmi iki')).text).toBe('0 542 311 22');
    expect(contactView(baseView('üç yüz on, kırk beş')).text).toBe('310 45');
    expect(contactView(baseView('put it on one two three')).text).toBe('put it on 1 2 3');
    // Greek tens and hundreds as the base view writes them ("τριάντα" reads "tpiavta").
    expect(contactView(baseView('έξι εννιά εννιά, τριάντα ένα, είκοσι δύο, δεκαεννιά')).text).toBe('6 9 9 31 22 19');
    expect(contactView(baseView('τριακόσια σαράντα ένα, εκατόν είκοσι')).text).toBe('341 120');
  });
  it.each([
    ['a számom: nulla hat, harminc, kétszázötvenhat, tizennyolc, kilencvenkilenc', 'nulla hat, harminc, kétszázötvenhat, tizennyolc, kilencvenkilenc'],
    ['hívj: nulla hat húsz háromszáztizenkettő negyvenöt hatvan', 'nulla hat húsz háromszáztizenkettő negyvenöt hatvan'],
    ['sıfır beş yüz elli üç, yüz on iki, on dört, on dokuz', 'sıfır beş yüz elli üç, yüz on iki, on dört, on dokuz'],
    ['numaram sıfır beş üç iki, üç yüz on, kırk beş, altmış', 'sıfır beş üç iki, üç yüz on, kırk beş, altmış'],
    ['έξι εννιά επτά, σαράντα δύο, δεκαεννιά, εξήντα πέντε, οκτώ', 'έξι εννιά επτά, σαράντα δύο, δεκαεννιά, εξήντα πέντε, οκτώ'],
    ['τηλ: εξι εννια οκτω τριακοσια σαραντα ενα, ογδοντα δυο, δεκα', 'εξι εννια οκτω τριακοσια σαραντα ενα, ογδοντα δυο, δεκα'],
    // an l typed for a 1 in a group of two
    ['appelle-moi au O7 l8 22 4l 93', 'O7 l8 22 4l 93'],
    ['06 l2 34 5l 78', '06 l2 34 5l 78'],
  ] as const)('finds the phone number in %j', (text, span) => expect(found(text)).toContainEqual(['phone', span]));
  it.each([
    // prices, counts and a town: the new number words alone or listed make no phone number
    'az ár négyszázhuszonegy ezer forint, alkuképes',
    'tíz, húsz, harminc, negyven, ötven darab',
    'Hatvan és Gödöllő között, húsz perc',
    'on iki ay taksit, yüz on lira',
    'saat on birde buluşalım, on bir kişi',
    'η τιμή είναι εκατόν είκοσι ευρώ, τριακόσια με παράδοση',
    'δέκα, είκοσι, τριάντα, σαράντα, πενήντα',
    // litres, levels, sizes and processors: an l or an i beside a digit that is no disguised number
    'canisters 5l 6l 8l 9l',
    'Sizes l2 l3 l4 l5 l6',
    'floor L2, room 45, 12:30',
    'i5 8 16 512 ssd',
  ])('leaves %j alone', (text) => expect(kinds(text)).toEqual([]));

  // Handles: Portuguese "no" (on the) after an invitation and an adverb of place; "rather via" the app in six languages.
  it.each([
    ['me segue aqui no insta: @lojadamari', 'insta: @lojadamari'],
    ['me chama aí no zap', 'zap'],
    ['lieber über Telegram, das geht schneller', 'Telegram'],
    ['liever op Telegram, gaat sneller', 'Telegram'],
    ['radši přes whatsapp', 'whatsapp'],
    ['лучше в телеграм, там удобнее', 'телеграм'],
    ['краще у вайбер', 'вайбер'],
    ['lepiej na whatsapp', 'whatsapp'],
  ] as const)('finds the app in %j', (text, span) => expect(found(text)).toContainEqual(['handle', span]));
  it.each([
    // how to pay or send, and "better" said of a place that is no app
    'lieber per PayPal',
    'lieber per Überweisung oder per Post',
    'лучше в магазине посмотреть',
    'Lieber Max, per WhatsApp geht es nicht',
    'lieber nicht über WhatsApp, hier ist besser',
  ])('leaves %j alone', (text) => expect(kinds(text)).toEqual([]));

  // An address without its "@": a name that looks like one, then "on gmail" where the clause ends.
  it.each([
    ['anna.k22 on hotmail, write me', 'anna.k22 on hotmail'],
    ['write to lena_b via yahoo.', 'lena_b via yahoo'],
    ['robmoves88 on gmail', 'robmoves88 on gmail'],
  ] as const)('finds the address in %j', (text, span) => expect(found(text)).toContainEqual(['email', span]));
  it.each(['my pixel7 on gmail backup', 'synced the iphone12 on gmail.', 'v2.1 on yahoo', 'I am on gmail, not outlook', 'report.pdf on gmail'])('leaves %j alone', (text) =>
    expect(kinds(text)).toEqual([]),
  );

  // Profanity: Czech "kurva" in its cases, Spanish and Portuguese "cabrón" in the plural and as "cabrão", Arabic "خرا" (shit), a "v"
  // typed for a "u".
  it.each([
    ['ty jedna kurvo!', 'kurvo'],
    ['ty kurvy jedny', 'kurvy'],
    ['são uns cabrões', 'cabrões'],
    ['és mesmo um cabrão', 'cabrão'],
    ['estos cabrones me robaron', 'cabrones'],
    ['هذا خرا', 'خرا'],
    ['what a cvnt', 'cvnt'],
    ['pvssy', 'pvssy'],
    ['slvt', 'slvt'],
  ] as const)('finds %j', (text, span) => expect(found(text)).toContainEqual(['profanity', span]));
  it.each([
    // German "Kurve", a goat, Arabic "maps" and "other", and "v" words
    'die Kurve ist scharf',
    'a cabra deu leite',
    'خرائط جوجل',
    'مرة أخرى',
    'pvc pipes and dvd',
    'cv attached, cvs pharmacy',
  ])('leaves %j alone', (text) => expect(kinds(text)).toEqual([]));

  // "anal" ending a longer word is another word's ending (Turkish "sanal", German "Kanal", Hungarian "-ánál"); Bitche, the town in
  // Moselle, written as a name.
  it.each(['sanal tur', 'Kanal 5 Programm', 'a bolt sarkánál várok', 'Találkozzunk a metró kijáratánál', 'Livraison à Metz ou Bitche', 'Bitche est à 20 km'])(
    'leaves %j alone',
    (text) => expect(kinds(text)).toEqual([]),
  );
  it.each([
    ['anal', 'anal'],
    ['you Bitche', 'Bitche'],
    ['BITCHE', 'BITCHE'],
    ['bitche', 'bitche'],
  ] as const)('still finds %j', (text, span) => expect(found(text)).toContainEqual(['profanity', span]));
});

describe('mends of the thirty-third review', () => {
  const clean = (text: string) => expect(kinds(text)).toEqual([]);

  // 1. "Bitche" is the town only where the text places it, not by its capital: called at someone, it is the insult.
  it.each(['Hey Bitche, pay up', 'Bitche, where is my money?', 'Shut up Bitche', 'Bye Bitche', 'Bitche please', 'Get lost Bitche', 'Bitche you owe me', 'Bitche, I waited 20 minutes'])(
    'finds the insult in %j',
    (text) => expect(found(text)).toContainEqual(['profanity', 'Bitche']),
  );
  it.each([
    "Bitche, c'est à 30 minutes de Sarreguemines",
    'Bitche is 20 km from the border',
    'Bitche (Moselle), retrait sur place',
    'Treffen am Bahnhof in Bitche',
    'Abholung bei Bitche oder nach Bitche',
    'gare de Bitche, 14h',
    'the citadel of Bitche',
    'Bitche, en Moselle',
  ])('leaves the town in %j alone', clean);

  // 2. "Rather via" the app is an invitation said first or after "write me", not negated, compared, or told of someone else.
  it.each([
    ['lieber per WhatsApp, geht schneller', 'WhatsApp'],
    ['лучше в вотсап, там быстрее', 'вотсап'],
    ['Schreib mir lieber per WhatsApp', 'WhatsApp'],
    ['Napište mi radši na WhatsApp', 'WhatsApp'],
    ['lepiej przez WhatsAppa, szybciej odpisuję', 'WhatsAppa'],
    ['lepiej na Messengerze, tu rzadko zaglądam', 'Messengerze'],
    ['lepiej na Telegramie', 'Telegramie'],
    ['radši na Whatsappu', 'Whatsappu'],
    ['лучше в вотсапе, там быстрее', 'вотсапе'],
    ['лучше через телеграм, тут неудобно', 'телеграм'],
    ['краще через телеграм', 'телеграм'],
    ['Radšej cez WhatsApp, je to rýchlejšie', 'WhatsApp'],
    ['liever op WhatsApp, dan kan ik sneller antwoorden', 'WhatsApp'],
  ] as const)('finds the app in %j', (text, span) => expect(found(text)).toContainEqual(['handle', span]));
  it.each([
    'Лучше в телеграм не пишите, я там редко бываю',
    'Лучше в вотсап не пиши, я им не пользуюсь.',
    'Nepište mi radši na WhatsApp, tady je to lepší.',
    'лучше в телеграм, чем в вк, новости читать',
    'Die Oma schreibt lieber per WhatsApp als per SMS.',
    'Meine Oma ist lieber bei WhatsApp als bei Facebook.',
    'Ich finde lieber auf Instagram Inspiration als auf Pinterest.',
    'Ik zit liever op Instagram dan op Facebook.',
    'Mein Sohn spielt lieber auf Discord.',
    'Sie schreibt lieber per WhatsApp.',
    'lepiej przez WhatsAppa niż przez SMS pisać z babcią',
  ])('leaves %j alone', clean);

  // 3. A size in litres is no group with an l for a 1.
  it.each(['Engine 2.0l 1.6l 1.4l 1.2l, all petrol.', 'Bottles: 0,5l 1,5l 2l 5l 10l, all sealed.', 'Bottles 0,33l 0,5l 0,75l 1,5l', 'Tanks 0.5l 1.5l 2.5l', 'Water: 1.5l 2l 5l 19l', 'Engines: 1.6l, 2.0l, 3.0l and 4.4l V8'])(
    'leaves %j alone',
    clean,
  );
  it.each([
    ['O6 l2 45 7O 81 dispo après 18h', 'O6 l2 45 7O 81'],
    ['mob: O7 7l 23 45 67 89', 'O7 7l 23 45 67 89'],
    ['my no. O6.l2.45.7O.81', 'O6.l2.45.7O.81'],
  ] as const)('finds the phone number in %j', (text, span) => expect(found(text)).toContainEqual(['phone', span]));

  // 4. Turkish "on" (ten) counts only in a number with other Turkish number words: not French "on", a time or a name.
  it.each(['Nuits réservées : on dort 12 13 14 15 août', 'On arrive le 12, on dort 12 13 14, on part le 15.', 'Vardiya saatleri: on bir 30, on iki 45, on üç 15', 'We arrived on Iki 12 14 16 18 20', 'call me on UC 12 34 56 78'])(
    'leaves %j alone',
    clean,
  );
  it('still reads Turkish "on" among Turkish number words', () => {
    expect(found('sıfır beş yüz kırk iki, üç yüz on bir, yirmi iki, doksan')).toContainEqual(['phone', 'sıfır beş yüz kırk iki, üç yüz on bir, yirmi iki, doksan']);
    expect(contactView(baseView('on dort 12 13 14')).text).toBe('on dort 12 13 14');
  });

  // 5. "name via gmail": a file, a version or a sender is no address; Proton, iCloud, AOL, Tutanota are mail too.
  it.each(['I sent version2.1 via gmail.', 'Shared it as report_v2 via gmail.', 'Got the tracking from dpd_uk via gmail.', 'Photos2023 on icloud.', 'the mail is stuck on gmail.'])('leaves %j alone', clean);
  it.each([
    ['robmoves88 on gmail, drop me a line', 'robmoves88 on gmail'],
    ['robmoves88 on proton, drop me a line', 'robmoves88 on proton'],
    ['write to robmoves88 on icloud.', 'robmoves88 on icloud'],
    ['robmoves88 on gmail pls', 'robmoves88 on gmail pls'],
    ["robmoves88 on gmail and I'll reply tonight", 'robmoves88 on gmail'],
  ] as const)('finds the address in %j', (text, span) => expect(found(text)).toContainEqual(['email', span]));

  // 6. Czech "kurva"'s family, Arabic "خراء", a "v" for a "u" in plurals; "anal" inside a longer word is its stem.
  it.each([
    ['zkurvysynu, vrať mi peníze', 'zkurvysynu'],
    ['ty zkurvenej podvodníku', 'zkurvenej'],
    ['s kurvami', 'kurvami'],
    ['هذا خراء', 'خراء'],
    ['شو هالخرا', 'هالخرا'],
    ['slvts', 'slvts'],
    ['pvssies everywhere', 'pvssies'],
    ['kvrva', 'kvrva'],
    ['anal', 'anal'],
    ['analsex videos', 'analsex'],
  ] as const)('finds %j', (text, span) => expect(found(text)).toContainEqual(['profanity', span]));
  it.each([
    'Die Kurve ist scharf, Kurven überall',
    'خرائط جوجل',
    'مرة أخرى',
    'Sanal tur için tıkla, YouTube kanalı yok ama.',
    'Der Kanal ist gesperrt, nimm die Umleitung über den Kanaldeckel.',
    'Die Kanalisation wurde letzte Woche repariert.',
    'Wohnung mit Blick auf die Kanäle, 3 Zimmer.',
    'Ik woon aan het kanaal, derde huis links.',
    'Mieszkam przy kanale, odbiór przy kanału wschodnim.',
    'Bydlíme u kanálu, vyzvednutí u kanálu na rohu.',
    'A pénztárnál fizetsz, a kanálnál is van.',
    'Az analízis kész, a banális hibákat javítottam.',
    'analiza rynku, analýza trhu',
  ])('leaves %j alone', clean);
});

describe('disguises of the thirty-fourth review', () => {
  const clean = (text: string) => expect(kinds(text)).toEqual([]);

  // A North American number spelled on the keypad's letters, in a number's whole shape (numberOnKeypad): a toll-free code after
  // its "1", or alone in capitals with seven keys; an area code in brackets or set off, then an exchange and letters.
  it.each([
    ['call 1-800-FLOWERS tonight', '1-800-FLOWERS'],
    ['ring 1-888-GET-JUNK for a skip', '1-888-GET-JUNK'],
    ['(212) 555-PAWS, ask for Jo', '(212) 555-PAWS'],
    ['1 877 KARS 4 KIDS', '1 877 KARS 4 KIDS'],
    ['dial 1-800-go-fedex', '1-800-go-fedex'],
    ['+1 (800) GO-FEDEX', '+1 (800) GO-FEDEX'],
    ['1.800.MY.APPLE for support', '1.800.MY.APPLE'],
  ] as const)('finds the phone number in %j', (text, span) => expect(found(text)).toContainEqual(['phone', span]));
  it.each([
    'we only call 1-800 numbers',
    'the 800-kilometre drive',
    'I paid 800 DOLLARS',
    'I owe you 1 800 DOLLARS',
    '800-THREAD COUNT sheets',
    'Room 212-BALCONY',
    'RTX 3080 SUPER for sale',
    'THE 800-KILOMETRE DRIVE WAS LONG',
    'PACK (500) SHEETS OF PAPER',
    'Model 300 SERIES',
    'only 800 CALORIES a day',
    'bus 800-X1 route',
  ])('leaves %j alone', clean);

  // Turkish: the app with a case ending (from, to, on it) or "üzerinden", then a verb that asks or offers to go on there.
  it.each([
    ["telegram'a geçelim", 'telegram'],
    ['WhatsApp üzerinden konuşalım', 'WhatsApp'],
    ["instagram'dan takip edin", 'instagram'],
    ["whatsapp'tan bana yazabilirsiniz", 'whatsapp'],
    ['telegram’dan devam edelim', 'telegram'],
    ["wp'den ulaşabilirsiniz", 'wp'],
    ['instagramda konuşalım', 'instagram'],
    ["whatsapp'tan iletişime geçin", 'whatsapp'],
    ["whatsapp'tan mesaj atın", 'whatsapp'],
  ] as const)('finds the app in %j', (text, span) => expect(found(text)).toContainEqual(['handle', span]));
  it.each([
    "WhatsApp'ta fotoğrafları gördüm",
    "whatsapp'tan yazmayın, burada konuşalım",
    "whatsapp'tan geç cevap verdi",
    "Instagram'da çok güzel görünüyor",
    "instagram'dan bakabilirsin",
    "whatsapp'a devam etmeyelim",
    "WhatsApp'ta mesaj geldi",
    "Instagram'da ara sıra paylaşıyorum",
    "Instagram'a ara verdim",
    "Instagram'da yaz indirimi başladı",
  ])('leaves %j alone', clean);

  // Vietnamese and Indonesian: "fb" (Facebook) with "add" and a pronoun, or "fb (của) em là/:" before a profile's name.
  it.each([
    ['add fb mình nha', 'fb'],
    ['fb của em: Ngọc Trâm Shop', 'fb'],
    ['fb em là Hoàng Long', 'fb'],
    ['add fb aku ya', 'fb'],
  ] as const)('finds the app in %j', (text, span) => expect(found(text)).toContainEqual(['handle', span]));
  it.each(['fb em bị khóa rồi', 'em thích fb hơn', 'fb anh ấy đăng ảnh đẹp'])('leaves %j alone', clean);

  // Russian and Ukrainian swear words with letters behind symbols, each run standing for about as many letters.
  it.each([
    ['п**да', 'п**да'],
    ['пи*дец, опять опоздал', 'пи*дец'],
    ['ну ты и с*ка', 'с*ка'],
    ['е*ать, какая цена', 'е*ать'],
    ['бл*ть', 'бл*ть'],
    ['иди на х@й', 'х@й'],
    ['о*уеть цены', 'о*уеть'],
    ['заеб*л уже ждать', 'заеб*л'],
    ['Х*Й', 'Х*Й'],
    ['$ука', '$ука'],
    ['п***ц', 'п***ц'],
    ['х＊й', 'х＊й'],
    ['п*здець, знову запізнився', 'п*здець'],
  ] as const)('finds %j', (text, span) => expect(found(text)).toContainEqual(['profanity', span]));
  it.each(['x*y = 12', 'Цена 500 руб.*', 'Instagram* запрещён в РФ', '*Внимание* скидка', 'маша_иванова', 'ц*на', 'скидка_2024', 'а*б', 'Ф*О: Иванов', 'маша@почта'])(
    'leaves %j alone',
    clean,
  );

  // English swear words in katakana (half-width too, its voiced marks joined to their letter), Korean and Chinese "fuck you".
  it.each([
    ['マジでファック', 'ファック'],
    ['ファッキン遅い', 'ファッキン'],
    ['ﾌｧｯｸ', 'ﾌｧｯｸ'],
    ['このビッチ', 'ビッチ'],
    ['ﾋﾞｯﾁ', 'ﾋﾞｯﾁ'],
    ['ブルシット', 'ブルシット'],
    ['マザーファッカー', 'マザーファッカー'],
    ['뻑큐', '뻑큐'],
    ['法克鱿', '法克鱿'],
  ] as const)('finds %j', (text, span) => expect(found(text)).toContainEqual(['profanity', span]));
  it.each(['ファックスで送ります', 'ファックス番号は？', 'ベビーシッターを探しています', 'シットアップ20回', 'ピッチが速い', 'ビッグサイズ', 'ヒッチハイク', '슈퍼킹 사이즈'])('leaves %j alone', clean);
  it('joins half-width and combining voiced marks to their kana', () => {
    const submitted = 'ｾﾞﾛ ﾋﾞｯﾁ ヒ\u3099';
    const base = baseView(submitted);
    expect(base.text).toBe('ゼロ ビッチ ビ');
    expect(originalSpan(base, 3, 4)).toEqual({ start: 4, end: 6 });
    expect(baseView('a\u3099').text).toBe('a');
  });

  // British "dickie" and "dicky": a bow tie, a bird, unsound; the swear word and its compounds are still found.
  it.each(['a dicky bow for the wedding', 'not a dickie bird from the seller', 'my dicky knee is playing up'])('leaves %j alone', clean);
  it.each(['you dickhead', 'what a dick', 'dicks'])('still finds %j', (text) => expect(kinds(text)).toContain('profanity'));
});

describe('mends of the thirty-fourth review', () => {
  const clean = (text: string) => expect(kinds(text)).toEqual([]);

  // The keypad rule wants a vanity number's whole shape: no "1" glued to a year or a wattage, no bare code before a street, a
  // unit or a thousand, no bracketed quantity, no single word in small letters, letters typed as Latin ones.
  it.each([
    'those 1-800-numbers never answer, the chat here is quicker',
    'CALL ME WHEN YOU ARRIVE AT 800 MAIN STREET',
    'TEXT ME WHEN YOU GET TO 855 KING STREET',
    "text me when you're at 800 BROADWAY, I'll come down",
    'Ring the bell when you reach 844 OAK AVENUE',
    'Text me once you pass 877 PINE ROAD',
    "Call me when you're at the 800 BLOCK OF ELM",
    'Phone died, meet me at 866 MARKET ST instead',
    "CALL ME, I'M 800 MILES AWAY UNTIL FRIDAY",
    "Call me, it's 800 PESOS ONLY",
    'Asking price 1 850 NEGOTIABLE',
    'HOUSE SITTING: 1 800 SQUARE FEET, 2 DOGS',
    'can you text me the 800-calorie meal plan?',
    'call me before the 800-kilometre drive so we can sort the keys',
    'Box of (250) ENVELOPES, white, unopened',
    'Stock: (500) BOXES LEFT',
    'Lot (300) VINTAGE STAMPS, offers welcome',
    'Meet at exit (234) NORTHBOUND rest area',
    '800-GRIT WET AND DRY paper, 10 sheets',
    '1800 WATT HEATER, barely used',
    '1500 WATT HEATER, barely used',
    'Authentic 1960 VINTAGE LAMP',
    'Original 1967 MUSTANG parts',
    'Selling my 1985 PORSCHE 911',
    'signed 1st edition, 1925 PRINTING',
    '1999 POKEMON cards, base set',
    "Flight AA 1800 DEPARTS 9:40, I'll pick up after",
    'Order #800-CONFIRMED, thanks',
    'Цена 1 800 ТЕНГЕ ВСЕГО',
    'доставка 1 400 ТЕНГЕ ВСЕГО',
    'ONLY 1 800 LEFT NOW',
    'tickets 1 800 SOLD OUT',
    'Size 300-400-PLUS',
  ])('leaves %j alone', clean);
  it.each([
    ['call 212-555-PAWS', '212-555-PAWS'],
    ['BOOK NOW (212) 555-PAWS', '(212) 555-PAWS'],
    ['text (415) 555-cake', '(415) 555-cake'],
    ['1–800–FLOWERS', '1–800–FLOWERS'],
    ['call 800-PAINTER', '800-PAINTER'],
    ['+1 (917) PLUMBER', '+1 (917) PLUMBER'],
    ['dial 1-855-mow-lawn', '1-855-mow-lawn'],
    ['call 1 888 CAKE NOW', '1 888 CAKE NOW'],
  ] as const)('finds the phone number in %j', (text, span) => expect(found(text)).toContainEqual(['phone', span]));

  // Turkish: only apps people talk on, each case with its own verbs; "yaz", "ara", "gel", "gelin", "mesaj", "ekle" bare only
  // with a person, at the end of the clause, or before "lütfen" (summer, between, a bride, click and collect, a button).
  it.each([
    "Instagram'da yaz sonu indirimi var mı sizde de?",
    "Instagram'da yaz fotoğraflarınızı gördüm, çok güzel",
    "Twitter'da yaz saatini tartışıyorlar",
    "WhatsApp'ta ara ara mesaj atıyor, cevap vermiyorum",
    "Instagram'a ara ara bakıyorum",
    "Instagram'da ara bulucu hesaplara dikkat edin",
    "Instagram'da gelin fotoğrafları çok güzel olmuş",
    "YouTube'da gelin arabası süsleme videoları var",
    "Facebook'ta gel al diye yazıyordu",
    "Kurulum videosunu YouTube'da bulabilirsiniz",
    "Modeli YouTube'da aratın, kurulum videosu var",
    "Benzerini eBay'de bulabilirsin ama daha pahalı",
    "Ürünü Facebook'ta ara, daha ucuzunu bulamazsın",
    "Etsy'de aratın, aynısı 50 dolar",
    "Ürün fotoğraflarını Instagram'a ekleyebilirsin, izin veriyorum",
    "Facebook'a ekle butonu çalışmıyor",
    "Telegram'da mesaj, WhatsApp'ta arama yapamıyorum",
    "YouTube'da ara, 'kombi bakımı' videoları çok",
    "Benzer ilanları Facebook'ta bulabilirsiniz ama garantisi yok",
    "WhatsApp'tan bana mesaj attı",
  ])('leaves %j alone', clean);
  it.each([
    ["Telegram'a gelin, orada konuşalım", 'Telegram'],
    ["WhatsApp'ta görüşelim", 'WhatsApp'],
    ["WhatsApp'tan lütfen bana yazın", 'WhatsApp'],
    ["whatsapp'la ulaşın", 'whatsapp'],
    ["WhatsApp'a ekler misiniz beni", 'WhatsApp'],
    ["Telegram'a geçebilir miyiz?", 'Telegram'],
    ["WP'ye yaz lütfen", 'WP'],
    ["Facebook'ta aratın: Mehmet Usta Tadilat", 'Facebook'],
  ] as const)('finds the app in %j', (text, span) => expect(found(text)).toContainEqual(['handle', span]));

  // Vietnamese: "đừng" refuses ("đừng add fb em"); after "fb em là" only a name (a capital) is one, not what the account is.
  it.each([
    'đừng add fb em nha, nhắn ở đây thôi',
    'fb em là fb cũ, bị khóa rồi',
    'fb của anh là giả mạo đó, cẩn thận',
    'fb của chị là fb bán hàng hả?',
    'ig em là ig phụ, ít đăng lắm',
  ])('leaves %j alone', clean);
  it.each([
    ['fb chị là Thu Trang Boutique', 'fb'],
    ['fb em la Hoang Long', 'fb'],
    ['add fb em nhé: Thu Trang', 'fb'],
  ] as const)('finds the app in %j', (text, span) => expect(found(text)).toContainEqual(['handle', span]));

  // Masked Cyrillic: a symbol before or after a word marks it and hides no letter; only symbols between letters do.
  it.each([
    'Я *не* отправляю почтой, только самовывоз',
    'Прошу *не* звонить, пишите в чат',
    'Это *не* оригинал, а хорошая копия',
    'Да, *да*, всё в силе на завтра',
    'Скидка действует *до* пятницы',
    'Я *на* месте, у входа',
    'Футболка *ну очень* мягкая',
    'Доставка **вам** бесплатно',
    'Цена за* сутки, *при аренде от 3 дней',
    '@Аня, посылка уже отправлена',
    '@Ева спасибо, всё получила',
    '@Али, когда заберёте?',
    '@Алла, ждём вас в субботу',
  ])('leaves %j alone', clean);
  it.each([
    ['бл**ь', 'бл**ь'],
    ['ну ты и м*дак', 'м*дак'],
    ['пи**ец', 'пи**ец'],
    ['$ука', '$ука'],
    ['*х*й*', 'х*й'],
  ] as const)('finds %j', (text, span) => expect(found(text)).toContainEqual(['profanity', span]));
  it('reads every masked word of a message, however many come before the swear word', () => {
    const letters = 'абвгдежзиклмнопрстуфцчшщэюя';
    const harmless = Array.from({ length: 70 }, (_, i) => `${letters[i % 27]}*${letters[(i * 7 + 3) % 27]}${letters[(i * 5 + 1) % 27]}`);
    expect(found(`${harmless.join(' ')} х*й`)).toEqual([['profanity', 'х*й']]);
  });

  // Japanese "シット" joined to another word (sit-stand, sit-up) and Korean "퍼큐" inside a word are none.
  it.each(['シット・スタンド デスク 売ります', 'シット＆スタンド机、ほぼ新品', 'シット・アップ ベンチ、引き取りのみ', 'シット アップベンチ 3000円', '하이퍼큐브 퍼즐 팝니다', '슈퍼큐브 장난감 새상품', '슈퍼큐티 스티커 세트'])(
    'leaves %j alone',
    clean,
  );
  it.each([
    ['マジでシット', 'シット'],
    ['ブルシット・ジョブ', 'ブルシット'],
    ['야 퍼큐', '퍼큐'],
  ] as const)('finds %j', (text, span) => expect(found(text)).toContainEqual(['profanity', span]));

  // "dicky" and "dickie" are clean as whole words only.
  it.each(['you dickyhead', 'what a dickiehead'])('finds %j', (text) => expect(kinds(text)).toContain('profanity'));
  it.each(['Navy dicky bow, clip-on, worn once', 'dicky-bow', 'not a dickybird', 'the dickie bow for the groom is navy'])('leaves %j alone', clean);
});

describe('disguises of the thirty-fifth review', () => {
  const clean = (text: string) => expect(kinds(text)).toEqual([]);

  // "®" and "©" in an app's name are typed for "r" and "c"; after a name, alone or in another word they are the signs.
  it('reads "®" and "©" in an app\'s name as "r" and "c", and leaves them elsewhere', () => {
    const base = baseView('Teleg®am fa©ebook');
    expect(base.text).toBe('telegram facebook');
    expect(originalSpan(base, 5, 6)).toEqual({ start: 5, end: 6 });
    expect(baseView('Instagram® © 2024 ®am x©').text).toBe('instagram® © 2024 ®am x©');
  });
  it.each([
    ['teleg®am: @surfgearsyd', 'teleg®am: @surfgearsyd'],
    ['snap©hat: dani_rides', 'snap©hat: dani_rides'],
    ['fa©ebook me', 'fa©ebook me'],
  ] as const)('finds the handle in %j', (text, span) => expect(found(text)).toContainEqual(['handle', span]));
  it.each(['Instagram® is down again', 'Instagram® and WhatsApp® are trademarks', 'Lego®Technic set, complete', 'Copyright©2024', '© 2024 the seller', 'AT&T® phone, unlocked'])(
    'leaves %j alone',
    clean,
  );

  // Swahili and Sheng "check me", "find me", "follow me", "add me" with the app right after (a preposition between): "ni-" as
  // "me", not as "(let) I" after "ngoja", "acha", "ili" or before "yangu"/"yako"/"kwanza".
  it.each([
    ['nicheki WhatsApp, nitakutumia picha', 'WhatsApp'],
    ['nicheki kwa WhatsApp', 'WhatsApp'],
    ['unicheki kwenye Insta', 'Insta'],
    ['nitafute instagram', 'instagram'],
    ['utanipata kwa Telegram', 'Telegram'],
    ['unaweza kunipata Telegram', 'Telegram'],
    ['niadd kwenye Snapchat', 'Snapchat'],
    ['ni-check whatsapp', 'whatsapp'],
    ['Nifuate Instagram kwa picha zaidi', 'Instagram'],
  ] as const)('finds the app in %j', (text, span) => expect(found(text)).toContainEqual(['handle', span]));
  it.each([
    'ngoja nicheki WhatsApp',
    'Ngoja kwanza nicheki whatsapp, nitakujibu',
    'acha nitafute instagram',
    'Ili nicheki WhatsApp nahitaji data',
    'nicheki WhatsApp yangu kwanza',
    'nilicheki WhatsApp jana',
    'nitacheki whatsapp baadaye',
    'Nimekuona kwenye Instagram, bei gani?',
    'Tuma pesa kupitia M-Pesa, si WhatsApp',
    'Nicheki kesho asubuhi',
    'Utanipata dukani saa tatu',
  ])('leaves %j alone', clean);

  // Greek: apps' names as Greek writes them ("ίνσταγκραμ", "τέλεγκραμ", "γουότσαπ", "φέισμπουκ") with "find me", "you find me",
  // "follow us", "send me" and a place ("στο", "μέσω"), or before a name; not "find it", "I found", nor after "δεν" or "μη(ν)".
  it.each([
    ['βρες με στο ίνσταγκραμ, nikos.books', 'ίνσταγκραμ'],
    ['με βρίσκεις στο τέλεγκραμ', 'τέλεγκραμ'],
    ['θα μας βρείτε στο φέισμπουκ', 'φέισμπουκ'],
    ['στείλε μου στο γουότσαπ', 'γουότσαπ'],
    ['ακολουθήστε μας στο ίνσταγκραμ', 'ίνσταγκραμ'],
    ['στείλε μου μέσω βάιμπερ', 'βάιμπερ'],
    ['ψάξε με στο ίνστα', 'ίνστα'],
    ['βρες με στο ντίσκορντ', 'ντίσκορντ'],
    ['τέλεγκραμ: @nikos_b', 'τέλεγκραμ: @nikos_b'],
  ] as const)('finds the app in %j', (text, span) => expect(found(text)).toContainEqual(['handle', span]));
  it.each([
    'το είδα στο ίνσταγκραμ',
    'Βρήκα το ίδιο στο τέλεγκραμ πιο φτηνά',
    'βρες το στο ίνσταγκραμ',
    'δεν με βρίσκεις στο ίνσταγκραμ, δεν έχω',
    'μην με ψάχνεις στο τέλεγκραμ',
    'πληρωμή εδώ, όχι μέσω γουότσαπ',
    'Βρες με στο μαγαζί αύριο',
    'Θα με βρεις στο σπίτι μετά τις 6',
    'Είδα την αγγελία σας στο φέισμπουκ',
    'το ίνσταγκραμ μου είναι κλειστό',
  ])('leaves %j alone', clean);

  // Romanised Russian swear words with symbols for letters: one symbol for a letter or for one Russian letter's two ("@" for "ya"),
  // a run for about as many; the word whole, three letters shown; not an address, a handle or a word no one hides.
  it.each([
    ["bl@t', gde korobki", 'bl@t'],
    ['bl**t', 'bl**t'],
    ['bl@d', 'bl@d'],
    ['p*zda', 'p*zda'],
    ['ty s*ka', 's*ka'],
    ['mud@k', 'mud@k'],
    ['suk@', 'suk@'],
    ['pid@r', 'pid@r'],
    ['yob@nyy', 'yob@nyy'],
    ['nah@i', 'nah@i'],
  ] as const)('finds %j', (text, span) => expect(found(text)).toContainEqual(['profanity', span]));
  it.each(['u nego vse po bl@tu', 'B@t, gde korobki', 'bl@ck friday deal', 's@ke bottle', 'eb@y listing', '$uka', '@suka', 'bl_at', 'x*y = 12', 'h*y', 'me importa un hu*vo', 'go#huy'])(
    'leaves %j alone',
    clean,
  );
  it('reads no address as a masked word', () => expect(kinds('write to bl@t.ru')).not.toContain('profanity'));
});

describe('mends of the thirty-fifth review', () => {
  const clean = (text: string) => expect(kinds(text)).toEqual([]);

  // The signs are letters only in an app's name, before or after its letters too ("®eddit", "messenge®", a zero-width space
  // beside), and the cent sign as a "c"; a word that is a swear word with them read so is profanity ("©unt"), none other
  // ("Medi©Kit", "Pea©ock").
  it('reads the signs as letters only in an app\'s name', () => {
    expect(baseView('Lego®Technic Medi©Kit Pea©ock').text).toBe('lego®technic medi©kit pea©ock');
    expect(baseView('®eddit messenge® snap¢hat fa©\u200bebook').text).toBe('reddit messenger snapchat facebook');
  });
  it.each([
    ['®eddit: jdoe_22', '®eddit: jdoe_22'],
    ['messenge®: jdoe_22', 'messenge®: jdoe_22'],
    ['fa©\u200bebook: jdoe_22', 'fa©\u200bebook: jdoe_22'],
    ['fa¢ebook: jdoe_22', 'fa¢ebook: jdoe_22'],
    ['snap¢hat @jdoe', 'snap¢hat @jdoe'],
    ['©ashapp $jdoe', '©ashapp $jdoe'],
  ] as const)('finds the handle in %j', (text, span) => expect(found(text)).toContainEqual(['handle', span]));
  it.each([
    ['©unt', '©unt'],
    ['©ock', '©ock'],
    ['fu¢k this', 'fu¢k'],
  ] as const)('finds %j', (text, span) => expect(found(text)).toContainEqual(['profanity', span]));
  it.each(['Medi©Kit first aid box', 'Pea©ock feather earrings', 'Cocktail shaker ©ocktail set', 'price 20 ©ents off per item lol', 'Lu©ky Cat ornament, ceramic', 'the © sign, ®, ¢ and £'])(
    'leaves %j alone',
    clean,
  );

  // Greek: "όχι" (no) negates; an imperative after "δεν" asks afresh; a Greek word after an app is no handle (a profile's name only
  // as a first name and a surname after a colon); "find me" with the place right after, "you find me" not after "if", "why" or
  // "that"; capitals, where a last sigma reads "σ".
  it.each([
    'Γράψε μου εδώ, όχι στο ίνσταγκραμ',
    'Σκάιπ: Τρίτη 18:00',
    'Μάθημα μέσω Σκάιπ: Τρίτη και Πέμπτη',
    'Φέισμπουκ Μαρκετπλέις',
    'Σκάιπ αύριο.',
    'Τουίτερ, Φέισμπουκ, Ίνσταγκραμ: όλα κλειστά για μένα',
    'Αν με ψάχνεις στο ίνσταγκραμ, δεν έχω λογαριασμό',
    'Μου είπαν ότι με ψάχνεις στο φέισμπουκ, αλλά δεν απαντάω εκεί',
    'Γιατί με ψάχνεις στο φέισμπουκ;',
    'Πάρε με όταν δεις το ποστ στο φέισμπουκ',
    'ΟΧΙ ΣΤΟ ΦΕΙΣΜΠΟΥΚ, ΜΟΝΟ ΕΔΩ',
    'Όχι μέσω βάιμπερ, εδώ μέσα μόνο',
    'Στείλε μου εδώ, όχι μέσω του βάιμπερ',
    'Μη μου στείλεις στο βάιμπερ',
    'Σκάιπ: Δευτέρα Τρίτη',
    'Ίνσταγκραμ: Νέα Συλλογή',
    'Πού με βρίσκεις στο ίνσταγκραμ;',
    'Τα λέμε αύριο στις 6',
    'Το ίνσταγκραμ μου είναι κλειστό',
  ])('leaves %j alone', clean);
  it.each([
    ['Δεν απαντάω εδώ συχνά γράψε μου στο βάιμπερ', 'βάιμπερ'],
    ['Δεν είμαι συχνά εδώ βρες με στο φέισμπουκ', 'φέισμπουκ'],
    ['Όχι εδώ, γράψε μου στο βάιμπερ', 'βάιμπερ'],
    ['ΒΡΕΣ ΜΕ ΣΤΟ ΙΝΣΤΑΓΚΡΑΜ', 'ΙΝΣΤΑΓΚΡΑΜ'],
    ['ΒΡΕΙΤΕ ΜΑΣ ΣΤΟ ΦΕΙΣΜΠΟΥΚ', 'ΦΕΙΣΜΠΟΥΚ'],
    ['ΑΚΟΛΟΥΘΗΣΤΕ ΜΑΣ ΣΤΟ INSTAGRAM', 'INSTAGRAM'],
    ['επικοινωνήστε μαζί μας μέσω του βάιμπερ', 'βάιμπερ'],
    ['κάλεσέ με στο βάιμπερ', 'βάιμπερ'],
    ['τηλεφώνησέ μου στο βάιμπερ', 'βάιμπερ'],
    ['αναζήτησέ με στο φέισμπουκ', 'φέισμπουκ'],
    ['τα λέμε στο βάιμπερ', 'βάιμπερ'],
    ['συνεχίζουμε στο βάιμπερ;', 'βάιμπερ'],
    ['έλα στο ίνστα να τα πούμε', 'ίνστα'],
    ['βρες με στο σίγκναλ', 'σίγκναλ'],
    ['γράψε μου στο ουότσαπ', 'ουότσαπ'],
    ['στείλε μου στο μέσετζερ', 'μέσετζερ'],
    ['βρες με στο φβ', 'φβ'],
    ['βρες με στο λίνκεντιν, Νίκος Παπαδόπουλος', 'λίνκεντιν'],
    ['Πρόσθεσέ με στο σνάπ: nikos_k', 'σνάπ: nikos_k'],
    ['είμαι στο ίνσταγκραμ ως nikos_k', 'ίνσταγκραμ ως nikos_k'],
    ['το ίνστα μου: nikos.books', 'ίνστα μου: nikos.books'],
    ['φέισμπουκ: Νίκος Παπαδόπουλος Βιβλία', 'φέισμπουκ: Νίκος'],
    ['vres me sto insta', 'insta'],
    ['steile mou sto viber', 'viber'],
    ['epikoinoniste mazi mas sto viber', 'viber'],
  ] as const)('finds the app in %j', (text, span) => expect(found(text)).toContainEqual(['handle', span]));

  // Swahili: "ni-" is also "let me": it asks only first in its clause, and with nothing after the app of the speaker's own look
  // ("nione", "kama", "yake", "status", a question); "nitafuta" is "I will delete", "unanifuata" "you are following me"; a
  // negation, "wait", "first" or "if" before the verb.
  it.each([
    'nicheki whatsapp sasa hivi nione kama umelipa',
    'nicheki Instagram nione picha zako zingine',
    'Subiri kidogo, nicheki WhatsApp kama mke wangu amejibu',
    'Kwanza nicheki Facebook kama bei imebadilika',
    'nicheki insta yake kwanza nione kama ni halali',
    'Nitafute kwenye Facebook nione kama kuna bei nafuu',
    'Ngoja, nicheki Telegram kama dereva ametuma location',
    'Ngoja tu nicheki WhatsApp',
    'Nicheki Telegram? Sina hiyo app',
    'nicheki WhatsApp status yako nione bei ya viatu',
    'Nitafuta Telegram kabisa, inanisumbua',
    'Nitafuta WhatsApp kwenye simu hii, haina nafasi',
    'Mbona unanifuata Instagram kila siku? Acha',
    'Usijaribu kunitafuta Facebook, sina akaunti',
    'Sitaki unicheki WhatsApp, tuongee hapa',
    'Hapana, usijaribu kunicheki WhatsApp',
    'Sijui kama utanipata WhatsApp, sina bando',
    'Mteja alisema tuchat WhatsApp lakini nilikataa',
    'nicheki fb kama bei imepanda',
    'Sawa, nicheki IG yao',
    'tuendelee wa kwanza',
  ])('leaves %j alone', clean);
  it.each([
    ['nicheki WA', 'WA'],
    ['unicheki kwenye IG', 'IG'],
    ['nicheki fb', 'fb'],
    ['nicheki snap', 'snap'],
    ['nicheki wasap', 'wasap'],
    ['nicheki tele', 'tele'],
    ['nitext kwa WA', 'WA'],
    ['nitumie ujumbe kwa WA', 'WA'],
    ['nishow WhatsApp', 'WhatsApp'],
    ['nigongee WhatsApp', 'WhatsApp'],
    ['tuchat WhatsApp', 'WhatsApp'],
    ['tuwasiliane WhatsApp', 'WhatsApp'],
    ['wasiliana nami WhatsApp', 'WhatsApp'],
    ['nitumie picha WhatsApp', 'WhatsApp'],
    ['tuendelee WhatsApp', 'WhatsApp'],
    ['tuhamie Telegram', 'Telegram'],
    ['nipe WhatsApp yako', 'WhatsApp'],
    ['Boss, nicheki WA', 'WA'],
    ['Bei ni 4500, nicheki WhatsApp', 'WhatsApp'],
    ['Nicheki Whatsapp ndio nikutumie picha zaidi', 'Whatsapp'],
    ['Unicheki kwa Whatsapp boss', 'Whatsapp'],
    ['Ni rahisi kunipata WhatsApp kuliko hapa', 'WhatsApp'],
  ] as const)('finds the app in %j', (text, span) => expect(found(text)).toContainEqual(['handle', span]));

  // Romanised Russian: cases and "j" forms, digits as transliteration draws letters (a star before or after a word is no mask: the
  // second review of round 35).
  it.each([
    ['bl^t', 'bl^t'],
    ['mud@ka', 'mud@ka'],
    ['mud@kom', 'mud@kom'],
    ['suk@mi', 'suk@mi'],
    ['zaeb@li', 'zaeb@li'],
    ['eb@nutyi', 'eb@nutyi'],
    ['p*dorasy', 'p*dorasy'],
    ['ot*ebis', 'ot*ebis'],
    ['poh*j', 'poh*j'],
    ['j*bany', 'j*bany'],
    ['zaj*bal', 'zaj*bal'],
    ['5uka', '5uka'],
    ['su4ka', 'su4ka'],
    ['bl9t', 'bl9t'],
    ['e6at', 'e6at'],
  ] as const)('finds %j', (text, span) => expect(found(text)).toContainEqual(['profanity', span]));
  it.each(['**SALE** *sumka* kozhanaya, 2500', 'gov* website is down', 'mud* tyres, barely used', 'Price incl. VAT*', '*new* item', 'blu* tack', '3bal tennis set', 'mp3 player, 4x4 wheels, i5 cpu', 'b1ue jacket', 'otel 4*, zavtrak vklyuchen'])(
    'leaves %j alone',
    clean,
  );
});

describe('the second review of round 35', () => {
  // A second reviewer's clean lines that round 35's rules flagged: edge stars (footnotes, corrections, wildcards, emphasis), masked
  // names, a model code, Greek calls on the landline and app versions, Greeklish "sto" after other verbs, Swahili "tele" (plenty),
  // "ngumu" (hard), thanks for following and someone else's IG.
  it.each([
    'Πάρε με στο σταθερό, στο Viber δεν απαντάω',
    'Πάρε με στο κινητό όταν φτάσεις, στο Viber αργώ να δω τα μηνύματα',
    'Το Skype μου είναι v8.96, θέλει ενημέρωση για να δουλέψει η κάμερα;',
    'Το Viber μου είναι 21.4 έκδοση και κολλάει με τα βίντεο',
    'pare me otan to deis sto insta',
    "Ok, I'll take it, to eida sto insta xthes",
    'Ekana follow ti selida sas sto insta, oraia pragmata',
    'Nitumie picha tele, nataka kuona kila upande wa sofa',
    'Nitumie maelezo tele kuhusu gari hili',
    'Ni ngumu kunipata WhatsApp siku hizi, niko hapa tu',
    'Asante kwa kunifollow IG, nimeona',
    'Basi nicheki IG yenu kabla sijalipa',
    'Poa nicheki IG ya duka lenu',
    'Mambo, nicheki IG ya Jumia kuna offer ya simu hiyo',
    'Wpisz w wyszukiwarkę suk* a zobaczysz wszystkie sukienki i suknie',
    'Hijau muda* (warna bisa sedikit berbeda)',
    'Tersedia warna biru muda* dan hitam',
    'Suka* banget sama bahannya, adem',
    'Yeah nah* not for 40, I paid 60 for it',
    "Nah* I'm good, thanks anyway",
    'Sorry I meant the cricket *bat not the bag',
    '*ban, sorry, autocorrect',
    "Sharing numbers here gets you a *ban*, so let's keep it on the app",
    'Posting your number here is an instant **ban**',
    'te lo puedo *dar mañana, perdón',
    'esas no, *esos',
    'MUD4K dashcam mount, fits most windscreens',
    'The recipient shows as Su**a K. on the label, is that you?',
    'Odbiorca: Su**a W., paczkomat KRA01M',
    "The driver's name shows as Hu**o on the app",
    'Anh Huy* (người nhận thay) sẽ lấy hàng',
    'ask for Gav* at the counter (*Gavin, the manager)',
    'the yob* who keyed my car (*not the buyer, to be clear)',
  ])('leaves %j alone', (text) => expect(kinds(text)).toEqual([]));
  it.each(['*uka', 'suk*', 'bly*', 'nah*'])('reads no edge star as a mask: %j', (text) => expect(kinds(text)).toEqual([]));
  it.each([
    ['nicheki tele', 'tele'],
    ['Ni rahisi kunipata WhatsApp kuliko hapa', 'WhatsApp'],
    ['πάρε με στο βάιμπερ', 'βάιμπερ'],
    ['steile mou minima sto viber', 'viber'],
    ['kane mou add sto fb', 'fb'],
    ['το τέλεγκραμ μου είναι @nikos_k', 'τέλεγκραμ μου είναι @nikos_k'],
  ] as const)('still finds the handle in %j', (text, span) => expect(found(text)).toContainEqual(['handle', span]));
  it.each(['bl^t', 'mud@ka', 'p*dorasy', 'su4ka', 'bl9t', '5uka'])('still finds %j', (text) => expect(kinds(text)).toContain('profanity'));
});

describe('disguises of the thirty-sixth review', () => {
  const clean = (text: string) => expect(kinds(text)).toEqual([]);

  // Czech and Slovak "add me" ("přidej si mě", "pridajte si nás") with the app right after "na", where the message or a sentence
  // starts; "přidej" with a thing is no invitation, and neither are words quoted or reported, nor a place that is no app.
  it.each([
    ['Přidej si mě na Instagramu: @pavel.fixit', 'Instagramu'],
    ['přidejte si nás na Facebooku', 'Facebooku'],
    ['Pridaj si ma na Instagrame', 'Instagrame'],
    ['pridej me na whatsapp', 'whatsapp'],
  ] as const)('finds the app in %j', (text, span) => expect(found(text)).toContainEqual(['handle', span]));
  it.each(['Ahoj. Přidej si mě na WhatsAppu', 'Ahoj! Pridaj si ma na Instagrame'] as const)('finds the app in %j', (text) => expect(kinds(text)).toContain('handle'));
  it.each([
    'přidej fotku na Instagram',
    'Přidej to do košíku na eshopu',
    'Přidej si mě do oblíbených prodejců',
    'Pridajte si tovar do košíka',
    'Ahoj: přidej si mě na WhatsAppu',
    'Napsal mi. Přidej si mě na IG',
    '"Ahoj. Pridaj si ma na Instagrame"',
    'přidej si mě na TT',
    'Přidej mě na line dance',
  ])('leaves %j alone', clean);

  // Russian "write" in Latin letters ("pishite", "napishi") with the app right after "v" or "na", where the message or a sentence
  // starts; the verb alone, or with what to write, is none, nor "v tele" (in the body of a letter) or "v tg".
  it.each([
    ['pishite v vatsap, tam bystree', 'vatsap'],
    ['napishi mne v telegu', 'telegu'],
    ['Pishite v Telegram', 'Telegram'],
    ['napishite na viber', 'viber'],
  ] as const)('finds the app in %j', (text, span) => expect(found(text)).toContainEqual(['handle', span]));
  it.each(['pishite tut, v chate', 'napishite otzyv pozhaluysta', 'pishite, esli est voprosy', 'pishu tebe v vatsap', 'Pishite v tele pisma', 'pishi mne v tg'])('leaves %j alone', clean);

  // German "zwo" (two, as it is said on the phone) in a number read out: a chain that starts with "null" (or a "0") or after "plus";
  // anywhere else it is a word, as in a count down or up, a meter's reading or a draw.
  it.each([
    'null eins sieben sechs, zwo drei vier fünf, sechs sieben acht neun',
    'null eins fünf zwo, drei drei vier, fünf sechs sieben acht',
    'null zwo null, eins zwo drei vier fünf sechs sieben',
    'plus vier neun, eins fünf zwo, drei vier fünf sechs sieben acht',
  ])('finds the number in %j', (text) => expect(kinds(text)).toContain('phone'));
  it.each([
    'zwo Stück für 20 Euro',
    'Zwo, eins, Risiko',
    'Seite zwo, Absatz drei',
    'Größe zwo',
    'eins zwo drei vier fünf sechs sieben acht',
    'vier vier zwo null null eins sieben drei',
  ])('leaves %j alone', clean);

  // An IBAN of its country's length whose check digits hold is an account, not a phone, grouped or not; one whose check fails,
  // or a number beside one, is read as before.
  it.each([
    'My statement shows GB29 NWBK 6016 1331 9268 19 as the payer, is that your account?',
    'GB29NWBK60161331926819',
    'DE89 3704 0044 0532 0130 00',
    'pay to NL91 ABNA 0417 1643 00 please',
    // A word after the IBAN is not one of its groups
    'BE71 0961 2345 6769 is mijn rekening',
    'BE71 0961 2345 6769 voor zaterdag',
  ])('leaves %j alone', clean);
  it.each([
    ['GB28 NWBK 6016 1331 9268 19', '6016 1331 9268 19'],
    ['NL91 ABNA 0417 1643 00, or call 0612345678', '0612345678'],
    ['my number: DE12 0176 1234 5678', '0176 1234 5678'],
    // A Dutch IBAN whose account is a Dutch mobile (06 and eight digits): its check digits hold as any number's can be made to
    ['NL74 ABNA 0612 3456 78', '0612 3456 78'],
    ['BE71 0961 2345 6769 bel 0471 23 45 67', '0471 23 45 67'],
    ['BE72 0961 2345 6769 is mijn rekening', '0961 2345 6769'],
  ] as const)('still finds the phone in %j', (text, span) => expect(found(text)).toContainEqual(['phone', span]));

  // Argentine and Chilean "la concha de tu madre" where it opens the message (after "la", "andate a la", "vete a la", "re") and a
  // comma, a "!" or the end follows, and its run-together forms; "concha" alone is a shell or a bread, and the phrase elsewhere is
  // one of someone's mother ("peine de concha de su madre", "La concha de tu madre llegó rota").
  it.each([
    ['la c0ncha de tu madre, me cobraste de más', 'c0ncha de tu madre'],
    ['la concha de su madre', 'concha de su madre'],
    ['conchetumare', 'conchetumare'],
    ['andate a la concha de tu madre', 'concha de tu madre'],
    ['vete a la concha de tu madre!', 'concha de tu madre'],
    ['¡La concha de tu madre!', 'concha de tu madre'],
  ] as const)('finds %j', (text, span) => expect(found(text)).toContainEqual(['profanity', span]));
  it.each([
    'pan de concha',
    'una concha de mar para tu madre',
    'Quiero conchas de chocolate para tu madre',
    'Compré una concha en la playa para mi madre',
    'Guardé la concha de tu madre en la caja',
    'la concha de tu madre llegó rota',
    'y la concha de tu madre, devolveme la plata',
  ])('leaves %j alone', clean);

  // Arabizi "sharmouta" in its other spellings, Arabizi's "6" for its "ṭ" among them; names that start alike stay names, and Sudan's
  // dried meat ("sharmout") is food.
  it.each([
    ['ya ibn el sharmoo6a, fein el floos', 'sharmoo6a'],
    ['ya sharmu6a', 'sharmu6a'],
    ['charmouta', 'charmouta'],
    ['ya sharmuta', 'sharmuta'],
  ] as const)('finds %j', (text, span) => expect(found(text)).toContainEqual(['profanity', span]));
  it.each([
    'sharmeen 3amlet el order',
    'Sharma Traders',
    'Charmotte cake, 6 slices',
    'sharm el sheikh trip',
    'mullah sharmout for 40 guests',
  ])('leaves %j alone', clean);

  // Amharic "ሸርሙጣ" (a whore) and its forms, a word of its own.
  it.each([
    ['አንተ ሸርሙጣ ሌባ', 'ሸርሙጣ'],
    ['ሸርሙጦች', 'ሸርሙጦች'],
    ['ሸርሙጣው ሌባ', 'ሸርሙጣው'],
  ] as const)('finds %j', (text, span) => expect(found(text)).toContainEqual(['profanity', span]));
  it.each(['ሰላም ወንድሜ', 'ዋጋው ስንት ነው?', 'ሸሚዝ አለ?'])('leaves %j alone', clean);

  // Russian "suka" in Latin letters is no swear word alone, called or not (a female dog in every puppy's advert: "Suka, 3 mesyatsa",
  // and Malay "like", Tagalog "vinegar"): only in its phrases ("ty suka", "vot suka").
  it.each([
    'ty che, suka, kinul menya s kvartiroy',
    'suka! ty opyat opozdal',
    'blin, sukaaa, ty gde posylka',
    'suka, ty gde?',
    'kalau suka, boleh beli',
    'Saya suka! Bagus',
    'bili ka ng asin, suka, toyo',
    'Suka, ty!',
    'ty che, sukarno',
    'Ya suka, barangnya bagus. Ty?',
    'blin, suka, gde posylka',
    'Pol: suka, 2 mesyatsa, uzhe privita',
  ])('leaves %j alone', clean);
  it.each(['ty suka', 'vot suka, opyat opozdal'])('still finds %j', (text) => expect(kinds(text)).toContain('profanity'));

  // Italian "puttana" and Polish "kurwo", "kurwy" behind a star are not read: starred, they look as a name masked on a review or a
  // parcel does ("Pu****a S.", "Ku**o T.", "K***y"); "kurwa" starred still is.
  it.each([
    'porca p*ttana, la stampa è venuta storta',
    'p*tt*na',
    'ty k*rwo, oddawaj kasę za wózek',
    'k**wo',
    'k*rwy',
    'spaghetti alla p*ttanesca',
    'la p*tata',
    'k*rtka zimowa',
    'k*rczak',
    'kurtka',
    'Paid by K***y',
    'Buyer K***o left 5 stars',
    'Winner: P*****a from Leeds',
  ])('leaves %j alone', clean);
  it.each(['k*rwa', 'ty kurwo'])('still finds %j', (text) => expect(kinds(text)).toContain('profanity'));

  // Yoruba "oloshi" (a wretch), a whole word in letters, opening the message or before a "!" or a comma; Finnish "olosi" (your
  // feeling) is no form of it, a code with a digit for a letter none, and Japanese grated "oroshi" after daikon, momiji or ponzu.
  it.each([
    ['Oloshi! You carry my deposit run', 'Oloshi'],
    ['oloshi, where is my money', 'oloshi'],
    ['you be oloshi!', 'oloshi'],
  ] as const)('finds %j', (text, span) => expect(found(text)).toContainEqual(['profanity', span]));
  it.each([
    'Miten olosi tänään?',
    'Toivottavasti olosi on parempi',
    'Olosho market',
    'you be oloshi',
    '0l0shi',
    'Use voucher code OLO5HI at checkout',
    'Ponzu with momiji oloshi, 2 litres',
    'Momiji oloshi!',
  ])('leaves %j alone', clean);

  // Vietnamese "đm" cut by one symbol, small letters only, right before a space and "mày", "thằng", "con", "shop" (said to someone);
  // initials ("Đ.M.", "Đ*m", "Đ-M"), a signature, a street's "Đ." before a name or a price per metre are none, and neither is "đcm" cut.
  it.each([
    ['đ.m mày, lừa đảo à', 'đ.m'],
    ['đ-m thằng lừa đảo', 'đ-m'],
    ['đ~m shop', 'đ~m'],
    ['đ.m chúng mày', 'đ.m'],
  ] as const)('finds %j', (text, span) => expect(found(text)).toContainEqual(['profanity', span]));
  it.each([
    'Đ.M.Khai, quận 1',
    'giá 50.000đ.m2',
    'Đ. Lê Lợi',
    'Đ.Lê Lợi',
    'D.M. Smith',
    'Pozdrav, Đ.M.',
    'Đ-M Transport d.o.o.',
    'Giá 50 nghìn đ.m',
    'Đ.m mày, lừa đảo à',
    'Đ*M shop lừa đảo',
    'đ*m',
    'đ.c.m mày',
    'đ.m',
  ])('leaves %j alone', clean);

  // Hungarian "kibaszott" (fucking) and the participles of its stem with a prefix; "baszk" (Basque), "basszus" (bass) and Polish
  // "baszta" (a tower) are other words.
  it.each([
    ['te kibaszott csaló, hol a pénzem', 'kibaszott'],
    ['kibaszottul drága', 'kibaszottul'],
    ['elbasztad a csomagot', 'elbasztad'],
    ['kib4szott', 'kib4szott'],
  ] as const)('finds %j', (text, span) => expect(found(text)).toContainEqual(['profanity', span]));
  it.each(['Baszkföld szép', 'A basszusgitár eladó', 'Baszta w Krakowie', 'baszk zászló'])('leaves %j alone', clean);

  // German "dick" (thick) with an ending and "die Dicke" (thickness) are no swear word, nor English "dicker" (haggle); "dick" alone,
  // its compounds and its German forms after English "a", "my", "you" still are.
  it.each(['Die Dicke des Glases beträgt 4 mm', 'ein dicker Pullover', 'die dickere Variante', 'dicke Bohnen'])('leaves %j alone', clean);
  it.each([
    'suck my dick',
    'dickhead',
    'd1ck',
    'you dickface',
    'what a dicke',
    'you dickes',
  ])('still finds %j', (text) => expect(kinds(text)).toContain('profanity'));

  // The three reviews of round 36 (readers' clean lines and disguises for each of its rules). The clean lines its rules flagged
  // that were clean before it: "concha de tu madre" of a shell, tortoiseshell or bread, or after a verb, and the name Concha de la
  // Lora; Sudan's dried meat "sharmout"; names masked "K***y", "K***o", "P*****a"; initials "Đ.M.", "Đ-M" and "đ.m" a metre after
  // a price; Tagalog "suki" (a regular) and "suka" (vinegar), the name Suki, puppies' adverts ("Pol: suka"); Czech and Slovak
  // "přidej náš" (our) and "mé" (my) things, a list, a line-up, a quote; Russian "pishi" here and not on the app, after "ne", in a
  // quote, and Bengali "pishi" (an aunt); "eins zwo" counted at a sound check and a dance. The third review's: invitations quoted
  // without quote marks, reported after a colon or a verb, "v tele" (in a letter's body), a session, a line dance, Signal festival,
  // the TT league; counts down and meter readings with "zwo"; "concha de tu madre" (a shell) opening a clause or after a dialogue
  // dash; Japanese "oroshi" typed "oloshi" after daikon, momiji, ponzu, and a code "OLO5HI"; names masked "Pu****a", "Ku**o",
  // "P****na"; "đ.m" a signature or a unit, "Đ*m" a name; puppies' adverts that say "ty" ("Suka, 3 mesyatsa").
  describe('the three reviews of round 36', () => {
    it.each([
      '¿Son las gafas de concha de tu madre? La montura está como nueva',
      'Vendo el peine de concha de su madre, es antiguo, de los años 20',
      'La receta de concha de tu madre es la mejor, ¿me vendes una docena para el domingo?',
      'ya tengo la concha tu madre la quería rosada no?',
      'El pedido va a nombre de Concha de la Lora, calle Feria 12, Sevilla',
      'Quiero los pendientes de concha de su madre, ¿siguen disponibles?',
      '¿La peineta de concha de tu madre es de carey auténtico o de acetato?',
      'We sell homemade sharmout (Sudanese dried beef), 500g for £12',
      'Can you cater mullah sharmout for 40 guests on Saturday?',
      'Sharmout abiyad with kisra for the wedding, how much per tray?',
      'Is the sharmoot fully dried or half dried? My mum wants it for tagalia',
      'Order: 2 kg sharmout + 1 kg weika powder, delivery to Khartoum North',
      'Paid by K***y, order #4471 ships Monday',
      'Review from p*****a: fast delivery, pram exactly as described',
      'Buyer K***o left 5 stars for the tattoo flash prints',
      'The card holder shows as K***y M. on my statement, is that you?',
      'Parcel for K***o Tanaka is in locker 12',
      'Locker pickup code sent to K***y, see the app notification',
      'Winner of the raffle: P*****a from Leeds!',
      'Pozdrav, Đ.M.',
      'Lp, Đ.M. — ako su kolica još dostupna, javite',
      'Dostava za Đ.M., Novi Sad, Bulevar oslobođenja 12',
      'Đ-M Transport d.o.o. preuzima paletu u utorak',
      'Giao hàng tới 12 Đ.M. Khai, Q. Hai Bà Trưng',
      'Người nhận: Đ.M. Hùng, giao giờ hành chính',
      'Naručitelj: Đ.M., Đakovo — plaćanje pouzećem',
      'Ty po, suki! Nu pa need mo?',
      'Nu pa bibilhin? Asin, suka, toyo. ty',
      'Salamat, suki! Ty ulit, nu pa kailangan mo bukas?',
      'Hi, Suki! ty for the order, nu stock drops Friday',
      "Suki, ty gde? Ya uzhe u pod'ezda s kolyaskoy",
      'Suki! Nu, che? ty, the hotpot set arrives at 6',
      'Přidej mě na line-up, hraju na svatbách za 5000 Kč',
      'Ne pishite mne v vatsap, ya ego udalil, tolko tut',
      'Pishite tolko zdes, ne v Telegram, tak pravila',
      'Pishi mne tut, v Telegram ya ne zakhozhu',
      'Ami pishi ke WhatsApp e chobi pathiye dilam',
      "My pishi is on WhatsApp all day, she'll love this saree",
      'Soundcheck: eins, zwo, eins, zwo, eins, zwo, drei',
      'Walzer im Tanzkurs: eins zwo drei, eins zwo drei, eins zwo drei, ab Montag',
      'Přidej si mě na seznam, na Instagramu nejsem',
      'Pridaj si ma na zoznam, na Facebooku nie som',
      'Pishi mne tut, v whatsapp ne nado',
      'Přidej náš inzerát na Facebook, ať ho vidí víc lidí',
      'Pridajte náš inzerát na Facebook, nech ho vidí viac ľudí',
      'Přidejte mé logo na vizitky i na Instagram banner',
      'Přidej mé fotky na Instagram až bude hotovo, chci je vidět',
      'Přidej si mě do oblíbených tady, ne na Facebooku',
      'Pridajte si nás do obľúbených, na Facebooku nie sme',
      'Kamarád psal "přidej si mě na Instagramu", ale já ho neznám',
      'Prosím, nepište mi "přidej si mě na WhatsAppu", komunikuji jen tady',
      'Přidejte náš e-shop do záložek, na Instagramu jsme jen občas',
      'Přidej náš odkaz na Facebook do skupiny sousedů, díky',
      'Pridajte náš leták na Instagram aj na Facebook, tlačiareň ho pošle v PDF',
      'Ne pishite mne v WhatsApp, ya otvechayu tolko zdes',
      'Pozhaluysta, ne pishite v Telegram, ya tam ne byvayu',
      'Pishi tut, a ne v Telegram',
      'Pishite zdes, v Viber ne otvechayu',
      'Pishite syuda, v Telegram ya ne zakhozhu',
      'Napishite mne zdes, a ne v Viber, tak nadezhnee',
      'Pishi tut, v WhatsApp menya net',
      'Prodavets napisal: "pishite v WhatsApp", no ya khochu tut',
      'My pishi saw this saree on Instagram, is it still available?',
      'Pishi saw your post on Facebook and wants two jars of pickle',
      'Pishi liked your reel on Instagram, she wants the same kurti',
      'Mikro getestet: eins zwo drei vier, eins zwo drei vier – kein Rauschen',
      'Soundcheck: eins zwo, eins zwo, eins zwo drei – die Box klingt super',
      'Lautsprecher getestet mit eins zwo drei, eins zwo drei, vier fünf – klar und laut',
      'Check, check, eins zwo drei vier, eins zwo drei vier, passt alles',
      'Walkie-Talkie Reichweite getestet: eins zwo drei vier, eins zwo drei vier, hört man sauber',
      'Beim Tanzen zählen wir fünf sechs sieben acht, eins zwo drei vier',
      'El colgante lleva la concha de su madre, por eso no lo vendo',
      'Guardé la concha de tu madre en la caja de los aretes, ¿te la mando con el pedido?',
      'Recenzja od P*****a: szybka wysyłka, polecam',
      'Buyer: K***y from Leeds left 5 stars',
      'Review by K***o: arrived fast',
      'Paulina (P*****a) odebrała paczkę',
      'Người nhận: Đ.M. Hùng, 12 Lê Lợi, Q.1',
      'Người gửi: Đ.M Tuấn - 0909 xxx xxx',
      'Đ.M. Hùng đã nhận hàng, cảm ơn shop',
      'Chuyển khoản ghi nội dung: Đ.M thanh toán đơn 1532',
      'Uplata na ime Đ.M., hvala unapred',
      'Prodajem bicikl, javite se ovde. Pozdrav, Đ.M.',
      'Potpis na računu: Đ.M',
      'Mã vạch Đ-M-2024 đã dán',
      'Giá 50 nghìn đ.m, cắt theo yêu cầu',
      'Shchenki haski. Pol: suka. Uzhe privita, mozhet ehat v novyy dom',
      'Ostalas odna devochka. Suka, 3 mesyatsa, uzhe privita. Kogda mozhete posmotret?',
      'Kobeli uzhe prodany. Suki, dve shtuki, gde zabrat — Khimki',
      'Pol: suka, okras chernyy. Mozhet, vam nuzhen kobel? Uzhe est dokumenty',
      'Pol: suka, 2 mesyatsa. Privivki uzhe sdelany, chto eshche nuzhno znat?',
      'Kotenok ili shchenok? Suka, 4 mesyatsa, gde-to 6 kg, mozhet zhit v kvartire',
      'Suka! Nu biru masih ada kak? ty',
      'Suka, toyo, asin. Nu pa? ty',
      'Suki, ik kan het nu niet ophalen, morgen wel. ty!',
      'Suki, che ne dici di 40 euro? ty',
      'Pořád mi chodí zprávy typu: přidej si mě na WhatsAppu. Je to podvod?',
      'Můžu do inzerátu napsat přidejte si nás na Facebooku, nebo je to proti pravidlům?',
      'Kupující mi napsal "Dobrý den, přidejte si mě na WhatsAppu" – to je podvod, že?',
      'Písal mi: „Ahoj, pridaj si ma na Instagrame" – mám ho nahlásiť?',
      'Ve vzoru inzerátu stojí Přidejte si nás na Facebooku, můžu to smazat?',
      'Přidej mě na session ve studiu, nahraju ti basu za 2000',
      'Přidej mě na line dance v úterý, boty už mám',
      'Přidej nás na Signal festival, svítíme tam s projekcí',
      'Přidej si mě na TT ligu, hraju za Sokol',
      'Z fotek přidej mé na Instagram, ostatní ne',
      'Napishite v tele pisma nomer zakaza i adres dostavki',
      'Pishite v tele zayavki model telefona i problemu, master otvetit',
      'Napishite v tele obrashcheniya adres i udobnoe vremya dlya uborki',
      'V tele pisma ukazhite nomer zakaza. Pishite v tele, a ne v teme',
      'Napishi mne na tele imya docheri, shriftom kak na eskize',
      'Klient napisal: Zdravstvuyte, pishite v vatsap. Eto razresheno tut?',
      'Moshenniki chasto pishut: napishi mne v telegu. Ne vedites, platite tolko tut',
      'Mne prishlo "Zdravstvuyte, napishite mne v vatsap" — eto moshenniki?',
      'Mozhno v obyavlenii napisat pishite v vatsap, ili eto zapreshcheno pravilami?',
      'Beim Versteckspiel zählt sie sieben, sechs, fünf, vier, drei, zwo, eins und sucht dann',
      'Die Rakete startet: sieben sechs fünf vier drei zwo eins null!',
      'Sieben sechs fünf vier drei zwo eins null – und weg war die Couch, danke für die Abholung',
      'Zählerstand bei Auszug vier vier zwo null null eins sieben drei, bitte ins Protokoll',
      'Die Lottozahlen: drei, neun, zwo, elf, sieben, acht, Superzahl vier',
      'Concha tu madre ya pagó el pedido, pásate el lunes por la tienda',
      '¿La concha de tu madre es de nácar? Si es así te la compro',
      'Sí, la concha de tu madre es preciosa, ¿en cuánto la dejas?',
      'La concha de tu madre llegó rota, te mando foto del envío',
      'Material: concha de su madre, la pulió mi abuelo en los años 40',
      '—¿Qué es eso? —La concha de su madre, la del collar, no está a la venta',
      'Concha de su madre heredó la mercería, por eso tiene tantos botones antiguos',
      'Ok. La concha de su madre la vendo aparte, es de carey',
      '¿Concha de tu madre o de tu abuela? La de carey es la de tu abuela',
      'Daikon oloshi on the side for the 20 bento boxes',
      'Ponzu with momiji oloshi, 2 litres',
      'Use voucher code OLO5HI at checkout',
      'Review by Pu****a: the kurti fits perfectly',
      'Paid by Pu****a S., order #5520',
      'Recensione di Pu****a: consegna veloce',
      'Buyer Pu*****: 5 stars',
      'Komentarz od P****na: wózek jak nowy',
      'Odbiorca: P****na K., paczkomat KRA01M',
      'Review by Ku**o: the lamp is lovely',
      'Kupujący Ku**o T. odebrał paczkę',
      'Kupujący: Ku**y W., Kraków',
      'Reviewed by K*r*y: great pram, thanks',
      'Javim se sutra oko preuzimanja kolica. Pozz, đ.m.',
      'Hvala na kupnji! đ.m.',
      'Người mua: Đ*m V. H., đánh giá 5 sao',
      'Khách Đ*m Thị Lan đã nhận hàng',
      'Đơn giá (đ.m): 85.000, tối thiểu 3 mét',
      'Tên file: bang_gia_Đ_M',
      'Ký tên: Đ.m. Tuấn, kế toán',
      'Tebe kakuyu, kobelya ili devochku? Suka, 3 mesyatsa, uzhe s privivkami',
      'Ty sprashival pro shchenka. Suka, 2 mesyatsa, uzhe privita, mozhesh zabrat v subbotu',
      'Kobel ili suka? Suka. Tebe uzhe delali sterilizatsiyu?',
      'Ty prosila devochku: suka, belaya, 4 mesyatsa. Tebe prislat video?',
      'Vyazka: suka, 3 goda, s rodoslovnoy. Ty gde nakhodishsya?',
      'Shchenok: suka. Ty gde, kogda priedesh smotret?',
      'Ty pytala pro kotenka? Net, eto shchenok, suka. Tebe pokazat foto?',
      'Tsutsenya: suka, dva misyatsi. Ty khochesh pobachyty? Tebe zruchno v subotu?',
      'Privezla tebe shchenka na perederzhku. Pol: suka! Kormit tri raza v den, ty zhe pomnish?',
      'Suka, ryzhaya, mozhet, tebe ponravitsya? Gde ty zhivesh?',
    ])('leaves %j alone', clean);
    // Flagged before the round and clean since: German "dick" (thick) with its endings, English "dicker" (haggle), IBANs.
    it.each([
      'Die Dicke der Platte beträgt 18 mm',
      'Ein dicker Wollpullover, Größe M, 15 Euro',
      'Haben Sie die dickere Variante der Matte?',
      'Dicke Bohnen und Speck für 40 Personen',
      'Die dickste Angelschnur, die Sie haben, bitte',
      'Happy to dicker on price if you collect',
      'Dickes Fell hat der Hund, braucht keinen Mantel',
      'Bitte dicken Karton für den Druck nehmen',
      'My statement shows GB29 NWBK 6016 1331 9268 19 as the payer, is that your account?',
      'NO93 8601 1117 947',
      'Die Dicke des Glases beträgt 4 mm',
      'Dicke Winterjacke, wie neu',
      'ein dickes Brett, 4 cm',
      'Dickes Fell, der Hund haart kaum',
      "Don't dicker over the price, it's already low",
      'IE29 AIBK 9311 5212 3456 78 for the deposit on the van',
      'DK50 0040 0440 1162 43 — MobilePay virker ikke i dag',
      'FI21 1234 5600 0007 85, viitenumero 13 14 15',
      'Dicke Luft im Büro, aber die Lieferung kam pünktlich',
      'Das dicke Ende kommt noch: die Montage kostet extra',
      'BE71 0961 2345 6769 is mijn rekening',
      'BE71 0961 2345 6769 op naam van Peeters',
      'BE71 0961 2345 6769 svp',
      'BE71 0961 2345 6769 t.n.v. Janssens',
      'BE71 0961 2345 6769 aub voor zaterdag',
    ])('leaves %j alone', clean);
    // The disguises caught. Those still missed: Chile's "ctm" and "conchesumadre", "la concha su madre", "concha'e tu madre", "y la
    // concha…", "la concha de tu vieja", spaced and dotted letters, "sharmout" and "sharmootah", "đ. m", "đ.c.m" and "Đ-M" or "Đ*M"
    // in capitals, "pishy", "p1shi", "napishi mne v telege" and other forms of the apps ("instáči", "tg", "fejsu", "vajbere"), "zwo"
    // run together, with "fuenf" or in a chain that does not start with "null", and a phone right after an IBAN. Missed since the
    // second mend, its rules dropped: "suka" called ("suka, ty gde?"), "kurwo", "kurwy" and "puttana" starred ("p*ttana", "ty
    // k*rwo"), and "oloshi" with digits, symbols or stretched ("0l0shi", "olo$hi", "oloshiii").
    it.each([
      ['la conchetumare, me cobraste el doble', 'profanity'],
      ['la concha de tu madre!!', 'profanity'],
      ['ya sharmuuuta', 'profanity'],
      ['ibn el sharm0ta, rajje3 el masari', 'profanity'],
      ['$harmuta', 'profanity'],
      ['sharameet kollkom', 'profanity'],
      ['ya sharmou6a', 'profanity'],
      ['k1baszott csaló', 'profanity'],
      ['ki-baszott drága', 'profanity'],
      ['szétbaszott kocsi', 'profanity'],
      ['baszódj meg', 'profanity'],
      ['ሸ ር ሙ ጣ', 'profanity'],
      ['ሸርሙጣዎች ናችሁ', 'profanity'],
      ['putt@na', 'profanity'],
      ['đ.m mày lừa đảo', 'profanity'],
      ['nu ty i suka, gde tovar', 'profanity'],
      ['s*ka, ty gde', 'profanity'],
      ['you absolute dickhead', 'profanity'],
      ['d!ck', 'profanity'],
      ['what a dicke', 'profanity'],
      ['stop being a dicker', 'profanity'],
      ['Přidej mě na W h a t s A p p', 'handle'],
      ['přidejte si nás na Instagramu: @kocarky.brno', 'handle'],
      ['pridej si me na telegramu', 'handle'],
      ['Přidej si mě na IG', 'handle'],
      ['pishi v telegu', 'handle'],
      ['napishite v whats app', 'handle'],
      ['Null-eins-sieben-zwo / drei vier fünf / sechs sieben acht', 'phone'],
      ['0176 zwo drei vier fünf sechs sieben', 'phone'],
      ['ruf an: null zwo null, eins eins zwo zwo, drei drei', 'phone'],
      ['plus vier neun, eins fünf zwo, drei vier fünf sechs sieben acht', 'phone'],
      ['DE89370400440532013000 / 01761234567', 'phone'],
      ['AT61 1904 3002 3457 3201 +43 664 1234567', 'phone'],
      ['Přidej si mě na IG, jsem tam jako pavel.opravy', 'handle'],
      ['pridejte si nas na fb', 'handle'],
      ['Pridaj si ma na WhatsAppe, tam odpisujem rýchlejšie', 'handle'],
      ['Přidej si mě do přátel na Facebooku', 'handle'],
      ['PŘIDEJ SI MĚ NA TELEGRAMU', 'handle'],
      ['přidej si mě na Viberu', 'handle'],
      ['Přidej mě na WhatsAppu', 'handle'],
      ['napishi mne v vatsap', 'handle'],
      ['Pishite na viber, otvechu bystro', 'handle'],
      ['NAPISHITE V TELEGRAM', 'handle'],
      ['napishi v insta, tam foto', 'handle'],
      ['napishi mne v t3l3gram', 'handle'],
      ['null eins sieben sechs zwo drei vier fünf sechs sieben acht', 'phone'],
      ['null-eins-fünf-zwo-drei-drei-vier-fünf-sechs-sieben-acht', 'phone'],
      ['NULL EINS SIEBEN ZWO, DREI VIER FÜNF, SECHS SIEBEN ACHT', 'phone'],
      ['null sechs sechs vier zwo eins zwo drei vier fünf sechs', 'phone'],
      ['0176 zwo drei vier fünf sechs sieben acht', 'phone'],
      ['0 eins 7 zwo 3 vier 5 sechs 7 acht 9', 'phone'],
      ['null eins sieben zwo 🔥 drei vier fünf 🔥 sechs sieben acht', 'phone'],
      ['Ruf an: null eins sechs zwo, vier vier fünf, sechs sieben acht neun', 'phone'],
      ['NL74 ABNA 0612 3456 78', 'phone'],
      ['mijn "rekening" NL58 RABO 0687 6543 21, haal NL58 RABO eraf en je hebt me', 'phone'],
      ['bel NL88 BUNQ 0698 7654 32 zonder de letters ervoor', 'phone'],
      ['NL91 ABNA 0417 1643 00, 06 12345678', 'phone'],
      ['GB29 NWBK 6016 1331 9268 19 mob 07700 900123', 'phone'],
      ['NL74 ABNA 0612 3456 79', 'phone'],
      ['conchetumare, me estafaste', 'profanity'],
      ['la c0ncha de tu m4dre', 'profanity'],
      ['CONCHETUMARE', 'profanity'],
      ['ya sharmuta', 'profanity'],
      ['ya charmouta', 'profanity'],
      ['sharmoo6a', 'profanity'],
      ['sh4rmuta', 'profanity'],
      ['SHARMOTA!', 'profanity'],
      ['oloshi ni e', 'profanity'],
      ['OLOSHI!!!', 'profanity'],
      ['kibaszott csaló', 'profanity'],
      ['kib@szott csaló', 'profanity'],
      ['elbaszott futár', 'profanity'],
      ['szétb4szott', 'profanity'],
      ['KIBASZOTTUL drága', 'profanity'],
      ['ki-baszott', 'profanity'],
      ['kiba$zott', 'profanity'],
      ['አንተ ሸርሙጣ ሌባ', 'profanity'],
      ['አንቺ ሸርሙጧ', 'profanity'],
      ['ሸርሙጦች ናችሁ', 'profanity'],
      ['ty kurw0', 'profanity'],
      ['đ_m thằng ship', 'profanity'],
      ['what a dickster', 'profanity'],
      ['suck my dicke', 'profanity'],
      ['you dickes', 'profanity'],
      ['dickhead', 'profanity'],
      ['pridaj si ma na insta, som tam ako janka.sije', 'handle'],
      ['Přidej si mě na Telegramu 😉', 'handle'],
      ['pishi mne na vatsap, tam bystree', 'handle'],
      ['pishite nam v insta, tam vse foto', 'handle'],
      ['Handy: null eins sieben eins, zwo drei zwo drei zwo drei zwo', 'phone'],
      ['null eins fünf eins – zwo zwo drei – vier vier fünf sechs', 'phone'],
      ['ruf mich an null eins sieben sechs zwo zwo drei drei vier vier fünf', 'phone'],
      ['0176 / zwo drei / vier fünf / sechs sieben', 'phone'],
      ['plus vier drei sechs sechs vier eins zwo drei vier fünf sechs sieben', 'phone'],
      ['IBAN AT61 1904 3002 3457 3201 Handy 0664 1234567', 'phone'],
      ['la conchatumadre, estafador', 'profanity'],
      ['¡La concha de tu madre!', 'profanity'],
      ['sh@rmuta', 'profanity'],
      ['$harm0ta', 'profanity'],
      ['ሸርሙጣ!', 'profanity'],
      ['k!baszott', 'profanity'],
      ['đ~m mày', 'profanity'],
      ['cyka, ty gde moi dengi?', 'profanity'],
      ['such a dicke, pay me', 'profanity'],
      ['đ/m thằng lừa', 'profanity'],
      ['đ/m mày trả tiền đi', 'profanity'],
      ['đ,m mày', 'profanity'],
      ['đ~m shop', 'profanity'],
    ] as const)('finds %j (%s)', (text, kind) => expect(kinds(text)).toContain(kind));
  });
});

describe('bad input', () => {
  const inputs: Record<string, string> = {
    'regex-hostile': '((((((((a'.repeat(400),
    '10,000 emoji': '😀'.repeat(10_000),
    '4,000 digits': '7'.repeat(4000),
    'only zero-width characters': '\u200b\u200c\u200d\u2060\ufeff'.repeat(800),
    'mixed scripts': 'Сайт مرحبا שלום 你好 hello мир '.repeat(120),
    'right-to-left overrides': '\u202e\u202d\u2066\u2067\u2069'.repeat(800),
    'lone surrogates': '\ud800a\udc00'.repeat(1000),
    'spaced letters': 'a '.repeat(2000),
    'spelled-out noise': 'a at b dot '.repeat(400),
    'app names without end': 'wattsap '.repeat(500),
    'addresses without @': 'x.y gmail com '.repeat(285),
    'spaced Cyrillic': 'б '.repeat(2000),
    'spelled dots of other languages': 'x punto '.repeat(500),
    'numbers told in parts': '1 tapos '.repeat(500),
    'numbers handed over in pieces': 'first part: 0123. '.repeat(300),
    'digit words run together': 'seven'.repeat(800),
    'pieces to put together': '0415 for a, 555 for b and 0164 '.repeat(120) + 'put it together',
    'numbers with letters for digits': 'call 4i5-s5s-oi32 '.repeat(220),
    'addresses backwards': 'moc.liamg@ecnerolf '.repeat(210),
    'ids in Thai': 'ไลน์ไอดี: '.repeat(400),
    'characters between hyphens': 'a-@-.-'.repeat(660),
    'names on every app': "I'm x on every app ".repeat(210),
    'sites and swear words backwards': 'read it backwards: moc.kcuf.ten '.repeat(125),
    'Cyrillic letters for digits': '9З1 2О5 '.repeat(500),
    'handles everywhere': "I'm @x_1 everywhere, ".repeat(190),
    'app ids in Japanese': 'LINE ID は x_1 '.repeat(300),
    'payment addresses': 'upi x.y@ybl z@paytm '.repeat(200),
    'an @ after a long name': 'a.'.repeat(2000) + '@okaxis',
    'date ranges': '12.05.–19.05. '.repeat(280),
    'spelled addresses in Tamil and Bengali': 'x.y அட் ஜிமெயில் டாட் অ্যাট ডট কম '.repeat(150),
    'dots at the hem': 'polka dot at the '.repeat(250),
    'spaced doubled letters': 'c a z z '.repeat(500),
    'short runs with stops': Array.from({ length: 300 }, (_, i) => `${'abcdefghjkmnopqrstuvwxyz'[i % 24]}. ${'abcdefghjkmnopqrstuvwxyz'[i % 24]}. ${'abcdefghjkmnopqrstuvwxyz'[(i * 7) % 24]} xx `).join(''),
    'part numbers': 'Mercedes A 000 420 12 20 pads '.repeat(150),
    'open chats': "카톡 오픈채팅 '".repeat(400),
    'spelled addresses in Hangul': 'ab점cd 앳 naver닷컴 '.repeat(200),
    'spaced dots after www': 'www . a . '.repeat(300),
    'Greek forms of one verb': 'γαμώ γαμημένο yauw '.repeat(300),
    'l for 1 in pairs': 'l2 5l '.repeat(660),
    'Hungarian hundreds': 'négyszázhuszonegy '.repeat(220),
    'Turkish tens': 'yüz on bir '.repeat(360),
    'v for u': 'cvnt pvss '.repeat(400),
    'masked Latin words': 'bl@t p*zd@ s**k@ a*b@ '.repeat(200),
    'registered signs between letters': 'a®b©c®'.repeat(660),
    'Greek and Swahili invitations': 'βρες με στο ίνσταγκραμ nicheki kwa whatsapp '.repeat(90),
    'stars and digits in Latin words': '*uka suk* 5uka bl9t e6 3pcs *new* '.repeat(120),
    'signs beside app names': 'fa©ebook ®eddit messenge® '.repeat(150),
    'empty': '',
  };
  // How long each takes is the moderation benchmark's to say (its adversarial messages): a test
  // measures what a verdict is, and one that never ends fails by the test's timeout.
  it.each(Object.keys(inputs))('%s: a verdict, without throwing', (name) => {
    const verdict = policy.review(inputs[name]!);
    expect(['clean', 'masked', 'flagged']).toContain(verdict.status);
    for (const v of verdict.violations) expect(v.end).toBeLessThanOrEqual(inputs[name]!.length);
  });
});

describe('codes and model numbers are not disguises', () => {
  // A digit read as a letter is a disguise only where a word is being hidden: not in an order number, a hex id or a phone
  // model beside its maker, its storage or talk of selling it.
  it.each([
    'Oppo A5s for sale, 64GB',
    'Galaxy A5s',
    'selling my A5s, screen perfect',
    'order 4B00B51',
    'ref 9B00B2',
    'tracking 221b00b7',
    'id ze9fa221b00ba5',
    '12b00b12',
    'Vendo Samsung A5s, pantalla perfecta',
    'Verkaufe Oppo A5s 32GB, Display ohne Kratzer',
    'Vends Oppo A5s, écran impeccable',
    'Jual Oppo A5s second, mulus',
    'Продаю A5s, экран без царапин',
    'Is your A5s unlocked?',
    'Galaxy A55 5G, 128GB, like new',
    'Redmi A5s, box and charger included',
    'Rif. ordine 7B00B39',
    'invoice 30B00B5 attached',
    'commit 9f3b00b21c',
    'Samsung A5s battery still good',
    // the review: "you", "ur" or "an" before a model in talk of a phone, a sale or another model
    'Is ur A55 unlocked?',
    'is ur a55 screen cracked',
    'Are you A55 or S23 user?',
    'Thank you A55 arrived today',
    'what an A55 deal',
    'such an a55 bargain',
  ])('leaves %j alone', (text) => expect(kinds(text)).toEqual([]));
  it.each([
    'b00bs',
    '5h1t',
    'sh1t',
    'a55',
    'a55hole',
    '@ss',
    'f4ck',
    'kiss my a5s',
    'kiss my A5s',
    'you a55',
    'b1tch',
    'sh!t',
    '5hit happens',
    'ur a d1ck',
    'fvck',
    'f4ck1ng courier',
    'move your fat a55',
    // the review: a swear word through a digit followed only by digits is no code
    'sh1t123',
    'b1tch420',
    "you're an a55",
  ])('still finds %j', (text) => expect(kinds(text)).toContain('profanity'));
});
