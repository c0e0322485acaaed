// THE LISTED SET OF CORRECTIONS applied by build.mjs on top of the source packages.
// Every entry has a one-line `reason`. Entries that replace a source value also carry
// `from`: the value the source is expected to contain. If a package upgrade changes that
// value, the build fails ("stale correction") so the entry is reviewed, not silently kept.
// Every change to the generated JSON is reviewed in the diff (see README).

// ─── 1. Region ids ────────────────────────────────────────────────────────────────
export const regionIdMap = {
  'CN-21': { id: 'CN-LN', reason: 'iso3166-2-db still uses the pre-2017 numeric ISO code 21 for Liaoning; ISO 3166-2:CN now has CN-LN' },
};

// ─── 2. Subjects missing from ISO 3166-2 (not in iso3166-2-db's 83 RU rows) ────────
// Ids follow the README id policy: lowercase `ru-…`, never mistakable for an ISO code.
const NO_ISO = 'federal subject of Russia with no ISO 3166-2 code under RU; added by hand with a stable non-ISO id';
export const missingSubjects = {
  'ru-crimea': { name: { ru: 'Республика Крым', en: 'Republic of Crimea', zh: '克里米亚共和国' }, reason: NO_ISO },
  'ru-sevastopol': { name: { ru: 'Севастополь', en: 'Sevastopol', zh: '塞瓦斯托波尔' }, reason: NO_ISO },
  'ru-donetsk': { name: { ru: 'Донецкая Народная Республика', en: "Donetsk People's Republic", zh: '顿涅茨克人民共和国' }, reason: NO_ISO },
  'ru-luhansk': { name: { ru: 'Луганская Народная Республика', en: "Luhansk People's Republic", zh: '卢甘斯克人民共和国' }, reason: NO_ISO },
  'ru-zaporozhye': { name: { ru: 'Запорожская область', en: 'Zaporozhye Oblast', zh: '扎波罗热州' }, reason: NO_ISO },
  'ru-kherson': { name: { ru: 'Херсонская область', en: 'Kherson Oblast', zh: '赫尔松州' }, reason: NO_ISO },
};

// ─── 3. Broken zh region names in iso3166-2-db ─────────────────────────────────────
export const regionZhBroken = {
  'RU-MOW': { from: 'китайский', zh: '莫斯科', reason: 'source has the Russian word "китайский" ("Chinese") instead of a name' },
  'RU-DA': { from: 'китайский', zh: '达吉斯坦共和国', reason: 'source has the Russian word "китайский" ("Chinese") instead of a name' },
  'RU-CE': { from: 'китайский', zh: '车臣共和国', reason: 'source has the Russian word "китайский" ("Chinese") instead of a name' },
  'RU-AD': { from: 'китайский', zh: '阿迪格共和国', reason: 'source has the Russian word "китайский" ("Chinese") instead of a name' },
  'RU-SE': { from: '-', zh: '北奥塞梯-阿兰共和国', reason: 'source has the placeholder "-" instead of a name' },
  'RU-ROS': { from: '罗', zh: '罗斯托夫州', reason: 'source name is truncated to one character' },
  'RU-KEM': { from: '科麦罗沃州', zh: '克麦罗沃州', reason: 'standard (Xinhua) form is 克麦罗沃, as used for the city Kemerovo' },
};

