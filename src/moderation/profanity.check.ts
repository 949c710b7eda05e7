// Profanity: obscenity's English data set and its recommended transformers (leetspeak, confusable
// characters, repeated letters), plus skipping non-letters so "f.u.c.k", "f u c k" and "s-h-i-t"
// match. Its whitelist keeps "assessment", "Scunthorpe", "shitake" and "hit or miss" clean; the
// terms below add words it lacks and places and things it would otherwise hit.
import {
  DataSet,
  englishDataset,
  englishRecommendedBlacklistMatcherTransformers,
  englishRecommendedTransformers,
  englishRecommendedWhitelistMatcherTransformers,
  type Node,
  type ParsedPattern,
  pattern,
  RegExpMatcher,
  SyntaxKind,
  skipNonAlphabeticTransformer,
  type TransformerContainer,
} from 'obscenity';
import { allMatches } from './all-matches.js';
import { type MappedText, mappedSpan, originalSpan, type Span } from './mapped-text.js';
import { baseView, inRussianLetters, withoutCombiningMarks } from './normalise.js';

const EXTRA_WORDS = [
  'wtf', 'stfu', 'bellend', 'tosser', 'knobhead', 'douche', 'skank', 'crap', 'damn', 'bugger', 'shite', 'feck', 'dumbass', 'jackass',
  'phuck', 'phuk', 'fuk', 'fuq', 'fcuk', 'arsehole', 'biatch', 'biotch', 'beyotch', 'gtfo',
  // "damn" inside "goddamn" ("goddamned", "goddamnit"), where the word does not start
  'goddamn',
];
// Argentine and Chilean "la concha de tu madre" (among FOREIGN_WORDS), sworn only as a message of its own (conchaOpensMessage).
const CONCHA_PHRASES = ['concha de tu madre', 'concha de su madre', 'concha e tu madre', 'concha tu madre'];
// The commonest swear words of languages people mix into English chat; whole words only, so
// "reputable" and "computadora" keep their "puta".
const FOREIGN_WORDS = [
  // French, German, Dutch
  'merde', 'putain', 'connard', 'connards', 'connasse', 'salope', 'encule', 'enculer', 'scheisse', 'scheiße', 'scheiss', 'scheiß',
  'arschloch', 'wichser', 'hurensohn', 'fotze', 'schlampe', 'klootzak', 'godverdomme', 'kankerlijer',
  // Spanish, Portuguese, Italian
  'puta', 'puto', 'putas', 'mierda', 'joder', 'jodete', 'cabron', 'cabrona', 'pendejo', 'pendeja', 'gilipollas', 'gilipolla',
  'chingada', 'chingado', 'chingar', 'culero', 'carajo', 'porra', 'caralho', 'foda-se', 'fodase', 'merda', 'buceta', 'cazzo',
  'vaffanculo', 'fanculo', 'stronzo', 'stronza', 'minchia', 'coglione', 'puttana',
  // Polish, Turkish, Russian in Latin letters
  'kurwa', 'kurwo', 'kurwy', 'chuj', 'chuju', 'chuja', 'pierdol', 'pierdole', 'pierdolony', 'spierdalaj', 'skurwiel', 'skurwielu', 'jebac', 'jebany', 'jebana', 'jebane', 'siktir', 'orospu', 'yarrak', 'blyat', 'pizda', 'cyka', 'amk',
  // Hindi and Urdu in Latin letters
  'bhenchod', 'behenchod', 'benchod', 'bhenchood', 'madarchod', 'madarchood', 'chutiya', 'chutiye', 'bhosdike', 'bhosadike', 'gaandu', 'gandu',
  // Indonesian, Polish inflected
  'bangsat', 'kontol', 'memek', 'ngentot',
  // Dutch
  'kut', 'kankerlijder', 'tering',
  // Tagalog, Greek and Romanian in Latin letters; Swahili; French beyond the commonest
  'putangina', 'tangina', 'putang', 'gago ka', 'ang gago', 'gago mo', 'gamoto', 'muie', 'wewe ni malaya', 'ni malaya', 'msenge', 'mjinga', 'mshenzi', 'washenzi', 'fils de pute', 'sale pute', 'espece de pute', 'foutre', 'enfoire', 'enfoires',
  // Phrases where the word alone is an everyday one: Portuguese "cu" is Romanian "with", "gago" a
  // stutterer, Indonesian "anjing lo" also "your dog", "malaya" Tagalog "free", "pute" Romanian "stinks"
  'tomar no cu', 'vai se foder', 'foder', 'dasar anjing', 'anjir', 'anjg',
  // Nigerian Pidgin and Yoruba; Czech and Slovak; Swedish, Norwegian and Finnish (accents off: "jävla" reads "javla")
  // (Yoruba "olóṣì", a wretch, is OLOSHI below)
  'mumu', 'werey', 'olodo', 'prdel', 'prdele', 'kurva', 'hovno', 'zmrd', 'zmrde', 'zmrdi', 'zmrdy', 'kokot', 'debil', 'javla', 'javlar', 'javel', 'helvete',
  'fitta', 'kuk', 'perkele', 'vittu', 'paska',
  // Danish
  'lort', 'fanden', 'fandens', 'for helvede', 'kraftedeme',
  // Afrikaans, Singlish, Jamaican, Hindi in Latin letters, Argentine and Colombian Spanish, Quebec French, Austrian German
  'jou poes', 'fok jou', 'fok off', 'fok', 'kanina', 'lanjiao', 'bumboclaat', 'bomboclaat', 'bloodclaat', 'raasclaat', 'rassclaat',
  'behnchod', 'bhainchod', 'bhencho', 'bsdk', 'pelotudo', 'pelotuda', 'conchatumadre', 'malparido', 'malparida', 'hijueputa',
  // Insults as the shared sample counts them
  'moron', 'morons', 'imbecile', 'scumbag', 'dipshit',
  'una gonorrea', 'tabarnak', 'tabarnac', 'calisse', 'ostie', 'oaschloch', 'trottel',
  // Hungarian, Serbian and Croatian, Arabic in Latin letters (Arabizi), Vietnamese abbreviations
  'bazdmeg', 'bazmeg', 'baszd meg', 'geci', 'fasz', 'faszfej', 'picsa', 'jebem', 'jebote', 'picka', 'kurac', 'govno',
  // Hungarian "basz-" (fuck) in its participles and past forms with a prefix ("kibaszott", fucking; "elbaszott", fucked up; accents
  // off: "szétbaszott" reads "szetbaszott"), and "baszott", "baszni", "baszódj meg" alone: not the stem, which starts "baszk"
  // (Basque) and "basszus" (a bass), nor Polish "baszta" (a tower)
  ...['kibaszott', 'elbaszott', 'megbaszott', 'szetbaszott'].flatMap((stem) => ['', 'ul', 'ak', 'at'].map((ending) => stem + ending)),
  'elbasztad', 'elbasztam', 'elbasztak', 'elbaszta', 'elbaszni', 'kibaszni', 'baszott', 'baszni', 'baszodj meg',
  // Romanian: "pula" alone is Tagalog "red"; "căcat" (shit; the base view drops its breve); Malay "pukimak"; British "cockwomble"
  'cacat', 'pukimak', 'puki mak', 'cockwomble', 'cockwombles',
  'pula mea', 'futu-ti', 'futu ti', 'futui',
  // Spanish "coño" is "cono" (a cone) without its tilde: only in its phrases; Chilean, Argentine
  'que cono', 'cono de tu madre', 'me cago en',
  // Argentine and Chilean "la concha de tu madre" ("concha" alone is a shell, and a Mexican bread), also run together as Peru and
  // Chile say it. The phrase is also what it says (CONCHA_PHRASES: "gafas de concha de tu madre", your mother's tortoiseshell
  // glasses; "guardé la concha de tu madre"): sworn only where it opens the message and a comma, a "!" or the end follows. Not
  // "concha de la lora", which is also a woman's name ("a nombre de Concha de la Lora").
  ...CONCHA_PHRASES, 'conchetumare', 'conchatumare', 'conchetumadre', 'conchasumadre', 'huevon', 'boludo', 'boluda',
  // French, German, Dutch phrases
  'ta gueule', 'ferme ta gueule', 'nique ta mere', 'verpiss dich', 'leck mich', 'krijg de kanker',
  // Ukrainian курва and Russian хер are look-alike letters throughout ("kypba", "xep")
  'kypba', 'ha xep', 'haxep',
  // Arabizi, Hebrew and Hindi in Latin letters, Tagalog spaced, Norwegian and Swedish
  'ibn el kalb', 'ibn al kalb', 'kuss ummak', 'kus ummak', 'kus emek', 'kus emak', 'kuss emak', 'ben zona', 'ben zonah',
  'maa ki chut', 'maa chod', 'tang ina', 'faen', 'fy fan', 'helvetes',
  // Swedish "fan" (the devil) only in its curses: alone it is the English word ("fan belt", "a big fan") and starts Swedish
  // ones ("fantastiskt"); "också" and "åt" without their accents, as the base view writes them
  'fan ocksa', 'fan ta dig', 'fan ta er', 'fan ta det', 'vad fan', 'va fan', 'fan i helvete', 'dra at fan', 'fan heller',
  // Italian "troia" (also Troy, and Portugal's Tróia) only in its phrases; "porco dio" (a blasphemy, as Italian swears)
  'porca troia', 'brutta troia', 'figlio di troia', 'sei una troia', 'porco dio', 'porcodio',
  // Greek γαμώ (fuck) and its forms as Greeks type them in Latin letters ("gamw to", "gamisou", "gamimeno")
  'gamw', 'gamisou', 'gamhsou', 'gamiese', 'gamiesai', 'gamimeno', 'gamimenos', 'gamimeni', 'gamhmeno', 'gamhmenos', 'gamiolh', 'gamiolis', 'gamiolhs',
  'kos omak', 'kosomak', 'kos ommak', 'ya 7mar', 'sharmouta', 'sharmoota', 'clgt', 'dm thang',
  // and its other spellings: "u" for its "ou", the Maghreb's "ch", the plural, and Arabizi's "6" for its "ṭ" ("sharmoo6a";
  // obscenity reads a 6 as a "g", so do the words). Not the masculine "sharmout", "sharmoot": Sudan's dried meat is called so
  // ("mullah sharmout", "2 kg sharmout").
  'sharmuta', 'sharmota', 'charmouta', 'charmota', 'sharameet', 'sharmoo6a', 'sharmou6a', 'sharmu6a', 'sharmo6a',
  // Portuguese, Spanish and French abbreviations: "vai tomar no cu", "vai se foder", "puta que pariu", "fils de pute"
  'vtnc', 'vsf', 'pqp', 'fdp',
  // Polish "skurwysyn" and its cases, also with an i for its y (as a digit 1 reads)
  ...['skurwysyn', 'skurwisyn'].flatMap((stem) => ['', 'u', 'ie', 'a', 'y', 'ow'].map((ending) => stem + ending)),
  // Russian "пиздец" in Latin letters (also with a 1 for its i: leetspeak's)
  'pizdets', 'pizdec', 'pizdetz', 'pizdyets',
  // Russian "на хуй" and "блядь" in Latin letters; "suka" only in Russian phrases, as Malay and Indonesian "suka" is "like"
  // ("saya suka"), and "huy" alone is a Vietnamese name
  'nahuy', 'nahuj', 'nakhuy', 'nakhuj', 'idi na huy', 'idi na hui', 'idi nahui', 'poshel nahui', 'blyad', 'bljad', 'blyadina',
  'ty suka', 'ty i suka', 'vot suka', 'kakaya suka', 'suka blyat', 'suka blyad', 'suka bljad',
  // "motherfucker" cut short; "mf" alone is also medium format and a millifarad
  'mfer', 'mfers', 'mofo', 'mofos',
  // A "k" typed for a hard "c", as it sounds: French, Spanish, Italian and Portuguese swear words whose "k" form is no
  // everyday word (English "krap" is Dutch "tight", "kunt" Dutch "can": not among them)
  'konnard', 'konnards', 'konnasse', 'kabron', 'kabrones', 'kazzo', 'karajo', 'karalho', 'kojones', 'kulero',
  // Polish "chuj" in its other cases and adjectives; Russian in Latin letters: хуесос, уёбок, долбоёб, and "suka" after "that"
  'chujem', 'chujowy', 'chujowa', 'chujowe', 'chujnia', 'huesos', 'hujesos', 'huyesos', 'uebok', 'uyebok', 'yobok', 'uebishche', 'ueban',
  'dolboeb', 'dolboyob', 'dolbaeb', 'dolbayob',
  // Turkish "yavşak" (accents off) and its cases; Romanian "dracu" (the devil, as a curse) and "nenorocit" (wretch) in its forms
  'yavsak', 'yavsaklar', 'yavsagi', 'yavsaga', 'dracu', 'dracului', 'nenorocit', 'nenorocitul', 'nenorocitule', 'nenorocita', 'nenorocitilor', 'nenorociti',
  // Dutch "verdomme" (its phrases with "lul" and "eikel" are among OTHER_SCRIPTS' Latin phrases)
  'verdomme',
  // Indonesian "bajingan"; Hindi, Urdu and Arabic "harami" and its kin in Latin letters; Portuguese "otário" and "babaca"
  'bajingan', 'harami', 'haramkhor', 'haramzada', 'haramzade', 'haramjada', 'haramjade', 'otario', 'otaria', 'otarios', 'otarias', 'babaca', 'babacas',
  // Czech and Slovak "kurva" in its cases ("ty kurvo", the call; "kurvy", "kurvu", "kurvou"; not "kurvě", which reads "kurve",
  // German "Kurve", a curve); Spanish "cabrón" in the plural and European Portuguese "cabrão" (accents off: "cabrao", "cabrões"
  // "cabroes")
  'kurvo', 'kurvy', 'kurvu', 'kurvou', 'cabrones', 'cabronas', 'cabrao', 'cabroes',
  // and its family: "zkurvysyn" (son of a whore) in its cases, "zkurvený" (fucked-up; colloquial "zkurvenej"), "kurvami" and
  // colloquial "kurvama" (with whores), "kurevsky" (fucking, as in "fucking expensive")
  'zkurvysyn', 'zkurvysynu', 'zkurvysyne', 'zkurvysynove', 'zkurvysyny', 'zkurveny', 'zkurvenej', 'zkurvena', 'zkurvene', 'zkurvenou', 'zkurvenyho',
  'zkurvenym', 'kurvami', 'kurvama', 'kurevsky', 'kurevska', 'kurevske',
  // French "salaud" (leetspeak's "s4laud" too)
  'salaud', 'salauds', 'salopard', 'salopards',
];
// After "malaka," a sentence of its own: an article or a possessive, a word or two that name no place, and a verb.
const MALAKA_CLAUSE = String.raw`,\s*(?:the|my|your|his|her|our|their|this|that)\s(?!(?:\p{L}+\s)?(?:town|city|port|state|strait|straits|capital|harbou?r|district|village|island|place|region|area|old|historic|historical|colonial|heritage|unesco)(?!\p{L}))\p{L}+(?:\s\p{L}+)?\s(?:is|was|has|had|have|are|were|won'?t|wont|doesn'?t|didn'?t|isn'?t|wasn'?t|can'?t|cant|will|broke|left|took|charged|never|still|just|keeps|kept)(?!\p{L})`;
// Greek γαμώ (fuck) in its forms: "γαμώ το", "γαμώ την τύχη μου", "γάμησέ τα", "γαμιέται", "γαμημένο", "γαμιόλη"; not γάμος, γάμο (a
// wedding), γαμπρός. As the base view writes them: a word made only of look-alike letters in Latin ("γαμώ" reads "yauw").
const GREEK_GAMO = [
  ...['γαμώ', 'γαμάω', 'γαμάς', 'γαμάει', 'γάμησα', 'γάμησες', 'γάμησε', 'γαμήσω', 'γαμήσει', 'γαμιέται', 'γαμιούνται'].map((word) => `${baseView(word).text}(?!\\p{L})`),
  ...['γαμημέν', 'γαμιόλ', 'γαμηθ'].map((stem) => `${baseView(stem).text}\\p{L}*`),
];
// Swear words of scripts obscenity does not read; whole words where the script spaces its words.
// The base view drops combining marks (Devanagari's vowel signs among them): so do the words.
// Every word begins with a letter, and the lookahead says so once: elsewhere (a run of emoji) the
// search moves on at once instead of trying each word's own lookbehind, which cost 14 µs a character.
const OTHER_SCRIPTS = new RegExp(
  `(?=\\p{L})(?:${withoutCombiningMarks(
    [
      // Russian and Ukrainian stems: хуй/хуе/хуё/хую, пизд-, бля(дь), еба-/ёба-, йоб- (Ukrainian), пидор and педик (not педикюр), сука (its look-alike form is "cyka" above)
      String.raw`(?<!\p{L})(?:(?:на|по|за|от)?ху[йеёюя]\p{L}*|йоб\p{L}*|бл[*.@#_]{1,2}(?:ть|дь|tb)|бл[яa]дb|пизд\p{L}*|бля(?:дь|ть|ди|дина|дский|дская)?|[её]б(?:ать|ал|ан|уч|ну|ло)\p{L}*|у[её]б\p{L}*|долбо[её]б\p{L}*|п[іi]зд\p{L}*|мудак\p{L}*|пид[оа]р\p{L}*|[пn][*.@#_]д[оo][рp]\p{L}*|педик(?:и|а|ом|у|ов)?|педераст\p{L}*|сук[аи]|сучк\p{L}*|гандон\p{L}*|залуп\p{L}*)(?!\p{L})`,
      // and every German compound of Scheiß ("Scheißkerl", "scheissegal"), also with leetspeak's digits and symbols for its
      // vowels ("Sch31ße", "sche!ß"): obscenity folds them, but reads no "ß"
      String.raw`(?<!\p{L})sch[e3][i1!|](?:ß|ss)\p{L}*`,
      // Turkish "amına koyayım" (the base view writes its ı as i), Dutch compounds of "kut" ("kutservice",
      // "kutbezorger"; not "Kutch", "Kutani", Tagalog "kutsinta", Limburg's "Kuttekoven" or Turkish "kutusu", its box)
      String.raw`(?<!\p{L})amina\s?(?:koy|koyim|koyayim|koydugum)(?!\p{L})|(?<!\p{L})kut(?:service|wijf|zooi|ding|kop|hoer|jong|leven|idee|dag|(?![stcu]|an)\p{L}{3,})(?!\p{L})`,
      // Phrases of words, one pass for all (obscenity's cost grows with each of its words): Russian "suka" after "that"
      // (Malay "suka" is "like"); Dutch "lul" and "eikel" (also an acorn) as a person is called one; French "(ça me) fait
      // chier"; Swedish and Norwegian "skit" (shit) after "that" ("skit" alone is an English sketch); Arabizi "kuss ommo" (his
      // mother's), spelled as "kos omak" is
      String.raw`(?<!\p{L})(?:(?:eto|etot)\ssuka|(?:een|die|vuile|wat\seen)\slul|(?:als|wat|is)\seen\seikel|(?:die|vuile)\seikel|(?:fait|fais|faire)\schier|(?:det|den|vilket|javla)\s[s5$]kit|k[ou]ss?\s(?:omo|ommo|okhtak|ekhtak))(?!\p{L})`,
      // "mf'er": "motherfucker" cut short with an apostrophe, which obscenity reads as a break between words
      String.raw`(?<!\p{L})mf['’](?:er|ers|ing|in)(?!\p{L})`,
      // The North's and Ireland's "fook" (fuck): its "-in" forms anywhere, the word itself where a swear word stands ("what the
      // (actual) fook", "fook off"), so a name ("Fook Lam", a restaurant) stays one
      String.raw`(?<!\p{L})f[o0]{2}k(?:in|ing|ed)(?!\p{L})|f(?<=(?<!\p{L})the\s(?:\p{L}{1,12}\s)?f)[o0]{2}k(?!\p{L})|(?<!\p{L})f[o0]{2}k(?=\s(?:off|me|you|ya|sake|it|this|that)(?!\p{L}))`,
      // "sheeit", "sheeeeit": "shit" drawled, a long "e" before its "i" (obscenity shortens the run, but to "sheit", no word of
      // its list); "sheet" has no "i"
      String.raw`(?<!\p{L})sh[e3]{2,}[i1!|]+[t7]+(?!\p{L})`,
      // "dammit", "goddammit" (obscenity shortens the run to German "damit", "so that"), and "goddam" (Hindi "godam" is a
      // warehouse)
      String.raw`(?<!\p{L})(?:god|gawd)?dam(?:m+n?|n)it(?!\p{L})|(?<!\p{L})goddam(?!\p{L})`,
      // Korean, Vietnamese ("đồ chó đẻ" whole: "đồ cho bé" is baby things) and Indonesian "anjing lo" as a call (accents off: "địt" reads "đit", "dit" once its đ is a look-alike), Singlish
      // "knn": abbreviations whose doubled letter obscenity would fold away ("cmm" would read "cm")
      String.raw`씨[^\p{L}\s]{0,2}발|시[^\p{L}\s]{0,2}발(?!점|역)|ㅅㅂ|ㅆㅂ|ᄉᄇ|ᄊᄇ|개새끼|병신|(?<!\p{L})(?:dit\sme\smay|du\sma\smay|dit\scon\sme|dcm|vcl|dmm|cmm|knn)(?!\p{L})|(?<!\p{L})dit\sme(?=\s*[,!.]|\s*$)|(?<!\p{L})do\scho\sde(?!\p{L})|(?<!\p{L})anjing\s(?:lo|lu|loe)(?=\s*[,!.]|\s*$)|(?<!\p{L})dm\smay(?!\p{L})(?!\s+(?:be|not|help|work|take|get|have|come|want|need|also|still|just|ask)(?!\p{L}))`,
      // Hindi
      'चूतिया|चुतिया|मादरचोद|बहनचोद|भेनचोद|भैनचोद|बेहेनचोद|भेंचोद|भोसड़ी|भोसडी|गांडू|रंडी|हरामी',
      // Bengali
      '(?:শুয়োরের|শুয়োরের) বাচ্চা(?=\\s*[!।,.?]|\\s*$)|খানকি|বোকাচোদা|হারামজাদা|মাদারচোদ',
      // Persian, Urdu and Hebrew
      String.raw`کثافت|کونی|جنده|بہن\s?چود|ماں\s?چود|حرومزاد|حرامزاد|حرامی|کمینہ|کمینے|(?<!\p{L})ک[سص]\s?کش|(?<!\p{L})(?:זונה|בן\s?זונה|מניאק|חרא|כוס\s?אמק)(?!\p{L})`,
      // English swear words as Japanese writes them in katakana, as whole words ("ファック", not "ファックス", a fax; "シット", not
      // "ベビーシッター" or "シットアップ"), also in hiragana; "fuck you" as Korean and Chinese write it ("뻑큐", "法克鱿"). "シット" is
      // also "sit" joined to another word by a dot, an ampersand or a space ("シット・スタンド", "シット＆スタンド", "シット アップ"
      // benches and desks); Korean "퍼큐" ends other words ("하이퍼큐브", a hypercube; "슈퍼큐티", super cutie).
      String.raw`(?<![\p{Script=Katakana}ー])(?:ファック(?:ユー|オフ)?|ファッキュー?|ファッカー|マザーファッカー|ブルシット|ビッチ|サノバビッチ|アスホール)(?![\p{Script=Katakana}ー])|(?<![\p{Script=Katakana}ー]|[・&＆]\s?)シット(?![\p{Script=Katakana}ー]|\s?[・&＆]|\s{1,2}(?:アップ|スタンド|ダウン|イン))|ファッキン|(?<!\p{Script=Hiragana})ふぁっく(?![\p{Script=Hiragana}])|(?<!\p{Script=Hangul})(?:뻑큐|뻐큐|퍽큐|퍼큐)|法克(?:鱿|油|你)`,
      // Chinese and Japanese
      '死ね(?![るばな])|他妈的|他媽的|(?<!妈)妈的|(?<!媽)媽的|仆街|冚家鏟|戇鳩|操你|肏|傻逼|傻屄|屌你|クソ|くそったれ|(?<![\\p{Script=Hiragana}\\p{Script=Han}\\p{Script=Katakana}])くそ(?![\\p{Script=Hiragana}])|ちくしょう|畜生',
      // Greek
      // (γαμώτο and γαμήσου are made only of look-alike letters: the base view writes them in Latin;
      // μαλάκα is μαλακά, "soft", once the accents are off: it counts as the insult only as a call,
      // before a comma or at the end, and not after "very", "more", "are", "and" or "the", as the base
      // view writes them)
      // πουτάνα (whore) and its forms, πούστης (a slur), γαμιέσαι (go fuck yourself; all look-alike letters: "yauieoai");
      // μαλάκα after ρε ("ρε μαλάκα", "pe" once its letters look Latin), as the Latin "re malaka" below
      String.raw`(?<!\p{L})(?:μαλακας|γαμωτο|γαμησου|yauwto|yaunoou|μουνι|μουνια|uouvi|uouvia|uaλakas|πουτανα|πουτανας|πουτανες|πουτανιαρα|πουτανιαρης|πουστη|πουστης|πουστηδες|yauieoai|(?:ρε|pe)\sμαλακα)(?!\p{L})|(?<!(?:πολυ|πιο|ειναι|eivai|και|kai|τα|ta|πολλα)\s)(?<!\p{L})μαλακα(?=\s*[,!;?]|\s*$)`,
      String.raw`(?<!\p{L})(?:${GREEK_GAMO.join('|')})`,
      // ... and in Latin letters as Greeks type it, as a call only ("re malaka", "malaka!", "malaka, where is
      // it?"): Malaka is also Malacca, the place ("Malaka, the port town"). A call is also followed by a sentence of its own
      // ("malaka, the scooter has no brakes": an article, a word or two and a verb), where the place is followed by what it is
      // ("Malaka, the old port town, ...").
      String.raw`(?<!\p{L})re\smalaka(?!\p{L})|(?<!(?:selat|di|ke|dari|in|to|from|at|near|kota|jalan|jl|bandar|of)\s)(?<!\p{L})malaka(?=\s*[!?]|\s*$|,\s*(?:where|what|why|how|when|who|you|u|ur|are|is|stop|seriously|come|bro|man|dude|ti|pou|pos|giati)(?!\p{L})|${MALAKA_CLAUSE})`,
      // Arabic
      String.raw`(?<!\p{L})kuma\s?(?:mama\s?ya|mama|ma)ko(?!\p{L})|شرموطة|شرموط|منيوك|كس\s?[اأإآ]مك|يلعن|(?<!\p{L})(?:هال|ال)?خر(?:اء?|ه)(?!\p{L})|ابن\s?ال?كلب|يا\s?كلب|يا\s?حمار`,
      // Tamil ("thevidiya", the whore's son)
      'தேவடியா|தேவிடியா',
      // Amharic "ሸርሙጣ" (a whore, Arabic "sharmouta") and its forms ("ሸርሙጦች", whores; "ሸርሙጣው", "ሸርሙጧ"), a word of its own
      String.raw`(?<!\p{L})ሸርሙ[ጣጦጥጧ]\p{L}*`,
      // Thai
      'สัส(?!ดี)|เหี้ย|ควย|ไอ้สัตว์|อีดอก|เย็ดแม่',
    ].join('|'),
  )})`,
  'gu',
);

// Vietnamese swear words keep their tones here: without them they are everyday words ("đủ mà", enough though;
// "các", the plural; "lon", a can; "đeo", to wear), and the base view drops tones, so they are read in the text
// as submitted. Phrases where the word alone is ordinary ("má" is mum, "mẹ" mother).
const VIETNAMESE_TONED = ['đm', 'chó đẻ', 'đụ má', 'đụ mẹ', 'đụ mày', 'địt mẹ', 'địt mày', 'địt con mẹ', 'đéo', 'lồn', 'cặc', 'con đĩ', 'đồ đĩ', 'mẹ kiếp', 'khốn nạn', 'đồ khốn'];
/** A letter as typed precomposed or decomposed ("ụ" or "u" and its dot below). */
const eitherForm = (phrase: string) =>
  [...phrase.normalize('NFC')].map((c) => (c === ' ' ? String.raw`\s{1,3}` : c.normalize('NFD') === c ? c : `(?:${c}|${c.normalize('NFD')})`)).join('');
const VIETNAMESE_SWEARS = new RegExp(String.raw`(?<![\p{L}\p{M}\p{N}])(?:${VIETNAMESE_TONED.map(eitherForm).join('|')})(?![\p{L}\p{M}\p{N}])`, 'giu');
// "đm" cut by one symbol between its letters ("đ.m mày", "đ-m thằng", "đ~m shop"), small letters only and said to someone: right
// before a space and "mày" (you), "thằng" (guy), "con", "shop". A capital "Đ.M." or "Đ*m" is a name's initials ("Pozdrav, Đ.M.",
// "Khách Đ*m Thị Lan", "Ký tên: Đ.m. Tuấn"), and "đ.m" alone a signature ("Pozz, đ.m.") or đồng a metre ("Đơn giá (đ.m)").
const VIETNAMESE_CUT = new RegExp(
  String.raw`(?<![\p{L}\p{M}\p{N}])đ[\p{P}\p{S}]m(?= (?:${['mày', 'may', 'mầy', 'thằng', 'con', 'chúng mày', 'shop'].map(eitherForm).join('|')})(?![\p{L}\p{M}\p{N}]))`,
  'gu',
);
// Every phrase above holds a đ or a letter with a tone (U+1EA0-U+1EF9), or a combining tone when decomposed.
const VIETNAMESE_LETTER = /[đĐ\u1EA0-\u1EF9\u0300-\u0323]/u;

const CYRILLIC_LATIN: Record<string, string> = { а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', А: 'A', Е: 'E', О: 'O', Р: 'P', С: 'C', Х: 'X', І: 'I' };
const CYRILLIC_LOOK_ALIKE = new RegExp(`[${Object.keys(CYRILLIC_LATIN).join('')}]`, 'g');

// Arabizi: a word with a digit for a letter ("bayya3", "ta2akhart", "7ala", "sho3'l"; not "mp3", "3rd", "5pcs") and its
// everyday words.
const ARABIZI_DIGIT_WORD = /(?<![\p{L}\p{N}])(?:\p{L}*\p{L}[2357]['’]?\p{L}+|\p{L}{3,}[37]|[2357](?!(?:nd|rd|th|st|am|pm|kg|km|cm|mm|gb|mb|pc|pcs|x)(?![\p{L}]))\p{L}{2,})(?![\p{L}\p{N}])/u;
const ARABIZI_WORDS = /(?<![\p{L}\p{N}])(?:el|bas|iza|ya|ma|shu|sho|hayda|hayde|hiye|huwe|kint|ana|inta|enta|abadan|tamaman|shway|kteer|ktir|lesh|leh|mesh|msh|yalla|3al|3am|fi|b)(?![\p{L}\p{N}])/gu;
// "ars" (a pimp), "khara" (shit; also spelled out "k.h.a.r.a"), "ibn el sharmouta" is among FOREIGN_WORDS
const ARABIZI_SWEARS = /(?<![\p{L}\p{N}])(?:3?ars|k[.\-*_]?h[.\-*_]?a[.\-*_]?r[.\-*_]?a|khra|manyak|manyok|manyook|mnayak)(?![\p{L}\p{N}])/gu;
// Yoruba "olóṣì" (a wretch) as Nigerians type it, "oloshi", a whole word called: opening the message or before a "!" or a comma
// ("Oloshi! You carry my deposit run"). Letters only (a code "OLO5HI" is none), and never Japanese grated "oroshi" after
// "daikon", "momiji" or "ponzu" ("Ponzu with momiji oloshi, 2 litres"); not "olosi" (Finnish "your feeling").
const OLOSHI = /(?<![\p{L}\p{N}])(?<!(?<![\p{L}\p{N}])(?:daikon|momiji|ponzu)\s{1,3})oloshi(?![\p{L}\p{N}])(?:(?<=^\s{0,3}oloshi)|(?=[!,]))/gu;
// Words that swear only in their company: Hinglish "MC"/"BC" (also a master of ceremonies, "before Christ") before a Hindi word;
// Spanish "capullo" (also a bud, a cocoon) called at someone; Indonesian "anjing" (a dog) after a person's trade, as a
// call ("kurir anjing itu naro paketnya"), never after a trade that deals in dogs ("penjual anjing", a dog seller).
const ARABIZI_SWEAR = new RegExp(ARABIZI_SWEARS.source, 'u');
const IN_CONTEXT_WORD = /capull|anjing|[mb]c\s/;
const IN_CONTEXT =
  /(?<![\p{L}\p{N}])(?:mc|bc)(?=\s(?:phir|fir|kya|kyu|kyun|yaar|yar|saala|sala|saale|sale|ye|yeh|kitna|abhi|kab|bhai|bhenchod|teri|tera)(?![\p{L}\p{N}]))|(?<![\p{L}\p{N}])(?:no\sseas|no\sseais|eres|eres\sun|es\sun|menudo|menuda|vaya|que|sera)\s(?:tan\s|muy\s)?capull[oa]s?(?=\s(?:con|de\smierda|que)(?![\p{L}])|\s*[,!.?]|\s*$)|(?<![\p{L}\p{N}])(?:kurir|kurirnya|sopir|supir|driver|ojol)\sanjing(?=\s(?:itu|ini|emang|banget|gak|ga|nggak|ngga|tidak|malah|bikin|naro|naruh|nggak)(?![\p{L}\p{N}]))/gu;

// Clean words that contain a listed word once letters are joined ("Essex" holds "sex").
const EXTRA_CLEAN = [
  // Tagalog "until"; Spanish, Portuguese and Italian "analysis"; Dutch "fok", a sail
  'hanggang', 'analisis', 'analise', 'analises', 'analisi', 'analista', 'analistas', 'analitica', 'analitico', 'de fok', 'nieuwe fok', 'rolfok',
  // Painters: "a Pissarro print"
  'pissarro', 'pissaro',
  'essex', 'sussex', 'wessex', 'middlesex', 'unisex', 'sextant', 'sextet', 'sexton', 'rapeseed', 'grape', 'drape',
  'scrape', 'trapeze', 'stopcock', 'ballcock', 'peacock', 'hancock', 'shuttlecock', 'woodcock', 'cockpit',
  'cockroach', 'cockatoo', 'cockerel', 'cockle', 'hitchcock', 'babcock', 'penistone', 'arsenal', 'dickinson',
  'scattered', 'scatter', 'title', 'titling', 'titus', 'titan', 'crapaud', 'amsterdam', 'rotterdam', 'damnation',
  'documents', 'cumbria', 'cumin', 'cucumber', 'circumstance', 'circumference', 'accumulate', 'scunthorpe',
  'shiitake', 'shitterton', 'dickey', 'dick whittington', 'moby dick', 'dick smith', 'dick van dyke', 'dick turpin',
  // Japanese words made with 下 (shita, "below"): Tokyo's old downtown, a place, an underlay, underwear
  'shitamachi', 'shitaya', 'shitajiki', 'shitagi',
  // Indian names ending in "-shit" (Sanskrit "-kshit", "-rshit"): Dikshit, Akshit (Rakshit, Lakshit), Parikshit, Harshit, Darshit,
  // Sparshit. Whole names, not the ending "kshit" ("jackshit" holds it); not "Ashit", as "ashit" would clear "whatashit"
  'dikshit', 'akshit', 'parikshit', 'harshit', 'darshit', 'sparshit',
  // The workwear brand and surnames made from Dick (Richard), as "dickinson" is
  'dickies', 'dickson', 'dickerson',
  'wankdorf', 'wankum', 'kikker', 'a bitche', 'de bitche', 'bitche (moselle)', 'bitche moselle', 'from bitche', 'near bitche', 'to bitche', 'in bitche', 'bitche in',
  'dick francis', 'dick tracy', 'philip k dick', "dick's sporting", 'cm dick', 'mm dick', 'wankel', 'phuket', 'fukuoka', 'fukushima', 'pussy willow', 'pussywillow', 'blue tit', 'blue tits', 'great tit', 'great tits', 'coal tit', 'coal tits',
  // Swedish "slut" is an end: a final price, a final sum
  'slutpris', 'slutsumma', 'slutet', 'slutsats', 'slutspel', 'slutbud', 'slutstation',
  // Indonesian and Malay "only", "squid"
  'cuma', 'cumi', 'cumi-cumi', 'nggak', 'enggak', 'tanggal',
  // French "call back" and "reminder" (accents off): "je te rappelle", "rappelez-moi", "un rappel"
  'rappel', 'rappels', 'rappelle', 'rappelles', 'rappellent', 'rappeler', 'rappelez', 'rappelons', 'rappele',
  // Latin honours: "graduated cum laude", "magna cum laude"
  'cum laude',
  // Filipino rice cakes; Swedish "over" and "compartment"
  'puto at', 'ng puto', 'puto bumbong', 'puto cheese', 'ar slut', 'slut pa', 'tog slut', 'tre fack', 'tva fack', 'fack och', 'facket',
];

// Whole words for the two disguises obscenity does not see: letters hidden behind "*" ("sh*t",
// "*rsehole") and letters stretched so far that a double letter is lost ("booollooocks").
const SWEAR_FORMS = [
  'fuck', 'fucks', 'fucker', 'fuckers', 'fucking', 'fuckin', 'fucked', 'motherfucker', 'shit', 'shits', 'shitty', 'shithead',
  'bullshit', 'cunt', 'cunts', 'bitch', 'bitches', 'bastard', 'bastards', 'dick', 'dickhead', 'asshole', 'arsehole', 'arse',
  'wanker', 'wank', 'twat', 'prick', 'bollocks', 'piss', 'pissed', 'slut', 'whore', 'cock', 'cocksucker', 'pussy', 'dumbass',
  'jackass', 'crap', 'damn', 'tits', 'kurwa', 'merde', 'merda', 'mierda', 'putain', 'scheisse', 'cazzo', 'puta',
  'foder', 'caralho', 'carajo', 'joder',
  // Polish, Russian and French starred as English is ("ch*j", "p*zda", "conn*rd"). Not Polish "kurwo", "kurwy" nor Italian
  // "puttana": starred, they look as a name masked on a review or a parcel does ("Ku**o T.", "Pu****a S.", "K***y").
  'chuj', 'chuju', 'chuja', 'pizda', 'pizdets', 'blyat', 'connard', 'salope',
  // Dutch, stretched as English is ("verdommeee")
  'verdomme', 'godverdomme',
  // Compounds starred as their word is ("sh*tshow", "sh*thole", "f*ckwit")
  'shitshow', 'shitstorm', 'shithole', 'fuckwit', 'fuckface',
  // "fuck" spelled with "ph" and starred ("ph*ck", "ph*cking")
  'phuck', 'phucking', 'phucker', 'phucked', 'phuk',
  // "g*ddamn", "d*mmit"
  'goddamn', 'dammit',
];
const collapse = (word: string) => word.replace(/(.)\1+/g, '$1');
const STRETCHED_SWEARS = new Set(SWEAR_FORMS.map(collapse).filter((w) => w.length >= 4));
const SWEARS = new Set(SWEAR_FORMS);
// An "l" typed for an "i" ("bltch", "shlt", "d1ck" is leetspeak's), or a "1" for an "l" ("bo11ocks", "bu11shit", which
// leetspeak reads as "i"s), or a "|" for either ("sh|t", "b|tch": obscenity reads it as an "l" only): no everyday word is a
// swear word written so.
const L_AND_I_SWAPPED = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${SWEAR_FORMS.filter((w) => /[il]/.test(w)).map((w) => w.replace(/[il]/g, (c) => (c === 'i' ? '[il|]' : '[l1|]'))).join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);
// A "v" typed for a "u" ("cvnt", "pvssy"; "fvck" obscenity reads already): no everyday word is a swear word written so.
// Plurals and the Czech "kurva" too ("slvts", "pvssies", "cvnty", "kvrva").
const V_FOR_U = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...SWEAR_FORMS, 'sluts', 'pussies', 'cunty', 'kurva'].filter((w) => w.includes('u')).map((w) => w.replace(/u/g, '[uv]')).join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);
const BACKWARDS = /(?<![\p{L}])(?:backwards?|reversed?|in\sreverse|flip\sit|flipped|mirrored)(?![\p{L}])/u;
const LETTER_WORD = /(?<![\p{L}\p{N}])[\p{L}\p{N}@$!|]{3,12}(?![\p{L}\p{N}])/gu;
// Four letters or more, and none that reads as an everyday word backwards ("crap" is French "parc", "arse" the name Esra).
const REVERSED_SWEARS = new Set(SWEAR_FORMS.filter((word) => word.length >= 4 && word !== 'crap' && word !== 'arse'));
const CONO = /(?<![\p{L}\p{N}])[cC][oO0óÓòÒ][ñÑ][oO0óÓ]s?(?![\p{L}\p{N}])/gu;
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i', '|': 'l' };

function buildMatchers(): {
  plain: RegExpMatcher;
  joined: RegExpMatcher;
  prefilter: RegExp;
  assTerms: Set<number>;
  slutTerms: Set<number>;
  nggaTerms: Set<number>;
  analTerms: Set<number>;
  conchaTerms: Set<number>;
} {
  const dataset = new DataSet<{ originalWord: string }>().addAll(englishDataset);
  for (const word of EXTRA_WORDS) {
    // As obscenity reads the text: "goddamn" is read "godamn".
    dataset.addPhrase((phrase) => phrase.setMetadata({ originalWord: word }).addPattern(pattern`|${foldRuns(word)}`));
  }
  for (const word of FOREIGN_WORDS) {
    // As obscenity reads the text: runs of a letter shortened ("cazzo" is read "cazo").
    dataset.addPhrase((phrase) => phrase.setMetadata({ originalWord: word }).addPattern(pattern`|${foldRuns(word)}|`));
  }
  // A name of two words is often hyphenated ("Moby-Dick"): both spellings are clean.
  for (const word of EXTRA_CLEAN.flatMap((phrase) => (phrase.includes(' ') ? [phrase, phrase.replaceAll(' ', '-')] : [phrase]))) {
    dataset.addPhrase((phrase) => phrase.setMetadata({ originalWord: word }).addWhitelistedTerm(word));
  }
  const built = dataset.build();
  const wordOf = (termId: number) => dataset.getPayloadWithPhraseMetadata({ termId, startIndex: 0, endIndex: 0, matchLength: 0 }).phraseMetadata?.originalWord;
  return {
    assTerms: new Set(built.blacklistedTerms.filter((term) => wordOf(term.id) === 'ass').map((term) => term.id)),
    slutTerms: new Set(built.blacklistedTerms.filter((term) => wordOf(term.id) === 'slut').map((term) => term.id)),
    nggaTerms: new Set(built.blacklistedTerms.filter((term) => wordOf(term.id) === 'nigger').map((term) => term.id)),
    analTerms: new Set(built.blacklistedTerms.filter((term) => wordOf(term.id) === 'anal').map((term) => term.id)),
    conchaTerms: new Set(built.blacklistedTerms.filter((term) => CONCHA_PHRASES.includes(wordOf(term.id) ?? '')).map((term) => term.id)),
    prefilter: prefilterOf(built.blacklistedTerms.map((term) => term.pattern)),
    plain: new RegExpMatcher({ ...built, ...englishRecommendedTransformers }),
    joined: new RegExpMatcher({
      ...built,
      blacklistMatcherTransformers: JOINED_TRANSFORMERS,
      whitelistMatcherTransformers: englishRecommendedWhitelistMatcherTransformers,
    }),
  };
}

let matchers: ReturnType<typeof buildMatchers> | undefined;

// How the joined matcher reads a word: look-alikes and leetspeak as letters, then only the letters, runs shortened.
const JOINED_TRANSFORMERS: TransformerContainer[] = [...englishRecommendedBlacklistMatcherTransformers, skipNonAlphabeticTransformer()];

/** The word as the joined matcher reads it (its transformers applied as obscenity applies them, a character at a time). */
function joinedReading(word: string): string {
  const steps = JOINED_TRANSFORMERS.map((t) => {
    if ('transform' in t) return t.transform;
    const stateful = t.factory();
    return (code: number) => stateful.transform(code);
  });
  let read = '';
  for (const char of word) {
    let code: number | undefined = char.codePointAt(0);
    for (let i = 0; i < steps.length && code !== undefined; i++) code = steps[i]!(code);
    if (code !== undefined) read += String.fromCodePoint(code);
  }
  return read;
}

// A first pass much cheaper than obscenity: every blacklisted pattern as one regular expression, over the text folded the way obscenity folds it (leetspeak, runs of
// a letter shortened). obscenity then reads only the few words around what this finds.
const LEET_FOLD: Record<string, string> = { '@': 'a', '4': 'a', '(': 'c', '3': 'e', '6': 'g', '1': 'i', '|': 'i', '!': 'i', '/': 'l', '0': 'o', $: 's', '5': 's', '7': 't', '2': 'z' };
const RUN_LIMIT: Record<string, number> = { b: 2, e: 2, o: 2, l: 2, s: 2, g: 2 };
const CONTEXT = 24;

// Folding is two native replaces; where each folded character came from is worked out only when the
// prefilter finds something, which in most messages it does not.
const LEET_CHARS = new RegExp(`[${Object.keys(LEET_FOLD).join('').replace(/[\]\\^-]/g, '\\$&')}]`, 'g');
const leetLetter = (char: string) => LEET_FOLD[char]!;
const RUN = /([\s\S])\1+/g;
const shortenRun = (run: string, char: string) => char.repeat(Math.min(run.length, RUN_LIMIT[char] ?? 1));

function foldRuns(text: string): string {
  return text.replace(LEET_CHARS, leetLetter).replace(RUN, shortenRun);
}

/** For each character of foldRuns(text): its index in `text`. */
function foldedPositions(text: string): number[] {
  const positions: number[] = [];
  let previous = '';
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const char = LEET_FOLD[text[i]!] ?? text[i]!;
    run = char === previous ? run + 1 : 1;
    previous = char;
    if (run > (RUN_LIMIT[char] ?? 1)) continue;
    positions.push(i);
  }
  return positions;
}

function prefilterOf(patterns: ParsedPattern[]): RegExp {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const source = (node: Node): string => {
    if (node.kind === SyntaxKind.Wildcard) return '.';
    if (node.kind === SyntaxKind.Optional) return `(?:${source(node.childNode)})?`;
    return escape(foldRuns(String.fromCharCode(...node.chars)));
  };
  const whole = (p: ParsedPattern) =>
    `${p.requireWordBoundaryAtStart ? '(?<![a-z])' : ''}${p.nodes.map(source).join('')}${p.requireWordBoundaryAtEnd ? '(?![a-z])' : ''}`;
  return new RegExp([...new Set(patterns.map(whole))].join('|'), 'g');
}

/** Windows of the text, a few words around each possible match, merged. */
function candidateWindows(text: string, prefilter: RegExp): Array<[number, number]> {
  const folded = foldRuns(text);
  let positions: number[] | undefined;
  const windows: Array<[number, number]> = [];
  prefilter.lastIndex = 0;
  for (let match = prefilter.exec(folded); match; match = prefilter.exec(folded)) {
    if (match[0].length === 0) {
      prefilter.lastIndex++;
      continue;
    }
    positions ??= foldedPositions(text);
    let from = Math.max(0, (positions[match.index] ?? 0) - CONTEXT);
    let to = Math.min(text.length, (positions[match.index + match[0].length - 1] ?? 0) + 1 + CONTEXT);
    while (from > 0 && !/\s/.test(text[from - 1]!)) from--;
    while (to < text.length && !/\s/.test(text[to]!)) to++;
    const last = windows[windows.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else windows.push([from, to]);
  }
  return windows;
}

// A word with non-letters inside ("f.u.c.k", "sh-i-t", "f*ck") and a run of single letters
// ("f u c k"). Joining letters across whole sentences would make word boundaries vanish
// ("you twat" -> "youtwat"), so only these pieces are read with non-letters skipped.
// Only a word with a one- or two-letter piece between symbols is read again ("f.u.c.k", "shi-t",
// "$h!t"), which leaves "well-known", "£1,050" and "it's" to the first pass: each extra read costs.
const SEPARATED_PIECE = /(?:^|[^\p{L}\p{N}\s'’])[\p{L}\p{N}]{1,2}(?:[^\p{L}\p{N}\s'’]|$)/u;
const HAS_SYMBOL_INSIDE = /[\p{L}\p{N}@$][^\p{L}\p{N}\s'’]+[\p{L}\p{N}@$!|]/u;
// The last letter may touch punctuation ("b u l l s h i t, I paid", "б л я д ь, забыл").
const SPACED_LETTERS = /(?<!\S)(?:\S[ \t]{1,3}){2,40}\S(?=[\s\p{P}]|$)/gu;
// Letters that end with a stop, as initials do ("f. u. c. k", "б. л. я. т. ь"), every one before the last: read apart from
// the runs without stops, so a stop after one letter of those ends a sentence ("you are a p r i c k. I want a refund", "с у
// к а. я жду" is no "сукая"), and neither kind of run takes the other's first letter ("o k c. u. n. t", "o. F. n i g g e r").
const DOTTED_LETTERS = /(?<!\S)(?:\S\.[ \t]{1,3}){2,40}\S(?=[\s\p{P}]|$)/gu;
// Two or more pieces of one or two letters with a space between (SPACED_LETTERS reads single letters); not after an
// apostrophe ("it's hit" is no "s hit").
const SHORT_PIECES = /(?<![\p{L}\p{N}'’])\p{L}{1,2}(?:[ \t]\p{L}{1,2})+(?![\p{L}\p{N}'’])/gu;
const MAX_TOKEN = 100;
// Look-alikes of the symbols leetspeak reads as letters, which obscenity does not know: "¡" and the click letter "ǃ" for "!"
// ("sh¡t"), the broken bar "¦" and the click letter "ǀ" for "|" ("b¦tch"). A "¡" that opens a word is Spanish punctuation
// ("¡joder!", "¡Hola!"), not a letter.
const SYMBOL_LOOK_ALIKES = /[¡ǃ¦ǀ]/;
const SYMBOL_LOOK_ALIKE = /[ǃ¦ǀ]|¡(?!\p{L})|(?<=[\p{L}\p{N}])¡/gu;
const symbolOf = (lookAlike: string) => (lookAlike === '¦' || lookAlike === 'ǀ' ? '|' : '!');

type RawMatch = Span & { ass?: boolean; slut?: boolean; ngga?: boolean; anal?: boolean; concha?: boolean };
// A word whose every symbol leetspeak reads as a letter ("sh!t", "a$$hole", "b!tch"): nothing in it is skipped, so it reads the
// same with its symbols kept, and the first pass has read it (no "|", which obscenity's look-alikes make an "l").
const LEET_ONLY = /^[a-z0-7@$!(/]+$/;
const SYMBOLS_IN_RUN = /(\p{L})[^\p{L}\p{N}\s]+(?=\1)/gu;
// An initial, or a place's or a street's abbreviation, with a name after its stop, as typed ("Е.Балашов", "М.Удаков",
// "п.Издешково", "х.Уютный", "ул.Ленина"): a name, no swear word cut by a stop, though its letters joined read one
// ("ебалашов", "пиздешково", "хуютный"). Cut words have more stops or no capital ("б.л.я.т.ь", "х.у.й", "е.бал").
const PLACE_ABBREVIATIONS = ['ул', 'пос', 'пгт', 'ст', 'пр', 'пер', 'обл', 'им', 'св', 'стр', 'проф', 'акад'];
const INITIAL_AND_NAME = new RegExp(
  String.raw`^[^\p{L}\p{N}]*(?:\p{L}|${PLACE_ABBREVIATIONS.map((a) => `[${a[0]}${a[0]!.toUpperCase()}]${a.slice(1)}`).join('|')})\.\p{Lu}\p{Ll}{2,}[^\p{L}\p{N}]*$`,
  'u',
);
// ...but not where the letters joined are a swear word itself or one with an inflection ending ("Б.Лядь", "Х.Уйня", "П.Издец",
// "М.Удак", "Е.Бать", "З.Алупа", "У.Ебок"): a surname runs past the swear word ("Е.Балашов" is "ебал" and "ашов", "П.Издрик",
// "М.Удаков", "З.Алупов": "ов", "ев", "ин" and "ский" are no endings here, as surnames end so).
const CUT_SWEAR_STEMS = [
  'хуй', 'хуйн', 'хуйл', 'хует', 'хуев', 'хуесос', 'нахуй', 'похуй', 'пизд', 'пиздец', 'пиздеж', 'пиздюк', 'пиздат', 'пиздабол', 'пиздобол',
  'бля', 'бляд', 'блят', 'блядин', 'блядск', 'еба', 'ебат', 'ебал', 'ебан', 'ебуч', 'ебл', 'ебн', 'ебну', 'уеб', 'уебок', 'уебк', 'уебан',
  'уебищ', 'долбоеб', 'мудак', 'мудил', 'пидор', 'пидар', 'пидорас', 'пидарас', 'педик', 'педераст', 'сук', 'сучк', 'гандон', 'залуп', 'йоб',
];
const CUT_SWEAR_ENDINGS = [
  'а', 'я', 'у', 'ю', 'о', 'е', 'и', 'ы', 'ь', 'ом', 'ем', 'ой', 'ей', 'ою', 'ам', 'ям', 'ами', 'ями', 'ах', 'ях', 'ый', 'ий', 'ая', 'яя',
  'ое', 'ее', 'ые', 'ие', 'ого', 'его', 'ому', 'ему', 'ым', 'им', 'ых', 'их', 'ую', 'юю', 'ть', 'ться', 'л', 'ла', 'ло', 'ли', 'ешь', 'ет',
  'ут', 'ют', 'ит', 'ят',
];
const CUT_SWEAR_WORD = new RegExp(`^(?:${CUT_SWEAR_STEMS.join('|')})(?:${CUT_SWEAR_ENDINGS.join('|')})?$`);

// Russian and Ukrainian swear words with letters hidden behind symbols, as a word is starred out in English ("х*й", "п**да",
// "е#ать", "п***ц"), or "$" for its look-alike "с" ("$ука"): the stems above with their endings, and the words made of them with
// a prefix ("заебал", "охуеть").
const MASKED_CYRILLIC_STEMS = [
  ...CUT_SWEAR_STEMS, 'хуя', 'нихуя', 'охуе', 'охуи', 'охуен', 'охуенн', 'ахуе', 'пизде', 'пиздюл', 'заеб', 'заеба', 'заебис', 'наеб', 'наеба', 'выеб',
  'выеба', 'отъеб', 'отъеба', 'съеб', 'съеба', 'разъеб', 'разъеба', 'ебись', 'курв', 'пізд', 'піздець', 'пиздець', 'хуйов', 'йобан',
];
/** Each stem alone and with each ending, by its first and last letters; built when first needed. */
let maskedCyrillicForms: Map<string, string[]> | undefined;
function maskedCyrillicFormsIndexed(): Map<string, string[]> {
  const forms = new Set(MASKED_CYRILLIC_STEMS.flatMap((stem) => ['', ...CUT_SWEAR_ENDINGS].map((ending) => stem + ending)));
  const byEnds = new Map<string, string[]>();
  for (const form of forms) {
    const key = form[0]! + form[form.length - 1]!;
    const list = byEnds.get(key);
    if (list) list.push(form);
    else byEnds.set(key, [form]);
  }
  return byEnds;
}
// A word of letters and the symbols that hide some of them, at least two letters and a symbol.
const MASKED_WORD = /[\p{L}*#@%$_]{3,24}/gu;
const MASK_RUN = /[*#@%$_]+/g;
const MASK = /[*#@%$_]/;
const MASK_AT_START = /^[*#@%$_]+/;
const MASK_AT_END = /[*#@%$_]+$/;
const CYRILLIC_LETTER = /\p{Script=Cyrillic}/u;

/**
 * Cyrillic words with letters hidden behind symbols: the word as typed (the base view writes its look-alike letters in Latin,
 * "с*ка" as "c*ka"), each run of symbols between its letters standing for its letters (a single symbol for one, a longer run
 * for as many, one fewer or one more: "п***ц" is "пиздец"), must be one of the swear words' forms whole. A symbol before or after
 * a word hides no letter: it marks the word ("*не*", "**вам**", "за*" with its footnote, "@Аня"), but a "$" before its letters
 * is their look-alike "с" ("$ука"). Only where the submitted word has Cyrillic letters: "x*y" is algebra.
 */
function findMaskedCyrillic(text: string, base: MappedText, submitted: string, raw: Span[]): void {
  if (!MASK.test(text) || !CYRILLIC_LETTER.test(submitted)) return;
  // A word written again is not read again.
  const verdicts = new Map<string, boolean>();
  for (const match of allMatches(MASKED_WORD, text)) {
    const word = match[0];
    const before = text[match.index - 1];
    const after = text[match.index + word.length];
    if ((before !== undefined && /[\p{L}\p{N}*#@%$_]/u.test(before)) || (after !== undefined && /[\p{L}\p{N}*#@%$_]/u.test(after))) continue;
    // The word without the symbols that mark it; "$" read as "с" stays.
    const dollar = /^\$\p{L}/u.test(word);
    const start = match.index + (dollar ? 0 : (MASK_AT_START.exec(word)?.[0].length ?? 0));
    const end = match.index + word.length - (MASK_AT_END.exec(word)?.[0].length ?? 0);
    if (end - start < 3) continue;
    const inner = text.slice(start, end);
    if (!(dollar || MASK.test(inner.slice(1))) || inner.replace(MASK_RUN, '').length < 2) continue;
    const typedSpan = originalSpan(base, start, end);
    // As typed, with its width folded and its "й" whole (NFKC), and no marks or invisible characters.
    const typed = submitted.slice(typedSpan.start, typedSpan.end).normalize('NFKC').toLowerCase().replace(/[\p{Cf}\p{Mn}]/gu, '');
    if (!CYRILLIC_LETTER.test(typed)) continue;
    const reading = inRussianLetters(dollar ? `с${typed.slice(1)}` : typed).replace(/ё/g, 'е');
    if (MASK_AT_START.test(reading) || MASK_AT_END.test(reading)) continue;
    let swear = verdicts.get(reading);
    if (swear === undefined) verdicts.set(reading, (swear = isMaskedCyrillicSwear(reading)));
    if (swear) raw.push({ start, end });
  }
}

/** Whether a Cyrillic word, its first and last letters shown and its symbols standing for hidden letters, is one of the forms. */
function isMaskedCyrillicSwear(reading: string): boolean {
  const pieces = reading.split(MASK_RUN);
  const runs = reading.match(MASK_RUN) ?? [];
  const head = pieces[0]!;
  const tail = pieces[pieces.length - 1]!;
  const shown = pieces.join('').length;
  const fewest = shown + runs.reduce((sum, run) => sum + (run.length === 1 ? 1 : run.length - 1), 0);
  const most = shown + runs.reduce((sum, run) => sum + (run.length === 1 ? 1 : run.length + 1), 0);
  // Only the forms that start and end as the word does, of a length it may stand for, are matched against its shape.
  const candidates = ((maskedCyrillicForms ??= maskedCyrillicFormsIndexed()).get(reading[0]! + reading[reading.length - 1]!) ?? []).filter(
    (form) => form.length >= fewest && form.length <= most && form.startsWith(head) && form.endsWith(tail),
  );
  if (candidates.length === 0) return false;
  const escaped = pieces.map((piece) => piece.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&'));
  const shape = new RegExp(
    `^${escaped.map((piece, i) => (i === 0 ? piece : `[а-яіїєґ]{${runs[i - 1]!.length === 1 ? '1' : `${runs[i - 1]!.length - 1},${runs[i - 1]!.length + 1}`}}${piece}`)).join('')}$`,
    'u',
  );
  return candidates.some((form) => shape.test(form));
}

// Russian and Ukrainian swear words in Latin letters, as they are romanised (я "ya" or "ja", х "kh" or "h", ё "yo", ь left out or
// an apostrophe), with symbols hiding some of their letters as a word is starred out ("bl@t'", "bl**t", "p*zda", "s*ka",
// "mud@k", "suk@"): a word found only so masked. Unmasked, the short ones are everyday words elsewhere ("blat" is Russian pull,
// "suka" Malay for "like"), which no one hides behind a symbol.
const ROMANISED_RUSSIAN_SWEARS = [
  'blyat', 'blyad', 'bljat', 'bljad', 'blya', 'blyadi', 'blyadina', 'blyadskiy', 'blyadskaya', 'blyadstvo',
  'pizda', 'pizdy', 'pizde', 'pizdu', 'pizdoy', 'pizdets', 'pizdec', 'pizdato', 'pizdit', 'pizdish', 'pizdabol', 'pizdobol', 'pizdyuk', 'spizdil',
  // (not "huyovo": "hu*vo" is also Spanish "huevo", an egg)
  'khuy', 'khui', 'khuya', 'khuyu', 'khuyem', 'khuynya', 'khuinya', 'khuyovo', 'khuevo', 'khuesos', 'khuilo', 'huy', 'hui', 'huya', 'huyu', 'huynya',
  'huinya', 'huesos', 'huilo', 'nahuy', 'nakhuy', 'nahui', 'nakhui', 'nahuya', 'pohuy', 'pokhuy', 'pohui', 'nihuya', 'nikhuya',
  'ohuet', 'okhuet', 'ohuel', 'okhuel', 'ohuenno', 'okhuenno',
  'suka', 'suki', 'suku', 'sukoy', 'suchka', 'suchara',
  'yebat', 'ebat', 'yebal', 'ebal', 'yobany', 'yobanyy', 'yobaniy', 'yobanaya', 'ebany', 'ebanyy', 'ebanyi', 'ebanaya', 'yoban', 'yebanat', 'ebanat',
  'zaebal', 'zayebal', 'zaebis', 'zaebalo', 'uebok', 'uyobok', 'yobok', 'ueban', 'uebishche', 'dolboeb', 'dolboyob', 'dolbaeb', 'dolbayob', 'proebal',
  'mudak', 'mudaki', 'mudila', 'mudilo', 'pidor', 'pidory', 'pidoras', 'pidaras', 'pidar', 'pidarasy', 'gandon', 'zalupa', 'govno', 'gavno',
  'shlyukha', 'shlyuha', 'shalava',
  // Some of their cases and forms ("mud@ka", "suk@mi", "zaeb@li", "eb@nutyi", "p*dorasy", "ot*ebis")
  'mudaka', 'mudakom', 'mudakami', 'mudakov', 'sukami', 'sukam', 'zaebali', 'zaebala', 'ebanutyi', 'ebanutyy', 'ebanutiy', 'ebanutaya', 'ebanashka',
  'pizdatyi', 'pizdatyy', 'pizdatiy', 'pizdataya', 'pidorasy', 'pidorasov', 'yobanyi', 'otyebis', 'otebis', 'otjebis',
  // "й" and "ё" romanised "j" ("pohuj", "jebat", "jobany", "zajebal")
  'huj', 'khuj', 'nahuj', 'nakhuj', 'pohuj', 'pokhuj', 'jebat', 'jebal', 'jobany', 'jobanyj', 'jebany', 'jebanyj', 'zajebal', 'zajebis', 'ujebok', 'dolbojob', 'dolbojeb',
];
// A symbol stands for one letter, or for the two that romanise one Russian letter ("bl@t'": "blyat"); a run of them for as many
// letters, one fewer or one more ("bl**t", "p***a").
const ROMANISED_LETTER = '(?:[a-z]|ya|ja|ia|yo|jo|io|yu|ju|iu|ye|je|kh|zh|ch|sh|ts)';
/** The forms by their first letter; built when first needed. */
let romanisedByFirst: Map<string, string[]> | undefined;
// A word of Latin letters and symbols: a symbol between two of its letters, or an "@" or "$" after them for an "a" or an "s"
// ("suk@"), and a "$" before them for an "s" only with one of those ("$uk@"; "$uka" alone is a ticker). "_" joins a handle's words,
// not hidden letters; an address ("bl@t.ru", "x.su@ka", "bl@t@mail") is no word.
const MASKED_LATIN_WORD = /(?<![\p{L}\p{N}*#@%$_.^])\$?[a-z]+(?:(?:[*#@%$^]+[a-z]+)+[@$]?|[@$])(?![\p{L}\p{N}*#@%$_^]|\.[\p{L}\p{N}])/gu;
// A star before or after a whole word is no mask: it marks a footnote ("muda*", "Gav*"), a correction ("*bat", "*dar"), a
// wildcard ("suk*") or emphasis ("*ban*", "**ban**"); only a symbol between letters hides one.
const LATIN_MASK_RUN = /[*#@%$^]+/g;
const HAS_LATIN_MASK = /[a-z][*#@%$^]/;
// Digits as transliteration draws Russian letters ("bl9t": 9 for я, "su4ka": 4 for ч, "e6at": 6 for б) or leetspeak others ("5uka",
// "p1zda"): a word of letters with one or two of them inside, or a "5" first, which is one of the forms whole. Typed in lower case
// only: a word in capitals with a digit is a model's code ("MUD4K").
const TRANSLIT_DIGITS: Record<string, string> = { '0': 'o', '1': '(?:i|l)', '3': '(?:e|z)', '4': '(?:ch|a)', '5': 's', '6': 'b', '9': '(?:ya|ja)' };
const DIGIT_LATIN_WORD = /(?<![\p{L}\p{N}_@#$%*.\-\/^])[a-z]*[0-9]{1,2}[a-z]+(?:[0-9][a-z]+)?(?![\p{L}\p{N}_@#$%*\-\/^]|\.[\p{L}\p{N}])/gu;
const HAS_DIGIT_IN_WORD = /[0-9][a-z]/;

/** Romanised Russian swear words with letters hidden behind symbols (ROMANISED_RUSSIAN_SWEARS), each word whole. */
function findMaskedRomanisedRussian(text: string, base: MappedText, submitted: string, raw: Span[]): void {
  const masked = HAS_LATIN_MASK.test(text);
  const digits = HAS_DIGIT_IN_WORD.test(text);
  if (!masked && !digits) return;
  // A word written again is not read again.
  const verdicts = new Map<string, boolean>();
  const asTyped = (start: number, end: number) => {
    const span = originalSpan(base, start, end);
    return submitted.slice(span.start, span.end);
  };
  const read = (pattern: RegExp, isSwear: (typed: string) => boolean, refuse: (original: string) => boolean) => {
    for (const match of allMatches(pattern, text)) {
      const typed = match[0];
      if (refuse(asTyped(match.index, match.index + typed.length))) continue;
      let swear = verdicts.get(typed);
      if (swear === undefined) verdicts.set(typed, (swear = isSwear(typed)));
      if (swear) raw.push({ start: match.index, end: match.index + typed.length });
    }
  };
  // A capitalised word with a run of symbols is a name masked on a label or a review ("Su**a K.", "Hu**o"), not a sworn word.
  if (masked) read(MASKED_LATIN_WORD, isMaskedRomanisedSwear, (original) => /^\p{Lu}/u.test(original) && /[*#@%$^]{2}/.test(original));
  if (digits) read(DIGIT_LATIN_WORD, isTranslitDigitSwear, (original) => /\p{Lu}/u.test(original));
}

/** A word of letters and one or two digits (DIGIT_LATIN_WORD) read as one of the forms, three letters shown or more. */
function isTranslitDigitSwear(typed: string): boolean {
  // A count before a word is no letter ("3bat", "4pcs"): only "5" for an "s" comes first.
  if (typed.replace(/[0-9]/g, '').length < 3 || /[278]/.test(typed) || /^[0-46-9]/.test(typed)) return false;
  const shape = new RegExp(`^${typed.replace(/[0-9]/g, (digit) => TRANSLIT_DIGITS[digit]!)}$`);
  return ROMANISED_RUSSIAN_SWEARS.some((form) => shape.test(form));
}

/** A word of letters and symbols (MASKED_LATIN_WORD) read as one of ROMANISED_RUSSIAN_SWEARS, three of its letters shown or more. */
function isMaskedRomanisedSwear(typed: string): boolean {
  let word = typed.replace(/^\$/, 's');
  if (/[@$]$/.test(word)) word = word.slice(0, -1) + (word.endsWith('@') ? 'a' : 's');
  const pieces = word.split(LATIN_MASK_RUN);
  const runs = word.match(LATIN_MASK_RUN) ?? [];
  if (pieces.join('').length < 3) return false;
  const candidates = (romanisedByFirst ??= romanisedFormsByFirst()).get(word[0]!) ?? [];
  if (candidates.length === 0) return false;
  const hidden = (run: string) => (run.length === 1 ? ROMANISED_LETTER : `[a-z]{${run.length - 1},${run.length + 1}}`);
  const shape = new RegExp(`^${pieces.map((piece, i) => (i === 0 ? piece : hidden(runs[i - 1]!) + piece)).join('')}$`);
  return candidates.some((form) => shape.test(form));
}

function romanisedFormsByFirst(): Map<string, string[]> {
  const byFirst = new Map<string, string[]>();
  for (const form of ROMANISED_RUSSIAN_SWEARS) byFirst.set(form[0]!, [...(byFirst.get(form[0]!) ?? []), form]);
  return byFirst;
}
// The copyright, registered and cent signs typed for the letters they draw ("©unt", "©ock", "fu¢k"; the base view reads them so only in
// an app's name): a word that is then a swear word whole ("Pea©ock", "©ocktail", "Medi©Kit" are not).
const SIGN_LETTERS: Record<string, string> = { '©': 'c', '¢': 'c', '®': 'r' };
const SIGNED_WORD = /(?<![\p{L}\p{N}©®¢])(?=[\p{L}©®¢]{2,16}(?![\p{L}\p{N}©®¢]))[\p{L}©®¢]*[©®¢][\p{L}©®¢]*(?![\p{L}\p{N}©®¢])/gu;
const SPACES_IN_RUN = /(\p{L})\.?[ \t]+(?=\1)/gu;

/**
 * Spans (into the base view) of profane words, widened to the whole word they sit in. `submitted` is the
 * text as typed, read for the words whose tones tell them from clean ones (VIETNAMESE_TONED).
 */
export function findProfanity(base: MappedText, submitted: string): Span[] {
  matchers ??= buildMatchers();
  // Look-alike symbols as the symbols they imitate (SYMBOL_LOOK_ALIKE), one character for one.
  const symbols = SYMBOL_LOOK_ALIKES.test(base.text) ? base.text.replace(SYMBOL_LOOK_ALIKE, symbolOf) : base.text;
  // A "!" that ends a word is punctuation, not leetspeak's "i": "mierda!" is "mierda", not "mierdai".
  // Spaces in its place keep every offset.
  const text = symbols.includes('!') ? symbols.replace(/(?<=\p{L})!+(?![\p{L}\p{N}])/gu, (bangs) => ' '.repeat(bangs.length)) : symbols;
  // `ass` and `slut`: the match is obscenity's "ass" or "slut", which may be the start of an everyday word (ordinaryAssWord,
  // ordinarySlutWord).
  const raw: RawMatch[] = [];
  const { assTerms, slutTerms, nggaTerms, analTerms, conchaTerms } = matchers;
  const found = (offset: number, match: { startIndex: number; endIndex: number; termId: number }) => ({
    start: offset + match.startIndex,
    end: offset + match.endIndex + 1,
    ass: assTerms.has(match.termId),
    slut: slutTerms.has(match.termId),
    ngga: nggaTerms.has(match.termId),
    anal: analTerms.has(match.termId),
    concha: conchaTerms.has(match.termId),
  });
  // The windows are read in one call (obscenity's cost is mostly per call), joined by blank lines.
  const windows = candidateWindows(text, matchers.prefilter);
  if (windows.length > 0) {
    const joined = windows.map(([from, to]) => text.slice(from, to)).join('\n\n');
    const starts: number[] = [];
    let at = 0;
    for (const [from, to] of windows) {
      starts.push(at);
      at += to - from + 2;
    }
    for (const match of matchers.plain.getAllMatches(joined)) {
      let w = starts.length - 1;
      while (w > 0 && starts[w]! > match.startIndex) w--;
      const offset = windows[w]![0] - starts[w]!;
      raw.push(found(offset, match));
    }
  }
  // obscenity is asked only about a word in whose reading the prefilter finds something (it finds all obscenity would, and
  // costs a tenth): a message of a thousand different "a.b1", "a.b2" … is read in a few milliseconds.
  const mayMatchJoined = (word: string) => {
    matchers!.prefilter.lastIndex = 0;
    return matchers!.prefilter.test(joinedReading(word));
  };
  // A word with symbols inside, its matches at offsets into the word.
  const readSymbolWord = (word: string, initialled: boolean): RawMatch[] => {
    const read: RawMatch[] = [];
    const latin = /[a-z].*[a-z]/.test(word);
    if (latin) {
      if (!LEET_ONLY.test(word) && mayMatchJoined(word)) for (const match of matchers!.joined.getAllMatches(word)) read.push(found(0, match));
      // A letter doubled across a symbol ("d.o.m.m.e") is doubled still once the symbols are skipped, where obscenity has
      // already shortened its runs: read again with the symbols between the same letter taken out.
      const squeezed = word.replace(SYMBOLS_IN_RUN, '$1');
      if (squeezed !== word && mayMatchJoined(squeezed) && matchers!.joined.hasMatch(squeezed)) read.push({ start: 0, end: word.length });
    }
    // Other scripts' words with symbols between the letters ("у.е.б.о.к", "s.c.h.e.i.ß"): the letters joined. A Cyrillic one
    // needs no Latin letters: the base view makes a lone look-alike letter Latin, but not "б" or "л" ("б.л.я.д.ь" reads
    // "б.л.я.д.b"). Scripts without spaces are read as they stand ("仆街，又呃錢" is no word cut up).
    if (!initialled && (latin || /\p{Script=Cyrillic}/u.test(word)) && /[^\x00-\x7f]/.test(word) && readingsOf(word.replace(/[^\p{L}]/gu, '')).some(holdsOtherScriptSwear)) {
      read.push({ start: 0, end: word.length });
    }
    return read;
  };
  // A symbol inside a word never spans a space, so text without one has no such word. A word written again is not read again
  // (obscenity's cost is per call: "a.b a.b a.b …").
  const token = /\S+/g;
  const symbolWords = new Map<string, RawMatch[]>();
  for (let match = HAS_SYMBOL_INSIDE.test(text) ? token.exec(text) : null; match; match = token.exec(text)) {
    const word = match[0];
    if (word.length > MAX_TOKEN || !HAS_SYMBOL_INSIDE.test(word) || !SEPARATED_PIECE.test(word)) continue;
    // An initial and a name (INITIAL_AND_NAME) are told by their capitals, which only the submitted text has.
    const typed = /^[^.]*\.[^.]*$/.test(word) && /\p{Script=Cyrillic}/u.test(word) ? originalSpan(base, match.index, match.index + word.length) : undefined;
    const initialled =
      typed !== undefined &&
      INITIAL_AND_NAME.test(submitted.slice(typed.start, typed.end)) &&
      !readingsOf(word.replace(/[^\p{L}]/gu, '')).some((reading) => CUT_SWEAR_WORD.test(reading.replace(/ё/g, 'е')));
    const key = initialled ? `\u0000${word}` : word;
    let read = symbolWords.get(key);
    if (read === undefined) symbolWords.set(key, (read = readSymbolWord(word, initialled)));
    for (const span of read) raw.push({ ...span, start: match.index + span.start, end: match.index + span.end });
  }
  // Letters spaced out one by one ("f u c k", "б л я д ь", "f. u. c. k"): the run read with the spaces skipped, its matches at
  // offsets into the run.
  const readSpacedRun = (run: string): RawMatch[] => {
    const read: RawMatch[] = [];
    if (/[a-z].*[a-z].*[a-z]/.test(run)) {
      // obscenity is asked only where the prefilter finds something in the reading, as for a word with symbols ("x. x. y xx …"
      // with other letters each time is read in a few milliseconds). Once more after a leading "a" or "i", so "you are a t w a
      // t" reads "twat" at a word boundary.
      if (mayMatchJoined(run)) for (const match of matchers!.joined.getAllMatches(run)) read.push(found(0, match));
      const after = /^[ai][ \t]+/.exec(run);
      if (after && mayMatchJoined(run.slice(after[0].length))) for (const match of matchers!.joined.getAllMatches(run.slice(after[0].length))) read.push(found(after[0].length, match));
      // A doubled letter spaced out ("c a z z o") stays doubled once the spaces are skipped, where obscenity has already
      // shortened its runs ("cazo"): where nothing was read, read again with the spaces between the same letter taken out, as
      // "d.o.m.m.e" is (after a leading "a" or "i" first: "che c a z z o" masks no article).
      const pieces: Array<[number, string]> = after ? [[after[0].length, run.slice(after[0].length)], [0, run]] : [[0, run]];
      for (const [from, piece] of read.length === 0 ? pieces : []) {
        const squeezed = piece.replace(SPACES_IN_RUN, '$1');
        if (squeezed !== piece && mayMatchJoined(squeezed) && matchers!.joined.hasMatch(squeezed)) {
          read.push({ start: from, end: run.length });
          break;
        }
      }
    }
    // Other scripts: the run joined, then read as written. Single letters that look Latin were made
    // Latin by the base view ("х у й н я" reads "x y й h я"): among Cyrillic ones they are Cyrillic again.
    if (/[^\x00-\x7f]/.test(run) && readingsOf(run.replace(/[ \t.]/g, '')).some(holdsOtherScriptSwear)) read.push({ start: 0, end: run.length });
    return read;
  };
  // A run written again is not read again, as a word with symbols is not.
  const spacedRuns = new Map<string, RawMatch[]>();
  for (const runs of [SPACED_LETTERS, DOTTED_LETTERS]) {
    for (const match of allMatches(runs, text)) {
      let read = spacedRuns.get(match[0]);
      if (read === undefined) spacedRuns.set(match[0], (read = readSpacedRun(match[0])));
      for (const span of read) raw.push({ ...span, start: match.index + span.start, end: match.index + span.end });
    }
  }
  findHiddenLetters(text, raw);
  findMaskedCyrillic(text, base, submitted, raw);
  findMaskedRomanisedRussian(text, base, submitted, raw);
  if (/[©®¢]/.test(text)) {
    for (const match of allMatches(SIGNED_WORD, text)) if (SWEARS.has(match[0].replace(/[©®¢]/g, (sign) => SIGN_LETTERS[sign]!))) raw.push({ start: match.index, end: match.index + match[0].length });
  }
  if (/[l1|]/.test(text)) for (const match of allMatches(L_AND_I_SWAPPED, text)) if (!SWEARS.has(match[0])) raw.push({ start: match.index, end: match.index + match[0].length });
  if (text.includes('v')) for (const match of allMatches(V_FOR_U, text)) if (!SWEARS.has(match[0])) raw.push({ start: match.index, end: match.index + match[0].length });
  // A word cut by spaces into pieces of one or two letters ("cu nt", "sh it", "fu ck er"); the pieces joined must be a swear
  // word whole, so "put a" (3 letters) and "is it" stay words.
  for (const match of allMatches(SHORT_PIECES, text)) {
    const pieces = [...match[0].matchAll(/\p{L}+/gu)];
    for (let first = 0; first < pieces.length - 1; first++) {
      for (let last = first + 1; last < pieces.length && last - first < 4; last++) {
        if (!SWEARS.has(pieces.slice(first, last + 1).map((piece) => piece[0]).join(''))) continue;
        const start = match.index + pieces[first]!.index;
        raw.push({ start, end: match.index + pieces[last]!.index + pieces[last]![0].length });
      }
    }
  }
  // A swear word written backwards where the message says so ("ffo kcuf (read it backwards)", "reverse it: tihs").
  if (BACKWARDS.test(text)) {
    for (const match of allMatches(LETTER_WORD, text)) {
      const reversed = [...match[0]].reverse().join('').replace(/[013457@$!|]/g, (c) => LEET[c] ?? c);
      if (REVERSED_SWEARS.has(reversed)) raw.push({ start: match.index, end: match.index + match[0].length });
    }
  }
  // Spanish "coño" with its tilde, which no cone has: the base view drops it, so it is read as submitted ("c0ño", "cóño").
  if (/[ñÑ]/.test(submitted)) {
    for (const match of allMatches(CONO, submitted)) raw.push(mappedSpan(base, match.index, match.index + match[0].length));
  }
  OTHER_SCRIPTS.lastIndex = 0;
  for (const match of allMatches(OTHER_SCRIPTS, text)) raw.push({ start: match.index, end: match.index + match[0].length });
  if (VIETNAMESE_LETTER.test(submitted)) {
    // Cyrillic look-alikes among the Vietnamese letters ("сhó" with a Cyrillic "с") are read as the Latin they stand for,
    // one for one, so offsets hold.
    const latin = submitted.replace(CYRILLIC_LOOK_ALIKE, (c) => CYRILLIC_LATIN[c]!);
    for (const match of allMatches(VIETNAMESE_SWEARS, latin)) raw.push(mappedSpan(base, match.index, match.index + match[0].length));
    if (latin.includes('đ')) for (const match of allMatches(VIETNAMESE_CUT, latin)) raw.push(mappedSpan(base, match.index, match.index + match[0].length));
  }
  // Arabizi (Arabic in Latin letters, digits for the letters Latin lacks: "3", "7", "2") has words that are others' everyday
  // ones ("ars", a pimp; "khara", Hindi "pure"): read only in a message written in it.
  // Its words are looked for first (rare), then the rest of what makes a message Arabizi.
  if (ARABIZI_SWEAR.test(text) && ARABIZI_DIGIT_WORD.test(text) && (text.match(ARABIZI_WORDS)?.length ?? 0) >= 2) {
    for (const match of allMatches(ARABIZI_SWEARS, text)) raw.push({ start: match.index, end: match.index + match[0].length });
  }
  // Read with its "!" (`symbols`, offsets one for one)
  if (symbols.includes('oloshi')) for (const match of allMatches(OLOSHI, symbols)) raw.push({ start: match.index, end: match.index + match[0].length });
  if (IN_CONTEXT_WORD.test(text)) for (const match of allMatches(IN_CONTEXT, text)) raw.push({ start: match.index, end: match.index + match[0].length });
  raw.sort((a, b) => a.start - b.start);
  const spans: Span[] = [];
  let talk: Span[] | undefined;
  for (const match of raw) {
    let start = match.start;
    let end = match.end;
    // Widen to the word ("bullshit", "motherfucker", "fuuuck"), so the whole word is masked.
    while (start > 0 && isWordChar(text.charCodeAt(start - 1))) start--;
    while (end < text.length && isWordChar(text.charCodeAt(end))) end++;
    // A word of digits alone is a number, whatever leetspeak would make of it ("4455" is no "aass").
    if (!/\p{L}/u.test(text.slice(start, end))) continue;
    // A digit read as a letter hides no word in a code: an order number, a hex id, a phone model by its maker (leetCode).
    if (leetCode(text, start, end, match, () => (talk ??= modelTalkSpans(text)))) continue;
    if (match.ass && ordinaryAssWord(text.slice(start, end))) continue;
    if (match.slut && ordinarySlutWord(text.slice(start, end))) continue;
    // obscenity reads "anal" after any letter: a word that ends so after letters of its own is another word ("canal", Turkish
    // "kanal" and "sanal", Hungarian "-ánál" and "-nál", at: "a metró kijáratánál").
    // Inside a longer word after letters of its own it is that word's stem too ("kanalı", "Kanaldeckel", "Kanalisation", Dutch
    // "kanaal", Polish "kanału"); and at a word's start before "i"/"y" and a consonant, "analysis" in other languages
    // ("analízis", "analiza", "analýza"), or before "og" ("analog").
    // British "dickie" or "dicky" is a bow tie ("dickie bow"), a shirt front, a small bird ("not a dickie bird") or unsound ("a
    // dicky knee"): clean as a whole word only, since a whitelisted term would clear it inside "dickyhead" too.
    if (BRITISH_DICKY.test(text.slice(start, end))) continue;
    // German "dick" (thick) with an ending, and "die Dicke" (thickness): "Die Dicke des Glases", "dicker Stoff", "die dickere
    // Variante". Whole words only, as "dicky" is; "dick" alone is the English word, and so are these after an English "a", "my"
    // or "you" (ENGLISH_BEFORE_THICK).
    if (GERMAN_THICK.test(text.slice(start, end)) && !ENGLISH_BEFORE_THICK.test(text.slice(Math.max(0, start - 12), start))) continue;
    if (match.anal && (ANAL_ENDING.test(text.slice(start, end)) || ANAL_INSIDE.test(text.slice(start, end)) || ANALYSIS.test(text.slice(start, end)))) continue;
    // Bitche is a town in Moselle where the text places it ("à Bitche", "Bitche, c'est à 30 minutes de Sarreguemines"), not a
    // name called at someone ("Hey Bitche, pay up", "Bitche please"), capital or not.
    if (BITCHE.test(text.slice(start, end)) && isTownBitche(text, start, end)) continue;
    // obscenity's "n[i]gga" without its "i", inside a word: Indonesian and Malay "tinggal", "hingga", "mangga", "tetangga".
    if (match.ngga && match.start > start && !/[i1!|]/.test(text.slice(match.start, match.end))) continue;
    // A bitch is a female dog where dogs are bred, sold or sat for ("a 3 yr old bitch, spayed").
    if (FEMALE_DOG.test(text.slice(start, end)) && DOG_TALK.test(text)) continue;
    // "la concha de tu madre" is sworn as a message of its own ("la concha de tu madre, me cobraste de más", "andate a la concha
    // de tu madre!"); elsewhere it is a shell, tortoiseshell or bread of someone's mother ("peine de concha de su madre", "La
    // concha de tu madre llegó rota", "—La concha de su madre, la del collar"). Read with its "!" (`symbols`, offsets one for one).
    if (match.concha && !conchaOpensMessage(symbols, start, end)) continue;
    const last = spans[spans.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else spans.push({ start, end });
  }
  return spans;
}

const BRITISH_DICKY = /^dick(?:y|ie)(?:s|bird|birds|bow|bows)?$/;
// What may stand before "la concha de tu madre" sworn: nothing (or Spanish's opening "¡"), or "la", "andate a la", "vete a la", then
// Argentina's "re" (very); and after it a comma, a "!" or the message's end.
const CONCHA_BEFORE = /^\s{0,3}¡?\s{0,2}(?:(?:(?:andate|vete)\s{1,3}a\s{1,3})?la\s{1,3})?(?:re\s{1,3})?$/u;
const CONCHA_AFTER = /^\s{0,3}(?:[,!]|$)/u;

function conchaOpensMessage(text: string, start: number, end: number): boolean {
  return start <= 24 && CONCHA_BEFORE.test(text.slice(0, start)) && CONCHA_AFTER.test(text.slice(end));
}

const GERMAN_THICK = /^dick(?:e|en|er|es|em|ere|eren|erer|eres|erem|ste|sten|ster|stes|stem)$/;
// English words that make it a name called ("what a dicke", "suck my dicke", "you dickes", "a dickster"): no German word is one of
// them ("ein dicker Pullover", "die Dicke"), and the English verb ("happy to dicker on price") follows none.
const ENGLISH_BEFORE_THICK = /(?<![\p{L}])(?:a|an|the|my|your|ur|you|u|ya|his|such|big|little|fat)\s{1,3}$/u;

// obscenity reads "ass" at the start of any word and lets through only the words it lists ("assessment", "assume"):
// "assortment", French "assez", Italian "assegno" and "assoluto", Portuguese "assobio" and an "assy" (an assembly) are
// none of them. A word that starts with it is the swear word only as "ass" itself or one of its compounds.
// Written with every run of a letter shortened, as the rest of the word is read ("a$$hoooole", "asskisser").
const ASS_COMPOUND_REST = /^(?:|e?s|ed|hol\p{L}*|hat\p{L}*|wipe\p{L}*|clown\p{L}*|kis\p{L}*|face\p{L}*|head\p{L}*|bag\p{L}*|lick\p{L}*|munch\p{L}*|wad\p{L}*|crack\p{L}*|load\p{L}*|fuck\p{L}*|bandit\p{L}*|jacket\p{L}*|monkey\p{L}*|buts?|nugets?|goblin\p{L}*|lord\p{L}*)$/u;

/** A word that starts with "ass" (as typed: "a$$hole", "@sshat") and is no swear word: "assortment", "assez". */
function ordinaryAssWord(word: string): boolean {
  const letters = word.replace(/[013457@$!|]/g, (c) => LEET[c] ?? c).replace(/[^\p{L}]/gu, '');
  const rest = /^a+s{2,}(.*)$/u.exec(letters)?.[1];
  return rest !== undefined && !ASS_COMPOUND_REST.test(collapse(rest));
}

// Swedish, Danish and Norwegian "slut" is an end, and starts many everyday words: "slutsåld" (sold out), "slutligen",
// "sluta" (to stop), "slutstädning" (a final clean). A word that starts with it is the swear word only as "slut" itself
// or one of its English forms and compounds; "slut" alone is told apart by the Swedish phrases among EXTRA_CLEAN.
const SLUT_ENGLISH_REST = /^(?:|s|y|ier|iest|ie|ies|ish\p{L}*|bag\p{L}*|face\p{L}*|sham\p{L}*|walk\p{L}*|puppy|puppies)$/u;

/** A word that starts with "slut" (as typed: "s1ut", "sluuut") and is no swear word: "slutsåld", "slutligen". */
function ordinarySlutWord(word: string): boolean {
  const letters = word.replace(/[013457@$!|]/g, (c) => LEET[c] ?? c).replace(/[^\p{L}]/gu, '');
  const rest = /^s+l+u+t+(.*)$/u.exec(letters)?.[1];
  return rest !== undefined && !SLUT_ENGLISH_REST.test(collapse(rest));
}

// Makers and product lines a model number follows ("Oppo A5s", "Galaxy A55"); words for a model in a few languages.
const MODEL_MAKER =
  /(?<![\p{L}\p{N}])(?:samsung|galaxy|oppo|xiaomi|redmi|poco|huawei|honor|vivo|realme|nokia|moto|motorola|iphone|pixel|sony|xperia|lg|oneplus|tecno|infinix|itel|zte|alcatel|lenovo|asus|meizu|htc|tcl|canon|nikon|fujifilm|fuji|lumix|olympus|audi|yamaha|casio|garmin|model|modell|modelo|modele|modello|modelu|type|typ)\s*$/u;
// What follows a model: its storage, network or edition ("A5s 64GB", "A55 5G", "A5s Pro").
const MODEL_SUFFIX = /^\s*(?:\d{1,4}\s?(?:gb|tb|g)|pro|plus|lite|max|mini|ultra|neo|prime|duos|dual\ssim|\+)(?![\p{L}\p{N}])/u;
// Talk of a phone or of selling one, anywhere in the message: storage sizes, and the words marketplace chat uses for
// selling, a phone and its parts, in the languages Parley's users write (accents off, as the base view writes them).
const MODEL_TALK = new RegExp(
  String.raw`\d\s?(?:gb|tb)(?![\p{L}])|(?<![\p{L}])(?:${[
    'for sale', 'sale', 'sell', 'selling', 'sold', 'buy', 'buying', 'bought', 'price', 'phone', 'smartphone', 'mobile', 'handset', 'screen',
    'display', 'deal', 'bargain', 'offer', 'user', 'battery', 'charger', 'case', 'cover', 'unlocked', 'locked', 'sim', 'camera', 'condition', 'boxed', 'box', 'warranty',
    'scratches', 'scratch', 'cracked', 'refurbished', 'imei', 'storage', 'ram', 'android', 'swap', 'postage', 'shipping',
    'vendo', 'vende', 'venta', 'venda', 'se vende', 'vends', 'vendre', 'verkaufe', 'verkauf', 'te koop', 'sprzedam', 'satilik',
    'jual', 'dijual', 'hp', 'celular', 'movil', 'telefono', 'telefone', 'telephone', 'portable', 'handy', 'telefon', 'pantalla',
    'tela', 'ecran', 'bildschirm', 'bateria', 'batterie', 'akku', 'precio', 'preco', 'prix', 'preis', 'prezzo', 'cena', 'fiyat',
    'harga', 'usado', 'usato', 'gebraucht', 'zustand', 'etat', 'estado', 'funda', 'capa', 'cargador', 'carregador', 'chargeur',
    'продаю', 'продам', 'продается', 'телефон', 'экран', 'батарея', 'цена',
  ].join('|')})(?![\p{L}])`,
  'u',
);
// Words before the token that make it a swear word where no maker, storage or talk of a phone or a sale says it is a model
// ("kiss my a5s", "ur fat a55", "you're an a55"); "you", "u" or "ur" alone only where they start the message or a clause
// ("you a55", not "Are you A55 or S23 user?", "Thank you A55 arrived today").
const SWEAR_CUE =
  /(?:(?<![\p{L}])(?:(?:kiss|lick|kick|bite|suck|whoop|whip|spank|slap|move|shift|haul|get|sit\son|up|shove\sit\sup|stick\sit\sup)\s(?:my|your|ur|yo|his|her|their|ya)|ya|you'?re\san?|ur\san?|such\san?|what\san?|(?:fat|lazy|dumb|stupid|smart|silly|big|sorry|cheap|bad|broke)(?:\s(?:my|your|ur|his|her))?)|(?:^|[.!?,;:]\s*)(?:you|u|ur))\s+(?:(?:fat|lazy|dumb|stupid|silly|big|sorry|cheap|bad)\s+)?$/u;

/** Where the message talks of a phone or a sale (MODEL_TALK), read once per message: a token's own letters are no talk. */
function modelTalkSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of allMatches(new RegExp(MODEL_TALK.source, 'gu'), text)) spans.push({ start: match.index, end: match.index + match[0].length });
  return spans;
}

/**
 * Whether the word [start, end) of `text`, read as a swear word through a digit ("b00b", "a5s"), is a code: an order number
 * or an id (digits outside the reading: one that starts the word, or three or more) or a model number (a letter,
 * digits and at most one letter: "A5s", "A55", "M25") by its maker, its storage or talk of a phone or a sale. A model
 * shape after an insult's words ("kiss my a5s", "you a55") or alone is the swear word; one with a letter after its
 * digits needs the model's context, one of a letter and digits (a road, a postcode district) does not.
 */
function leetCode(text: string, start: number, end: number, reading: Span, talk: () => Span[]): boolean {
  const word = text.slice(start, end);
  if (!/^[a-z0-9]+$/.test(word) || !/[0-9]/.test(text.slice(reading.start, reading.end))) return /^\p{L}\d{2,}$/u.test(word);
  const outsideText = word.slice(0, reading.start - start) + word.slice(reading.end - start);
  const outside = outsideText.replace(/[^0-9]/g, '').length;
  // A word does not start with a digit it does not read ("9b00b2"); one inside may be leetspeak too ("bu11sh1t"). Three
  // digits or more outside the reading make a code only with letters outside it too ("ze9fa221b00ba5"): "sh1t123" is the word.
  if ((reading.start > start && /^[0-9]/.test(word)) || (outside >= 3 && /[a-z]/.test(outsideText))) return true;
  if (!/^[a-z][0-9]{1,3}[a-z]?$/.test(word)) return false;
  const before = text.slice(Math.max(0, start - 40), start);
  if (MODEL_MAKER.test(before) || MODEL_SUFFIX.test(text.slice(end, end + 12))) return true;
  const rest = text.slice(0, start) + text.slice(end);
  if (!/\p{L}/u.test(rest)) return false;
  if (talk().some((span) => span.end <= start || span.start >= end)) return true;
  if (SWEAR_CUE.test(before)) return false;
  return /^[a-z][0-9]+$/.test(word);
}

/**
 * Letters joined from a word cut up, as they may be read: as written and, with Cyrillic among them, with the Latin letters the
 * base view made of look-alikes in Russian again; its "b" is "в" or "ь" ("б.л.я.т.ь" reads "бляtb": "блять").
 */
function readingsOf(letters: string): string[] {
  if (!/\p{Script=Cyrillic}/u.test(letters)) return [letters];
  const russian = inRussianLetters(letters);
  return letters.includes('b') ? [letters, russian, inRussianLetters(letters.replace(/b/g, 'ь'))] : [letters, russian];
}

function holdsOtherScriptSwear(text: string): boolean {
  OTHER_SCRIPTS.lastIndex = 0;
  return OTHER_SCRIPTS.test(text);
}

const FEMALE_DOG = /^bitch(?:es)?$/;
const ANAL_ENDING = /^\p{L}+anal$/u;
const ANALYSIS = /^anal(?:[iy][sztcl]|og)\p{L}*$/u;
// A word of letters alone that starts with another letter: "anal" is inside it.
const ANAL_INSIDE = /^(?!a)\p{L}+$/u;
const BITCHE = /^bitche$/;
// Where a place is named: after a word that says where ("à Bitche", "near Bitche", "gare de Bitche", "nach Bitche"), also as the
// second of two places ("à Metz ou Bitche"), ...
const PLACE_BEFORE =
  /(?<![\p{L}])(?:in|a|de|d'|du|from|to|near|(?<!son\s)of|nach|bei|zu|von|aus|vers|pour|jusqu'a|pres\sde|autour\sde|around|outside|via|gare\sde|ville\sde|commune\sde|pays\sde|region\sde|sur|en|im|um)\s{1,2}(?:[\p{L}-]{2,24}\s{1,2}(?:ou|or|et|and|oder|und|o|y)\s{1,2})?$/u;
// ... or before words that place it: its region, the towns near it, its citadel, or how far it is from somewhere ("Bitche, c'est à
// 30 minutes de Sarreguemines", "Bitche is 20 km from the border").
const DISTANCE = String.raw`km|kms|kilometres?|kilometers?|kilometern?|minutes?|mins?|min|heures?|h|hours?|hrs?|stunden?|miles?`;
const PLACE_AFTER = new RegExp(
  String.raw`^[^.!?\n]{0,48}?(?:(?<![\p{L}])(?:moselle|lorraine|alsace|sarreguemines|sarrebourg|citadelle|citadel|zitadelle|57230)(?![\p{L}])|(?:(?<![\p{L}])(?:a|at|about|around|environ|etwa|ca|only|seulement|juste)\s{1,2}\d{1,3}\s?(?:${DISTANCE})|\d{1,3}\s?(?:${DISTANCE})\s(?:de|d'|du|from|von|away|entfernt|vom|of))(?![\p{L}]))`,
  'u',
);

/** "Bitche" read as the town in Moselle: after a word that says where, or before words that place it; not by its capital alone. */
function isTownBitche(text: string, start: number, end: number): boolean {
  return PLACE_BEFORE.test(text.slice(Math.max(0, start - 48), start)) || PLACE_AFTER.test(text.slice(end, end + 80));
}
const DOG_TALK = /\b(?:dogs?|pupp(?:y|ies)|pups?|litters?|spayed|spay|neutered|whelp(?:ed|ing)?|stud|breeders?|breeding|kennels?|pedigree|kc\sreg|dam|sire|in\sseason|on\sheat|vaccinated|microchipped|labrador|spaniel|terrier|retriever|shepherd|poodle|collie|bulldog|greyhound|whippet|beagle|husky|rottweiler|dachshund)\b/;

function findHiddenLetters(text: string, raw: Span[]): void {
  // Only the words around a "*", a "#" between letters ("bulls#it"; not a hashtag), a run of
  // comic-strip symbols after a letter ("motherf@#%er", "f@#%") or a letter written three times
  // are looked at.
  const anchors: number[] = [];
  for (let at = text.indexOf('*'); at >= 0 && anchors.length < 200; at = text.indexOf('*', at + 1)) anchors.push(at);
  if (text.includes('#')) for (const match of text.matchAll(/(?<=[a-z])#+(?=[a-z])/g)) anchors.push(match.index);
  if (/[#%&]/.test(text)) for (const match of allMatches(GRAWLIX, text)) anchors.push(match.index);
  if (/([a-z])\1\1/.test(text)) for (const match of text.matchAll(/([a-z])\1\1/g)) anchors.push(match.index);
  let last = -1;
  for (const anchor of anchors.sort((a, b) => a - b)) {
    let start = anchor;
    let end = anchor;
    // Bounded: a word longer than 20 is passed over anyway, and a long run of one letter holds an
    // anchor every three letters (unbounded, each would walk the whole run).
    while (start > 0 && anchor - start <= 20 && TOKEN_CHAR.test(text[start - 1]!)) start--;
    while (end < text.length && end - anchor <= 20 && TOKEN_CHAR.test(text[end]!)) end++;
    if (start <= last || end - start > 20) continue;
    last = start;
    const word = text.slice(start, end);
    const letters = word
      .replace(GRAWLIX, (symbols) => '*'.repeat(symbols.length))
      .replace(/[013457@$!|]/g, (c) => LEET[c] ?? c).replace(/(?<=[a-z])#+(?=[a-z])/g, (hashes) => '*'.repeat(hashes.length));
    if (letters.includes('*') && (/[a-z].*[a-z]/.test(letters) || oneLetterSwear(text, start, end, letters))) {
      const shape = new RegExp(`^${letters.replace(/[^a-z*]/g, '').replace(/\*/g, '[a-z]')}$`);
      if (SWEAR_FORMS.some((form) => shape.test(form))) raw.push({ start, end });
    } else if (collapse(letters) !== letters && STRETCHED_SWEARS.has(collapse(letters))) {
      raw.push({ start, end });
    }
  }
}

const TOKEN_CHAR = /[\p{L}\p{N}*@$!|#%&]/u;
/** Symbols standing for the letters of a swear word: two or more after a letter, one of them not a leet letter. */
const GRAWLIX = /(?<=[a-z])(?=[@#%&$*!]{2,})[@$*!]*[#%&][@#%&$*!]*/g;

// A word that is one letter and stars ("f***") is a swear word only where one stands: "f*** off", "what the f***", "piece of
// s***", "s*** happens", "get the f*** out", "who the f*** cares", "give a s***", "cold as f***"; a grade or a rating ("A**",
// "5 ***") is not.
const WORD_AFTER_ONE_LETTER = /^\s+(?:off|you|u|ya|yourself|me|him|her|them|it|this|that|up|sake|around|with|yeah|happens)(?![a-z])/;
// "knows" and "out" after "f***" and "s***" only ("Mr. T*** knows the address", "ask P*** out front" hide a name)
const FS_WORD_AFTER_ONE_LETTER = /^\s+(?:out|outta|knows)(?![a-z])/;
const WORD_BEFORE_ONE_LETTER = /(?<![a-z])(?:(?:what|who|where|why|how|when)\sthe|of|you|little|such|so|holy|for|gives?\sa|giving\sa|gave\sa)\s+$/;
// "as" before "f***" and "s***" only, and not after "known" or "called" ("known as B***", "known as S***" hide a name)
const AS_BEFORE_ONE_LETTER = /(?<![a-z])(?<!(?:known|called|named)\s+)as\s+$/;

function oneLetterSwear(text: string, start: number, end: number, letters: string): boolean {
  // Not "a**" (an A** grade, "the A*** hotel"): the first letters of the swear words people star out.
  if (!/^[fscbdptw]\*{2,}$/.test(letters)) return false;
  const before = text.slice(Math.max(0, start - 20), start);
  const after = text.slice(end, end + 12);
  const fs = /^[fs]/.test(letters);
  return WORD_AFTER_ONE_LETTER.test(after) || WORD_BEFORE_ONE_LETTER.test(before) || (fs && (FS_WORD_AFTER_ONE_LETTER.test(after) || AS_BEFORE_ONE_LETTER.test(before)));
}

function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 36 || code === 64;
}
