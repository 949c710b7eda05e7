// Handles next to a messaging app or social network: "insta: jdoe", "telegram @x", "my ig is
// jdoe", invitations to move the chat ("whatsapp me", "add me on wechat", "let's continue this on
// telegram") and "reddit u/x". Naming an app is not enough ("Instagram is down today", "instant"),
// and neither is talk about the rules ("I won't share my WhatsApp here").
import { allMatches } from './all-matches.js';
import { type MappedText, MappedTextBuilder, originalSpan, type Span } from './mapped-text.js';
import { baseView, withoutCombiningMarks } from './normalise.js';

// Apps' names as Greek writes them ("ίνσταγκραμ", "βάιμπερ", "τέλεγκραμ", "γουότσαπ", "φέισμπουκ"), as the base view writes them:
// without accents, and a word made only of look-alike letters in Latin ("ίνσταγκραμ" reads "ivotaykpau", "ίνστα" "ivota",
// "ντίσκορντ" "vtiokopvt"). Longest first, so "ίνστα" does not take the start of "ίνσταγκραμ".
// Written in capitals too ("ΒΡΕΣ ΜΕ ΣΤΟ ΙΝΣΤΑΓΚΡΑΜ"): a capital sigma is read "σ" even last in its word ("ΒΡΕΣ" reads "bpeo", "βρες" "bpes").
const greekForms = (words: string[]) => [...new Set(words.flatMap((word) => [baseView(word).text, baseView(word.toUpperCase()).text]))];
const greek = (words: string[]) => greekForms(words).join('|');
// LinkedIn ("λίνκεντιν") is no place to chat, as "linkedin" is not (NOT_MESSAGING).
const GREEK_LINKEDIN = greekForms(['λίνκεντιν']);
const GREEK_APPS = greekForms([
  'ίνσταγκραμ', 'ίνσταγραμ', 'ίνστα', 'βάιμπερ', 'βάτσαπ', 'γουάτσαπ', 'γουότσαπ', 'ουάτσαπ', 'ουότσαπ', 'τέλεγκραμ', 'τέλεγραμ', 'φέισμπουκ', 'μέσεντζερ',
  'μέσετζερ', 'σνάπτσατ', 'σκάιπ', 'ντίσκορντ', 'τουίτερ', 'σίγκναλ', 'λίνκεντιν',
])
  .sort((a, b) => b.length - a.length)
  .join('|');
// Names that mean only the app. "ВКонтакте" (Ukrainian "ВКонтакті") is made only of look-alike letters: the base view
// writes it "bkohtakte".
const STRONG_APPS =
  `microsoft\\s?teams|ms\\s?teams|whats\\s?app|whatsap|whatapp|watsapp|watsap|whtsapp|[wv]h?a?t{1,2}s{1,2}a?p{1,2}|tlgrm|tlgram|telgram|wats\\s?app|what'?s\\s?app|wts\\s?app(?![\\p{L}\\p{N}-])|telegram|telegramm|telegrm|instagram|insta|instgram|snapchat|snap\\s?chat|facebook|fb\\s?messenger|messenger|tiktok|tik\\s?tok|twitter|discord|reddit|wechat|we\\s?chat|weixin|viber|kik|skype|linkedin|github|gitlab|behance|dribbble|artstation|deviantart|imessage|facetime|hangouts|kakaotalk|kakao|zalo|botim|threema|onlyfans|pinterest|youtube|twitch|vkontakte|bkohtakt[ei]|mastodon|bluesky|bsky|icq|google\\s?chat|gchat|line\\s?app|wickr|tumblr|vinted|depop|etsy|ebay|gumtree|craigslist|paypal|venmo|cashapp|cash\\s?app|revolut|zelle|wise(?=\\s{1,2}tag\\s{0,2}[:=\\-–—]?\\s{0,3}@\\p{L})|wise(?=\\s{0,2}:?\\s{0,2}@\\p{L})|sn4p|telegu|telega|(?:вотсап|ватсап|вацап|вайбер|телеграмм?)(?:е|і|у|а|ом)|вотсап|ватсап|вацап|botcan|batcan|телеграм|телеграмм|телега|телегу|телеге|телеги|вайбер|вайбър|уатсап|уотсап|vajber|vajberu|uotsapp?|instac|instaci|instacu|${GREEK_APPS}|инст(?:а|е|у|ы|ой)|инстаграм(?:а|е|у|ом)?|uhct(?:a|e|y|om|oi)|uhctarpam(?:a|e|y|om)?`;
// The apps people move a chat to; marketplaces and payment apps are named in ordinary talk of a sale
// ("PayPal? Or cash?", "check your eBay inbox").
const NOT_MESSAGING = new Set([...GREEK_LINKEDIN, 'vinted', 'depop', 'etsy', 'ebay', 'gumtree', 'craigslist', 'paypal', 'venmo', 'cashapp', 'cash\\s?app', 'revolut', 'zelle', 'wise(?=\\s{1,2}tag\\s{0,2}[:=\\-–—]?\\s{0,3}@\\p{L})', 'wise(?=\\s{0,2}:?\\s{0,2}@\\p{L})', 'youtube', 'twitch', 'pinterest', 'linkedin', 'github', 'gitlab', 'behance', 'dribbble', 'artstation', 'deviantart', 'onlyfans', 'tumblr', 'reddit', 'mastodon', 'bluesky', 'bsky']);
const MESSAGING_APPS = STRONG_APPS.split('|').filter((name) => !NOT_MESSAGING.has(name)).join('|');
// Where things are sold, paid for or watched: an invitation there needs a person ("follow me on youtube").
const PLACE_APP = /^(?:vinted|depop|etsy|ebay|gumtree|craigslist|paypal|venmo|cash\s?app|revolut|zelle|wise|youtube|twitch|pinterest)$/;
// Short or ordinary words that name an app only in the right company.
// 👻 is Snapchat's ghost ("my 👻 is jdoe", "the app with the ghost", "snap👻 jdoe"), 📸 Instagram's camera before an
// "@name"; the bird app is Twitter, the paper plane app Telegram, the app with the green phone WhatsApp, the tok TikTok.
const APP_ABBREVIATIONS =
  'the\\s?tok|green\\s?app|blue\\s?app|bird\\s?app|bird\\s?site|ghost\\s?app|app\\swith\\sthe\\s(?:little\\s|yellow\\s)?ghost|paper\\s?plane\\s?app|app\\swith\\sthe\\s(?:little\\s|blue\\s)?(?:paper\\s)?plane|app\\swith\\sthe\\s(?:little\\s)?green\\s(?:tele)?phone(?:\\s(?:logo|icon))?|green\\s(?:tele)?phone\\sapp|snap\\s?👻|vx|ig|i\\.g\\.?|fb|fejs|wa|w/a|tg|tt|snap|sc|vk|qq|tele|yt|gram|whats|wapp|wasap|guasap|wassap|wsp|wpp|wats|zap|zapzap|snp\\s?chat|snp|👻|📸' +
  // Greek "σνάπ" (Snapchat) and "φβ" (Facebook)
  `|${greek(['σνάπ', 'φβ'])}` +
  // Discord's short names only before a name with its four-digit tag ("disc: annab#4471"; a disc is otherwise a CD or a brake,
  // DC a city or a warehouse, whose "order#4471" is a reference)
  '|(?:disc|dc)(?=\\s{0,2}[:=\\-]?\\s{0,3}@?(?!(?:order|item|ref|po|invoice|ticket|case|lot|unit|room|box|no)#)[\\w.]{2,32}#\\d{4}(?!\\d))';
// Ordinary words that are also apps: only with an "@handle" or an invitation.
const APP_WORDS_ORDINARY = 'x|line|signal|teams|zoom|threads|element|session|wire|slack|mess|watts';
const WEAK_APPS = `${APP_ABBREVIATIONS}|${APP_WORDS_ORDINARY}`;
const ANY_APP = `(?:${STRONG_APPS}|${WEAK_APPS})`;
// Long app names as Polish, Russian or Turkish inflect them after a preposition ("na messengerze", "в телеграме" is spelled above).
const INFLECTED_APP = '(?:whatsapp|telegram|instagram|messenger|facebook|viber|skype|discord|snapchat)(?:ie|ze|em|om|ku|u|a|e)';
// Case endings glued to an app's name, as Turkish, Finnish and Hungarian write them ("instagramdan yaz",
// "whatsapp'tan", "wätsäppiin", "messengeren").
const CASE_ENDINGS = "'?(?:dan|den|tan|ten|da|de|ta|te|a|e|ya|ye|iin|issa|ista|ssa|sta|lla|en|on|ban|ben)";
// Dutch "app me" is "whatsapp me" ("the app me and my wife use" is not).
const DUTCH_APP_ME = String.raw`(?<!(?:the|an|this|that|your|my|our|de|het)\s)app(?=\s(?:me|mij|ons)(?![\p{L}\p{N}]))`;
// "w/a" is WhatsApp only before "me": otherwise it is "with a" ("w/a US plug").
const W_A_ME = String.raw`w/a(?=\s{1,3}me(?![\p{L}\p{N}]))`;
// "is" in Italian and Portuguese (è, é once accents are off), French, German and Spanish; it is also "and" or "east".
// French says "c'est" as often ("mon insta c'est clara.patisserie").
// Greek "είναι", which the base view writes "eivai" (look-alike letters).
const FOREIGN_IS = "e|est|ist|es|c['’]est|c\\sest|eivai";
const FOREIGN_IS_BETWEEN = new RegExp(`(?<![\\p{L}\\p{N}])(?:${FOREIGN_IS})(?![\\p{L}\\p{N}])`, 'u');
// The "my" of the same languages before an app: "il mio ig", "mon insta", "mein insta", "mi ig", "meu insta", "mijn insta".
const FOREIGN_MY = /(?:^|[^\p{L}])(?:mio|mia|mon|mein|meine|mi|meu|minha|mijn)\s{1,2}$/u;
// "my" after the app: Indonesian and Malay "aku", "saya", "gue", "ku", Tagalog "ko", Vietnamese "(của) mình".
// Greek "μου" and "μας" ("το ίνστα μου: nikos.books"), which the base view writes "uou" and "uas".
const MY_AFTER_APP = `aku|saya|gue|gw|ku|ko|cua\\sminh|minh|${greek(['μου', 'μας'])}`;
const MY_AFTER_APP_BETWEEN = new RegExp(`(?<![\\p{L}\\p{N}])(?:${MY_AFTER_APP})(?![\\p{L}\\p{N}])`, 'u');
// "my handle on X is …": the possessive is the label's, the app after it.
const MY_LABEL_ON = /(?:^|[^\p{L}])(?:my|our)\s(?:handle|user\s?name|username|name|id|account|profile|nick)\s(?:on|in|at|for)\s{1,2}$/u;
// "discord user kilnqueen"; "a discord user", "the twitter user" are someone else.
const USER_BETWEEN = /(?<![\p{L}\p{N}])user(?!\s?name|[\p{L}\p{N}])/u;
const ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:a|an|the|one|some|any|another|other|every|each|this|that)\s{1,2}$/u;
// Arrows of every Unicode block, which point from an app to a name as "→" does ("ig ➜ lena.bakes").
const ARROWS = String.raw`\u2190-\u21ff\u2794-\u27bf\u27f0-\u27ff\u2900-\u297f\u2b05-\u2b07\u2b95`;
const ARROW = new RegExp(`[${ARROWS}]`, 'u');
// Skype's own ids begin "live:"; Cash App's "$".
const HANDLE = String.raw`(?:@|\$(?=\p{L}))?(?:live:)?[\p{L}\p{N}_](?:[\p{L}\p{N}_.\-]{0,29}[\p{L}\p{N}_])?(?:#\d{4})?`;

// Greek "find me", "search for me", "follow me", "add me", "call me" with its "me" or "us" after it ("βρες με", "ψάξε με",
// "ακολουθήστε μας", "πάρε με", "κάλεσέ με", "τηλεφώνησέ μου"), and "you (will) find me" with it before ("με βρίσκεις", "θα μας
// βρείτε"), as the base view writes them: "με" and "μας" are look-alike letters throughout ("ue", "uas"), as "βρες" is ("bpes").
// Only with the place right after ("βρες με στο ίνστα", "με βρίσκεις και στο τικ τοκ"): "Πάρε με όταν δεις το ποστ στο φέισμπουκ"
// asks for a call about what is there. Not after "μη" or "μην" (don't: "un", "unv"); "you find me" not after "if", "why", "that",
// "when" or a question word either ("Αν με ψάχνεις στο ίνσταγκραμ, ...", "Γιατί με ψάχνεις στο φέισμπουκ;", "Μου είπαν ότι με
// ψάχνεις ..."). "βρες το" (find it) is the item, and "βρήκα" (I found) what one saw.
// The place is the app itself, right after "στο" ("πάρε με στο βάιμπερ"): "Πάρε με στο σταθερό, στο Viber δεν απαντάω" asks for a
// call on the landline, and the app in the next clause is no place to be called.
const GREEK_THERE = `(?=\\s(?:(?:${greek(['και', 'επίσης'])})\\s)?(?:${greek(['στο', 'στη', 'στην', 'μέσω'])})\\s(?:${greek(['του'])}\\s)?(?:${ANY_APP}|${INFLECTED_APP}|imo)(?![\\p{L}\\p{N}]))`;
const GREEK_ME = greek(['με', 'μας']);
const GREEK_FIND_ME = `(?<!(?:un|unv)\\s)(?:(?:${greek(['βρες', 'βρείτε', 'ψάξε', 'ψάξτε', 'ακολούθησε', 'ακολουθήστε', 'ακολούθα', 'ακολουθείτε', 'πρόσθεσε', 'προσθέστε', 'πάρε', 'πάρτε', 'κάλεσε', 'καλέστε', 'αναζήτησε', 'αναζητήστε'])})\\s(?:${GREEK_ME})|(?:${greek(['τηλεφώνησε', 'τηλεφωνήστε'])})\\s(?:${greek(['μου', 'μας'])}))${GREEK_THERE}`;
const GREEK_NOT_ASKING = greek(['αν', 'εάν', 'άμα', 'γιατί', 'ότι', 'πως', 'πώς', 'που', 'πού', 'τι', 'μήπως', 'όταν', 'μη', 'μην', 'δεν', 'δε']);
const GREEK_YOU_FIND_ME = `(?<!(?:${GREEK_NOT_ASKING})\\s(?:${greek(['θα'])}\\s)?)(?:${GREEK_ME})\\s(?:${greek(['βρίσκεις', 'βρίσκετε', 'βρεις', 'βρείτε', 'ψάχνεις', 'ψάχνετε'])})${GREEK_THERE}`;
// "See you on", "shall we go on", "come to" the app, right after: "τα λέμε στο βάιμπερ", "συνεχίζουμε στο βάιμπερ;", "έλα στο ίνστα"
// ("τα λέμε αύριο" is "see you tomorrow").
const GREEK_MEET_THERE = `(?:${greek(['τα λέμε', 'συνεχίζουμε', 'συνεχίσουμε', 'έλα', 'ελάτε'])})${GREEK_THERE}`;
// Greek in Latin letters ("vres me sto insta", "steile mou sto viber", "epikoinoniste mazi mas sto viber", "kane mou add sto fb"),
// with "sto" or "meso" within two words that start no clause of their own ("pare me otan to deis sto insta": call me when you see it
// on insta). "sto" joins only these verbs to an app: after an English one it is what one saw there ("I'll take it, to eida sto insta",
// "Ekana follow ti selida sas sto insta").
const GREEKLISH_VERB =
  '(?:vres|psakse|pare|akolouthise|prosthese|kalese)\\sme|(?:vreite|psakste|parte|akolouthiste|prostheste|kaleste)\\s(?:me|mas)|(?:steile|steilte|grapse|grapste|tilefonise|tilefoniste)\\s(?:mou|mas)|kan(?:e|te)\\s(?:mou|me|mas)\\s(?:add|follow)|epikoinoniste|epikoinonise';