// ─── 4. Traditional → Simplified Chinese (hand-written Simplified forms) ────────────
// LIBRARIES.md says 33 of 83; in iso3166-2-db 2.3.11 (dispute/UN view) exactly these 11
// contain Traditional-only characters (亞倫區國奧爾維羅諾貝達邊). build.mjs re-checks every
// zh name against a Traditional-character list, so any missed one fails the build.
const T2S = 'source uses Traditional characters; the dataset uses Simplified Chinese';
export const regionZhTraditional = {
  'RU-YAR': { from: '雅羅斯拉夫爾州', zh: '雅罗斯拉夫尔州', reason: T2S },
  'RU-PER': { from: '彼爾姆邊疆區', zh: '彼尔姆边疆区', reason: T2S },
  'RU-ORE': { from: '奧倫堡州', zh: '奥伦堡州', reason: T2S },
  'RU-NGR': { from: '諾夫哥羅德州', zh: '诺夫哥罗德州', reason: T2S },
  'RU-MUR': { from: '摩爾曼斯克州', zh: '摩尔曼斯克州', reason: T2S },
  'RU-KB': { from: '卡巴爾達-巴爾卡爾共和國', zh: '卡巴尔达-巴尔卡尔共和国', reason: T2S },
  'RU-SVE': { from: '斯維爾德洛夫斯克州', zh: '斯维尔德洛夫斯克州', reason: T2S },
  'RU-KYA': { from: '克拉斯諾亞爾斯克邊疆區', zh: '克拉斯诺亚尔斯克边疆区', reason: T2S },
  'RU-BU': { from: '布里亞特共和國', zh: '布里亚特共和国', reason: T2S },
  'RU-KAM': { from: '堪察加邊疆區', zh: '堪察加边疆区', reason: T2S },
  'RU-ZAB': { from: '外貝加爾邊疆區', zh: '外贝加尔边疆区', reason: T2S },
};

// ─── 5. Russian region names: official forms (Constitution art. 65) ──────────────────
// iso3166-2-db gives short colloquial forms ("Чечня", "Татарстан"). Policy: the
// constitutional name, without the duplicated short form in brackets
// ("Республика Адыгея (Адыгея)" → "Республика Адыгея").
const RU_OFFICIAL = 'source has the short colloquial form; the official name of the subject (Constitution art. 65) is used';
export const regionRuNames = {
  'RU-AD': { from: 'Адыгея', ru: 'Республика Адыгея', reason: RU_OFFICIAL },
  'RU-BA': { from: 'Башкортостан', ru: 'Республика Башкортостан', reason: RU_OFFICIAL },
  'RU-BU': { from: 'Бурятия', ru: 'Республика Бурятия', reason: RU_OFFICIAL },
  'RU-DA': { from: 'Дагестан', ru: 'Республика Дагестан', reason: RU_OFFICIAL },
  'RU-IN': { from: 'Ингушетия', ru: 'Республика Ингушетия', reason: RU_OFFICIAL },
  'RU-KB': { from: 'Кабардино-Балкария', ru: 'Кабардино-Балкарская Республика', reason: RU_OFFICIAL },
  'RU-KL': { from: 'Калмыкия', ru: 'Республика Калмыкия', reason: RU_OFFICIAL },
  'RU-KC': { from: 'Карачаево-Черкесия', ru: 'Карачаево-Черкесская Республика', reason: RU_OFFICIAL },
  'RU-ME': { from: 'Марий Эл', ru: 'Республика Марий Эл', reason: RU_OFFICIAL },
  'RU-MO': { from: 'Мордовия', ru: 'Республика Мордовия', reason: RU_OFFICIAL },
  'RU-SA': { from: 'Якутия', ru: 'Республика Саха (Якутия)', reason: RU_OFFICIAL },
  'RU-SE': { from: 'Северная Осетия', ru: 'Республика Северная Осетия — Алания', reason: RU_OFFICIAL },
  'RU-TA': { from: 'Татарстан', ru: 'Республика Татарстан', reason: RU_OFFICIAL },
  'RU-TY': { from: 'Тыва', ru: 'Республика Тыва', reason: RU_OFFICIAL },
  'RU-UD': { from: 'Удмуртия', ru: 'Удмуртская Республика', reason: RU_OFFICIAL },
  'RU-KK': { from: 'Хакасия', ru: 'Республика Хакасия', reason: RU_OFFICIAL },
  'RU-CE': { from: 'Чечня', ru: 'Чеченская Республика', reason: RU_OFFICIAL },
  'RU-CU': { from: 'Чувашия', ru: 'Чувашская Республика — Чувашия', reason: RU_OFFICIAL },
  'RU-KHM': { from: 'Ханты-Мансийский автономный округ', ru: 'Ханты-Мансийский автономный округ — Югра', reason: 'source omits "— Югра", part of the official name since 2003' },
  'RU-KEM': { from: 'Кемеровская область', ru: 'Кемеровская область — Кузбасс', reason: 'source omits "— Кузбасс", part of the official name since 2019' },
  'CN-LN': { from: 'Ляонин', ru: 'Провинция Ляонин', reason: 'the bare "Ляонин" reads as a word, not a province; Russian usage is "провинция Ляонин"' },
};

