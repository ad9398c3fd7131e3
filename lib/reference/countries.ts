/**
 * ISO 3166-1 alpha-2 codes. Names are never stored: the UI renders them with Intl.DisplayNames in
 * the reader's language.
 */
export const countryCodes = [
  "AD","AE","AF","AG","AL","AM","AO","AR","AT","AU","AZ","BA","BB","BD","BE","BF","BG","BH","BI","BJ","BN","BO","BR","BS","BT","BW","BY","BZ",
  "CA","CD","CF","CG","CH","CI","CL","CM","CN","CO","CR","CU","CV","CY","CZ","DE","DJ","DK","DM","DO","DZ","EC","EE","EG","ER","ES","ET",
  "FI","FJ","FM","FR","GA","GB","GD","GE","GH","GM","GN","GQ","GR","GT","GW","GY","HK","HN","HR","HT","HU","ID","IE","IL","IN","IQ","IR","IS","IT",
  "JM","JO","JP","KE","KG","KH","KI","KM","KN","KP","KR","KW","KZ","LA","LB","LC","LI","LK","LR","LS","LT","LU","LV","LY","MA","MC","MD","ME",
  "MG","MH","MK","ML","MM","MN","MO","MR","MT","MU","MV","MW","MX","MY","MZ","NA","NE","NG","NI","NL","NO","NP","NR","NZ","OM","PA","PE","PG",
  "PH","PK","PL","PS","PT","PW","PY","QA","RO","RS","RU","RW","SA","SB","SC","SD","SE","SG","SI","SK","SL","SM","SN","SO","SR","SS","ST","SV",
  "SY","SZ","TD","TG","TH","TJ","TL","TM","TN","TO","TR","TT","TV","TW","TZ","UA","UG","US","UY","UZ","VA","VC","VE","VN","VU","WS","XK","YE",
  "ZA","ZM","ZW",
] as const;

export type CountryCode = (typeof countryCodes)[number];

/**
 * Nationals of these states move freely and need no combined permit (EU, EEA and Switzerland).
 * Membership changes rarely; when it does, this list and its date change together.
 * As of 2026-11-01.
 */
export const freeMovementCountryCodes: readonly CountryCode[] = [
  "AT","BE","BG","CY","CZ","DE","DK","EE","ES","FI","FR","GR","HR","HU","IE","IT","LT","LU","LV","MT","NL","PL","PT","RO","SE","SI","SK",
  "IS","LI","NO","CH",
];

export function isCountryCode(code: string): code is CountryCode {
  return (countryCodes as readonly string[]).includes(code);
}

export function isThirdCountryNational(nationality: string): boolean {
  return isCountryCode(nationality) && !freeMovementCountryCodes.includes(nationality);
}