const GREEKLISH_BETWEEN = '(?:(?!(?:otan|an|ean|ama|afou|giati|epeidi|pou|opou|oti|pws|pos|na|to|ta|ti|tin|ton|tis)\\s)[a-z]+\\s){0,2}';
const GREEKLISH_INVITE = `(?:${GREEKLISH_VERB})(?=\\s${GREEKLISH_BETWEEN}(?:sto|meso|mesw)\\s)`;
const GREEKLISH_STO = `(?<=(?<![\\p{L}\\p{N}])(?:${GREEKLISH_VERB})\\s${GREEKLISH_BETWEEN})(?:sto|meso|mesw)`;
// Greek has no negative imperative ("μη μου γράφεις", never "μη γράψε"): an imperative after "δεν" or "όχι" asks afresh ("Δεν απαντάω
// εδώ συχνά γράψε μου στο βάιμπερ").
const GREEK_IMPERATIVE = new RegExp(
  `(?<![\\p{L}])(?:${greek(['γράψε', 'γράψτε', 'στείλε', 'στείλτε', 'βρες', 'ψάξε', 'ψάξτε', 'ακολούθησε', 'ακολουθήστε', 'ακολούθα', 'πρόσθεσε', 'προσθέστε', 'πάρε', 'πάρτε', 'μίλα', 'μιλήστε', 'επικοινώνησε', 'επικοινωνήστε', 'κάλεσε', 'καλέστε', 'τηλεφώνησε', 'τηλεφωνήστε', 'αναζήτησε', 'αναζητήστε', 'έλα', 'ελάτε'])})(?![\\p{L}])`,
  'gu',
);

const INVITE_VERBS =
  "message|messages|msg|messg|mssg|text|txt|texting|dm|pm(?<!\\d\\s{1,2}pm)|add|find|follow|hit\\s?me\\s?up|hit\\s?me|hmu|come|join|reach|contact|ping|chat|chatting|talk|talking|call|write|inbox|catch|friend|send|connect|move|moving|continue|switch|take|go|speak|ring|buzz|holla|shoot|get\\s?(?:in\\s)?touch|reply|respond|answer|discuss|meet|see|sub|subscribe|look\\s?me\\s?up|search|dms?|chat\\s?more|talk\\s?more" +
  // The same in the languages people mix into marketplace chat (accents off, as the base view has them).
  '|escribeme|escribime|escribenos|mandame|manda|hablame|llamame|contactame|agregame|ecris|ecrivez|ecris-moi|ecrivez-moi|contacte|contactez' +
  '|ajoute|ajoutez|envoie|envoyez|appelle|appelez|schreib|schreibe|schreiben|melde|meld|kontaktiere|ruf|rufe|rufen\\ssie|chama|chame|me\\schama|fala|scrivimi|scrivi' +
  '|contattami|aggiungimi|napisz|napiszcie|pisz|odezwij|dodaj|zadzwon|напиши|пиши|пишите|напишите|добавь|добавляйся|звони|свяжись|yaz|yazin|ulas|stuur|bel|app|schrijf\\sme|schrijf\\smij|contacteer|chamar|me\\schamar|chamem|segue|siga|sigam|hubungi|kontak|japri|nhan\\stin|nhan|lien\\she|ket\\sban|piszcie|scrie|scrie-mi|scrieti|suna|suna-ma|da-mi\\sun\\smesaj|mesaj|στειλε|στειλτε|γραψε|γραψτε|μιλα' +
  '|seguimi|seguici|sigue|sigueme|siguenos|segueme|suivez-moi|suis-moi|folge\\smir|folgt\\smir|перейдем|перейдём|перейдемте|переходим|перейти|перейдите|переходите|hablamos|hablemos|seguimos|sigamos|continuamos|continuer|continuons|parler|parlons|discuter|napis|napiste|kontaktujte|kontaktuj|zavolej|zavolejte|volg|volgen|zoek\\sme|пишіть|напишіть|дзвоніть' +
  // "you find me on …" as Italian, Spanish, Portuguese, French, German and Dutch say it ("mi trovi su IG come …"), not after
  // their "not" where it comes before the verb
  '|(?<!non\\s)(?:mi|ci)\\strovi|(?<!non\\s)(?:mi|ci)\\strovate|trovami|trovaci|cercami|cercaci|me\\sencuentras|me\\sencontras|me\\sencuentran|nos\\sencuentras|encuentrame|encuentranos|buscame|buscanos' +
  '|(?<!nao\\s)(?:me|nos)\\s(?:encontra|encontras|encontram|encontrar|acha|achas|acham|procura|procure)|(?<!ne\\s|n[\'’])(?:me|nous)\\strouve(?:s|z|rez|ras)?|trouvez-moi|retrouvez-moi|retrouve-moi|cherchez-moi' +
  '|findest\\sdu\\smich|findet\\sihr\\smich|finden\\ssie\\smich|(?:du\\s)?findest\\smich|such\\smich|suche\\smich|vind\\sje\\sm(?:e|ij)|je\\svindt\\sm(?:e|ij)|vind\\sm(?:e|ij)' +
  '|vorbim|vorbiti|vorbesti|continuam|piszmy|pogadajmy|przejdzmy|continuiamo|sentiamoci|scriviamoci|parliamo|retrouve\\smoi|retrouvez\\smoi|ecris\\smoi|ecrivez\\smoi|ajoute\\smoi|ajoutez\\smoi|contacte\\smoi|contactez\\smoi|nkamel|nkammel|khalina|khallina|pereidem|pereydem|spishemsya|продовжимо|продовжуймо|продолжим|спишемся|спишемось|перейдемо|добавьте|добавте|додайте|додай|wasiliana\\snami|wasiliana\\snasi|kirim|kirimi|kirimin|kalimni|kallemni|kallimni|rasilni|e7kili|7akini|irj|irjon|irjal|hivj|javi|javite|pisi|pisite|zovi|zovite|skriv|skriva|parle|parlez|texte|texte-moi|textez|schriib|schriibsch|laita|kirjoita|soita' +
  // Swedish, Norwegian and Danish "get in touch" ("hör av dig på Signal", "hør av deg", "ta kontakt på"), "contact", "send" (the
  // accents off, as the base view has them)
  '|hor\\sav\\s(?:dig|dej|er|deg)|ta\\skontakt|kontakta|skicka' +
  // Greek (GREEK_FIND_ME), and "talk", "contact" beside "στείλε" and "γράψε" above
  `|${GREEK_FIND_ME}|${GREEK_YOU_FIND_ME}|${GREEK_MEET_THERE}|${greek(['μιλήστε', 'επικοινώνησε', 'επικοινωνήστε'])}|${GREEKLISH_INVITE}`;