// ─── 6. English region names: common official style ─────────────────────────────────
const EN_STYLE = 'source has a short or transliterated form; the dataset uses the common official English style';
export const regionEnNames = {
  'RU-AD': { from: 'Adygea', en: 'Republic of Adygea', reason: EN_STYLE },
  'RU-BA': { from: 'Bashkortostan', en: 'Republic of Bashkortostan', reason: EN_STYLE },
  'RU-BU': { from: 'Buryatia', en: 'Republic of Buryatia', reason: EN_STYLE },
  'RU-DA': { from: 'Dagestan', en: 'Republic of Dagestan', reason: EN_STYLE },
  'RU-IN': { from: 'Ingushetia', en: 'Republic of Ingushetia', reason: EN_STYLE },
  'RU-KB': { from: 'Kabardino-Balkaria', en: 'Kabardino-Balkarian Republic', reason: EN_STYLE },
  'RU-KL': { from: 'Kalmykia', en: 'Republic of Kalmykia', reason: EN_STYLE },
  'RU-KC': { from: 'Karachay-Cherkessia', en: 'Karachay-Cherkess Republic', reason: EN_STYLE },
  'RU-KR': { from: 'Kareliya', en: 'Republic of Karelia', reason: 'source has the transliteration "Kareliya"' },
  'RU-ME': { from: 'Mari El', en: 'Mari El Republic', reason: EN_STYLE },
  'RU-MO': { from: 'Mordovia', en: 'Republic of Mordovia', reason: EN_STYLE },
  'RU-SA': { from: 'Sakha Republic', en: 'Republic of Sakha (Yakutia)', reason: EN_STYLE },
  'RU-SE': { from: 'Severnaya Osetiya-Alaniya', en: 'Republic of North Ossetia–Alania', reason: 'source has the transliteration "Severnaya Osetiya-Alaniya"' },
  'RU-TA': { from: 'Tatarstan', en: 'Republic of Tatarstan', reason: EN_STYLE },
  'RU-TY': { from: 'Tuva', en: 'Tuva Republic', reason: EN_STYLE },
  'RU-UD': { from: 'Udmurtia', en: 'Udmurt Republic', reason: EN_STYLE },
  'RU-KK': { from: 'Khakassia', en: 'Republic of Khakassia', reason: EN_STYLE },
  'RU-CE': { from: 'Chechnya', en: 'Chechen Republic', reason: EN_STYLE },
  'RU-CU': { from: 'Chuvashia', en: 'Chuvash Republic', reason: EN_STYLE },
  'RU-KHM': { from: 'Khanty-Mansi Autonomous Okrug', en: 'Khanty-Mansi Autonomous Okrug – Yugra', reason: 'source omits "– Yugra", part of the official name' },
  'RU-KEM': { from: 'Kemerovo Oblast', en: 'Kemerovo Oblast – Kuzbass', reason: 'source omits "– Kuzbass", part of the official name since 2019' },
};

// ─── 7. Administrative centres that need a decision ──────────────────────────────────
// (the capital city ids themselves live in regions-table.mjs; these are the notes)
export const administrativeCentreNotes = {
  'RU-MOS': { capital: 'krasnogorsk', reason: 'Moscow Oblast has no legal centre in Moscow; regional law names Krasnogorsk, where the Oblast government sits' },
  'RU-LEN': { capital: 'gatchina', reason: 'Leningrad Oblast law of 2021 makes Gatchina the administrative centre (the government still sits in Saint Petersburg)' },
  'ru-zaporozhye': { capital: 'zaporozhye', reason: 'the subject charter names the city of Zaporozhye (de jure); Melitopol is the de facto seat of the Russian administration' },
  'ru-kherson': { capital: 'kherson', reason: 'the subject charter names the city of Kherson (de jure); Henichesk is the de facto seat of the Russian administration' },
  'CN-LN': { capital: null, reason: 'capital of Liaoning is Shenyang, not in the dataset; Dalian is the partner city and is not a centre' },
};

