// Maps how news copy writes a currency — "$", "US$", "€", "Rs", "yuan", "pounds", "USD" — to its ISO 4217 code.

/**
 * Prefixes written before the amount. A bare "$" is read as US dollars: wire copy for other dollar
 * countries marks them ("A$", "C$", "HK$"), and when it does not, the article usually means US dollars.
 */
const PREFIXES: Record<string, string> = {
  $: 'USD', us$: 'USD', usd: 'USD', 'usd$': 'USD', 'u.s.$': 'USD',
  a$: 'AUD', au$: 'AUD', aud: 'AUD',
  c$: 'CAD', ca$: 'CAD', cad: 'CAD',
  hk$: 'HKD', nz$: 'NZD', s$: 'SGD', nt$: 'TWD', z$: 'ZWL', r$: 'BRL', mx$: 'MXN',
  '€': 'EUR', eur: 'EUR',
  '£': 'GBP', gbp: 'GBP', 'gb£': 'GBP',
  '¥': 'JPY', jpy: 'JPY', 'cn¥': 'CNY', rmb: 'CNY', cny: 'CNY',
  '₹': 'INR', rs: 'INR', 'rs.': 'INR', inr: 'INR',
  '₦': 'NGN', ngn: 'NGN', '₽': 'RUB', rub: 'RUB', '₩': 'KRW', krw: 'KRW', '₪': 'ILS', ils: 'ILS',
  '₺': 'TRY', try: 'TRY', '₴': 'UAH', uah: 'UAH', '₱': 'PHP', '₫': 'VND', '฿': 'THB',
  r: 'ZAR', n: 'NGN', zar: 'ZAR', chf: 'CHF', sek: 'SEK', nok: 'NOK', dkk: 'DKK', pln: 'PLN', kes: 'KES', ksh: 'KES',
  egp: 'EGP', sar: 'SAR', aed: 'AED', pkr: 'PKR', brl: 'BRL', mxn: 'MXN', idr: 'IDR', rp: 'IDR',
  // Ghanaian copy writes the cedi sign after the country's letters, with the cent sign standing in for it ("GH¢58,000").
  'gh¢': 'GHS', 'gh₵': 'GHS', ghs: 'GHS',
};

/** Currency names written after the amount ("1.2 trillion yuan", "26 cents"); `fraction` for minor units. */
const NAMES: Record<string, { code: string; fraction?: number }> = {
  dollar: { code: 'USD' }, dollars: { code: 'USD' },
  euro: { code: 'EUR' }, euros: { code: 'EUR' },
  pound: { code: 'GBP' }, pounds: { code: 'GBP' }, sterling: { code: 'GBP' },
  yuan: { code: 'CNY' }, renminbi: { code: 'CNY' },
  yen: { code: 'JPY' },
  rupee: { code: 'INR' }, rupees: { code: 'INR' },
  rouble: { code: 'RUB' }, roubles: { code: 'RUB' }, ruble: { code: 'RUB' }, rubles: { code: 'RUB' },
  rand: { code: 'ZAR' }, naira: { code: 'NGN' }, shekel: { code: 'ILS' }, shekels: { code: 'ILS' },
  won: { code: 'KRW' }, lira: { code: 'TRY' }, hryvnia: { code: 'UAH' }, hryvnias: { code: 'UAH' },
  zloty: { code: 'PLN' }, zlotys: { code: 'PLN' }, baht: { code: 'THB' }, ringgit: { code: 'MYR' },
  rupiah: { code: 'IDR' }, dirham: { code: 'AED' }, dirhams: { code: 'AED' }, riyal: { code: 'SAR' }, riyals: { code: 'SAR' },
  franc: { code: 'CHF' }, francs: { code: 'CHF' }, krona: { code: 'SEK' }, kronor: { code: 'SEK' }, krone: { code: 'NOK' }, kroner: { code: 'NOK' },
  shilling: { code: 'KES' }, shillings: { code: 'KES' }, cedi: { code: 'GHS' }, cedis: { code: 'GHS' },
  // Several countries' currencies share these names; unqualified, the name itself is all the article says.
  dinar: { code: 'dinar' }, dinars: { code: 'dinar' }, peso: { code: 'peso' }, pesos: { code: 'peso' },
  kyat: { code: 'MMK' }, kyats: { code: 'MMK' }, birr: { code: 'ETB' }, kwacha: { code: 'kwacha' }, taka: { code: 'BDT' },
  afghani: { code: 'AFN' }, afghanis: { code: 'AFN' }, tenge: { code: 'KZT' }, lari: { code: 'GEL' }, forint: { code: 'HUF' },
  forints: { code: 'HUF' }, koruna: { code: 'CZK' }, lei: { code: 'RON' }, leu: { code: 'RON' }, leva: { code: 'BGN' },
  reais: { code: 'BRL' }, soles: { code: 'PEN' }, bolivianos: { code: 'BOB' }, boliviano: { code: 'BOB' },
  lempira: { code: 'HNL' }, lempiras: { code: 'HNL' }, quetzal: { code: 'GTQ' }, quetzales: { code: 'GTQ' },
  córdoba: { code: 'NIO' }, córdobas: { code: 'NIO' }, cordoba: { code: 'NIO' }, cordobas: { code: 'NIO' },
  colón: { code: 'CRC' }, colones: { code: 'CRC' }, colon: { code: 'CRC' },
  cent: { code: 'USD', fraction: 100 }, cents: { code: 'USD', fraction: 100 },
  penny: { code: 'GBP', fraction: 100 }, pence: { code: 'GBP', fraction: 100 },
};