// Greek "ως" and "σαν" (as: "είμαι στο ίνσταγκραμ ως nikos_k"), in small letters only ("ΩΣ" would read "wo").
const GREEK_AS = ['ως', 'σαν'].map((word) => baseView(word).text).join('|');
// 1. An app, then a handle: "insta: jdoe", "ig @jdoe", "my snap is jdoe", "telegram id - jdoe", "discord user
// kilnqueen"; another language's "is" ("il mio ig è …", "mon insta est …") and "my" after the app, as
// Indonesian, Malay, Tagalog and Vietnamese put it ("ig aku @x", "ig ko: x"), are read between them too.
// The name may be written as its profile's path, after a space or a colon ("behance: /carla-design",
// "linkedin /in/priya-menon-dev"; "ig/fb" is two apps).
const APP_THEN_HANDLE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(${ANY_APP})(?:\s{0,2}(?:id|name|user\s?name|username|user(?![\p{L}\p{N}])|(?:${FOREIGN_IS}|${MY_AFTER_APP})(?![\p{L}\p{N}])|handle|acc|account|profile|number|no\.?|tag|is|'s|i'?m|as|${GREEK_AS}|sou|soy|sono|bin|아이디|=|:|-|–|>|👉|[${ARROWS}]|at|on|@(?=\s)|[(\[]at[)\]]|,(?=\s{0,2}@)|[)\]](?=\s))){0,3}\s{0,3}(?:(?<=[\s:])\/(?:in\/)?)?(${HANDLE})`,
  'gu',
);
// 2. An invitation to move the chat to an app: "text me on signal", "msg me on fb". The prepositions
// are also other languages' (Russian "в" and "на" and Ukrainian "у" as the base view writes them: "b",
// "ha", "y"; Tagalog "sa", Swahili "kwa", Arabizi "3al", Danish "på" without its ring: "pa"; Greek "στο" and "μέσω" (via),
// look-alike letters throughout: "oto", "ueow", with its "του" after "μέσω": "μέσω του βάιμπερ"; Greeklish "sto", "meso").
const INVITATION = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${INVITE_VERBS})(?![\p{L}\p{N}])(?:[^.!?\n]|\.(?=\S)){0,30}?(?<![\p{L}\p{N}])(?:on|via|over|through|thru|in|to|onto|using|with|at|into|al|por|en|sur|par|auf|uber|per|su|no|na|pe|в|b|v|на|op|qua|pres|lewat|ke|sa|kwa|στο|oto|στη|ueow|y|ha|3al|3ala|pa|uf|${GREEKLISH_STO})\s{1,3}(?:my\s|the\s|a\s|el\s|mi\s|mon\s|ma\s|meu\s|mein\s|il\s|(?<=ueow\s)tou\s)?'?(${ANY_APP}|${INFLECTED_APP}|imo)(?![\p{L}\p{N}])`,
  'gu',
);
// 2b. Czech and Slovak "add me" ("přidej si mě na Instagramu", "pridajte si nás na Facebooku"; accents off) and Russian "write
// (to me)" in Latin letters ("pishite v vatsap", "napishi mne v telegu"), the app right after "na" or "v" (or "do přátel na",
// to one's friends on). Only where the message or a sentence starts (addMeOpensSentence): not after a colon, inside quotes or
// after a verb that reports another's words ("Písal mi: „Ahoj, pridaj si ma na Instagrame“", "Moshenniki chasto pishut:
// napishi mne v telegu"); only a name that means the app (ADD_ME_APP: not "line", "session", "Signal", "TT", "teams", nor
// Russian "v tele", in the body of a letter); and not an app's name glued to a word by a hyphen ("přidej mě na line-up").
const ADD_ME_OR_WRITE_ON_APP = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?:prid(?:ej|ejte)\s(?:si\s)?(?:me|nas)|prid(?:aj|ajte)\s(?:si\s)?(?:ma|nas))\s(?:do\s(?:pratel|priatelov)\s)?na|(?:pishi|pishite|napishi|napishite)\s(?:(?:mne|nam)\s)?(?:v|na))\s{1,3}(${ANY_APP}|${INFLECTED_APP})(?![\p{L}\p{N}]|-\S)`,
  'gu',
);
const ADD_ME_APP =
  /^(?:(?:instagram|whatsapp|telegram|viber|facebook|snapchat|tiktok)(?:ie|ze|em|om|ku|u|a|e)?|insta|ig|whats\s?app|what'?s\s?app|wats\s?app|watsapp|watsap|vatsap|telegu|telega|vayber|fejs|fb|snap|snap\s?chat|tik\s?tok)$/;
// Quotes that open or close another's words, and the verbs (and "messages like") that report them (Czech, Slovak, Russian in Latin
// letters; accents off).
const QUOTE_MARKS = /["„“”«»]/g;
const REPORTED =
  /(?<![\p{L}\p{N}])(?:napsal[aiy]?|psal[aiy]?|pise|pisou|napise|napisal[aiy]?|pisal[aiy]?|napisali|pishut|pishet|prishlo|prishla|prishel|skazal[aiy]?|rekl[aiy]?|rikal[aiy]?|povedal[aiy]?|typu|zpravy?|spravy?|soobshchenie|soobshcheniya)(?![\p{L}\p{N}])/u;

/** Whether an "add me"/"write to me" at `index` starts the message or a sentence, outside quotes and after no reporting verb. */
function addMeOpensSentence(text: string, index: number): boolean {
  const before = text.slice(0, index);
  if (!/(?:^|[.!?]\s)\s{0,2}$/u.test(before)) return false;
  return (before.match(QUOTE_MARKS)?.length ?? 0) % 2 === 0 && !REPORTED.test(before);
}
// 3. The app as the verb: "whatsapp me", "snap me", "telegram us", "slack me", "teams me at r.okafor" (Teams only before a
// name: "teams me and Jo" picks sides); in other languages only after a name
// that means the app ("watsap mo ako", "whatsapp karo", "app me", "whatsapp saya": "snap karo" takes a photo).
const APP_AS_VERB = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(${STRONG_APPS}|ig|fb|wa|${W_A_ME}|tg|snap|signal|line|slack|insta|viber|kik|skype|discord|wassap|wasap|guasap|wapp|imo(?=\s{1,3}me\s)|teams(?=\s{1,3}(?:me|us)\s{1,3}(?:at|on|@|:))|${DUTCH_APP_ME})\s{1,3}(?:me|us)|(${STRONG_APPS}|wassap|wasap|guasap|wapp|${DUTCH_APP_ME})\s{1,3}(?:mi|mij|ons|saya|aku|mo\s(?:na\s)?(?:lang\s)?(?:ako|ko)|karo|kro|kar\sdo|kijiye|kijie))(?![\p{L}\p{N}])(?:\s{0,3}(?:at|on|@|:|-)\s{0,3}(${HANDLE}))?`,
  'gu',
);
// 4. Asking whether the other is on an app: "are you on whatsapp?", "do you have telegram".
const ON_APP_QUESTION = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?:are|r)\s(?:you|u)|(?:do|d)\s?(?:you|u)\s(?:have|use|got)|(?:you|u)\s(?:have|got|use)|(?:^|[.,!?;]\s{0,3})(?:you|u)\s(?:on|using)(?=\s(?:a\s|the\s)?\S+\s?\?)|(?:i'?m|i\sam|im|we'?re|also)|got|have\s(?:you|u)\s?got|let'?s\s(?:use|go|move|switch)|(?<!(?:i|we|they|people|he|she|who)\s)use|prefer|easier\son|better\son|faster\son|via|mejor\s(?:por|en)|mieux\ssur|besser\s(?:uber|auf|per)|melhor\s(?:pelo|no|por)|meglio\s(?:su|per))\s(?:on\s)?(?:a\s|the\s)?(${ANY_APP})(?![\p{L}\p{N}])`,
  'gu',
);
// 4e. The app said to be the better way, as German, Dutch, Polish, Czech, Russian and Ukrainian say "rather via" ("lieber per
// WhatsApp", "liever via Telegram", "лучше в вотсап", "краще у вайбер"; the base view writes "в", "у" and "на" "b", "y", "ha").
// Only a messaging app: "lieber per PayPal" is how to pay.
// Also Slovak "radšej cez", Czech "spíš přes", Russian and Ukrainian "через", and the app with a case ending ("lepiej przez
// WhatsAppa", "na Messengerze", "radši na Whatsappu", "лучше в вотсапе", which the base view writes "botcane").
// It is an invitation only as one (ratherIsInvitation): said first, or after "write me", and not negated or compared.
const RATHER_ON_APP = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:lieber|liever|lepiej|radsi|radeji|radsej|spis|лучше|удобнее|краще|зручніше)\s(?:uber|auf|per|bei|via|op|met|mit|na|przez|pres|cez|в|b|v|у|y|на|ha|через)\s(${MESSAGING_APPS}|${INFLECTED_APP}|(?:botcan|batcan)(?:e|y|a|om)|wa|tg|ig|whats|wsp|zap)(?![\p{L}\p{N}])`,
  'gu',
);
// The words that may stand before "rather" in an invitation: a verb of writing or calling said to the reader, whom to write to,
// and small words ("schreib mir lieber per WhatsApp", "napište mi radši na WhatsApp", "пишите лучше в телеграм"). Anything else
// says who does what ("Die Oma schreibt lieber per WhatsApp", "Mein Sohn spielt lieber auf Discord", "Ich finde lieber auf
// Instagram ..."), and a negated verb is not one of them ("Nepište mi radši na WhatsApp").
const RATHER_LEAD = new Set(
  (
    'schreib schreibe schreiben schreibst meld melde melden ruf rufe rufen kontaktier kontaktiere kontaktieren schick schicke schicken ' +
    'mir mich uns sie du bitte doch dann also ja eher gerne ok okay ' +
    'stuur schrijf bel app contacteer me mij ons je u dus even gewoon graag ' +
    'pisz napisz piszcie napiszcie dzwon zadzwon odezwij kontaktuj skontaktuj mi mnie nas sie prosze to wiec juz no ' +
    'pis napis piste napiste volej zavolej ozvi ozvete volaj zavolaj mne nam se tak pak proste potom ' +
    'пиши пишите напиши напишите звони звоните позвони позвоните давай давайте mhe ham bam тебе tak hy a пожалуйста тогда ' +
    'пишіть напишіть дзвони дзвоніть mehi тоді'
  ).split(' '),
);
// After the app: a negation in its clause ("Лучше в телеграм не пишите", the base view writes "не" "he"), or a comparison in
// its sentence ("лучше в телеграм, чем в вк", "lieber per WhatsApp als per SMS", "liever op Instagram dan op Facebook").
const RATHER_NEGATED_AFTER = /^[^.,;!?\n]{0,40}?(?<![\p{L}])(?:не|ні|(?:he|hi)(?=\s\p{Script=Cyrillic})|nie|ne|nicht|niet|not|kein\p{L}{0,2}|geen)(?![\p{L}])/u;
const RATHER_COMPARED_AFTER = /^(?:[^.!?\n]{0,60}?(?<![\p{L}])(?:als|than|чем|niz|nez|ніж|hiж)|[^.,;!?\n]{0,40}?(?<![\p{L}])dan)(?![\p{L}])/u;

/** "lieber per WhatsApp" as an invitation: said first in its clause or after words of writing to someone, neither negated nor compared. */
function ratherIsInvitation(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 48), start);
  const clause = before.split(CLAUSE_BREAK).pop() ?? before;
  const words = clause.split(/\s+/u).filter((word) => word !== '');
  if (clause.length === before.length && start > 48) return false;
  if (!words.every((word) => RATHER_LEAD.has(word))) return false;
  const after = text.slice(end, end + 80);
  return !RATHER_NEGATED_AFTER.test(after) && !RATHER_COMPARED_AFTER.test(after);
}
// "I'm on insta way too much", "we're on tiktok too often": the time spent there, not where to write.
const TOO_MUCH_AFTER = /^\s{1,3}(?:(?:way|far|much)\s)?too\s(?:much|often|long)(?![\p{L}])/u;
// 4c. Asking whether the other has an app, in other languages: "tienes whatsapp?", "ma3ak whatsapp?",
// "ada WA?", Portuguese "tem telegram?" starting a sentence; a question mark after the app, since the verbs are everyday ones ("tem whatsapp e email").
// Russian "есть" is all look-alike letters, which the base view writes "ectb".
const HAVE_APP_QUESTION = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:tienes|tenes|tens|(?:voce|vc|tu)\stem|(?<=(?:^|[.!?,;]\s{0,3}))tem|t'?as|as-tu|avez-vous|hast\sdu|haben\ssie|hai|masz|heb\sje|hebt\sje|hebt\su|punya|ma3ak|ma3ik|m3ak|3andak|3ndak|3andek|3endak|тебя\sectb|var\smi)\s(?:un\s|una\s|um\s|o\s|el\s|le\s|lo\s)?(${MESSAGING_APPS}|wa|ig|tg|insta|snap|zap)\s?\?`,
  'gu',
);
// 4b. A name, then the app it is on: "i'm jdoe_22 on insta", "username is jdoe on instagram", "my @ is jdoe on the 'gram",
// "jdoe99 (snap)"; "the gram" is Instagram ("on the 'gram").
const NAME_THEN_APP = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(i'?m|im|i\sam|(?:user\s?name|username|handle|name|id|nick|(?<=my\s)@)(?:\sis)?)\s{1,3}(${HANDLE})\s{1,3}(?:on|at|in|for)\s{1,3}(?:both\s{1,3}|either\s{1,3})?(?:the\s'?(?=gram(?![\p{L}\p{N}])))?(${ANY_APP})(?![\p{L}\p{N}])`,
  'gu',
);
// 4d. A name that is the same on every app, where the sentence ends: "I'm lilacthrift on every app", "I'm jdoe_22 on all socials"
// ("I'm stuck on every app update" goes on).
const NAME_ON_EVERY_APP =
  /(?<![\p{L}\p{N}])(?:i'?m|im|i\sam|(?:my\s)?(?:user\s?name|username|handle|name|nick)(?:\sis)?)\s{1,3}(@?[\p{L}\p{N}_][\p{L}\p{N}_.]{1,29}[\p{L}\p{N}_])\s{1,3}(?:(?:on|across)\s(?:every|all(?:\sthe|\smy)?|each)\s(?:apps?|socials?|platforms?|social\smedia|social\snetworks?|the\sapps)|everywhere)(?=\s*(?:[.!?,;:)\n]|$|\p{Extended_Pictographic}|(?:too|as\swell|btw|lol)(?![\p{L}])))/gu;
const NAME_BRACKET_APP = new RegExp(String.raw`(?<![\p{L}\p{N}@])(${HANDLE})\s{0,2}[(\[]\s{0,2}(${ANY_APP})\s{0,2}[)\]]`, 'gu');
// 5. Saying an app is the better channel: "whatsapp is easier for me".
const APP_PREFERRED = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(${STRONG_APPS}|ig|fb|wa|tg|snap|insta)\s(?:is|'s|would\sbe|works)?\s?(?:easier|better|faster|quicker|simpler|best|preferred)(?![\p{L}\p{N}])(?!\s+than\b)`,
  'gu',
);
// 6. Reddit users and app handles written as a path: "u/jdoe", "/u/jdoe".
const PATH_HANDLE = /(?<![\p{L}\p{N}/])\/?u\/[\p{L}\p{N}_\-]{3,20}/gu;
// 7. A "@handle" with an app next to it: "@jdoe on insta", "@jdoe (tiktok)", "@deniz on the Freelancers Istanbul Slack".
const HANDLE_THEN_APP = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:\$(?=\p{L}[\p{L}\p{N}_]{2,19}\s{1,3}(?:on|at|via)\s{1,3}cash\s?app)|@)(?=[\p{N}_.]*\p{L})[\p{L}\p{N}_][\p{L}\p{N}_.]{1,29}\s{0,3}(?:on|at|in|via|[(\[-])\s{0,3}(?:the\s(?=gram)|the\s(?:[\p{L}\p{N}'’\-]+\s){1,3}(?=(?:slack|discord|telegram|whatsapp|facebook|signal|teams)(?![\p{L}\p{N}])))?(${ANY_APP})(?![\p{L}\p{N}])`, 'gu');

// 8. A "@handle" just after an app, whatever the words between: "Insta'dan yaz: @elif", "telegu @dimon".
// Only names that mean the app, and a handle with a letter: "3 x @25 each" and "zoom @10am" are not.
const APP_NEAR_AT_HANDLE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(${STRONG_APPS})(?:'?(?:dan|den|tan|ten))?(?![\p{L}\p{N}])[^.!?\n@]{1,16}?(@(?=[\p{N}_.]*\p{L})[\p{L}\p{N}_][\p{L}\p{N}_.]{1,29})`,
  'gu',
);
// 9. Asking for a message on an app by its name: "mándame un wsp", "schick mir eine whatsapp", "send me a whatsapp".
const SEND_ME_AN_APP = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:mandame|mandeme|enviame|me\smanda|(?:manda|schick|schicke|stuur|send|drop)\s(?:me|mir|mij|us))\s(?:un|una|um|uma|ein|eine|een|a|an)\s(${STRONG_APPS}|wa|wsp|wpp|zap|wasap|whats)(?![\p{L}\p{N}])(?!\s(?:style|photo|pic|picture|filter|story|post|link|video|reel|screenshot)s?\b)`,
  'gu',
);

// 9b. Dutch "een appje": a WhatsApp message ("stuur me even een appje").
const DUTCH_APPJE = /(?<![\p{L}\p{N}])(?:stuur|stuurt|doe|stuur\sme|stuur\smij)\s(?:me\s|mij\s|ons\s)?(?:even\s|maar\s|gewoon\s)?(?:een\s)?(appje)(?![\p{L}\p{N}])/gu;
// 10. Asking for the other's app: "pásame tu WhatsApp", "give me your insta", "what's your snap?".
const ASK_FOR_APP = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:pasame|pasa(?:me)?|(?:me\s)?(?:pasas|pasarias|das|darias|mandas)|dame|mandame|passe(?:-moi)?|donne(?:-moi)?|gib\smir|give\sme|send\sme|drop|share|what'?s|whats|wats)\s(?:me\s)?(?:tu|su|ton|ta|votre|dein|deine|your|ur|yr)\s(${MESSAGING_APPS}|ig|wa|tg|snap|whats|wsp|wpp|zap)(?![\p{L}\p{N}])(?!\s(?:style|photo|pic|picture|filter|story|post|link|video|reel|screenshot|status|profile\spic|score|streak|feed|group|page)s?\b)`,
  'gu',
);
// 10b. Joining one's own group or server on an app: "join my discord", "join our telegram channel" ("join the discord
// chat on the listing page" is no one's).
// 10d. "Let's" then the app, as Russian and Ukrainian say it ("давай в телеграм", "davai v telegu", "давайте в вайбер перейдем"): right
// after it, with at most a verb between ("давай 1500, в телеграме видел дешевле" is no invitation).
const LETS_ON_APP = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:давай|давайте|davai|davaite|davaj|davajte)\s{1,2}(?:\p{L}+\s{1,2})?(?:в|b|v|y|у|на|ha)\s{1,2}(${ANY_APP}|${INFLECTED_APP})(?![\p{L}\p{N}])`,
  'gu',
);
const JOIN_MY_APP = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:join|joining)\s(?:my|our)\s(${MESSAGING_APPS}|tg|wa)(?![\p{L}\p{N}])`, 'gu');
// 10c. A payment app by one's own name: "pay me on zelle, it's my name Dana Whitfield", "venmo is under my name".
const PAYMENT_BY_NAME = /(?<![\p{L}\p{N}])(?:zelle|venmo|paypal|revolut|cash\s?app)(?![\p{L}\p{N}])[^.!?\n]{0,12}?(?<![\p{L}\p{N}])(?:it'?s|its|it\sis|is)\s(?:just\s)?(?:under\s)?my\s(?:full\s|real\s|legal\s)?name(?![\p{L}\p{N}])/gu;
// 11. The app's inbox: "slide into my ig dms", "check your insta inbox".
const APP_INBOX = new RegExp(String.raw`(?<![\p{L}\p{N}])(${MESSAGING_APPS}|ig|fb|tg|snap)\s(?:dms?|inbox|pms?)(?![\p{L}\p{N}])`, 'gu');
// 12. An invitation with the app right after it, as Indonesian, Vietnamese, Swahili and Arabizi say it: "chat WA aja", "kết bạn zalo",
// "nitumie ujumbe WhatsApp", "kalimni botim".
const VERB_THEN_APP = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?:chat|hubungi|kontak|japri|lanjut|lanjutin|pindah|ket\sban|nhan\stin|ib|lien\she|dm|inbox)\s(?:(?:aku|saya|gue|gw|kami|kita|aja|saja|ya|dong)\s)?(?:di\s|ke\s|lewat\s|via\s|kat\s|dekat\s)?(${MESSAGING_APPS}|wa|tg|ig|fb)|(?:ni?tumie(?:\sujumbe)?|niandikie|nipigie|tuongee|irj|irjon|hivj|laita\sviestia|laita|kirjoita|soita|kalimni|kallemni|kallimni|kalemni|rasilni|e7kili|7akini)\s(?:kwa\s|wa\s|kupitia\s|ram\s|nekem\s)?(${MESSAGING_APPS})(?:${CASE_ENDINGS})?)(?![\p{L}\p{N}])`,
  'gu',
);
// 12a. Swahili and Sheng "check me", "find me", "follow me", "add me", "text me" on the app, the verb with its "me" and the app
// right after (a preposition between): "unicheki kwenye IG", "utanipata kwa Telegram", "unaweza kunipata Instagram", "nicheki WA".
// The hearer's forms say it alone ("uni-", "mni-" you … me, "kuni-" to … me, "utani-" you will … me). "ni-" is also "(let) I"
// ("nicheki WhatsApp nione kama umelipa": let me check WhatsApp to see whether you paid; "nitafute kwenye Facebook nione …"): read
// only where it asks (swahiliInvitation). "Let's chat", "let's go on", "let's move", "contact me", "send me photos" on the app
// ("tuchat WhatsApp", "tuendelee WhatsApp", "tuhamie Telegram", "wasiliana nami WhatsApp", "nitumie picha WhatsApp"), and "give me
// your WhatsApp" ("nipe WhatsApp yako").
const SWAHILI_NI_STEMS = 'cheki|chek|check|checki|tafute|tafuteni|fuate|fuateni|fuatilie|follow|add|addi|ongeze|text|txt|dm|inbox|pm|call|bip|beep|shtue|show|gongee';
const SWAHILI_YOU_STEMS = 'cheki|chek|check|checki|tafut[ae]|tafuteni|fuat[ae]|fuateni|fuatilie|follow|add|addi|ongez[ae]|text|txt|dm|inbox|pm|call|bip|beep|shtu[ae]|gongee';
const SWAHILI_NI = String.raw`ni-?(?:${SWAHILI_NI_STEMS})`;
const SWAHILI_ME_VERB = String.raw`${SWAHILI_NI}|(?:uni|mni|kuni|utani|mtani)-?(?:${SWAHILI_YOU_STEMS})|(?:uta|mta|ku)ni(?:pata|kuta)|tuchat|tuwasiliane|tuendelee|tuhamie|tuhamia|wasiliana\s(?:nami|nasi)|nitumie\s(?:picha|ujumbe|sms|meseji|message|namba|location|details|maelezo)`;
const SWAHILI_ON = String.raw`(?:(?:tu|basi|sasa|pia)\s)?(?:kwa\s|kwenye\s|kupitia\s|huko\s)?`;
// "WA" only ending its clause: Swahili "wa" is also "of" ("wa kwanza").
// "tele" only ending the message: Swahili "tele" is "plenty" ("Nitumie picha tele, nataka kuona …").
const SWAHILI_APPS = `${MESSAGING_APPS}|wa(?=\\s*(?:[^\\s\\p{L}\\p{N}]|$))|ig|fb|tg|tele(?=[\\s.!?]*$)|wasap`;
const SWAHILI_ME_ON_APP = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?:${SWAHILI_ME_VERB})\s${SWAHILI_ON}(${SWAHILI_APPS}|snap)|nipe\s(${SWAHILI_APPS})(?=\s(?:yako|yenu)(?![\p{L}\p{N}])))(?![\p{L}\p{N}])`,
  'gu',
);
const SWAHILI_ASKS_ALONE = new RegExp(`^(?:${SWAHILI_NI})\\s`, 'u');
// Before the verb in its sentence: waiting, "let me", "first", "so that", "must", "if", "why", a negation, someone's words reported
// ("ngoja nicheki WhatsApp", "Kwanza nicheki Facebook kama …", "Usijaribu kunitafuta Facebook", "Sitaki unicheki WhatsApp", "Sijui
// kama utanipata WhatsApp", "Mteja alisema tuchat WhatsApp").
const SWAHILI_NOT_ASKING_BEFORE =
  /(?<![\p{L}])(?:ngoja|ngoje|ngojea|subiri|acha|wacha|hebu|ili|lazima|nataka|inabidi|bora|kwanza|kama|sijui|sitaki|sipendi|siwezi|sina|hapana|mbona|kwanini|nini|je|si|usi\p{L}+|msi\p{L}+|ngumu|vigumu|\p{L}+sema|\p{L}*ambia)(?![\p{L}])/u;
