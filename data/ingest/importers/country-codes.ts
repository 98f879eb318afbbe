/**
 * FollowTheMoney country codes (ISO 3166-1 alpha-2, lowercase, plus a few of its own) to
 * the alpha-3 code actors carry and an English short name. Written by hand: every ISO
 * 3166-1 country, the EU, and the non-ISO codes OpenSanctions uses for former states and
 * disputed territories (these have no alpha-3 code here).
 */

export interface CountryInfo {
  /** The FtM code, lowercase: "jp", "eu", "ua-cri". */
  code: string;
  /** ISO 3166-1 alpha-3, when the code has one: "JPN". */
  alpha3: string | null;
  name: string;
  /** "ORGANIZATION" for the European Union, "STATE" for everything else. */
  kind: 'STATE' | 'ORGANIZATION';
}

// "alpha-2 alpha-3 name" (alpha-3 "-" when there is none), one a line.
const TABLE = `
ad AND Andorra
ae ARE United Arab Emirates
af AFG Afghanistan
ag ATG Antigua and Barbuda
ai AIA Anguilla
al ALB Albania
am ARM Armenia
ao AGO Angola
aq ATA Antarctica
ar ARG Argentina
as ASM American Samoa
at AUT Austria
au AUS Australia
aw ABW Aruba
ax ALA Åland Islands
az AZE Azerbaijan
ba BIH Bosnia and Herzegovina
bb BRB Barbados
bd BGD Bangladesh
be BEL Belgium
bf BFA Burkina Faso
bg BGR Bulgaria
bh BHR Bahrain
bi BDI Burundi
bj BEN Benin
bl BLM Saint Barthélemy
bm BMU Bermuda
bn BRN Brunei
bo BOL Bolivia
bq BES Caribbean Netherlands
br BRA Brazil
bs BHS Bahamas
bt BTN Bhutan
bv BVT Bouvet Island
bw BWA Botswana
by BLR Belarus
bz BLZ Belize
ca CAN Canada
cc CCK Cocos (Keeling) Islands
cd COD Democratic Republic of the Congo
cf CAF Central African Republic
cg COG Republic of the Congo
ch CHE Switzerland
ci CIV Côte d'Ivoire
ck COK Cook Islands
cl CHL Chile
cm CMR Cameroon
cn CHN China
co COL Colombia
cr CRI Costa Rica
cu CUB Cuba
cv CPV Cape Verde
cw CUW Curaçao
cx CXR Christmas Island
cy CYP Cyprus
cz CZE Czechia
de DEU Germany
dj DJI Djibouti
dk DNK Denmark
dm DMA Dominica
do DOM Dominican Republic
dz DZA Algeria
ec ECU Ecuador
ee EST Estonia
eg EGY Egypt
eh ESH Western Sahara
er ERI Eritrea
es ESP Spain
et ETH Ethiopia
fi FIN Finland
fj FJI Fiji
fk FLK Falkland Islands
fm FSM Micronesia
fo FRO Faroe Islands
fr FRA France
ga GAB Gabon
gb GBR United Kingdom
gd GRD Grenada
ge GEO Georgia
gf GUF French Guiana
gg GGY Guernsey
gh GHA Ghana
gi GIB Gibraltar
gl GRL Greenland
gm GMB Gambia
gn GIN Guinea
gp GLP Guadeloupe
gq GNQ Equatorial Guinea
gr GRC Greece
gs SGS South Georgia and the South Sandwich Islands
gt GTM Guatemala
gu GUM Guam
gw GNB Guinea-Bissau
gy GUY Guyana
hk HKG Hong Kong
hm HMD Heard Island and McDonald Islands
hn HND Honduras
hr HRV Croatia
ht HTI Haiti
hu HUN Hungary
id IDN Indonesia
ie IRL Ireland
il ISR Israel
im IMN Isle of Man
in IND India
io IOT British Indian Ocean Territory
iq IRQ Iraq
ir IRN Iran
is ISL Iceland
it ITA Italy
je JEY Jersey
jm JAM Jamaica
jo JOR Jordan
jp JPN Japan
ke KEN Kenya
kg KGZ Kyrgyzstan
kh KHM Cambodia
ki KIR Kiribati
km COM Comoros
kn KNA Saint Kitts and Nevis
kp PRK North Korea
kr KOR South Korea
kw KWT Kuwait
ky CYM Cayman Islands
kz KAZ Kazakhstan
la LAO Laos
lb LBN Lebanon
lc LCA Saint Lucia
li LIE Liechtenstein
lk LKA Sri Lanka
lr LBR Liberia
ls LSO Lesotho
lt LTU Lithuania
lu LUX Luxembourg
lv LVA Latvia
ly LBY Libya
ma MAR Morocco
mc MCO Monaco
md MDA Moldova
me MNE Montenegro
mf MAF Saint Martin
mg MDG Madagascar
mh MHL Marshall Islands
mk MKD North Macedonia
ml MLI Mali
mm MMR Myanmar
mn MNG Mongolia
mo MAC Macao
mp MNP Northern Mariana Islands
mq MTQ Martinique
mr MRT Mauritania
ms MSR Montserrat
mt MLT Malta
mu MUS Mauritius
mv MDV Maldives
mw MWI Malawi
mx MEX Mexico
my MYS Malaysia
mz MOZ Mozambique
na NAM Namibia
nc NCL New Caledonia
ne NER Niger
nf NFK Norfolk Island
ng NGA Nigeria
ni NIC Nicaragua
nl NLD Netherlands
no NOR Norway
np NPL Nepal
nr NRU Nauru
nu NIU Niue
nz NZL New Zealand
om OMN Oman
pa PAN Panama
pe PER Peru
pf PYF French Polynesia
pg PNG Papua New Guinea
ph PHL Philippines
pk PAK Pakistan
pl POL Poland
pm SPM Saint Pierre and Miquelon
pn PCN Pitcairn Islands
pr PRI Puerto Rico
ps PSE Palestine
pt PRT Portugal
pw PLW Palau
py PRY Paraguay
qa QAT Qatar
re REU Réunion
ro ROU Romania
rs SRB Serbia
ru RUS Russia
rw RWA Rwanda
sa SAU Saudi Arabia
sb SLB Solomon Islands
sc SYC Seychelles
sd SDN Sudan
se SWE Sweden
sg SGP Singapore
sh SHN Saint Helena
si SVN Slovenia
sj SJM Svalbard and Jan Mayen
sk SVK Slovakia
sl SLE Sierra Leone
sm SMR San Marino
sn SEN Senegal
so SOM Somalia
sr SUR Suriname
ss SSD South Sudan
st STP São Tomé and Príncipe
sv SLV El Salvador
sx SXM Sint Maarten
sy SYR Syria
sz SWZ Eswatini
tc TCA Turks and Caicos Islands
td TCD Chad
tf ATF French Southern Territories
tg TGO Togo
th THA Thailand
tj TJK Tajikistan
tk TKL Tokelau
tl TLS Timor-Leste
tm TKM Turkmenistan
tn TUN Tunisia
to TON Tonga
tr TUR Turkey
tt TTO Trinidad and Tobago
tv TUV Tuvalu
tw TWN Taiwan
tz TZA Tanzania
ua UKR Ukraine
ug UGA Uganda
um UMI United States Minor Outlying Islands
us USA United States
uy URY Uruguay
uz UZB Uzbekistan
va VAT Vatican City
vc VCT Saint Vincent and the Grenadines
ve VEN Venezuela
vg VGB British Virgin Islands
vi VIR United States Virgin Islands
vn VNM Vietnam
vu VUT Vanuatu
wf WLF Wallis and Futuna
ws WSM Samoa
ye YEM Yemen
yt MYT Mayotte
za ZAF South Africa
zm ZMB Zambia
zw ZWE Zimbabwe
xk XKX Kosovo
eu - European Union
suhh SUN Soviet Union
csxx SCG Serbia and Montenegro
yucs YUG Yugoslavia
ddde DDR East Germany
ua-cri - Crimea
ua-dpr - Donetsk People's Republic
ua-lpr - Luhansk People's Republic
ge-ab - Abkhazia
ge-os - South Ossetia
md-pmr - Transnistria
cy-trnc - Northern Cyprus
so-som - Somaliland
az-nk - Nagorno-Karabakh
`;

const COUNTRIES = new Map<string, CountryInfo>(
  TABLE.trim()
    .split('\n')
    .map((line) => {
      const [code = '', alpha3 = '-', ...name] = line.split(' ');
      const info: CountryInfo = {
        code,
        alpha3: alpha3 === '-' ? null : alpha3,
        name: name.join(' '),
        kind: code === 'eu' ? 'ORGANIZATION' : 'STATE',
      };
      return [code, info];
    }),
);

/** FtM's code for "worldwide / unknown": never a country. */
const NOT_A_COUNTRY = new Set(['zz', 'xx']);

/** Normalises an FtM country value: lowercase, trimmed; null for empty or "zz". */
export function normaliseCountryCode(value: string): string | null {
  const code = value.trim().toLowerCase();
  if (!code || NOT_A_COUNTRY.has(code) || !/^[a-z0-9-]+$/.test(code)) return null;
  return code;
}

/** What is known of an FtM country code; unknown codes get their uppercase code as name. */
export function countryInfo(code: string): CountryInfo {
  return COUNTRIES.get(code) ?? { code, alpha3: null, name: code.toUpperCase(), kind: 'STATE' };
}