/** Adjectives that say which dollar, pound, peso or franc an article means ("Australian dollars"). */
const QUALIFIED: Record<string, string> = {
  'us dollar': 'USD', 'u.s. dollar': 'USD', 'american dollar': 'USD', 'australian dollar': 'AUD', 'canadian dollar': 'CAD',
  'hong kong dollar': 'HKD', 'new zealand dollar': 'NZD', 'singapore dollar': 'SGD', 'taiwan dollar': 'TWD',
  'zimbabwe dollar': 'ZWL', 'egyptian pound': 'EGP', 'sudanese pound': 'SDG', 'lebanese pound': 'LBP',
  'mexican peso': 'MXN', 'argentine peso': 'ARS', 'philippine peso': 'PHP', 'colombian peso': 'COP', 'chilean peso': 'CLP',
  'swiss franc': 'CHF', 'cfa franc': 'XOF', 'indian rupee': 'INR', 'pakistani rupee': 'PKR', 'sri lankan rupee': 'LKR',
  'brazilian real': 'BRL', 'south african rand': 'ZAR', 'kenyan shilling': 'KES', 'ugandan shilling': 'UGX',
  'tanzanian shilling': 'TZS', 'libyan dinar': 'LYD', 'iraqi dinar': 'IQD', 'jordanian dinar': 'JOD', 'tunisian dinar': 'TND',
  'kuwaiti dinar': 'KWD', 'algerian dinar': 'DZD', 'serbian dinar': 'RSD', 'bahraini dinar': 'BHD', 'zambian kwacha': 'ZMW',
  'malawian kwacha': 'MWK', 'dominican peso': 'DOP', 'cuban peso': 'CUP', 'uruguayan peso': 'UYU', 'somali shilling': 'SOS', 'syrian pound': 'SYP',
};

/** ISO codes accepted when written out ("$249 USD", "500 EUR"). */
const ISO_CODES = new Set([
  'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'INR', 'RUB', 'ZAR', 'NGN', 'KRW', 'ILS', 'TRY', 'UAH', 'CHF', 'AUD', 'CAD',
  'HKD', 'NZD', 'SGD', 'SEK', 'NOK', 'DKK', 'PLN', 'BRL', 'MXN', 'KES', 'EGP', 'SAR', 'AED', 'PKR', 'IDR', 'GHS',
]);

function own<T>(table: Record<string, T>, key: string): T | null {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : null;
}

/** The ISO 4217 code for a prefix such as "$", "US$", "€", "Rs" or "R"; `null` when unknown. */
export function currencyCode(prefix: string): string | null {
  const key = prefix.replace(/[\s\u00A0]+/g, '').toLowerCase();
  return own(PREFIXES, key);
}

/** The code and minor-unit divisor for a currency name ("yuan", "cents"), optionally qualified ("Australian dollars"). */
export function currencyName(name: string, qualifier?: string): { code: string; fraction?: number } | null {
  const word = name.toLowerCase();
  const base = own(NAMES, word);
  if (!base) return null;
  if (qualifier) {
    const singular = word.replace(/s$/, '');
    const q = own(QUALIFIED, `${qualifier.toLowerCase()} ${singular}`);
    if (q) return { code: q, fraction: base.fraction };
  }
  return base;
}

/** True for an ISO 4217 code this module knows ("USD"). */
export function isCurrencyCode(code: string): boolean {
  return ISO_CODES.has(code);
}