// What "ni-" may follow in its clause where it asks: a greeting or a name for the other ("Boss, nicheki WhatsApp").
const SWAHILI_LEAD = new Set('boss bro brathe bradha buda msee mkuu chief sasa basi tafadhali sawa poa ok okay mambo habari hi hello hey jambo karibu asante ndugu rafiki mteja mama dada kaka bwana madam sir yes ndio ndiyo sema aisee'.split(' '));
// After the app in its sentence, the speaker's own look: "nione" (so I see), "kama" (whether), "yake" (hers), "status", "kwanza"
// (first) ("nicheki insta yake kwanza nione kama ni halali", "nicheki WhatsApp status yako"); "kama @name" is "as @name".
const SWAHILI_OWN_LOOK_AFTER =
  /^\s?\?|(?<![\p{L}])(?:nione|nijue|niangalie|nisome|nikague|kama(?!\s@)|yake|yangu|yako|zako|zake|zangu|wake|wangu|wako|yao|kwanza|status|stori|story|group|grupu|baadaye)(?![\p{L}])/u;

const SOMEONE_ELSES_APP = /^\s(?:yenu|lenu|ya\s\p{L})/u;
/** A Swahili "check me on the app" (SWAHILI_ME_ON_APP) that asks: nothing before it that waits, negates or supposes, and "ni-" only as "me". */
function swahiliInvitation(text: string, start: number, appEnd: number, verb: string): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  const sentence = before.split(/[.!?\n]/u).pop() ?? before;
  if (SWAHILI_NOT_ASKING_BEFORE.test(sentence)) return false;
  // "Asante kwa kunifollow IG": "kwa kuni-" is "for … me", thanks for what was done.
  if (/^kuni/u.test(verb) && /(?<![\p{L}])kwa\s$/u.test(sentence)) return false;
  // Someone else's account after the app: "IG yenu" (yours, plural), "IG ya duka lenu" (your shop's), "IG ya Jumia".
  if (!/^nipe\s/u.test(verb) && SOMEONE_ELSES_APP.test(text.slice(appEnd, appEnd + 24))) return false;
  if (!SWAHILI_ASKS_ALONE.test(verb)) return true;
  const clause = sentence.split(/[,;:]/u).pop() ?? sentence;
  if (!clause.split(/\s+/u).every((word) => word === '' || SWAHILI_LEAD.has(word))) return false;
  const after = /^[^.!\n]{0,60}/u.exec(text.slice(appEnd))?.[0] ?? '';
  return !SWAHILI_OWN_LOOK_AFTER.test(after);
}
// 12b. The app, then the verb, as German and Dutch put it ("kannst du mir bei Instagram schreiben?", "kun je me
// op WhatsApp appen"), "add" with a pronoun after the app, as Vietnamese and Indonesian say it ("add zalo mình nha"),
// Vietnamese "Zalo mình là …" ("my Zalo is …"), "nhắn zalo cho mình" ("message me on Zalo": bare "nhắn" and "gọi" read
// "nhan" and "goi", also "receive" and "package", so only with a person after the app), and Tagalog "sa messenger na lang tayo mag-usap" ("let's talk on Messenger instead").
const APP_THEN_VERB = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?:auf|bei|uber|per|via|op|met)\s(${MESSAGING_APPS}|wa|tg|ig)\s(?:schreiben|anschreiben|weiterschreiben|weiterchatten|kontaktieren|adden|hinzufugen|anrufen|appen|sturen|bellen|bereiken|contacteren)|add\s(${MESSAGING_APPS}|wa|tg|ig|fb)\s(?:minh|em|anh|chi|toi|tui|aku|saya|gue|gw|ku|ya|nha|nhe|dong|aja)|(${MESSAGING_APPS}|fb|ig)\s(?:cua\s)?(?:minh|toi|tui|em|anh|chi)\s?(?:la|:)|(?<!xac\s)(?:nhan|goi)\s(${MESSAGING_APPS}|fb|ig)\s(?:cho\s|voi\s)?(?:minh|toi|tui|em|anh|chi|shop)|sa\s(${MESSAGING_APPS}|wa|ig|fb|tg)\s(?:na\s)?(?:lang\s)?(?:tayo\s|kayo\s|po\s)?(?:mag-?usap|usap|mag-?chat|chat))(?![\p{L}\p{N}])`,
  'gu',
);
// 13. The app alone, asked for or asked to use, at the start of a sentence: "WhatsApp?", "WA pls, faster", "WA aja ya".
const APP_REQUEST = new RegExp(
  String.raw`(?:^|[.!?]\s{1,3})(${MESSAGING_APPS}|wa|ig|tg|insta)(?:\s?\?|\s(?:pls|plz|please|instead|aja|saja|dong)(?![\p{L}\p{N}]))`,
  'gu',
);
// 14b. The app, then "on it" and the verb, as Hindi says it: "insta pe dm karo", "whatsapp par message kijiye", "tele pe aa jao".
const APP_THEN_HINDI_VERB = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(${MESSAGING_APPS}|ig|fb|wa|insta|tele|tg|imo|botim)\s(?:pe|par|pr|me|mein)\s(?:(?:dm|msg|message|mesej|call|baat|contact|text)\s?(?:karo|kro|kar(?!\s(?:diya|di|liya|li|ke|chuka|chuki|raha|rahi|rakha))|kr|kar\sdo|kr\sdo|kar\slo|kr\slo|kijiye|kijie|karna|karein|kare|karte|karenge)|aa\s?jao|aao|aaja|milo|dhundo|dhoondo|dhundho|dhund\slo|dhoond\slo|search\skaro|follow\skaro|add\skaro)(?![\p{L}\p{N}])`,
  'gu',
);
// 14. The app with a case ending, then a verb that asks or offers to go on there, as Turkish says it. Each case takes its own
// verbs: from it ("whatsapp'tan", "whatsapp'la", "whatsapp üzerinden") one writes, calls, reaches, follows or goes on
// ("whatsapp'tan yazın", "insta'dan ulaşın", "viber'dan arayın", "telegram üstünden devam edelim"); to it ("telegram'a") one
// moves, comes or writes ("telegram'a geçelim", "Telegram'a gelin, orada konuşalım"); on it ("whatsapp'ta") one talks, meets or
// follows ("WhatsApp'ta görüşelim"), and searches for a name only where the name follows ("Facebook'ta aratın: Mehmet Usta").
// Only apps people talk on (MESSAGING_APPS: "YouTube'da aratın", "eBay'de bulabilirsin" find a video or an item). A bare word
// that is also another needs more: "yaz" is also summer ("yaz sonu", "yaz saati"), "ara" between ("ara ara", "ara bulucu") or
// search ("Ürünü Facebook'ta ara"), "gel"/"gelin" also "gel al" (collect) and a bride ("gelin arabası"), "mesaj" a message
// ("Telegram'da mesaj, ..."), "ekle" a button ("Facebook'a ekle butonu"). Each is read only after a person ("bana yaz", "beni
// ara"), or at the end of its clause or before "lütfen" (please) and the like ("telegram'a gel", "WP'ye yaz lütfen"); "yaz"
// after "from" as it always was ("whatsapp'tan yaz abi"); "ekle" and its forms only with the person added ("ekleyin beni").
// No form that refuses ("yazmayın") or is another word ("geç cevap", late; "takip ettiğim", that I follow) is one.
const TURKISH_FROM = String.raw`['’]?(?:tan|ten|dan|den|y?la|y?le)|\s{1,2}(?:uzerinden|ustunden)`;
const TURKISH_TO = String.raw`['’]?(?:a|e|ya|ye)`;
const TURKISH_ON = String.raw`['’]?(?:ta|te|da|de)`;
const TURKISH_FILLER = String.raw`(?:(?:lutfen|hemen|direkt|direk|oradan|simdi|sesli|goruntulu)\s{1,2})`;
const TURKISH_PERSON = String.raw`(?:bana|bize|beni|bizi|benimle|bizimle|sana|size|seni|sizi)`;
// The end of its clause, or a word that only goes with a request: "lütfen" (please), "bana" (to me), "abi" (brother).
const TURKISH_CLAUSE_END = String.raw`(?=\s*(?:[.!?,;:…]|$)|\s{1,2}(?:lutfen|bana|bize|beni|bizi|hemen|abi|abla|hocam|kardesim)(?![\p{L}\p{N}]))`;
const TURKISH_VERBS = {
  write: 'yazar\\smisin|yazar\\smisiniz|yazarsin|yazarsiniz|yazarim|yazariz|yazabilirsin|yazabilirsiniz|yazsana',
  writeYou: 'yazin|yaziniz',
  reach: 'ulas|ulasin|ulasiniz|ulasabilirsin|ulasabilirsiniz|ulasalim|ulassana|ulasirim|ulasiriz',
  call: 'arayin|arayiniz|arayabilirsin|arayabilirsiniz|arasana|arar\\smisin|arar\\smisiniz|arayayim|arayalim|ararim|arariz',
  send: String.raw`(?:mesaj|dm)\s(?:at|atin|atiniz|atabilirsin|atabilirsiniz|atsana|atarim|gonder|gonderin|gonderebilirsin|gonderebilirsiniz|birak|birakin|yaz|yazin)`,
  follow: String.raw`takip\s(?:et|edin|edebilirsin|edebilirsiniz)`,
  goOn: String.raw`devam\s(?:edelim|edin|ederiz|edebiliriz|et)|konusalim|konusuruz|konusabiliriz|goruselim|gorusuruz|haberlesalim|haberlesiriz|yazalim|yazisalim|yazisiriz|yazisabiliriz`,
  move: String.raw`gecelim|gecin|gecebiliriz|gecer\s(?:misin|misiniz)|gecebilir\s(?:miyiz|misin|misiniz)`,
  contact: String.raw`iletisime\s(?:gec|gecin|gecebilirsin|gecebilirsiniz|gecelim)|iletisim\s(?:kuralim|kurabiliriz|kurun)|donus\s(?:yap|yapin|yapabilirsiniz)|bilgi\s(?:alin|alabilirsin|alabilirsiniz)`,
  add: String.raw`ekle|ekleyin|ekleyebilirsin|ekleyebilirsiniz|ekler\s(?:misin|misiniz)`,
  search: 'ara|arat|aratin|aratabilirsin|aratabilirsiniz|arayin|bulabilirsin|bulabilirsiniz',
};
const SUMMER_AFTER = String.raw`(?!\s(?:(?:indirim|kampanya|sezon|tatil|koleksiyon|moda|firsat|urun|fotograf|resim|son|saat|ay|gun|ders|okul|kamp|mevsim|modasi)\p{L}*)(?!\p{L}))`;
// "ara" in "ara ara" (now and then), "ara sıra", "ara bulucu" (a middleman), "ara vermek" (a break).
const NOT_ARA_PHRASE = String.raw`(?!\s(?:ara|sira|bulucu|ver\p{L}*)(?!\p{L}))`;
/** The verbs after the app and its case: those that ask alone, and those that ask only with a person before them. */
function turkishCase(ending: string, alone: string[], withPerson: string[]): string {
  return String.raw`(${MESSAGING_APPS}|wp|wa|tg|signal(?=['’]))(?:${ending})\s{1,2}(?:${TURKISH_FILLER}{0,2}(?:${alone.join('|')})|${TURKISH_FILLER}?${TURKISH_PERSON}\s{1,2}${TURKISH_FILLER}?(?:${[...alone, ...withPerson].join('|')}))`;
}
const { write, writeYou, reach, call, send, follow, goOn, move, contact, add, search } = TURKISH_VERBS;
const APP_SUFFIX_THEN_VERB = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${[
    turkishCase(TURKISH_FROM, [write, writeYou, reach, call, send, follow, goOn, contact, `yaz${SUMMER_AFTER}`, `ara${TURKISH_CLAUSE_END}`, `(?:${add})\\s{1,2}(?:beni|bizi)`], [`ara${NOT_ARA_PHRASE}`, `mesaj${TURKISH_CLAUSE_END}`, add]),
    turkishCase(TURKISH_TO, [writeYou, write, send, goOn, move, `gel(?:in)?${TURKISH_CLAUSE_END}`, `yaz${TURKISH_CLAUSE_END}`, `(?:${add})\\s{1,2}(?:beni|bizi)`], [`yaz${SUMMER_AFTER}`, `mesaj${TURKISH_CLAUSE_END}`, add]),
    turkishCase(TURKISH_ON, [write, send, follow, goOn, contact, `(?:${search})(?=\\s?[:：]\\s{0,2}\\S)`], [writeYou, `yaz${SUMMER_AFTER}`, search, add]),
  ].join('|')})(?![\p{L}\p{N}])`,
  'gu',
);

// 15. An app, then a name spaced out letter by letter: "insta: l e n a . c l i c k s", the app's name
// spaced out too: "i n s t a → c a r l a . f l o w e r s".
const APP_THEN_SPACED_HANDLE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${STRONG_APPS}|ig|insta|snap|tg|i\sn\ss\st\sa|s\sn\sa\sp|t\se\sl\se\sg\sr\sa\sm)\s{0,2}(?:[:=\->${ARROWS}]|is)\s{0,3}(?:[\p{L}\p{N}_.]\s){3,}[\p{L}\p{N}_.](?![\p{L}\p{N}])`,
  'gu',
);