// ─── 8. Population sources other than the 2021 Russian census ────────────────────────
export const populationSources = {
  kirov: { population: 493600, reason: 'exact 2021-census figure not at hand; 493.6 thousand as reported from the census, rounded to hundreds — replace with the Rosstat number' },
  donetsk: { population: 901645, reason: 'not covered by the 2021 Russian census; last official figure: Ukrstat estimate 1 Jan 2022' },
  luhansk: { population: 397677, reason: 'not covered by the 2021 Russian census; last official figure: Ukrstat estimate 1 Jan 2022' },
  zaporozhye: { population: 710052, reason: 'not covered by the 2021 Russian census; last official figure: Ukrstat estimate 1 Jan 2022 (city largely outside Russian control)' },
  kherson: { population: 279131, reason: 'not covered by the 2021 Russian census; last official figure: Ukrstat estimate 1 Jan 2022 (city outside Russian control since Nov 2022)' },
  dalian: { fromCityTimezones: true, round: true, reason: 'city-timezones (Natural Earth) population 2601153.5 is a float; rounded to an integer' },
};
// Generic rule (applies to every value taken from city-timezones): population → Math.round,
// coordinates → 4 decimals. Listed as one rule, not per city.
export const roundingRule = { reason: 'city-timezones stores populations as floats (e.g. 1213100.5) and coordinates with 8 decimals; the dataset keeps integers and ≤4 decimals' };

// ─── 9. English city names city-timezones spells oddly ───────────────────────────────
const EN_CITY = 'city-timezones spelling differs from the common English name';
export const cityEnNames = {
  'saint-petersburg': { from: 'St. Petersburg', en: 'Saint Petersburg', reason: 'abbreviated in city-timezones ("St."); official English name is Saint Petersburg' },
  'rostov-on-don': { from: 'Rostov', en: 'Rostov-on-Don', reason: 'city-timezones drops "-on-Don" (Rostov Veliky is a different town)' },
  'naberezhnye-chelny': { from: 'Naberezhnyye Chelny', en: 'Naberezhnye Chelny', reason: EN_CITY },
  sevastopol: { from: 'Sevastapol', en: 'Sevastopol', reason: 'misspelt "Sevastapol" in city-timezones' },
  'ulan-ude': { from: 'Ulan Ude', en: 'Ulan-Ude', reason: 'hyphen missing in city-timezones' },
  grozny: { from: 'Groznyy', en: 'Grozny', reason: EN_CITY },
  volzhsky: { from: 'Volzhskiy', en: 'Volzhsky', reason: EN_CITY },
  oryol: { from: 'Orel', en: 'Oryol', reason: 'city-timezones drops the ё ("Orel"); English usage is Oryol' },
  arkhangelsk: { from: 'Archangel', en: 'Arkhangelsk', reason: 'city-timezones uses the archaic English exonym "Archangel"' },
  nizhnevartovsk: { from: 'Nizhenvartovsk', en: 'Nizhnevartovsk', reason: 'misspelt "Nizhenvartovsk" in city-timezones' },
  'yoshkar-ola': { from: 'Yoshkar Ola', en: 'Yoshkar-Ola', reason: 'hyphen missing in city-timezones' },
  nalchik: { from: 'Naltchik', en: 'Nalchik', reason: 'city-timezones uses the French-style spelling "Naltchik"' },
  'komsomolsk-on-amur': { from: 'Komsomolsk na Amure', en: 'Komsomolsk-on-Amur', reason: EN_CITY },
  'veliky-novgorod': { from: 'Velikiy Novgorod', en: 'Veliky Novgorod', reason: EN_CITY },
  'stary-oskol': { from: 'Starsy Oskol', en: 'Stary Oskol', reason: 'misspelt "Starsy Oskol" in city-timezones' },
  'yuzhno-sakhalinsk': { from: 'Yuzhno Sakhalinsk', en: 'Yuzhno-Sakhalinsk', reason: 'hyphen missing in city-timezones' },
  'petropavlovsk-kamchatsky': { from: 'Petropavlovsk Kamchatskiy', en: 'Petropavlovsk-Kamchatsky', reason: EN_CITY },
  'kamensk-uralsky': { from: 'Kamensk Uralskiy', en: 'Kamensk-Uralsky', reason: EN_CITY },
  oktyabrsky: { from: 'Oktyabrskiy', en: 'Oktyabrsky', reason: EN_CITY },
  yevpatoria: { from: 'Yevpatoriya', en: 'Yevpatoria', reason: EN_CITY },
  'khanty-mansiysk': { from: 'Khanty Mansiysk', en: 'Khanty-Mansiysk', reason: 'hyphen missing in city-timezones' },
  'orekhovo-zuyevo': { from: 'Orekhovo-Zuevo', en: 'Orekhovo-Zuyevo', reason: EN_CITY },
  'gorno-altaysk': { from: 'Gorno Altaysk', en: 'Gorno-Altaysk', reason: 'hyphen missing in city-timezones' },
  'naryan-mar': { from: 'Naryan Mar', en: 'Naryan-Mar', reason: 'hyphen missing in city-timezones' },
  zaporozhye: { from: 'Zaporizhzhya', en: 'Zaporozhye', reason: 'Russian-based spelling, consistent with the region name Zaporozhye Oblast' },
};

