/// Data: the places, institutions and people's names that tell whose dollar, franc, CFA franc, rupee or shilling
/// a document means. Read once by ``CurrencyEvidence``.
///
/// One line per country or monetary union: its key (ISO 3166 alpha-2, or a union's name), the currency it gives to
/// each ambiguous family (`dollar`, `franc`, `cfa`, `rupee`, `shilling`), its own currency (`local`, for amounts
/// whose currency the text leaves out), a colon, then the words and phrases that
/// name it, in French and English, lower case, separated by `;` (hyphens and apostrophes are ignored when matching;
/// accents are not). A `tld=` entry names the country's internet domain, for the outlet's address.
let currencyEvidenceTable = """
US tld=us dollar=USD local=USD : états-unis; etats-unis; américain; américaine; américains; américaines; united states; u.s; usa; american; americans; washington; new york; wall street; federal reserve; réserve fédérale; trump; biden; californie; california; texas; nasdaq; dow jones; s&p
CA tld=ca dollar=CAD local=CAD : canada; halifax; winnipeg; calgary; edmonton; regina; fredericton; yukon; nunavut; freeland; poilievre; fraser institute; conference board of canada; cibc; rbc; td bank; bmo; scotiabank; canadien; canadienne; canadiens; canadiennes; canadian; canadians; québec; quebec; québécois; québécoise; québécoises; ontario; montréal; montreal; toronto; ottawa; vancouver; alberta; colombie-britannique; british columbia; manitoba; saskatchewan; nouvelle-écosse; nova scotia; nouveau-brunswick; new brunswick; banque du canada; bank of canada; desjardins; hydro-québec; caisse de dépôt; tsx; bourse de toronto; trudeau; carney; legault; ottawa
AU tld=au dollar=AUD local=AUD : australie; australien; australienne; australia; australian; australians; sydney; melbourne; canberra; brisbane;; adelaide; queensland;; new south wales; nsw; rba; reserve bank of australia; asx; albanese; chalmers
NZ tld=nz dollar=NZD local=NZD : nouvelle-zélande; néo-zélandais; néo-zélandaise; new zealand; zealand; auckland; wellington; christchurch; rbnz; reserve bank of new zealand; luxon
SG tld=sg dollar=SGD local=SGD : singapour; singapourien; singapourienne; singapore; singaporean; singaporeans; monetary authority of singapore; temasek; gic; sgx
HK tld=hk dollar=HKD local=HKD : hong kong; hongkongais; hongkongaise; kowloon; hkma; hong kong monetary authority; hkex; hang seng
TW tld=tw dollar=TWD local=TWD : taïwan; taiwan; taïwanais; taiwanese; taipei
JM tld=jm dollar=JMD local=JMD : jamaïque; jamaica; jamaican; kingston
CH tld=ch franc=CHF local=CHF : suisse; suisses; switzerland; swiss; helvétique; helvétiques; confédération; genève; geneva; zurich; zürich; lausanne; berne; bern; bâle; basel; lucerne; lugano; fribourg; neuchâtel; valais; vaud; vaudois; vaudoise; tessin; jura; bns; snb; banque nationale suisse; swiss national bank; finma; ubs; credit suisse; nestlé; novartis; roche; conseil fédéral; federal council; seco; avs; keller-sutter; schlegel
LI tld=li franc=CHF local=CHF : liechtenstein; vaduz
FR tld=fr local=EUR : france; français; française; françaises; french; paris; bercy; élysée; elysee; matignon; banque de france; insee; macron; lyon; marseille
BE tld=be local=EUR : belgique; belge; belges; belgium; belgian; bruxelles; brussels; wallonie; wallon; flandre; flamand; anvers; liège; namur; charleroi; gand; banque nationale de belgique
LU tld=lu local=EUR : luxembourg; luxembourgeois; luxembourgeoise; grand-duché; grand duchy; kirchberg
MC tld=mc local=EUR : monaco; monégasque; monégasques; monte-carlo
UEMOA franc=XOF cfa=XOF local=XOF : uemoa; bceao; brvm; franc cfa de l'ouest; afrique de l'ouest; west africa; west african; waemu
SN tld=sn franc=XOF cfa=XOF local=XOF : sénégal; senegal; sénégalais; sénégalaise; senegalese; dakar; thiès; saint-louis; ziguinchor;;; macky sall
CI tld=ci franc=XOF cfa=XOF local=XOF : côte d'ivoire; cote d'ivoire; ivory coast; ivoirien; ivoirienne; ivoiriens; ivorian; abidjan; yamoussoukro; ouattara
ML tld=ml franc=XOF cfa=XOF local=XOF : mali; malien; malienne; maliens; bamako
BF tld=bf franc=XOF cfa=XOF local=XOF : burkina faso; burkina; burkinabè; burkinabé; ouagadougou
NE tld=ne franc=XOF cfa=XOF local=XOF : niger; nigérien; nigérienne; niamey
TG tld=tg franc=XOF cfa=XOF local=XOF : togo; togolais; togolaise; lomé
BJ tld=bj franc=XOF cfa=XOF local=XOF : bénin; benin; béninois; béninoise; cotonou; porto-novo
GW tld=gw franc=XOF cfa=XOF local=XOF : guinée-bissau; guinea-bissau; bissau
CEMAC franc=XAF cfa=XAF local=XAF : cemac; beac; cosumaf; bvmac; afrique centrale; central africa; central african
CM tld=cm franc=XAF cfa=XAF local=XAF : cameroun; cameroon; camerounais; camerounaise; cameroonian; yaoundé; yaounde; douala; biya
CG tld=cg franc=XAF cfa=XAF local=XAF : congo; congo-brazzaville; république du congo; republic of the congo; brazzaville; pointe-noire; congolais; sassou
GA tld=ga franc=XAF cfa=XAF local=XAF : gabon; gabonais; gabonaise; libreville; port-gentil; oligui
TD tld=td franc=XAF cfa=XAF local=XAF : tchad; tchadien; tchadienne; chad; chadian; n'djamena; ndjamena
CF tld=cf franc=XAF cfa=XAF local=XAF : centrafrique; centrafricain; centrafricaine; bangui
GQ tld=gq franc=XAF cfa=XAF local=XAF : guinée équatoriale; equatorial guinea; malabo
CD tld=cd franc=CDF local=CDF : rdc; république démocratique du congo; democratic republic of the congo; kinshasa; lubumbashi; goma; tshisekedi
GN tld=gn franc=GNF local=GNF : guinée; guinéen; guinéenne; guinea; guinean; conakry
RW tld=rw franc=RWF local=RWF : rwanda; rwandais; rwandaise; rwandan; kigali
BI tld=bi franc=BIF local=BIF : burundi; burundais; bujumbura; gitega
DJ tld=dj franc=DJF local=DJF : djibouti; djiboutien
KM tld=km franc=KMF local=KMF : comores; comorien; comoros; moroni
IN tld=in rupee=INR local=INR : inde; indien; indienne; india; indian; indians; new delhi; delhi; mumbai; bombay; bengaluru; bangalore; chennai; kolkata; hyderabad; rbi; reserve bank of india; sebi; nse; bse; sensex; nifty; modi; sitharaman; lok sabha; rajya sabha; crore; crores; lakh; lakhs
PK tld=pk rupee=PKR local=PKR : pakistan; pakistani; pakistanais; islamabad; karachi; lahore; state bank of pakistan
LK tld=lk rupee=LKR local=LKR : sri lanka; sri lankan; sri-lankais; colombo
NP tld=np rupee=NPR local=NPR : népal; nepal; nepali; népalais; kathmandu
MU tld=mu rupee=MUR local=MUR : maurice; mauricien; mauricienne; mauritius; mauritian; port-louis
KE tld=ke shilling=KES local=KES : kenya; kenyan; kényan; kényane; kenyans; nairobi; mombasa; kisumu; cbk; central bank of kenya; kra; kenya revenue authority; ruto; nse kenya
UG tld=ug shilling=UGX local=UGX : ouganda; ougandais; uganda; ugandan; kampala; bank of uganda
TZ tld=tz shilling=TZS local=TZS : tanzanie; tanzanien; tanzania; tanzanian; dar es salaam; dodoma; bank of tanzania
SO tld=so shilling=SOS local=SOS : somalie; somalia; somali; mogadiscio; mogadishu
EU local=EUR : europe; européen; européenne; européens; européennes; european; europeans; union européenne; european union; zone euro; eurozone; euro area; bce; ecb; banque centrale européenne; european central bank; commission européenne; european commission; bruxelles
INTL dollar=USD : otan; nato; alliés; allies; onu; united nations; nations unies; fmi; imf; fonds monétaire international; international monetary fund; banque mondiale; world bank; opep; opec; g7; g20; ocde; oecd; brent; baril; barrel; bitcoin
GB tld=uk local=GBP : royaume-uni; britannique; britanniques; united kingdom; britain; british; londres; london; angleterre; england; écosse; scotland; bank of england; banque d'angleterre
IE tld=ie local=EUR : irlande; irlandais; ireland; irish; dublin
DE tld=de local=EUR : allemagne; allemand; allemande; germany; german; berlin; bundesbank
MA tld=ma local=MAD : maroc; marocain; marocaine; morocco; moroccan; rabat; casablanca; bank al-maghrib
TN tld=tn local=TND : tunisie; tunisien; tunisienne; tunisia; tunisian; tunis
DZ tld=dz local=DZD : algérie; algérien; algérienne; algeria; algerian; alger; algiers
MG tld=mg local=MGA : madagascar; malgache; malgaches; antananarivo
NG tld=ng local=NGN : nigeria; nigéria; nigerian; nigérian; abuja; lagos; cbn; central bank of nigeria; tinubu
ZA tld=za local=ZAR : afrique du sud; sud-africain; sud-africaine; south africa; south african; pretoria; johannesburg; cape town; le cap; sarb; south african reserve bank; ramaphosa; godongwana
GH tld=gh local=GHS : ghana; ghanéen; ghanaian; accra
"""