// 15b. A name written backwards after its app: "insta but backwards: tfirht.calil", "ig reversed - nhoj_eod" (dotted, with a
// digit or an underscore, or after an "@").
// Read from the word that says so, back to the app and on to the name, so a long message costs one pass.
const REVERSED = /(?<![\p{L}\p{N}])(?:backwards|reversed|in\sreverse|flipped)(?![\p{L}\p{N}])/gu;
const WORDS_BEFORE_REVERSED = /(?:\s(?:but|name|handle|is|written|spelled|spelt|read)){0,2}\s{1,2}$/u;
const NAME_AFTER_REVERSED = new RegExp(String.raw`\s{0,2}(?:[:=\->${ARROWS}]|is)?\s{0,3}(${HANDLE})`, 'uy');
// 15c. A name in brackets after its app, with its dots spelled out or its "@": "insta (lilac dot thrift)", "tg [@sam_k]".
const APP_BRACKET_NAME = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${STRONG_APPS}|ig|snap|tg|sc)\s{0,2}[(\[]\s{0,2}(@?\p{L}{2}[\p{L}\p{N}_]*(?:(?:[._]|\s(?:dot|punto|point|punkt|ponto)\s)[\p{L}\p{N}_]+)*)\s{0,2}[)\]]`,
  'gu',
);

// 15d. A video call's meeting ID near the app's name: "on Zoom, my personal meeting ID is 812 3456 7890" (Zoom's are nine to
// eleven digits), a standing room to meet in, as a number is one to call.
const MEETING_ID = /(?<![\p{L}\p{N}])(?:(?:personal\s)?meeting\s(?:id|number|no\.?)|pmi)\s{0,2}(?:is|:|=|#)?\s{0,3}(?=(?:\d[\s\-]?){8,10}\d(?![\p{L}\p{N}]))[\d\s\-]{9,14}\d/gu;

// 16. "my id is x" near an app: "I only use session, my ID is 05a9c3e1f07b", "Signal'da yazalım mı? Kullanıcı adım: ayse.34".
const MY_ID_IS = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:(?:my|our)\s(?:id|user\s?name|username|handle|nick)\s(?:is\s|=\s?|:\s?)|(?:user\s?name|handle|nick)\s(?:is\s|=\s?|:\s?)?|(?:kullanici\sadim|mi\susuario|meu\susuario|mein\sbenutzername|mon\spseudo|mijn\sgebruikersnaam)\s?(?:es\s|e\s|ist\s|est\s|is\s|=\s?|:\s?))(@?[\p{L}\p{N}_][\p{L}\p{N}_.\-]{2,29})`, 'gu');

// 17. Where to look the sender up by a name that is no handle: "find me as 'Green Thumb Gardens Leeds' on Facebook".
const FIND_ME_AS = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:find|search|look\s(?:for|up))\s(?:me|us)\s(?:as|under)\s[^.!?\n]{1,48}?\s(?:on|in)\s(${ANY_APP})(?![\p{L}\p{N}])`,
  'gu',
);
// 17b. A contact card or QR code to add the sender from: "my contact card is in the picture, just add me
// from there", "scan my QR code to add me on the app", "add me with the QR in the photo".
const CARD_TO_ADD = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?:contact|business)\s?card|v-?card|qr(?:\s?code)?)(?![\p{L}\p{N}])(?=[^.!?\n]{0,60}?(?:picture|photo|image|pic|attached|attachment|screenshot|profile|below|above))[^.!?\n]{0,60}?[,.;]?\s{0,3}(?:just\s|then\s|and\s)?(?:add|save)\s(?:me|us)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(?:add|save)\s(?:me|us)\s(?:with|from|via|using|through)\s(?:my|the|this|our)\s(?:(?:contact|business)\s?card|v-?card|qr(?:\s?code)?)(?![\p{L}\p{N}])`,
  'gu',
);
// 17b. The name there is the shop's, pointed at rather than written: "my insta is the one with the shop name", "our whatsapp is
// just the business name", "my ig = the shop's name without the spaces" (not "my insta shows the shop name").
const APP_IS_SHOP_NAME = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:my|our)\s(?:${MESSAGING_APPS}|ig|fb|insta|snap|tg|wa)(?:\s(?:account|handle|name))?\s{0,2}(?:is|=|:|'s)\s{1,2}(?:just\s|simply\s|literally\s)?(?:the\sone\s(?:with|under|called)\s)?(?:the|my|our)\s(?:shop|store|business|brand|company)(?:'s)?\sname(?![\p{L}\p{N}])`,
  'gu',
);
// 18. The name here is the name there: "same name on Insta", "my telegram is my name here", "zelfde naam als hier".
const SAME_NAME =
  /(?<![\p{L}\p{N}])(?:same\s(?:name|handle|username|user\s?name|nick|id)|(?:name|handle|username|user\s?name|nick|id|tag|@)\s(?:is\s|'s\s)?(?:the\s)?same\s(?:as\s(?:here|on\shere|this\sone|on\sthis\sapp|my\sname\shere)|here)|my\s(?:name|username)\s(?:here|as\shere)|zelfde\snaam|dezelfde\snaam|mismo\snombre|mesmo\snome|stesso\snome|meme\snom|gleichen?\snamen?|selben?\snamen?|ayni\s(?:isim|ad))(?![\p{L}\p{N}])/u;

// Greek "δεν" (not), "μην" (don't) and "όχι" (no), which the base view writes "unv" and "oxi" (look-alike letters).
// Vietnamese "đừng" (don't) reads "dung" here, as "dùng" (use) does: only before a verb of adding or messaging ("đừng add fb em").
const NEGATION =
  /(?<![\p{L}])(?:not|never|no|nicht|kein|keine|niet|geen|nunca|jamais|jangan|khong|δεν|δε|unv|oxi|dung(?=\s(?:co\s)?(?:add|ket\sban|nhan|nhan\stin|goi|inbox|ib|lien\she|theo\sdoi|follow)(?![\p{L}]))|don'?t|dont|won'?t|wont|can'?t|cant|cannot|shouldn'?t|isn'?t|aren'?t|doesn'?t|didn'?t|without|instead\sof|rather\sthan|against|allowed|policy|rules?|banned|forbidden|outside|avoid|off[-\s]platform|(?:asked|wanted|told|tried\sto\sget)\s(?:me|us))(?![\p{L}])/u;
// Words after an app that say something about the app, not who to contact.
const NOT_HANDLES = new Set(
  'got gets has had keeps kept is are was were be been it its the a an and or but to of for in on at by with down up out off broken dead blocked banned private public new old not no yes same empty gone deleted closed open full below above just only really very so too also still kinda mostly better worse faster slower easier harder good bad great fine ok okay app apps account accounts message messages messaging chat chats group groups call calls video videos post posts story stories page pages link links marketplace shop store ads ad ad. feed reel reels live please pls plz thanks thank instead anymore either though here there then now today tomorrow tonight later soon me my you your us our them their this that these those if when where what why how who which i we they he she him her stuff thing things like because cause since as than more less much many most some any all every each other others another such own ones one portfolio portfolios profile profiles repo repos board boards shot shots'.split(
    ' ',
  ),
);
const WEAK_APP = new RegExp(`^(?:${WEAK_APPS})$`);
const EVERY_APP = /(?:every|all|each)\s(?:the\s|my\s)?(?:app|social|platform)|everywhere/;
// What one is on every app that is no name: "I'm active on every app", "I'm hopeless on all platforms".
const ORDINARY_STATE = new RegExp(
  `^(?:${[...NOT_HANDLES].join('|')}|active|online|offline|available|busy|free|slow|new|known|everywhere|there|reachable|blocked|banned|muted|verified|private|invisible|stuck|lost|hooked|late|terrible|awful|useless|hopeless|bad|good|great|rubbish|shadowbanned|around|on|off|weak|poor|patchy|spotty|dead|down|fine|ok|okay|full|over|broken|[a-z]+(?:ed|ing|able|ible|ive|ful|less|ous|ly))$`,
);
const APP_NAME = new RegExp(`^${ANY_APP}$`, 'u');
const ORDINARY_APP = new RegExp(`^(?:${APP_WORDS_ORDINARY})$`);

const CASH_NOT_HANDLE = /^(?:usd|cad|aud|eur|gbp|nzd|mxn|[a-z]*(?:ty|teen|hundred|thousand)|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/;

const GREEK_LETTER = /\p{Script=Greek}/u;
const GREEK_FULL_NAME = /^(\p{Lu}\p{Ll}+)\s{1,2}(\p{Lu}\p{Ll}+)/u;
// How Greek surnames end, the accents off: "Παπαδόπουλος", "Παπαδοπούλου", "Ιωαννίδης", "Νικολάου", "Γεωργίου", "Ντόκας".
const GREEK_SURNAME_END = /(?:οσ|ησ|ου|ασ|ιδη|ακη|ογλου)$/u;
/** A Greek word without its accents, in lower case, its final sigma as any other. */
const plainGreek = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/ς/g, 'σ');
const GREEK_DAYS_AND_MONTHS = new Set(
  'δευτέρα τρίτη τετάρτη πέμπτη παρασκευή σάββατο κυριακή ιανουάριος φεβρουάριος μάρτιος απρίλιος μάιος ιούνιος ιούλιος αύγουστος σεπτέμβριος οκτώβριος νοέμβριος δεκέμβριος'
    .split(' ')
    .map(plainGreek),
);
/** A Greek first name and surname, typed with their capitals, neither a day nor a month ("Νέα Συλλογή" is a heading). */
function greekFullName(typed: string): boolean {
  const name = GREEK_FULL_NAME.exec(typed);
  return name !== null && GREEK_LETTER.test(name[0]) && GREEK_SURNAME_END.test(plainGreek(name[2]!)) && !name.slice(1).some((word) => GREEK_DAYS_AND_MONTHS.has(plainGreek(word)));
}

const TIME_OR_DAY = /^(?:\d{1,2}(?::\d{2})?(?:am|pm|h)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|noon|midnight|weekend|night|lunch|work|home|the)$/;

/** A name after "kik me at": not a time, a day, or a word that says something else. */
function looksLikeAHandle(handle: string): boolean {
  const bare = handle.replace(/^@/, '');
  return handle.startsWith('@') || (!NOT_HANDLES.has(bare) && !TIME_OR_DAY.test(bare) && bare.length >= 2);
}

// A clause ends at a stop, a dash or "but" in the languages read here ("… sieht man nicht, aber … schreib mir auf telegram").
const CLAUSE_BREAK = /[.,;!?\n—–]|\s-\s|(?<![\p{L}])(?:but|aber|mais|pero|maar|tapi)(?![\p{L}])/u;

function negated(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 48), start);
  const clause = before.split(CLAUSE_BREAK).pop() ?? before;
  // Portuguese "no" is "on the" after an invitation ("me segue no insta @x"): it negates nothing.
  const portuguese = PORTUGUESE_NO.exec(clause);
  const read = portuguese ? clause.slice(0, portuguese.index + portuguese[0].search(/no\s/u)) : clause;
  if (!NEGATION.test(read)) return false;
  // A Greek imperative asks afresh after a negation (GREEK_IMPERATIVE): only a negation after it counts.
  let imperativeEnd = -1;
  for (const match of allMatches(GREEK_IMPERATIVE, read)) imperativeEnd = match.index + match[0].length;
  return imperativeEnd < 0 || NEGATION.test(read.slice(imperativeEnd));
}

// Where apps are named: the patterns below run only in a window around each, so their cost
// follows the number of app names, not the length of the message.
// Also Dutch "appje" (a WhatsApp message) and IMO, which is "in my opinion" unless Hindi puts a call on it ("imo pe call karo")
// or it is where a message goes ("message me on imo").
const APP_WORDS = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:${STRONG_APPS})(?:${CASE_ENDINGS})?|${WEAK_APPS}|${INFLECTED_APP}|${DUTCH_APP_ME}|${W_A_ME}|appje|wp(?='(?:dan|den|tan|ten|a|e|ya|ye)(?![\\p{L}\\p{N}]))|imo(?=\\s(?:pe|par|me|mein)\\s)|(?<=(?:on|via)\\s)imo)(?![\\p{L}\\p{N}])`,
  'gu',
);
const WINDOW_BEFORE = 72;
const WINDOW_AFTER = 56;