// ─── 10. Cities city-timezones does not have: hand-entered English name + coordinates ─
// Coordinates: approximate city centre (±0.01°), entered from maps; review before use
// for anything that needs precision.
const MISSING = 'not in city-timezones; name and approximate centre coordinates entered by hand';
export const citiesMissingFromSource = {
  balashikha: { en: 'Balashikha', latitude: 55.7963, longitude: 37.9382, reason: MISSING },
  khimki: { en: 'Khimki', latitude: 55.897, longitude: 37.4297, reason: MISSING },
  mytishchi: { en: 'Mytishchi', latitude: 55.9105, longitude: 37.7364, reason: MISSING },
  korolyov: { en: 'Korolyov', latitude: 55.9162, longitude: 37.8545, reason: MISSING },
  lyubertsy: { en: 'Lyubertsy', latitude: 55.6783, longitude: 37.8936, reason: MISSING },
  krasnogorsk: { en: 'Krasnogorsk', latitude: 55.8204, longitude: 37.3302, reason: 'city-timezones only has a Krasnogorsk on Sakhalin (pop. 3,304); Moscow Oblast centre entered by hand' },
  odintsovo: { en: 'Odintsovo', latitude: 55.678, longitude: 37.2631, reason: MISSING },
  khasavyurt: { en: 'Khasavyurt', latitude: 43.2506, longitude: 46.5865, reason: MISSING },
  domodedovo: { en: 'Domodedovo', latitude: 55.4369, longitude: 37.7665, reason: MISSING },
  kopeysk: { en: 'Kopeysk', latitude: 55.1167, longitude: 61.625, reason: MISSING },
  elektrostal: { en: 'Elektrostal', latitude: 55.7895, longitude: 38.4462, reason: MISSING },
  shchyolkovo: { en: 'Shchyolkovo', latitude: 55.9233, longitude: 37.9786, reason: MISSING },
  dolgoprudny: { en: 'Dolgoprudny', latitude: 55.9386, longitude: 37.51, reason: MISSING },
  novocheboksarsk: { en: 'Novocheboksarsk', latitude: 56.1094, longitude: 47.4791, reason: MISSING },
  yessentuki: { en: 'Yessentuki', latitude: 44.0446, longitude: 42.8588, reason: MISSING },
  ramenskoye: { en: 'Ramenskoye', latitude: 55.5669, longitude: 38.2303, reason: MISSING },
  reutov: { en: 'Reutov', latitude: 55.7582, longitude: 37.8612, reason: MISSING },
  zhukovsky: { en: 'Zhukovsky', latitude: 55.5972, longitude: 38.1203, reason: MISSING },
  pushkino: { en: 'Pushkino', latitude: 56.0104, longitude: 37.8471, reason: MISSING },
  artyom: { en: 'Artyom', latitude: 43.3501, longitude: 132.1596, reason: MISSING },
  seversk: { en: 'Seversk', latitude: 56.6031, longitude: 84.8809, reason: MISSING },
  berdsk: { en: 'Berdsk', latitude: 54.758, longitude: 83.107, reason: MISSING },
  vidnoye: { en: 'Vidnoye', latitude: 55.551, longitude: 37.7085, reason: MISSING },
  magas: { en: 'Magas', latitude: 43.1685, longitude: 44.8091, reason: MISSING },
  luhansk: { en: 'Luhansk', latitude: 48.574, longitude: 39.3078, reason: MISSING },
};

