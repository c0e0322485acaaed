// Hand-kept facts about every region that no package provides:
// federal district, main IANA time zone and administrative centre (city id).
// Key = region id (see README "Id policy"). `iso` = the ISO 3166-2 subdivision code
// as spelled inside iso3166-2-db (null when ISO 3166-2 has no code for the subject).
//
// Federal districts: current assignment (Buryatia and Zabaykalsky Krai moved from
// Siberian to Far Eastern by presidential decree of 3 Nov 2018; Crimea and Sevastopol
// are in the Southern district since 2016; the four 2022 subjects were added to it in 2023).

export const FEDERAL_DISTRICTS = [
  'central', 'northwestern', 'southern', 'north-caucasian',
  'volga', 'ural', 'siberian', 'far-eastern',
];

/** @type {Record<string, { iso: string|null, fd: string|null, tz: string, capital: string|null }>} */
export const REGIONS = {
  // ── Central (18) ──
  'RU-BEL': { iso: 'BEL', fd: 'central', tz: 'Europe/Moscow', capital: 'belgorod' },
  'RU-BRY': { iso: 'BRY', fd: 'central', tz: 'Europe/Moscow', capital: 'bryansk' },
  'RU-VLA': { iso: 'VLA', fd: 'central', tz: 'Europe/Moscow', capital: 'vladimir' },
  'RU-VOR': { iso: 'VOR', fd: 'central', tz: 'Europe/Moscow', capital: 'voronezh' },
  'RU-IVA': { iso: 'IVA', fd: 'central', tz: 'Europe/Moscow', capital: 'ivanovo' },
  'RU-KLU': { iso: 'KLU', fd: 'central', tz: 'Europe/Moscow', capital: 'kaluga' },
  'RU-KOS': { iso: 'KOS', fd: 'central', tz: 'Europe/Moscow', capital: 'kostroma' },
  'RU-KRS': { iso: 'KRS', fd: 'central', tz: 'Europe/Moscow', capital: 'kursk' },
  'RU-LIP': { iso: 'LIP', fd: 'central', tz: 'Europe/Moscow', capital: 'lipetsk' },
  'RU-MOS': { iso: 'MOS', fd: 'central', tz: 'Europe/Moscow', capital: 'krasnogorsk' },
  'RU-ORL': { iso: 'ORL', fd: 'central', tz: 'Europe/Moscow', capital: 'oryol' },
  'RU-RYA': { iso: 'RYA', fd: 'central', tz: 'Europe/Moscow', capital: 'ryazan' },
  'RU-SMO': { iso: 'SMO', fd: 'central', tz: 'Europe/Moscow', capital: 'smolensk' },
  'RU-TAM': { iso: 'TAM', fd: 'central', tz: 'Europe/Moscow', capital: 'tambov' },
  'RU-TVE': { iso: 'TVE', fd: 'central', tz: 'Europe/Moscow', capital: 'tver' },
  'RU-TUL': { iso: 'TUL', fd: 'central', tz: 'Europe/Moscow', capital: 'tula' },
  'RU-YAR': { iso: 'YAR', fd: 'central', tz: 'Europe/Moscow', capital: 'yaroslavl' },
  'RU-MOW': { iso: 'MOW', fd: 'central', tz: 'Europe/Moscow', capital: 'moscow' },
  // ── Northwestern (11) ──
  'RU-KR': { iso: 'KR', fd: 'northwestern', tz: 'Europe/Moscow', capital: 'petrozavodsk' },
  'RU-KO': { iso: 'KO', fd: 'northwestern', tz: 'Europe/Moscow', capital: 'syktyvkar' },
  'RU-ARK': { iso: 'ARK', fd: 'northwestern', tz: 'Europe/Moscow', capital: 'arkhangelsk' },
  'RU-NEN': { iso: 'NEN', fd: 'northwestern', tz: 'Europe/Moscow', capital: 'naryan-mar' },
  'RU-VLG': { iso: 'VLG', fd: 'northwestern', tz: 'Europe/Moscow', capital: 'vologda' },
  'RU-KGD': { iso: 'KGD', fd: 'northwestern', tz: 'Europe/Kaliningrad', capital: 'kaliningrad' },
  'RU-LEN': { iso: 'LEN', fd: 'northwestern', tz: 'Europe/Moscow', capital: 'gatchina' },
  'RU-MUR': { iso: 'MUR', fd: 'northwestern', tz: 'Europe/Moscow', capital: 'murmansk' },
  'RU-NGR': { iso: 'NGR', fd: 'northwestern', tz: 'Europe/Moscow', capital: 'veliky-novgorod' },
  'RU-PSK': { iso: 'PSK', fd: 'northwestern', tz: 'Europe/Moscow', capital: 'pskov' },
  'RU-SPE': { iso: 'SPE', fd: 'northwestern', tz: 'Europe/Moscow', capital: 'saint-petersburg' },
  // ── Southern (6 ISO + 6 without ISO 3166-2 code) ──
  'RU-AD': { iso: 'AD', fd: 'southern', tz: 'Europe/Moscow', capital: 'maykop' },
  'RU-KL': { iso: 'KL', fd: 'southern', tz: 'Europe/Moscow', capital: 'elista' },
  'RU-KDA': { iso: 'KDA', fd: 'southern', tz: 'Europe/Moscow', capital: 'krasnodar' },
  'RU-AST': { iso: 'AST', fd: 'southern', tz: 'Europe/Astrakhan', capital: 'astrakhan' },
  'RU-VGG': { iso: 'VGG', fd: 'southern', tz: 'Europe/Volgograd', capital: 'volgograd' },
  'RU-ROS': { iso: 'ROS', fd: 'southern', tz: 'Europe/Moscow', capital: 'rostov-on-don' },
  'ru-crimea': { iso: null, fd: 'southern', tz: 'Europe/Simferopol', capital: 'simferopol' },
  'ru-sevastopol': { iso: null, fd: 'southern', tz: 'Europe/Simferopol', capital: 'sevastopol' },
  'ru-donetsk': { iso: null, fd: 'southern', tz: 'Europe/Moscow', capital: 'donetsk' },
  'ru-luhansk': { iso: null, fd: 'southern', tz: 'Europe/Moscow', capital: 'luhansk' },
  'ru-zaporozhye': { iso: null, fd: 'southern', tz: 'Europe/Moscow', capital: 'zaporozhye' },
  'ru-kherson': { iso: null, fd: 'southern', tz: 'Europe/Moscow', capital: 'kherson' },
  // ── North Caucasian (7) ──
  'RU-DA': { iso: 'DA', fd: 'north-caucasian', tz: 'Europe/Moscow', capital: 'makhachkala' },
  'RU-IN': { iso: 'IN', fd: 'north-caucasian', tz: 'Europe/Moscow', capital: 'magas' },
  'RU-KB': { iso: 'KB', fd: 'north-caucasian', tz: 'Europe/Moscow', capital: 'nalchik' },
  'RU-KC': { iso: 'KC', fd: 'north-caucasian', tz: 'Europe/Moscow', capital: 'cherkessk' },
  'RU-SE': { iso: 'SE', fd: 'north-caucasian', tz: 'Europe/Moscow', capital: 'vladikavkaz' },
  'RU-CE': { iso: 'CE', fd: 'north-caucasian', tz: 'Europe/Moscow', capital: 'grozny' },
  'RU-STA': { iso: 'STA', fd: 'north-caucasian', tz: 'Europe/Moscow', capital: 'stavropol' },
  // ── Volga (14) ──
  'RU-BA': { iso: 'BA', fd: 'volga', tz: 'Asia/Yekaterinburg', capital: 'ufa' },
  'RU-ME': { iso: 'ME', fd: 'volga', tz: 'Europe/Moscow', capital: 'yoshkar-ola' },
  'RU-MO': { iso: 'MO', fd: 'volga', tz: 'Europe/Moscow', capital: 'saransk' },
  'RU-TA': { iso: 'TA', fd: 'volga', tz: 'Europe/Moscow', capital: 'kazan' },
  'RU-UD': { iso: 'UD', fd: 'volga', tz: 'Europe/Samara', capital: 'izhevsk' },
  'RU-CU': { iso: 'CU', fd: 'volga', tz: 'Europe/Moscow', capital: 'cheboksary' },
  'RU-PER': { iso: 'PER', fd: 'volga', tz: 'Asia/Yekaterinburg', capital: 'perm' },
  'RU-KIR': { iso: 'KIR', fd: 'volga', tz: 'Europe/Kirov', capital: 'kirov' },
  'RU-NIZ': { iso: 'NIZ', fd: 'volga', tz: 'Europe/Moscow', capital: 'nizhny-novgorod' },
  'RU-ORE': { iso: 'ORE', fd: 'volga', tz: 'Asia/Yekaterinburg', capital: 'orenburg' },
  'RU-PNZ': { iso: 'PNZ', fd: 'volga', tz: 'Europe/Moscow', capital: 'penza' },
  'RU-SAM': { iso: 'SAM', fd: 'volga', tz: 'Europe/Samara', capital: 'samara' },
  'RU-SAR': { iso: 'SAR', fd: 'volga', tz: 'Europe/Saratov', capital: 'saratov' },
  'RU-ULY': { iso: 'ULY', fd: 'volga', tz: 'Europe/Ulyanovsk', capital: 'ulyanovsk' },
  // ── Ural (6) ──
  'RU-KGN': { iso: 'KGN', fd: 'ural', tz: 'Asia/Yekaterinburg', capital: 'kurgan' },
  'RU-SVE': { iso: 'SVE', fd: 'ural', tz: 'Asia/Yekaterinburg', capital: 'yekaterinburg' },
  'RU-TYU': { iso: 'TYU', fd: 'ural', tz: 'Asia/Yekaterinburg', capital: 'tyumen' },
  'RU-KHM': { iso: 'KHM', fd: 'ural', tz: 'Asia/Yekaterinburg', capital: 'khanty-mansiysk' },
  'RU-YAN': { iso: 'YAN', fd: 'ural', tz: 'Asia/Yekaterinburg', capital: 'salekhard' },
  'RU-CHE': { iso: 'CHE', fd: 'ural', tz: 'Asia/Yekaterinburg', capital: 'chelyabinsk' },
  // ── Siberian (10) ──
  'RU-AL': { iso: 'AL', fd: 'siberian', tz: 'Asia/Barnaul', capital: 'gorno-altaysk' },
  'RU-TY': { iso: 'TY', fd: 'siberian', tz: 'Asia/Krasnoyarsk', capital: 'kyzyl' },
  'RU-KK': { iso: 'KK', fd: 'siberian', tz: 'Asia/Krasnoyarsk', capital: 'abakan' },
  'RU-ALT': { iso: 'ALT', fd: 'siberian', tz: 'Asia/Barnaul', capital: 'barnaul' },
  'RU-KYA': { iso: 'KYA', fd: 'siberian', tz: 'Asia/Krasnoyarsk', capital: 'krasnoyarsk' },
  'RU-IRK': { iso: 'IRK', fd: 'siberian', tz: 'Asia/Irkutsk', capital: 'irkutsk' },
  'RU-KEM': { iso: 'KEM', fd: 'siberian', tz: 'Asia/Novokuznetsk', capital: 'kemerovo' },
  'RU-NVS': { iso: 'NVS', fd: 'siberian', tz: 'Asia/Novosibirsk', capital: 'novosibirsk' },
  'RU-OMS': { iso: 'OMS', fd: 'siberian', tz: 'Asia/Omsk', capital: 'omsk' },
  'RU-TOM': { iso: 'TOM', fd: 'siberian', tz: 'Asia/Tomsk', capital: 'tomsk' },
  // ── Far Eastern (11) ──
  'RU-BU': { iso: 'BU', fd: 'far-eastern', tz: 'Asia/Irkutsk', capital: 'ulan-ude' },
  'RU-SA': { iso: 'SA', fd: 'far-eastern', tz: 'Asia/Yakutsk', capital: 'yakutsk' },
  'RU-ZAB': { iso: 'ZAB', fd: 'far-eastern', tz: 'Asia/Chita', capital: 'chita' },
  'RU-KAM': { iso: 'KAM', fd: 'far-eastern', tz: 'Asia/Kamchatka', capital: 'petropavlovsk-kamchatsky' },
  'RU-PRI': { iso: 'PRI', fd: 'far-eastern', tz: 'Asia/Vladivostok', capital: 'vladivostok' },
  'RU-KHA': { iso: 'KHA', fd: 'far-eastern', tz: 'Asia/Vladivostok', capital: 'khabarovsk' },
  'RU-AMU': { iso: 'AMU', fd: 'far-eastern', tz: 'Asia/Yakutsk', capital: 'blagoveshchensk' },
  'RU-MAG': { iso: 'MAG', fd: 'far-eastern', tz: 'Asia/Magadan', capital: 'magadan' },
  'RU-SAK': { iso: 'SAK', fd: 'far-eastern', tz: 'Asia/Sakhalin', capital: 'yuzhno-sakhalinsk' },
  'RU-YEV': { iso: 'YEV', fd: 'far-eastern', tz: 'Asia/Vladivostok', capital: 'birobidzhan' },
  'RU-CHU': { iso: 'CHU', fd: 'far-eastern', tz: 'Asia/Anadyr', capital: 'anadyr' },
  // ── Partner region (China) ── Liaoning's capital is Shenyang, which is not in the
  // dataset; Dalian is the partner city, so capitalCityId is null.
  'CN-LN': { iso: '21', fd: null, tz: 'Asia/Shanghai', capital: null },
};