// App names written to slip past: "W.h.a.t.s.a.p.p", "t e l e g r a m", "wh@tsapp", "1nsta".
const JOINABLE_APPS = new Set(['whatsapp', 'telegram', 'instagram', 'insta', 'snap', 'snapchat', 'signal', 'facebook', 'tiktok', 'wechat', 'viber', 'discord', 'skype', 'messenger', 'twitter']);
// The app names with an l, as they read once a capital I was typed for it: "teiegram", "signai".
const I_FOR_L = new RegExp(`(?<![a-z])(?:${[...JOINABLE_APPS].filter((name) => name.includes('l')).map((name) => name.replace(/l/g, 'i')).join('|')})(?![a-z])`, 'g');
const SPACED_WORD = /(?<![\p{L}\p{N}])(?:[\p{L}\p{N}@$!|][\s.\-_*·•]{1,2}){3,11}[\p{L}\p{N}@$!|](?![\p{L}\p{N}])/gu;
const LEET_WORD = /(?<![a-z0-9@$!|])[a-z0-9@$!|]{4,12}(?![a-z0-9@$!|])/g;
const LEET_LETTERS: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i', '|': 'l' };
// A name typed with one slip: two letters next to each other swapped, one left out or one doubled ("telegarm", "whatsap",
// "instagarm", "facebok"). Only names of eight letters or more, where one slip still says the app and makes no other word
// (a shorter one is too near a word: "twitter" is one slip from "titter", "discord" from "discor", "insta" from "inst"), and
// not "messenger", which is an English word first. Nor a slip that is a word in a language Parley's users write: German
// "Telegramm" is a telegram ("Original Telegramm 1944"); no other slip of the five is one.
const SLIPS_THAT_ARE_WORDS = new Set(['telegramm']);
const SLIPPED_APPS = new Map<string, string>();
for (const name of [...JOINABLE_APPS].filter((name) => name.length >= 8 && name !== 'messenger')) {
  for (let i = 0; i < name.length; i++) {
    const slips = [name.slice(0, i) + name.slice(i + 1), name.slice(0, i + 1) + name.slice(i)];
    if (i + 1 < name.length) slips.push(name.slice(0, i) + name[i + 1]! + name[i]! + name.slice(i + 2));
    for (const slip of slips) if (slip !== name && !SLIPS_THAT_ARE_WORDS.has(slip)) SLIPPED_APPS.set(slip, name);
  }
}
const SLIP_LENGTH = /(?<![a-z])[a-z]{7,10}(?![a-z])/g;
// Every way a joinable name can be cut in two words of two to nine letters: where none is in the text, no
// two words below join into one, and they need not be listed.
const CUT_APP_NAME = new RegExp(
  [...JOINABLE_APPS]
    .flatMap((name) => Array.from({ length: name.length - 3 }, (_, i) => [name.slice(0, i + 2), name.slice(i + 2)]))
    .filter(([first, second]) => first!.length <= 9 && second!.length <= 9)
    .map(([first, second]) => `${first}[\\s-]{1,2}${second}`)
    .join('|'),
);

/** The view with disguised app names written plainly, so the patterns below see them. */
function withPlainAppNames(view: MappedText): MappedText {
  const text = view.text;
  const rewrites: Array<{ from: number; to: number; name: string }> = [];
  const consider = (from: number, written: string) => {
    const joined = written.replace(/[\s.\-_*·•]/g, '').replace(/[013457@$!|]/g, (c) => LEET_LETTERS[c] ?? c);
    const name = JOINABLE_APPS.has(joined) ? joined : SLIPPED_APPS.get(joined);
    if (name !== undefined) rewrites.push({ from, to: from + written.length, name });
  };
  if (/[a-z0-9@$!|][\s.\-_*·•]{1,2}[a-z0-9@$!|][\s.\-_*·•]{1,2}[a-z0-9@$!|]/.test(text)) {
    for (const match of allMatches(SPACED_WORD, text)) consider(match.index, match[0]);
  }
  if (/[a-z][0-9@$!|]|[0-9@$!|][a-z]/.test(text)) {
    for (const match of allMatches(LEET_WORD, text)) if (/[a-z]/.test(match[0]) && /[0-9@$!|]/.test(match[0])) consider(match.index, match[0]);
  }
  // A capital I typed for an l ("teIegram"), lower case by now.
  for (const match of allMatches(I_FOR_L, text)) consider(match.index, match[0].replace(/i/g, 'l'));
  // A slip in a long name ("telegarm"): each word of a slip's length looked up.
  for (const match of allMatches(SLIP_LENGTH, text)) if (SLIPPED_APPS.has(match[0])) consider(match.index, match[0]);
  // A name cut in two: "wha tsapp", "tele gram", "insta gram" ("we chat" is English first, and
  // the app patterns already know it).
  const words = CUT_APP_NAME.test(text) ? [...text.matchAll(/[a-z]{2,9}/g)] : [];
  for (let i = 1; i < words.length; i++) {
    const [first, second] = [words[i - 1]!, words[i]!];
    const gap = text.slice(first.index + first[0].length, second.index);
    if (/^[\s-]{1,2}$/.test(gap) && first[0] !== 'we' && JOINABLE_APPS.has(first[0] + second[0])) consider(first.index, first[0] + gap + second[0]);
  }
  if (rewrites.length === 0) return view;
  rewrites.sort((a, b) => a.from - b.from);
  const builder = new MappedTextBuilder(view);
  let at = 0;
  for (const rewrite of rewrites) {
    if (rewrite.from < at) continue;
    builder.copy(at, rewrite.from);
    builder.push(rewrite.name, rewrite.from, rewrite.to);
    at = rewrite.to;
  }
  builder.copy(at, text.length);
  return builder.build();
}

// Apps named in scripts without spaces between words, or whose names the patterns above do not
// spell, with an invitation of the same language anywhere around: "加我微信", "تواصل معي على الواتساب".
// Combining marks are dropped as the base view drops them (Devanagari's vowel signs).
// A Latin app name written straight into Japanese, Chinese or Korean ("LINEで連絡ください") counts with them, also with
// its "ID" between ("LINE ID は yuki_0712", "kakao id는 minji_22"), as the Latin rules read "line id: …".
// Russian "тг" (Telegram) counts after "свой", "твой" or "мой"; the base view writes it "tr", as it writes
// "скинь" "ckuhb" and "ВКонтакте" "bkohtakte" (look-alike letters throughout).
const SCRIPT_APPS = withoutCombiningMarks('(?<![a-z])(?:line|kakao|wechat|whatsapp|telegram|instagram|insta|zalo|ig)(?=\\s?(?:id\\s{0,2})?[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af])|(?<=加[我个]?)(?:vx|wx|v)(?![a-z0-9])|ቴሌግራም|ዋትስአፕ|微信|v信|薇信|威信|카톡|카카오톡|小红书|抖音|(?<!\\p{Script=Katakana})ライン|カカオ|واتساب|الواتساب|واتس|تيليجرام|تلغرام|تليجرام|انستا|انستقرام|انستغرام|انستجرام|الانستقرام|الانستغرام|سناب|فيسبوك|تيك توك|व्हाट्सएप|व्हाट्सऐप|व्हाट्सअप|टेलीग्राम|इंस्टा|インスタグラム|インスタ|フェイスブック|テレグラム|인스타그램|인스타|텔레그램|페이스북|왓츠앱|ไลน์|ไลน|เฟซบุ๊ก|อินสตาแกรม|ไอจี' +
  '|تلگرام|واتساپ|واتس‌اپ|اینستاگرام|اینستا|واٹس\\s?ایپ|واٹس‌ایپ|ٹیلیگرام|انسٹاگرام|וואטסאפ|ווטסאפ|ואטסאפ|טלגרם|אינסטגרם|হোয়াটসঅ্যাপ|টেলিগ্রাম|ইমো(?:তে)?(?![\\u0980-\\u09FF])|வாட்ஸ்அப்|வாட்சப்|டெலிகிராம்|இன்ஸ்டா|вконтакте|bkohtakte|(?<=(?:свой|твой|мой)\\s)tr(?![a-z])');
const SCRIPT_INVITES = withoutCombiningMarks(
  '加我|加一下|联系|聯繫|找我|搜(?!到|一下|同款|索)|搜索(?!到|一下)|私聊|連絡|追加して|(?<![a-z])dm(?![a-z])|تواصل|راسلني|راسلنا|كلمني|ابعث|ابعت|ضيفني|ارسل|اتصل|मैसेज|मेसेज|संपर्क|भेजो|करो|करें|कॉल|बात|आओ|आइए|आना' +
    '|加个|聊|傾|倾|搵我|揾我|연락\\s?주|연락해|연락하|(?<=(?:카톡|카카오톡|라인|인스타|텔레그램)\\s?)주세요|(?<=(?:line|ライン|カカオ|kakao|微信|wechat|카톡|라인)\\s?)交[換换]|얘기|메시지|친추|톡\\s?주|پیام|بفرست|تماس|پیوی|بات|رابطہ|میسج|کریں|שלח|שלחי|תשלח|כתוב|תכתוב|דבר|תתקשר|কথা|মেসেজ|বার্তা|যোগাযোগ|কল|নক|와\\s?주세요|들어오세요|נעבור|תעבור|נדבר|נמשיך|להמשיך|לעבור|תכתבו|תכתבי|שלחו|דברו|同名|дай|скинь|ckuhb|кинь|kuhb|найдете|найдёте|ищите|напиши|пиши|добавь|பேசலாம்|பேசுங்க|மெசேஜ்|அனுப்பு|แอด|ทัก' +
    // Korean and Japanese "search (for it)", said of a room or a name to look up on the app ("카카오톡 오픈채팅 '…' 검색하세요",
    // "LINEで「…」を検索してください"), and an open chat room given by its name in quotes
    "|검색\\s?(?:하세요|해\\s?주세요|해\\s?보세요)|検索(?:して|してね|してください|お願い)|(?:오픈\\s?(?:채팅|톡|챗)|オープンチャット|オプチャ)방?\\s{0,2}(?:에서\\s?)?['\"「『“‘][^'\"」』”’\\n]{1,30}['\"」』”’]",
);
const SCRIPT_APP_INVITE = new RegExp(`(${SCRIPT_APPS})[^.!?。！？\n]{0,24}?(?:${SCRIPT_INVITES})|(?:${SCRIPT_INVITES})[^.!?。！？\n]{0,24}?(${SCRIPT_APPS})`, 'gu');
// "小红书: meimei_home", "微信 wx_liming": the app, then a Latin handle.
const SCRIPT_APP_THEN_HANDLE = new RegExp(
  `(${SCRIPT_APPS})(?:\\s{0,2}(?:の|的)?(?:号|號|ID|id|아이디|${withoutCombiningMarks('ไอดี')})\\s{0,2}(?:は|是|는|은|[:：])?\\s{0,2}@?[a-z0-9_][a-z0-9_.\\-]{2,29}|\\s{0,2}(?:[:：]|是|は|는|은)\\s{0,2}@?[a-z0-9_][a-z0-9_.\\-]{2,29}|\\s{0,2}@?(?=[a-z0-9_.\\-]*[0-9_.])[a-z0-9_][a-z0-9_.\\-]{2,29}|[^.!?。！？\\n@]{1,16}@[a-z0-9_][a-z0-9_.]{1,29})`,
  'gu',
);
// "ラインやってますか？IDはyuto.kです": an id given in a message that names an app anywhere.
const SCRIPT_APP_NAMED = new RegExp(SCRIPT_APPS, 'u');
const SCRIPT_ID_HANDLE = new RegExp(
  `(?:id\\s{0,2}(?:は|是|:|：)|(?:아이디|${withoutCombiningMarks('ไอดี')})\\s{0,2}(?:는|은|:|：)?)\\s{0,2}@?[a-z0-9_][a-z0-9_.\\-]{2,29}`,
  'gu',
);
const HAS_OTHER_SCRIPT = /[^\u0000-\u024F]/u;

// "我不用微信" (I do not use WeChat), "别加微信": a Chinese negation just before the app.
const SCRIPT_NEGATION = /[不别別沒没無无]\p{Script=Han}{0,2}$/u;
// "LINE交換はお断りしています", "微信交换联系方式我不做", "让我加vx，我没同意": a refusal later in the sentence.
const SCRIPT_REFUSAL_AFTER = /^[^。！？!?\n]*?(?:お断り|できません|しません|できない|ダメ|だめ|禁止|違反|违反|不做|不加|不行|不可以|不能|没同意|沒同意|不同意|拒绝|拒絕|안\s?해|안\s?돼|안\s?됩니다)/u;
// "मैं व्हाट्सएप नहीं चलाता, यहीं बात करें" (I do not use WhatsApp, talk here), "카톡 안 해요, 여기서 얘기해요": a
// negation between the app and the invitation. Hindi नहीं is नह once its marks are off, as the base view has it.
// An invitation to this chat itself ("LINEよりこのチャットで連絡しましょう", "LINEはやっていないので、このチャットで連絡します").
const SCRIPT_NEGATION_BETWEEN = new RegExp(
  withoutCombiningMarks('(?<!\\p{L})(?:नहीं|नही|मत|नहि|نہیں|نهیں|نمی|نه|لا|مش|না|নেই|নয়|לא|אין)(?!\\p{L})|ไม่|안\\s?(?:해|돼|됩|하|써|씁)|못\\s?해|않') +
    `|(?:このチャット|こちらのチャット|このアプリ|アプリ内|このトーク|这个聊天|這個聊天|站内|站內|平台内|平台內|平台上|本平台|이\\s?채팅방?|채팅방|앱\\s?안)(?:で|から|上で|にて|에서|으로|로|里|裡)?\\s?ご?(?:${SCRIPT_INVITES})$`,
  'u',
);
// Japanese and Chinese say they do not use, have or do the app, right after its name ("LINEはやっていないので", "LINE使ってない
// から", "LINEではなく", "微信我不用，在这里聊"): a negation further on, or after a clause break, is of something else ("微信不用备注，
// 直接加我", "LINEの方が早いじゃない、追加して"), and 有没有 asks. A Chinese one ends its clause ("微信不用备注" needs no note).
const SCRIPT_APP_NEGATED_AFTER = new RegExp(
  '^\\s?(?:は|も|を|って|なんて|我|我也|我都|也|都)?\\s?(?:' +
    '(?:やって|使って|して|持って|入れて|登録して)(?:い|お)?(?:ない|なく|ません)|(?:使わ|やら|持た)(?:ない|なく|ず)|(?:使い|やり|あり)ません|(?:では|じゃ)な[くい]' +
    '|(?<!有)(?:不用|不使用|不玩|没有|沒有|没用|沒用|没在用|沒在用)(?=[了啦的呢哦]?\\s?(?:[，,、。.!！?？~～\\s]|$)))',
  'u',
);
// "微信没有，QQ加我", "LINE不用了，加我QQ 12345": the invitation after the app's negation is to another app or a number.
const SCRIPT_OTHER_CHANNEL = new RegExp(`(?<![a-z])qq(?![a-z])|\\d{5,}|${SCRIPT_APPS}`, 'iu');
// "連絡はLINEではなく、このチャットで": the invitation, then the app it is not.
const SCRIPT_NOT_THE_APP = /^(?:は|も)?\s?(?:では|じゃ)な[くい]/u;