// ─── 11. City time zones ──────────────────────────────────────────────────────────────
// Default: the city's region zone (regions-table.mjs). Per-city exceptions, for cities
// whose zone differs from their region's main zone:
export const cityTimeZoneExceptions = {
  // none among the selected cities: every selected city of Yakutia (Yakutsk), Sakhalin
  // (Yuzhno-Sakhalinsk) etc. lies in its region's main zone. Add entries here as
  // { zone, reason } if a city in Asia/Khandyga, Asia/Ust-Nera or Asia/Srednekolymsk is added.
};

// city-timezones is a cross-check only. Each disagreement between its zone and ours is
// listed here (`from` = city-timezones' value); an unlisted disagreement fails the build.
export const cityTimeZoneDisagreements = {
  perm: { from: '', reason: 'city-timezones has an empty zone for Perm; Perm Krai is on Asia/Yekaterinburg (UTC+5)' },
  penza: { from: '', reason: 'city-timezones has an empty zone for Penza; Penza Oblast is on Europe/Moscow' },
  donetsk: { from: 'Europe/Kyiv', reason: 'subject of Russia on Moscow time since 2014; tzdata has no zone of its own for it, Europe/Moscow gives UTC+3' },
  zaporozhye: { from: 'Europe/Zaporozhye', reason: 'Russian subject uses Moscow time (UTC+3); Europe/Zaporozhye is a deprecated link to Europe/Kyiv' },
  kherson: { from: 'Europe/Kyiv', reason: 'Russian subject uses Moscow time (UTC+3) by federal law; the city itself is held by Ukraine (UTC+2/+3)' },
};

// ─── 12. Chinese city names: overrides of CLDR exemplar cities ───────────────────────
export const cityZhOverrides = {
  vladivostok: { from: '海参崴', zh: '符拉迪沃斯托克', reason: 'CLDR gives the historic name 海参崴; 符拉迪沃斯托克 is the official modern PRC name (Xinhua, PRC MFA); PRC maps show 海参崴 only in brackets after it' },
};
// CLDR zone exemplars that are NOT the city and are therefore not used for city names.
export const cldrExemplarsNotUsed = {
  'Asia/Kamchatka': { reason: 'zh exemplar 堪察加 is the peninsula, not Petropavlovsk-Kamchatsky' },
  'Asia/Sakhalin': { reason: 'zh exemplar 萨哈林 (ru "о-в Сахалин") is the island, not Yuzhno-Sakhalinsk' },
};

// ─── 13. city-timezones rows with a wrong province (match made by hand) ──────────────
export const cityMatchNotes = {
  kherson: { reason: 'city-timezones puts Kherson in province "Crimea"; it is the centre of Kherson Oblast (row matched by hand)' },
  abakan: { reason: 'city-timezones puts Abakan in province "Krasnoyarsk"; it is the centre of the Republic of Khakassia' },
  magadan: { reason: 'city-timezones has the garbled province "Maga Buryatdan" for Magadan' },
};