function findScriptApps(text: string, add: (start: number, end: number) => void): void {
  // Each pattern below holds an app's name: a text that names none is read once, not three times.
  if (!HAS_OTHER_SCRIPT.test(text) || !SCRIPT_APP_NAMED.test(text)) return;
  // Read by hand: an invitation passed over for the app's negation is read again from just after the app's name, so that
  // another app's invitation inside it is read ("LINE持ってないならカカオ追加して").
  const invite = SCRIPT_APP_INVITE;
  invite.lastIndex = 0;
  for (let match = invite.exec(text); match; match = invite.exec(text)) {
    const end = match.index + match[0].length;
    if (negated(text, match.index) || SCRIPT_NEGATION.test(text.slice(Math.max(0, match.index - 4), match.index))) continue;
    if (SCRIPT_REFUSAL_AFTER.test(text.slice(end)) || SCRIPT_NEGATION_BETWEEN.test(match[0])) continue;
    if (match[2] !== undefined && SCRIPT_NOT_THE_APP.test(text.slice(end))) continue;
    if (match[1] !== undefined) {
      const appEnd = match.index + match[1].length;
      const negation = SCRIPT_APP_NEGATED_AFTER.exec(text.slice(appEnd, appEnd + 16));
      const sentence = /^[^.!?。！？\n]*/u.exec(text.slice(appEnd + (negation?.[0].length ?? 0)))?.[0] ?? '';
      if (negation && !SCRIPT_OTHER_CHANNEL.test(sentence)) {
        invite.lastIndex = appEnd;
        continue;
      }
    }
    add(match.index, end);
  }
  invite.lastIndex = 0;
  for (const match of allMatches(SCRIPT_APP_THEN_HANDLE, text)) {
    if (negated(text, match.index) || SCRIPT_NEGATION.test(text.slice(Math.max(0, match.index - 4), match.index))) continue;
    add(match.index, match.index + match[0].length);
  }
  for (const match of allMatches(SCRIPT_ID_HANDLE, text)) add(match.index, match.index + match[0].length);
}

// 19. A UPI payment address (India's VPA): a name, an "@" and the handle of the bank or app that issued it, with no ending
// after it ("rahul.s@okaxis", "98xxxxxx10@ybl"; mail has no such domain). It reaches its owner as an address does. Read by
// the issuers' handles below, or any handle of letters where the message says UPI or names a UPI app ("UPI: meera.k@newbank").
// "rahul@okaxis.com" has an ending: the email check's.
const UPI_HANDLES = new Set(
  'okaxis oksbi okhdfcbank okicici ybl ibl axl paytm ptyes ptaxis pthdfc ptsbi apl yapl rapl upi waaxis wahdfcbank waicici wasbi axisb axisbank icici hdfcbank hdfc sbi kotak kmbl indus federal fbl barodampay aubank idfcbank idfcfirst pnb unionbank uboi cnrb boi mahb yesbank yesbankltd yescred airtel airtelpaymentsbank jio freecharge ikwik abfspay timecosmos superyes tapicici naviaxis jupiteraxis fifederal postbank ippb kbl rbl idbi dbs hsbc citi equitas centralbank indianbank iob ucobank kvb dlb tjsb'.split(' '),
);
const UPI_CUE = /(?<![\p{L}\p{N}])(?:upi|vpa|bhim|gpay|g\spay|google\s?pay|phonepe|phone\spe|paytm)(?![\p{L}\p{N}])/u;
const UPI_HANDLE_AFTER = /@([a-z][a-z0-9]{1,19})(?![\p{L}\p{N}_@]|[.\-][\p{L}\p{N}])/uy;
const UPI_LOCAL_CHAR = /[a-z0-9._\-]/;
const UPI_LOCAL_START = /[a-z0-9]/;

function findPaymentAddresses(text: string, add: (start: number, end: number) => void): void {
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    UPI_HANDLE_AFTER.lastIndex = at;
    const handle = UPI_HANDLE_AFTER.exec(text)?.[1];
    if (!handle) continue;
    let start = at;
    while (start > 0 && at - start < 64 && UPI_LOCAL_CHAR.test(text[start - 1]!)) start--;
    // Glued to letters of another script or more than 64 characters long: part of a longer word, no address of its own.
    if (start > 0 && /[\p{L}\p{N}%+@]/u.test(text[start - 1]!)) continue;
    while (start < at && !UPI_LOCAL_START.test(text[start]!)) start++;
    const local = text.slice(start, at);
    const end = at + 1 + handle.length;
    if (local.length < 2) continue;
    // Another handle only with a longer name and handle and UPI named near it (not in the address itself): "upi tw@t" and
    // "dumb@ss" are no addresses.
    const cued = () => local.length >= 3 && handle.length >= 3 && (UPI_CUE.test(text.slice(Math.max(0, start - 48), start)) || UPI_CUE.test(text.slice(end, end + 32)));
    if (UPI_HANDLES.has(handle) || cued()) add(start, end);
  }
}

/**
 * Spans are into the view it returns (app names may have been rewritten in it). `submitted` is the text as typed: a profile's
 * name after "fb em là" is told by its capital (nameAfterMyApp).
 */
export function findHandles(contact: MappedText, submitted: string): { view: MappedText; spans: Span[] } {
  const view = withPlainAppNames(contact);
  const text = view.text;
  const typed = (start: number, end: number) => {
    const span = originalSpan(view, start, end);
    return submitted.slice(span.start, span.end);
  };
  const spans: Span[] = [];
  // A match that holds an earlier one takes its place: "búscame en Instagram como @x" masks the name the invitation's app leads to.
  const add = (start: number, end: number) => {
    const overlapping = spans.filter((s) => s.start < end && start < s.end);
    if (overlapping.length > 0 && !overlapping.every((s) => start <= s.start && s.end <= end && end - start > s.end - s.start)) return;
    for (const s of overlapping) spans.splice(spans.indexOf(s), 1);
    spans.push({ start, end });
  };
  for (const [from, to] of appWindows(text)) scanWindow(text, from, to, add, typed);
  findScriptApps(text, add);
  if (text.includes('@')) findPaymentAddresses(text, add);
  if (text.includes('u/')) for (const match of allMatches(PATH_HANDLE, text)) add(match.index, match.index + match[0].length);
  if (EVERY_APP.test(text)) {
    for (const match of allMatches(NAME_ON_EVERY_APP, text)) {
      const name = (match[1] ?? '').replace(/^@/, '');
      // "everywhere" alone is said of anything ("I'm looking everywhere"): only a name written as a handle ("I'm @noahfixes everywhere").
      const everywhere = match[0].endsWith('everywhere');
      const nameLike = everywhere ? match[1]!.startsWith('@') || (/\p{L}/u.test(name) && /[\d_.]/.test(name)) : match[1]!.startsWith('@') || /[\d_.]/.test(name) || !ORDINARY_STATE.test(name);
      if (nameLike && !negated(text, match.index)) add(match.index, match.index + match[0].length);
    }
  }
  if (/card|qr/.test(text)) {
    for (const match of allMatches(CARD_TO_ADD, text)) if (!negated(text, match.index)) add(match.index, match.index + match[0].length);
  }
  return { view, spans };
}

/**
 * Whether a profile's name follows "fb em là" or "ig của chị:" at `at`: a word typed with a capital ("Thu Trang Boutique",
 * "Hoang Long") or an "@name", and no app's name ("fb em là Fb cũ"). Vietnamese writes a person's or a shop's name with
 * capitals and what it says of the account without ("fb mình là fb cá nhân", "fb của anh là giả mạo").
 */
function nameAfterMyApp(text: string, at: number, typed: (start: number, end: number) => string): boolean {
  const next = /^\s{0,2}:?\s{0,2}(@?)([\p{L}\p{N}_.]+)/u.exec(text.slice(at, at + 48));
  if (!next) return false;
  const wordStart = at + next[0].length - next[2]!.length;
  if (APP_NAME.test(next[2]!)) return false;
  return next[1] === '@' || /^[\p{Lu}\p{N}]/u.test(typed(wordStart, wordStart + 1));
}

/** Merged windows of text around each app name, widened to whitespace so no word is cut. */
function appWindows(text: string): Array<[number, number]> {
  const windows: Array<[number, number]> = [];
  APP_WORDS.lastIndex = 0;
  for (let match = APP_WORDS.exec(text); match; match = APP_WORDS.exec(text)) {
    let from = Math.max(0, match.index - WINDOW_BEFORE);
    let to = Math.min(text.length, match.index + match[0].length + WINDOW_AFTER);
    while (from > 0 && !/\s/.test(text[from - 1]!) && match.index - from < WINDOW_BEFORE + 24) from--;
    while (to < text.length && !/\s/.test(text[to]!) && to - match.index < WINDOW_AFTER + 48) to++;
    const last = windows[windows.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else windows.push([from, to]);
  }
  return windows;
}

const APP_PLACE_AFTER = /^\s(?:marketplace|market|page|group|listing|ad|ads|post|posts|shop|store)(?![\p{L}\p{N}])/u;
const REFUSAL = new RegExp(`${NEGATION.source}|(?<![\\p{L}])(?:sorry|here|rather|nggak|gak|enggak|tidak|ne|nie|nein|nao|não)(?![\\p{L}])`, 'u');
// An adverb of place may stand between ("segue lá no insta", "me chama aí no zap", "fala comigo aqui no whats").
const PORTUGUESE_NO = /(?<!\p{L})(?:me|chama|chame|chamar|chamem|fala|falar|comigo|manda|mensagem|segue|adiciona|add|msg|encontra|encontras|encontram|acha|procura|procure)\s{1,3}(?:(?:la|ai|aqui|ali|tambem|direto)\s{1,3})?no\s{1,3}(?:\p{L}+\s{1,3})?$/u;

/** Patterns whose match is an invitation: the app alone is masked ("msg me on [contact handle removed]"). */
const APP_ONLY_PATTERNS = new Set([JOIN_MY_APP, LETS_ON_APP, INVITATION, ADD_ME_OR_WRITE_ON_APP, ON_APP_QUESTION, RATHER_ON_APP, HAVE_APP_QUESTION, APP_PREFERRED, SEND_ME_AN_APP, ASK_FOR_APP, APP_INBOX, APP_SUFFIX_THEN_VERB, VERB_THEN_APP, SWAHILI_ME_ON_APP, APP_THEN_VERB, APP_REQUEST, APP_THEN_HINDI_VERB, DUTCH_APPJE]);

/**
 * The matches of an app-then-something pattern, each search starting again just after the last
 * match's app: a match refused later ("👻 snap", the ghost and a word) must not hide the one
 * that starts inside it ("snap: dani_rides").
 */
function* fromEachApp(pattern: RegExp, text: string): Generator<RegExpExecArray> {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    yield match;
    pattern.lastIndex = match.index + Math.max(1, (match[1] ?? '').length);
  }
}

function scanWindow(text: string, from: number, to: number, add: (start: number, end: number) => void, typed: (start: number, end: number) => string): void {
  const window = text.slice(from, to);
  for (const match of fromEachApp(APP_THEN_HANDLE, window)) {
    const [whole, app = '', handle = ''] = match;
    const start = from + match.index;
    const between = whole.slice(app.length, whole.length - handle.length);
    // "tg @ electric_pete": an "@" spaced off its name is still the name's.
    // A profile's path marks a name as an "@" does when it is one: LinkedIn's "/in/", or after a colon a name that looks
    // like a handle; not a bot's command or a folder ("telegram: /help", "github: /docs"), a word ("LinkedIn /in-house",
    // "discord /slash-commands") or another app ("Vinted /Depop"); and only after a name that means only the app.
    const path = between.endsWith('/');
    const profile = between.endsWith('/in/') || (between.includes(':') && /[\d_.\-]/.test(handle));
    if (path && (!profile || WEAK_APP.test(app.replace(/\s/g, '')) || NOT_HANDLES.has(handle) || APP_NAME.test(handle))) continue;
    // "insta (at) luna.bakes": an "at" in brackets is the "@" disguised.
    const bracketAt = /[(\[]at[)\]]/.test(between);
    const at = /^[@$]/.test(handle) || /@\s*$/.test(between) || path || bracketAt;
    const name = handle.replace(/^[@$]/, '');
    const handleLike = /[\d_.#]/.test(name);
    // "@10am" is a time ("Zoom session @10am").
    if (name.length < 2 || /^\d{1,3}$/.test(name) || (at && TIME_OR_DAY.test(name))) continue;
    // Handles are Latin: a Greek word after an app says something of it ("Σκάιπ: Τρίτη 18:00", "Ίνσταγκραμ: όλα κλειστά", "Φέισμπουκ
    // Μαρκετπλέις", "Σκάιπ αύριο"). A profile's name in Greek only after a colon, as a first name and a surname with their capitals
    // ("φέισμπουκ: Νίκος Παπαδόπουλος"), not days ("Σκάιπ: Τρίτη Πέμπτη").
    const handleStart = start + whole.length - handle.length;
    if (!at && GREEK_LETTER.test(typed(handleStart, start + whole.length)) && !(between.includes(':') && greekFullName(typed(handleStart, Math.min(text.length, handleStart + 48))))) continue;
    // A "$name" is Cash App's, and not an amount in words or a currency ("PayPal $USD", "Cash App $forty").
    if (handle.startsWith('$') && (!/^cash\s?app$/.test(app) || CASH_NOT_HANDLE.test(name))) continue;
    const before = text.slice(Math.max(0, start - 32), start);
    // "my insta", and for a name that looks like a handle "my handle on X is @x" and "ig aku @x" ("my" after the app).
    const possessive =
      /(?:^|[^\p{L}])(?:my|our|his|her|their)\s{1,2}$/u.test(before) || ((at || handleLike) && (MY_LABEL_ON.test(before) || MY_AFTER_APP_BETWEEN.test(between)));
    // Another language's "is" is also "and" or "east": it labels only a name that looks like a handle after that
    // language's "my" ("il mio ig è marco.ripara", not "il mio ig è chiuso", closed).
    const foreignIs = FOREIGN_IS_BETWEEN.test(between);
    if (foreignIs && !at && !(handleLike && (FOREIGN_MY.test(before) || MY_AFTER_APP_BETWEEN.test(between)))) continue;
    // "Το Skype μου είναι v8.96", "Το Viber μου είναι 21.4": a version, not a handle.
    if (foreignIs && !at && /^v?\d+(?:\.\d+)+$/.test(name)) continue;
    // "discord user kilnqueen": "user" labels a name that ends the sentence or looks like a handle, after no article
    // ("a discord user told me", "Telegram user base").
    const user = USER_BETWEEN.test(between);
    const endsSentence = /^\s*(?:[.,;!?]|$)/.test(text.slice(start + whole.length));
    if (user && !at && (ARTICLE_BEFORE.test(before) || !(handleLike || endsSentence))) continue;
    // An arrow points from an app to a name only when it looks like one ("IG ➡️ sara.makes", not "Vinted ➡️ Depop").
    const arrow = ARROW.test(between) && !/[:=>→👉]/.test(between);
    if (arrow && !at && !handleLike) continue;
    // "(tg) @movers", "[ig] sofia_crafts": the app as a tag before a line, as a label is, for a name that
    // looks like a handle and not like a heading, a size or a version ("[IG] photos coming soon", "[fb] 2.5 m",
    // "[ig] v2.1"); "(x)" is a box ticked.
    const tagged = /^[)\]]/.test(between) && /(?:^|\n)\s*[(\[]$/.test(text.slice(Math.max(0, start - 8), start)) && !ORDINARY_APP.test(app);
    if (/[)\]]/.test(between.replace(/[(\[]at[)\]]/g, '')) && !(tagged && (at || (handleLike && /^\p{L}(?:[^\p{L}]*\p{L}){2}/u.test(name))))) continue;
    const colon = tagged || ARROW.test(between) || /[:=>👉]|-\s|\s-|–/.test(between);
    // 👻 is short and decorates Halloween talk, but before a name of letters and digits it means Snapchat (so does "snap👻").
    const weak = WEAK_APP.test(app.replace(/\s/g, '')) && !(app.endsWith('👻') && /^(?=.*\p{L})(?=.*[\d_.])[\p{L}\d_.]{4,}$/u.test(handle));
    // X is a letter too: its "@name" counts after "my", a colon, or where X is named as the place one is ("on X I'm @x",
    // "find me on X @x"), its "@" on the name ("put the logo on x @ top" is no handle).
    const onX = app === 'x' && handle.startsWith('@') && /(?:^|[^\p{L}])(?:on|via)\s{1,2}$/u.test(before);
    if (!at) {
      if (NOT_HANDLES.has(name)) continue;
      // "snap-fit", "Snap-on tools", "instagram-worthy": an app's name glued to a word by a hyphen makes one word
      // (after a long name, a word that looks like a handle stays a handle: "insta-carla_bakes").
      if ((weak || !handleLike) && /^-\S/.test(whole.slice(app.length))) continue;
      const labelled = /\b(?:is|id|name|username|handle|tag|account|profile)\b/.test(between) || foreignIs || user;
      const named = labelled || between.includes('-');
      // Only a dash between an ordinary word and a name is a list, not a handle ("Session - Mon Wed Fri");
      // after a short name, a dash and words that go on are a phrase ("TT - barely used").
      const dashOnly = !tagged && !ARROW.test(between) && !/[:=>👉]/.test(between);
      if (ORDINARY_APP.test(app) && !(possessive && named) && !(colon && (handleLike || labelled))) continue;
      // "my signal is terrible", "my line is busy": a state, not a name.
      if (!colon && !handleLike && ORDINARY_STATE.test(name)) continue;
      if (weak && dashOnly && !possessive && !handleLike && !labelled && /^\s+\p{L}/u.test(text.slice(start + whole.length))) continue;
      // A sentence that is only the app and a name: "snapchat jdoe".
      const alone = !weak && !MY_AFTER_APP_BETWEEN.test(between) && /(?:^|[.!?\n]\s*)$/.test(text.slice(0, start)) && /^\s*(?:[.!?\n]|$)/.test(text.slice(start + whole.length));
      // Without a colon or a label, only "my insta jdoe" or a name that looks like a handle ("discord omar77#0042").
      if (!colon && !named && !alone && !(possessive && (!weak || handleLike)) && !(handleLike && !weak)) continue;
      if (weak && !possessive && !colon && !handleLike && !named) continue;
    } else if (weak && app === 'x' && !possessive && !colon && !onX) continue;
    // Portuguese "No TikTok sou @x" is "on TikTok I am @x", no refusal.
    const portugueseOn = at && /^\s(?:sou|e)\s/.test(between) && /(?:^|[.!?]\s{0,3})no\s$/.test(text.slice(Math.max(0, start - 6), start));
    if (negated(text, start) && !portugueseOn) continue;
    add(start, start + whole.length);
  }
  for (const match of allMatches(MY_ID_IS, window)) {
    const name = (match[1] ?? '').replace(/^@/, '');
    const index = from + match.index;
    if (!/[\d_.]/.test(name) || negated(text, index)) continue;
    add(index, index + match[0].length);
  }
  if (window.includes('meeting') || window.includes('pmi')) {
    for (const match of allMatches(MEETING_ID, window)) {
      const index = from + match.index;
      if (!negated(text, index)) add(index, index + match[0].length);
    }
  }
  for (const match of allMatches(FIND_ME_AS, window)) {
    const index = from + match.index;
    if (!negated(text, index)) add(index, index + match[0].length);
  }
  for (const word of /backwards|reverse|flipped/.test(window) ? allMatches(REVERSED, window) : []) {
    // The app is the last one to three words before, and the words that may come between ("but", "is written").
    const before = window.slice(Math.max(0, word.index - 48), word.index);
    const upTo = before.length - (WORDS_BEFORE_REVERSED.exec(before)?.[0].length ?? before.length);
    const words = before.slice(0, upTo).split(/(?<=\s)(?=\S)/u);
    const appWords = [1, 2, 3].map((count) => words.slice(-count).join('')).find((tail) => APP_NAME.test(tail) && !/^[\p{L}\p{N}]/u.test(before.slice(upTo - tail.length - 1, upTo - tail.length)));
    NAME_AFTER_REVERSED.lastIndex = word.index + word[0].length;
    const after = appWords ? NAME_AFTER_REVERSED.exec(window) : null;
    if (appWords === undefined || !after || upTo <= 0) continue;
    const index = from + word.index - before.length + upTo - appWords.length;
    const name = (after[1] ?? '').replace(/^@/, '');
    // Only a name that looks like a handle ("insta but backwards compatibility", "whatsapp reversed: never mind").
    if ((after[1]!.startsWith('@') || /[\d_.]/.test(name)) && !negated(text, index)) add(index, from + NAME_AFTER_REVERSED.lastIndex);
  }
  // Brackets hold a name only when it is written as one: after an "@" or with its dots spelled out ("insta (lilac dot thrift)"),
  // not "insta (the app)", "ig (reels)" or "tg (bot_commands)".
  if (/[(\[]/.test(window)) {
    for (const match of allMatches(APP_BRACKET_NAME, window)) {
      const name = match[1] ?? '';
      const index = from + match.index;
      const pieces = name.replace(/^@/, '').split(/\s\S+\s|[._]/);
      if ((name.startsWith('@') || /\s/.test(name)) && !pieces.some((piece) => NOT_HANDLES.has(piece)) && !negated(text, index)) add(index, index + match[0].length);
    }
  }
  // The apps of a window that says the name is the same there: each is masked, as in an invitation.
  const sameName = SAME_NAME.exec(window);
  if (sameName && !negated(text, from + sameName.index)) {
    for (const match of allMatches(APP_WORDS, window)) {
      const index = from + match.index;
      const place = APP_PLACE_AFTER.test(text.slice(index + match[0].length, index + match[0].length + 16));
      if (!ORDINARY_APP.test(match[0]) && !PLACE_APP.test(match[0]) && !place && !negated(text, index)) add(index, index + match[0].length);
    }
  }
  const bracket = window.includes('(') || window.includes('[');
  for (const pattern of bracket ? [NAME_THEN_APP, NAME_BRACKET_APP] : [NAME_THEN_APP]) {
    for (const match of allMatches(pattern, window)) {
      const name = (pattern === NAME_THEN_APP ? match[2] : match[1]) ?? '';
      const labelled = pattern === NAME_THEN_APP && !/^(?:i'?m|im|i\sam)$/.test(match[1] ?? '');
      const bare = name.replace(/^@/, '');
      if (NOT_HANDLES.has(bare) || bare.length < 2 || /^\d{1,3}$/.test(bare)) continue;
      if (!name.startsWith('@') && !/[\d_.#]/.test(bare) && !labelled) continue;
      const index = from + match.index;
      if (negated(text, index)) continue;
      add(index, index + match[0].length);
    }
  }
  for (const pattern of [APP_IS_SHOP_NAME, JOIN_MY_APP, LETS_ON_APP, PAYMENT_BY_NAME, INVITATION, ADD_ME_OR_WRITE_ON_APP, APP_AS_VERB, ON_APP_QUESTION, RATHER_ON_APP, HAVE_APP_QUESTION, APP_PREFERRED, HANDLE_THEN_APP, APP_NEAR_AT_HANDLE, SEND_ME_AN_APP, ASK_FOR_APP, APP_INBOX, APP_SUFFIX_THEN_VERB, VERB_THEN_APP, SWAHILI_ME_ON_APP, APP_THEN_VERB, APP_REQUEST, APP_THEN_SPACED_HANDLE, APP_THEN_HINDI_VERB, DUTCH_APPJE]) {
    for (const match of allMatches(pattern, window)) {
      // The app is the first group that took part (APP_AS_VERB, VERB_THEN_APP and APP_THEN_VERB have alternatives; APP_AS_VERB's third group is a handle, after its app).
      const app = match.slice(1).find((group) => group !== undefined) ?? '';
      const index = from + match.index;
      if (APP_ONLY_PATTERNS.has(pattern)) {
        // "the gram" ending a sentence is Instagram ("search hanna sews on the gram"; not "on the gram scale").
        const theGram = app === 'gram' && /(?:^|[^\p{L}])the\s'?$/u.test(text.slice(Math.max(0, index + match[0].length - 10), index + match[0].length - 4)) && /^\s*(?:[.!?,;)]|$)/.test(text.slice(index + match[0].length));
        if (/^(?:x|line|teams|zoom|session|element|wire|threads|mess|gram)$/.test(app) && !theGram && !/\?|(?<!\p{L})(?:me|us)(?!\p{L})/u.test(match[0])) continue;
        // IMO is "in my opinion" but where someone asks to be messaged ("message me on imo").
        if (pattern === INVITATION && app === 'imo' && !/(?<!\p{L})(?:me|us)(?!\p{L})/u.test(match[0])) continue;
        // A marketplace, video or payment app in an invitation needs a person: "follow me on youtube",
        // not "follow the steps on YouTube" or "thanh toán qua PayPal".
        if (pattern === INVITATION && PLACE_APP.test(app) && !/(?<!\p{L})(?:me|us|my|mi|moi|mich|mir|mnie|мне|меня)(?!\p{L})/u.test(match[0])) continue;
        const appStart = index + match[0].lastIndexOf(app);
        // "also on Facebook Marketplace", "on the insta page": a place to see the ad, not to talk ("join my whatsapp group" is one to talk in).
        if (pattern !== JOIN_MY_APP && APP_PLACE_AFTER.test(text.slice(appStart + app.length, appStart + app.length + 16))) continue;
        if (negated(text, appStart)) continue;
        if (pattern === ADD_ME_OR_WRITE_ON_APP && !(ADD_ME_APP.test(app) && addMeOpensSentence(text, index))) continue;
        if (pattern === RATHER_ON_APP && !ratherIsInvitation(text, index, appStart + app.length)) continue;
        if (pattern === SWAHILI_ME_ON_APP && !swahiliInvitation(text, index, appStart + app.length, match[0])) continue;
        // "I'm on Instagram way too much": how much one uses an app is no offer to talk there.
        if (pattern === ON_APP_QUESTION && TOO_MUCH_AFTER.test(text.slice(appStart + app.length, appStart + app.length + 24))) continue;
        // "Telegram? Never used it": the answer that follows the app may refuse it;
        // "Über Instagram weiterchatten geht bei mir nicht" refuses after the verb too.
        // "fb em là fb cũ", "fb của anh là giả mạo": what "là" says of the app is a name only where one follows.
        if (pattern === APP_THEN_VERB && match[3] !== undefined && /^(?:fb|ig)$/.test(app) && !nameAfterMyApp(text, index + match[0].length, typed)) continue;
        if ((pattern === APP_REQUEST || pattern === APP_THEN_VERB) && REFUSAL.test(text.slice(index + match[0].length, index + match[0].length + 40).split(/[.!\n]/)[0] ?? '')) continue;
        add(appStart, appStart + app.length);
      } else {
        if (negated(text, index)) continue;
        let end = index + match[0].length;
        // "kik me at jdoe" takes the handle along; "whatsapp me at 5pm" or "on monday" does not.
        const handle = pattern === APP_AS_VERB ? match[3] : undefined;
        if (handle !== undefined && !looksLikeAHandle(handle)) end = index + match[0].length - match[0].slice(match[0].search(/\s*(?:at|on|@|:|-)\s*[^\s]*$/)).length;
        add(index, /^[)\]]/.test(text.slice(end, end + 1)) ? end + 1 : end);
      }
    }
  }
}
