using System.Collections.Frozen;

namespace Progeny.Sdk.Internal;

/// <summary>
/// Reads the English word the OCR gives for a nationality (<c>UKRAINIAN</c>, <c>British Citizen</c>, <c>Côte d'Ivoire</c>)
/// as the three-letter code that ICAO Doc 9303 prescribes for the machine-readable zone: the ISO 3166-1 alpha-3 code,
/// plus the codes Doc 9303 Part 3 adds for persons and bodies that are not a state.
/// </summary>
/// <remarks>
/// <para>
/// Accepted: the demonym (<c>UKRAINIAN</c>, <c>DUTCH</c>, <c>FILIPINO</c>), the country's common, ISO short and official
/// names (<c>RUSSIA</c>, <c>RUSSIAN FEDERATION</c>, <c>KOREA, REPUBLIC OF</c>, <c>REPUBLIC OF KOREA</c>), former names
/// (<c>SWAZILAND</c>, <c>CZECH REPUBLIC</c>, <c>TURKEY</c>) and the code itself.
/// Case, surrounding and repeated white space, hyphens, commas, parentheses, full stops, apostrophes, a leading
/// <c>THE</c>, <c>&amp;</c> for <c>AND</c>, <c>ST</c> for <c>SAINT</c> and the Latin accents (<c>Ç</c>, <c>Å</c>,
/// <c>İ</c>, <c>Ø</c>, <c>ß</c>...) do not matter. The accents are folded by hand: <see cref="string.Normalize()"/> leaves
/// them unchanged under invariant globalization.
/// </para>
/// <para>
/// Germany is <c>D</c>, also for the input <c>DEU</c>: Doc 9303 prescribes <c>D</c>, not <c>DEU</c>, in the nationality
/// field of the MRZ, and German documents carry it, so the code agrees with the passport it was read from.
/// Kosovo is <c>RKS</c>, the code its own passports carry (not an ISO 3166-1 code); <c>UNK</c> is the one for
/// travel documents issued by UNMIK.
/// </para>
/// <para>
/// A word that names more than one state gives <see langword="null"/> rather than a guess: <c>KOREA</c>/<c>KOREAN</c>
/// (KOR or PRK), <c>CONGO</c>/<c>CONGOLESE</c> (COG or COD), <c>GUINEAN</c> (GIN, GNB or GNQ), <c>DOMINICAN</c>
/// (DMA or DOM), <c>VIRGIN ISLANDS</c>/<c>VIRGIN ISLANDER</c> (VGB or VIR), <c>SAINT MARTIN</c> (MAF or SXM) and
/// <c>REFUGEE</c> (XXB or XXC). So does a word in another language or a code Doc 9303 does not define.
/// </para>
/// </remarks>
internal static class NationalityCodes
{
    /// <summary>The longest input considered; every name in the table is shorter.</summary>
    private const int MaxLength = 64;

    /// <summary>Every accepted word in its normal form (upper-case ASCII words, one space apart), and its code.</summary>
    public static FrozenDictionary<string, string> Table { get; } = Build(
    [
        ("ABW", ["ARUBA", "ARUBAN"]),
        ("AFG", ["AFGHANISTAN", "ISLAMIC REPUBLIC OF AFGHANISTAN", "AFGHAN", "AFGHANI"]),
        ("AGO", ["ANGOLA", "REPUBLIC OF ANGOLA", "ANGOLAN"]),
        ("AIA", ["ANGUILLA", "ANGUILLAN"]),
        ("ALA", ["ÅLAND ISLANDS", "ÅLAND", "ÅLAND ISLANDER", "ÅLANDER"]),
        ("ALB", ["ALBANIA", "REPUBLIC OF ALBANIA", "ALBANIAN"]),
        ("AND", ["ANDORRA", "PRINCIPALITY OF ANDORRA", "ANDORRAN"]),
        ("ARE", ["UNITED ARAB EMIRATES", "UAE", "EMIRATI", "EMIRIAN"]),
        ("ARG", ["ARGENTINA", "ARGENTINE REPUBLIC", "ARGENTINE", "ARGENTINIAN", "ARGENTINEAN"]),
        ("ARM", ["ARMENIA", "REPUBLIC OF ARMENIA", "ARMENIAN"]),
        ("ASM", ["AMERICAN SAMOA", "AMERICAN SAMOAN"]),
        ("ATA", ["ANTARCTICA"]),
        ("ATF", ["FRENCH SOUTHERN TERRITORIES", "FRENCH SOUTHERN AND ANTARCTIC LANDS"]),
        ("ATG", ["ANTIGUA AND BARBUDA", "ANTIGUA", "ANTIGUAN", "BARBUDAN"]),
        ("AUS", ["AUSTRALIA", "COMMONWEALTH OF AUSTRALIA", "AUSTRALIAN"]),
        ("AUT", ["AUSTRIA", "REPUBLIC OF AUSTRIA", "AUSTRIAN"]),
        ("AZE", ["AZERBAIJAN", "REPUBLIC OF AZERBAIJAN", "AZERBAIJANI", "AZERI"]),
        ("BDI", ["BURUNDI", "REPUBLIC OF BURUNDI", "BURUNDIAN"]),
        ("BEL", ["BELGIUM", "KINGDOM OF BELGIUM", "BELGIAN"]),
        ("BEN", ["BENIN", "REPUBLIC OF BENIN", "BENINESE", "BENINOIS"]),
        ("BES", ["BONAIRE, SINT EUSTATIUS AND SABA", "CARIBBEAN NETHERLANDS"]),
        ("BFA", ["BURKINA FASO", "BURKINABÉ", "BURKINAN"]),
        ("BGD", ["BANGLADESH", "PEOPLE'S REPUBLIC OF BANGLADESH", "BANGLADESHI"]),
        ("BGR", ["BULGARIA", "REPUBLIC OF BULGARIA", "BULGARIAN"]),
        ("BHR", ["BAHRAIN", "KINGDOM OF BAHRAIN", "BAHRAINI"]),
        ("BHS", ["BAHAMAS", "COMMONWEALTH OF THE BAHAMAS", "BAHAMIAN"]),
        ("BIH", ["BOSNIA AND HERZEGOVINA", "REPUBLIC OF BOSNIA AND HERZEGOVINA", "BOSNIA-HERZEGOVINA", "BOSNIA", "BOSNIAN", "HERZEGOVINIAN", "BOSNIAN AND HERZEGOVINIAN"]),
        ("BLM", ["SAINT BARTHÉLEMY"]),
        ("BLR", ["BELARUS", "REPUBLIC OF BELARUS", "BELARUSIAN", "BELARUSSIAN", "BELORUSSIAN", "BYELORUSSIAN"]),
        ("BLZ", ["BELIZE", "BELIZEAN"]),
        ("BMU", ["BERMUDA", "BERMUDIAN", "BERMUDAN"]),
        ("BOL", ["BOLIVIA", "BOLIVIA, PLURINATIONAL STATE OF", "PLURINATIONAL STATE OF BOLIVIA", "BOLIVIAN"]),
        ("BRA", ["BRAZIL", "FEDERATIVE REPUBLIC OF BRAZIL", "BRAZILIAN"]),
        ("BRB", ["BARBADOS", "BARBADIAN", "BAJAN"]),
        ("BRN", ["BRUNEI DARUSSALAM", "BRUNEI", "BRUNEIAN"]),
        ("BTN", ["BHUTAN", "KINGDOM OF BHUTAN", "BHUTANESE"]),
        ("BVT", ["BOUVET ISLAND"]),
        ("BWA", ["BOTSWANA", "REPUBLIC OF BOTSWANA", "MOTSWANA", "BATSWANA", "BOTSWANAN"]),
        ("CAF", ["CENTRAL AFRICAN REPUBLIC", "CENTRAL AFRICAN"]),
        ("CAN", ["CANADA", "CANADIAN"]),
        ("CCK", ["COCOS (KEELING) ISLANDS", "COCOS ISLANDS", "COCOS ISLANDER"]),
        ("CHE", ["SWITZERLAND", "SWISS CONFEDERATION", "SWISS"]),
        ("CHL", ["CHILE", "REPUBLIC OF CHILE", "CHILEAN"]),
        ("CHN", ["CHINA", "PEOPLE'S REPUBLIC OF CHINA", "CHINESE"]),
        ("CIV", ["CÔTE D'IVOIRE", "COTE D IVOIRE", "REPUBLIC OF CÔTE D'IVOIRE", "IVORY COAST", "IVORIAN"]),
        ("CMR", ["CAMEROON", "REPUBLIC OF CAMEROON", "CAMEROONIAN"]),
        ("COD", ["CONGO, THE DEMOCRATIC REPUBLIC OF THE", "CONGO, DEMOCRATIC REPUBLIC OF THE", "CONGO, DEMOCRATIC REPUBLIC", "DEMOCRATIC REPUBLIC OF THE CONGO", "DEMOCRATIC REPUBLIC OF CONGO", "DR CONGO", "DRC", "CONGO-KINSHASA"]),
        ("COG", ["REPUBLIC OF THE CONGO", "REPUBLIC OF CONGO", "CONGO, REPUBLIC OF THE", "CONGO, REPUBLIC OF", "CONGO REPUBLIC", "CONGO-BRAZZAVILLE"]),
        ("COK", ["COOK ISLANDS", "COOK ISLANDER"]),
        ("COL", ["COLOMBIA", "REPUBLIC OF COLOMBIA", "COLOMBIAN"]),
        ("COM", ["COMOROS", "UNION OF THE COMOROS", "COMORAN", "COMORIAN"]),
        ("CPV", ["CABO VERDE", "REPUBLIC OF CABO VERDE", "CAPE VERDE", "CABO VERDEAN", "CAPE VERDEAN"]),
        ("CRI", ["COSTA RICA", "REPUBLIC OF COSTA RICA", "COSTA RICAN"]),
        ("CUB", ["CUBA", "REPUBLIC OF CUBA", "CUBAN"]),
        ("CUW", ["CURAÇAO", "CURAÇAOAN"]),
        ("CXR", ["CHRISTMAS ISLAND", "CHRISTMAS ISLANDER"]),
        ("CYM", ["CAYMAN ISLANDS", "CAYMANIAN"]),
        ("CYP", ["CYPRUS", "REPUBLIC OF CYPRUS", "CYPRIOT"]),
        ("CZE", ["CZECHIA", "CZECH REPUBLIC", "CZECH"]),
        ("D", ["DEU", "GERMANY", "FEDERAL REPUBLIC OF GERMANY", "GERMAN"]),
        ("DJI", ["DJIBOUTI", "REPUBLIC OF DJIBOUTI", "DJIBOUTIAN"]),
        ("DMA", ["DOMINICA", "COMMONWEALTH OF DOMINICA"]),
        ("DNK", ["DENMARK", "KINGDOM OF DENMARK", "DANISH", "DANE"]),
        ("DOM", ["DOMINICAN REPUBLIC"]),
        ("DZA", ["ALGERIA", "PEOPLE'S DEMOCRATIC REPUBLIC OF ALGERIA", "ALGERIAN"]),
        ("ECU", ["ECUADOR", "REPUBLIC OF ECUADOR", "ECUADORIAN", "ECUADOREAN"]),
        ("EGY", ["EGYPT", "ARAB REPUBLIC OF EGYPT", "EGYPTIAN"]),
        ("ERI", ["ERITREA", "STATE OF ERITREA", "ERITREAN"]),
        ("ESH", ["WESTERN SAHARA", "SAHRAWI", "WESTERN SAHARAN"]),
        ("ESP", ["SPAIN", "KINGDOM OF SPAIN", "SPANISH", "SPANIARD"]),
        ("EST", ["ESTONIA", "REPUBLIC OF ESTONIA", "ESTONIAN"]),
        ("ETH", ["ETHIOPIA", "FEDERAL DEMOCRATIC REPUBLIC OF ETHIOPIA", "ETHIOPIAN"]),
        ("FIN", ["FINLAND", "REPUBLIC OF FINLAND", "FINNISH", "FINN"]),
        ("FJI", ["FIJI", "REPUBLIC OF FIJI", "FIJIAN"]),
        ("FLK", ["FALKLAND ISLANDS", "FALKLAND ISLANDS (MALVINAS)", "FALKLAND ISLANDER"]),
        ("FRA", ["FRANCE", "FRENCH REPUBLIC", "FRENCH"]),
        ("FRO", ["FAROE ISLANDS", "FAEROE ISLANDS", "FAROESE", "FAEROESE"]),
        ("FSM", ["MICRONESIA", "MICRONESIA, FEDERATED STATES OF", "FEDERATED STATES OF MICRONESIA", "MICRONESIAN"]),
        ("GAB", ["GABON", "GABONESE REPUBLIC", "GABONESE"]),
        ("GBR", ["UNITED KINGDOM", "UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND", "GREAT BRITAIN", "BRITAIN", "UK", "BRITISH", "BRITISH CITIZEN", "BRITON"]),
        ("GBD", ["BRITISH OVERSEAS TERRITORIES CITIZEN", "BRITISH DEPENDENT TERRITORIES CITIZEN"]),
        ("GBN", ["BRITISH NATIONAL (OVERSEAS)"]),
        ("GBO", ["BRITISH OVERSEAS CITIZEN"]),
        ("GBP", ["BRITISH PROTECTED PERSON"]),
        ("GBS", ["BRITISH SUBJECT"]),
        ("GEO", ["GEORGIA", "GEORGIAN"]),
        ("GGY", ["GUERNSEY"]),
        ("GHA", ["GHANA", "REPUBLIC OF GHANA", "GHANAIAN"]),
        ("GIB", ["GIBRALTAR", "GIBRALTARIAN"]),
        ("GIN", ["GUINEA", "REPUBLIC OF GUINEA", "GUINEA-CONAKRY"]),
        ("GLP", ["GUADELOUPE", "GUADELOUPEAN", "GUADELOUPIAN"]),
        ("GMB", ["GAMBIA", "REPUBLIC OF THE GAMBIA", "GAMBIAN"]),
        ("GNB", ["GUINEA-BISSAU", "REPUBLIC OF GUINEA-BISSAU", "BISSAU-GUINEAN", "GUINEA-BISSAUAN"]),
        ("GNQ", ["EQUATORIAL GUINEA", "REPUBLIC OF EQUATORIAL GUINEA", "EQUATORIAL GUINEAN", "EQUATOGUINEAN"]),
        ("GRC", ["GREECE", "HELLENIC REPUBLIC", "GREEK", "HELLENIC"]),
        ("GRD", ["GRENADA", "GRENADIAN"]),
        ("GRL", ["GREENLAND", "GREENLANDIC", "GREENLANDER"]),
        ("GTM", ["GUATEMALA", "REPUBLIC OF GUATEMALA", "GUATEMALAN"]),
        ("GUF", ["FRENCH GUIANA", "FRENCH GUIANESE"]),
        ("GUM", ["GUAM", "GUAMANIAN"]),
        ("GUY", ["GUYANA", "REPUBLIC OF GUYANA", "GUYANESE"]),
        ("HKG", ["HONG KONG", "HONG KONG SPECIAL ADMINISTRATIVE REGION OF CHINA", "HONG KONG SAR", "HONG KONG SAR CHINA"]),
        ("HMD", ["HEARD ISLAND AND MCDONALD ISLANDS"]),
        ("HND", ["HONDURAS", "REPUBLIC OF HONDURAS", "HONDURAN"]),
        ("HRV", ["CROATIA", "REPUBLIC OF CROATIA", "CROATIAN", "CROAT"]),
        ("HTI", ["HAITI", "REPUBLIC OF HAITI", "HAITIAN"]),
        ("HUN", ["HUNGARY", "HUNGARIAN"]),
        ("IDN", ["INDONESIA", "REPUBLIC OF INDONESIA", "INDONESIAN"]),
        ("IMN", ["ISLE OF MAN", "MANX"]),
        ("IND", ["INDIA", "REPUBLIC OF INDIA", "INDIAN"]),
        ("IOT", ["BRITISH INDIAN OCEAN TERRITORY"]),
        ("IRL", ["IRELAND", "REPUBLIC OF IRELAND", "IRISH"]),
        ("IRN", ["IRAN", "IRAN, ISLAMIC REPUBLIC OF", "ISLAMIC REPUBLIC OF IRAN", "IRANIAN"]),
        ("IRQ", ["IRAQ", "REPUBLIC OF IRAQ", "IRAQI"]),
        ("ISL", ["ICELAND", "REPUBLIC OF ICELAND", "ICELANDIC", "ICELANDER"]),
        ("ISR", ["ISRAEL", "STATE OF ISRAEL", "ISRAELI"]),
        ("ITA", ["ITALY", "ITALIAN REPUBLIC", "ITALIAN"]),
        ("JAM", ["JAMAICA", "JAMAICAN"]),
        ("JEY", ["JERSEY"]),
        ("JOR", ["JORDAN", "HASHEMITE KINGDOM OF JORDAN", "JORDANIAN"]),
        ("JPN", ["JAPAN", "JAPANESE"]),
        ("KAZ", ["KAZAKHSTAN", "REPUBLIC OF KAZAKHSTAN", "KAZAKH", "KAZAKHSTANI"]),
        ("KEN", ["KENYA", "REPUBLIC OF KENYA", "KENYAN"]),
        ("KGZ", ["KYRGYZSTAN", "KYRGYZ REPUBLIC", "KYRGYZ", "KYRGYZSTANI", "KIRGHIZ"]),
        ("KHM", ["CAMBODIA", "KINGDOM OF CAMBODIA", "CAMBODIAN"]),
        ("KIR", ["KIRIBATI", "REPUBLIC OF KIRIBATI", "I-KIRIBATI", "KIRIBATIAN"]),
        ("KNA", ["SAINT KITTS AND NEVIS", "SAINT CHRISTOPHER AND NEVIS", "KITTITIAN", "NEVISIAN"]),
        ("KOR", ["KOREA, REPUBLIC OF", "REPUBLIC OF KOREA", "SOUTH KOREA", "KOREA, SOUTH", "SOUTH KOREAN"]),
        ("KWT", ["KUWAIT", "STATE OF KUWAIT", "KUWAITI"]),
        ("LAO", ["LAO PEOPLE'S DEMOCRATIC REPUBLIC", "LAO PDR", "LAOS", "LAOTIAN"]),
        ("LBN", ["LEBANON", "LEBANESE REPUBLIC", "LEBANESE"]),
        ("LBR", ["LIBERIA", "REPUBLIC OF LIBERIA", "LIBERIAN"]),
        ("LBY", ["LIBYA", "STATE OF LIBYA", "LIBYAN ARAB JAMAHIRIYA", "LIBYAN"]),
        ("LCA", ["SAINT LUCIA", "SAINT LUCIAN"]),
        ("LIE", ["LIECHTENSTEIN", "PRINCIPALITY OF LIECHTENSTEIN", "LIECHTENSTEINER"]),
        ("LKA", ["SRI LANKA", "DEMOCRATIC SOCIALIST REPUBLIC OF SRI LANKA", "SRI LANKAN"]),
        ("LSO", ["LESOTHO", "KINGDOM OF LESOTHO", "MOSOTHO", "BASOTHO"]),
        ("LTU", ["LITHUANIA", "REPUBLIC OF LITHUANIA", "LITHUANIAN"]),
        ("LUX", ["LUXEMBOURG", "GRAND DUCHY OF LUXEMBOURG", "LUXEMBOURGISH", "LUXEMBOURGER"]),
        ("LVA", ["LATVIA", "REPUBLIC OF LATVIA", "LATVIAN"]),
        ("MAC", ["MACAO", "MACAU", "MACAO SPECIAL ADMINISTRATIVE REGION OF CHINA", "MACAO SAR", "MACAU SAR", "MACANESE"]),
        ("MAF", ["SAINT MARTIN (FRENCH PART)", "COLLECTIVITY OF SAINT MARTIN"]),
        ("MAR", ["MOROCCO", "KINGDOM OF MOROCCO", "MOROCCAN"]),
        ("MCO", ["MONACO", "PRINCIPALITY OF MONACO", "MONEGASQUE", "MONACAN"]),
        ("MDA", ["MOLDOVA", "MOLDOVA, REPUBLIC OF", "REPUBLIC OF MOLDOVA", "MOLDOVAN"]),
        ("MDG", ["MADAGASCAR", "REPUBLIC OF MADAGASCAR", "MALAGASY"]),
        ("MDV", ["MALDIVES", "REPUBLIC OF MALDIVES", "MALDIVIAN"]),
        ("MEX", ["MEXICO", "UNITED MEXICAN STATES", "MEXICAN"]),
        ("MHL", ["MARSHALL ISLANDS", "REPUBLIC OF THE MARSHALL ISLANDS", "MARSHALLESE"]),
        ("MKD", ["NORTH MACEDONIA", "REPUBLIC OF NORTH MACEDONIA", "MACEDONIA", "MACEDONIA, THE FORMER YUGOSLAV REPUBLIC OF", "THE FORMER YUGOSLAV REPUBLIC OF MACEDONIA", "MACEDONIAN", "NORTH MACEDONIAN"]),
        ("MLI", ["MALI", "REPUBLIC OF MALI", "MALIAN"]),
        ("MLT", ["MALTA", "REPUBLIC OF MALTA", "MALTESE"]),
        ("MMR", ["MYANMAR", "REPUBLIC OF THE UNION OF MYANMAR", "REPUBLIC OF MYANMAR", "BURMA", "BURMESE"]),
        ("MNE", ["MONTENEGRO", "MONTENEGRIN"]),
        ("MNG", ["MONGOLIA", "MONGOLIAN"]),
        ("MNP", ["NORTHERN MARIANA ISLANDS", "COMMONWEALTH OF THE NORTHERN MARIANA ISLANDS", "NORTHERN MARIANA ISLANDER"]),
        ("MOZ", ["MOZAMBIQUE", "REPUBLIC OF MOZAMBIQUE", "MOZAMBICAN"]),
        ("MRT", ["MAURITANIA", "ISLAMIC REPUBLIC OF MAURITANIA", "MAURITANIAN"]),
        ("MSR", ["MONTSERRAT", "MONTSERRATIAN"]),
        ("MTQ", ["MARTINIQUE", "MARTINICAN", "MARTINIQUAIS"]),
        ("MUS", ["MAURITIUS", "REPUBLIC OF MAURITIUS", "MAURITIAN"]),
        ("MWI", ["MALAWI", "REPUBLIC OF MALAWI", "MALAWIAN"]),
        ("MYS", ["MALAYSIA", "MALAYSIAN"]),
        ("MYT", ["MAYOTTE", "MAHORAN", "MAHORAIS"]),
        ("NAM", ["NAMIBIA", "REPUBLIC OF NAMIBIA", "NAMIBIAN"]),
        ("NCL", ["NEW CALEDONIA", "NEW CALEDONIAN"]),
        ("NER", ["NIGER", "REPUBLIC OF THE NIGER", "REPUBLIC OF NIGER", "NIGERIEN"]),
        ("NFK", ["NORFOLK ISLAND", "NORFOLK ISLANDER"]),
        ("NGA", ["NIGERIA", "FEDERAL REPUBLIC OF NIGERIA", "NIGERIAN"]),
        ("NIC", ["NICARAGUA", "REPUBLIC OF NICARAGUA", "NICARAGUAN"]),
        ("NIU", ["NIUE", "NIUEAN"]),
        ("NLD", ["NETHERLANDS", "KINGDOM OF THE NETHERLANDS", "HOLLAND", "DUTCH", "NETHERLANDER"]),
        ("NOR", ["NORWAY", "KINGDOM OF NORWAY", "NORWEGIAN"]),
        ("NPL", ["NEPAL", "FEDERAL DEMOCRATIC REPUBLIC OF NEPAL", "NEPALESE", "NEPALI"]),
        ("NRU", ["NAURU", "REPUBLIC OF NAURU", "NAURUAN"]),
        ("NZL", ["NEW ZEALAND", "NEW ZEALANDER"]),
        ("OMN", ["OMAN", "SULTANATE OF OMAN", "OMANI"]),
        ("PAK", ["PAKISTAN", "ISLAMIC REPUBLIC OF PAKISTAN", "PAKISTANI"]),
        ("PAN", ["PANAMA", "REPUBLIC OF PANAMA", "PANAMANIAN"]),
        ("PCN", ["PITCAIRN", "PITCAIRN ISLANDS", "PITCAIRN ISLANDER"]),
        ("PER", ["PERU", "REPUBLIC OF PERU", "PERUVIAN"]),
        ("PHL", ["PHILIPPINES", "REPUBLIC OF THE PHILIPPINES", "FILIPINO", "FILIPINA", "PHILIPPINE"]),
        ("PLW", ["PALAU", "REPUBLIC OF PALAU", "PALAUAN"]),
        ("PNG", ["PAPUA NEW GUINEA", "INDEPENDENT STATE OF PAPUA NEW GUINEA", "PAPUA NEW GUINEAN"]),
        ("POL", ["POLAND", "REPUBLIC OF POLAND", "POLISH"]),
        ("PRI", ["PUERTO RICO", "PUERTO RICAN"]),
        ("PRK", ["KOREA, DEMOCRATIC PEOPLE'S REPUBLIC OF", "DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA", "NORTH KOREA", "KOREA, NORTH", "DPRK", "NORTH KOREAN"]),
        ("PRT", ["PORTUGAL", "PORTUGUESE REPUBLIC", "PORTUGUESE"]),
        ("PRY", ["PARAGUAY", "REPUBLIC OF PARAGUAY", "PARAGUAYAN"]),
        ("PSE", ["PALESTINE", "PALESTINE, STATE OF", "STATE OF PALESTINE", "PALESTINIAN TERRITORY, OCCUPIED", "OCCUPIED PALESTINIAN TERRITORY", "PALESTINIAN"]),
        ("PYF", ["FRENCH POLYNESIA", "FRENCH POLYNESIAN"]),
        ("QAT", ["QATAR", "STATE OF QATAR", "QATARI"]),
        ("REU", ["RÉUNION", "REUNIONESE"]),
        ("ROU", ["ROMANIA", "ROMANIAN"]),
        ("RUS", ["RUSSIAN FEDERATION", "RUSSIA", "RUSSIAN"]),
        ("RWA", ["RWANDA", "RWANDESE REPUBLIC", "REPUBLIC OF RWANDA", "RWANDAN", "RWANDESE"]),
        ("SAU", ["SAUDI ARABIA", "KINGDOM OF SAUDI ARABIA", "SAUDI", "SAUDI ARABIAN"]),
        ("SDN", ["SUDAN", "REPUBLIC OF THE SUDAN", "REPUBLIC OF SUDAN", "SUDANESE"]),
        ("SEN", ["SENEGAL", "REPUBLIC OF SENEGAL", "SENEGALESE"]),
        ("SGP", ["SINGAPORE", "REPUBLIC OF SINGAPORE", "SINGAPOREAN"]),
        ("SGS", ["SOUTH GEORGIA AND THE SOUTH SANDWICH ISLANDS"]),
        ("SHN", ["SAINT HELENA, ASCENSION AND TRISTAN DA CUNHA", "SAINT HELENA", "SAINT HELENIAN"]),
        ("SJM", ["SVALBARD AND JAN MAYEN"]),
        ("SLB", ["SOLOMON ISLANDS", "SOLOMON ISLANDER"]),
        ("SLE", ["SIERRA LEONE", "REPUBLIC OF SIERRA LEONE", "SIERRA LEONEAN"]),
        ("SLV", ["EL SALVADOR", "REPUBLIC OF EL SALVADOR", "SALVADORAN", "SALVADOREAN"]),
        ("SMR", ["SAN MARINO", "REPUBLIC OF SAN MARINO", "SAMMARINESE", "SAN MARINESE"]),
        ("SOM", ["SOMALIA", "FEDERAL REPUBLIC OF SOMALIA", "SOMALI", "SOMALIAN"]),
        ("SPM", ["SAINT PIERRE AND MIQUELON"]),
        ("SRB", ["SERBIA", "REPUBLIC OF SERBIA", "SERBIAN", "SERB"]),
        ("SSD", ["SOUTH SUDAN", "REPUBLIC OF SOUTH SUDAN", "SOUTH SUDANESE"]),
        ("STP", ["SÃO TOMÉ AND PRÍNCIPE", "DEMOCRATIC REPUBLIC OF SÃO TOMÉ AND PRÍNCIPE", "SÃO TOMÉAN", "SANTOMEAN"]),
        ("SUR", ["SURINAME", "REPUBLIC OF SURINAME", "SURINAM", "SURINAMESE", "SURINAMER"]),
        ("SVK", ["SLOVAKIA", "SLOVAK REPUBLIC", "SLOVAK", "SLOVAKIAN"]),
        ("SVN", ["SLOVENIA", "REPUBLIC OF SLOVENIA", "SLOVENIAN", "SLOVENE"]),
        ("SWE", ["SWEDEN", "KINGDOM OF SWEDEN", "SWEDISH", "SWEDE"]),
        ("SWZ", ["ESWATINI", "KINGDOM OF ESWATINI", "SWAZILAND", "KINGDOM OF SWAZILAND", "SWAZI"]),
        ("SXM", ["SINT MAARTEN", "SINT MAARTEN (DUTCH PART)"]),
        ("SYC", ["SEYCHELLES", "REPUBLIC OF SEYCHELLES", "SEYCHELLOIS"]),
        ("SYR", ["SYRIAN ARAB REPUBLIC", "SYRIA", "SYRIAN"]),
        ("TCA", ["TURKS AND CAICOS ISLANDS", "TURKS AND CAICOS ISLANDER"]),
        ("TCD", ["CHAD", "REPUBLIC OF CHAD", "CHADIAN"]),
        ("TGO", ["TOGO", "TOGOLESE REPUBLIC", "TOGOLESE"]),
        ("THA", ["THAILAND", "KINGDOM OF THAILAND", "THAI"]),
        ("TJK", ["TAJIKISTAN", "REPUBLIC OF TAJIKISTAN", "TAJIK", "TAJIKISTANI"]),
        ("TKL", ["TOKELAU", "TOKELAUAN"]),
        ("TKM", ["TURKMENISTAN", "TURKMEN", "TURKMENISTANI"]),
        ("TLS", ["TIMOR-LESTE", "DEMOCRATIC REPUBLIC OF TIMOR-LESTE", "EAST TIMOR", "TIMORESE", "EAST TIMORESE"]),
        ("TON", ["TONGA", "KINGDOM OF TONGA", "TONGAN"]),
        ("TTO", ["TRINIDAD AND TOBAGO", "REPUBLIC OF TRINIDAD AND TOBAGO", "TRINIDADIAN", "TOBAGONIAN"]),
        ("TUN", ["TUNISIA", "REPUBLIC OF TUNISIA", "TUNISIAN"]),
        ("TUR", ["TÜRKİYE", "REPUBLIC OF TÜRKİYE", "TURKEY", "REPUBLIC OF TURKEY", "TURKISH"]),
        ("TUV", ["TUVALU", "TUVALUAN"]),
        ("TWN", ["TAIWAN", "TAIWAN, PROVINCE OF CHINA", "REPUBLIC OF CHINA", "TAIWANESE"]),
        ("TZA", ["TANZANIA", "TANZANIA, UNITED REPUBLIC OF", "UNITED REPUBLIC OF TANZANIA", "TANZANIAN"]),
        ("UGA", ["UGANDA", "REPUBLIC OF UGANDA", "UGANDAN"]),
        ("UKR", ["UKRAINE", "UKRAINIAN"]),
        ("UMI", ["UNITED STATES MINOR OUTLYING ISLANDS"]),
        ("URY", ["URUGUAY", "EASTERN REPUBLIC OF URUGUAY", "ORIENTAL REPUBLIC OF URUGUAY", "URUGUAYAN"]),
        ("USA", ["UNITED STATES", "UNITED STATES OF AMERICA", "AMERICA", "US", "AMERICAN"]),
        ("UZB", ["UZBEKISTAN", "REPUBLIC OF UZBEKISTAN", "UZBEK", "UZBEKISTANI"]),
        ("VAT", ["HOLY SEE", "HOLY SEE (VATICAN CITY STATE)", "VATICAN CITY STATE", "VATICAN CITY", "VATICAN"]),
        ("VCT", ["SAINT VINCENT AND THE GRENADINES", "SAINT VINCENT", "VINCENTIAN", "SAINT VINCENTIAN"]),
        ("VEN", ["VENEZUELA", "VENEZUELA, BOLIVARIAN REPUBLIC OF", "BOLIVARIAN REPUBLIC OF VENEZUELA", "VENEZUELAN"]),
        ("VGB", ["VIRGIN ISLANDS, BRITISH", "BRITISH VIRGIN ISLANDS", "BRITISH VIRGIN ISLANDER"]),
        ("VIR", ["VIRGIN ISLANDS, U.S.", "VIRGIN ISLANDS OF THE UNITED STATES", "UNITED STATES VIRGIN ISLANDS", "U.S. VIRGIN ISLANDS"]),
        ("VNM", ["VIET NAM", "VIETNAM", "SOCIALIST REPUBLIC OF VIET NAM", "SOCIALIST REPUBLIC OF VIETNAM", "VIETNAMESE"]),
        ("VUT", ["VANUATU", "REPUBLIC OF VANUATU", "NI-VANUATU", "VANUATUAN"]),
        ("WLF", ["WALLIS AND FUTUNA", "WALLIS AND FUTUNA ISLANDS", "WALLISIAN", "FUTUNAN"]),
        ("WSM", ["SAMOA", "INDEPENDENT STATE OF SAMOA", "WESTERN SAMOA", "SAMOAN"]),
        ("YEM", ["YEMEN", "REPUBLIC OF YEMEN", "YEMENI", "YEMENITE"]),
        ("ZAF", ["SOUTH AFRICA", "REPUBLIC OF SOUTH AFRICA", "SOUTH AFRICAN"]),
        ("ZMB", ["ZAMBIA", "REPUBLIC OF ZAMBIA", "ZAMBIAN"]),
        ("ZWE", ["ZIMBABWE", "REPUBLIC OF ZIMBABWE", "ZIMBABWEAN"]),

        // Not ISO 3166-1: the codes ICAO Doc 9303 Part 3 adds, and Kosovo's (see the remarks).
        ("RKS", ["KOSOVO", "REPUBLIC OF KOSOVO", "KOSOVAR", "KOSOVAN"]),
        ("EUE", ["EUROPEAN UNION"]),
        ("UNO", ["UNITED NATIONS", "UNITED NATIONS ORGANIZATION", "UNITED NATIONS ORGANISATION"]),
        ("UNA", ["SPECIALIZED AGENCY OF THE UNITED NATIONS", "SPECIALISED AGENCY OF THE UNITED NATIONS"]),
        ("UNK", ["UNMIK", "RESIDENT OF KOSOVO"]),
        ("XBA", ["AFRICAN DEVELOPMENT BANK"]),
        ("XIM", ["AFRICAN EXPORT-IMPORT BANK", "AFREXIMBANK"]),
        ("XCC", ["CARIBBEAN COMMUNITY", "CARICOM"]),
        ("XCO", ["COMMON MARKET FOR EASTERN AND SOUTHERN AFRICA", "COMESA"]),
        ("XEC", ["ECONOMIC COMMUNITY OF WEST AFRICAN STATES", "ECOWAS"]),
        ("XPO", ["INTERNATIONAL CRIMINAL POLICE ORGANIZATION", "INTERNATIONAL CRIMINAL POLICE ORGANISATION", "INTERPOL"]),
        ("XES", ["ORGANISATION OF EASTERN CARIBBEAN STATES", "ORGANIZATION OF EASTERN CARIBBEAN STATES", "OECS"]),
        ("XMP", ["PARLIAMENTARY ASSEMBLY OF THE MEDITERRANEAN"]),
        ("XOM", ["SOVEREIGN MILITARY ORDER OF MALTA", "ORDER OF MALTA"]),
        ("XDC", ["SOUTHERN AFRICAN DEVELOPMENT COMMUNITY", "SADC"]),
        ("XXA", ["STATELESS", "STATELESS PERSON"]),
        ("XXB", ["CONVENTION REFUGEE"]),
        ("XXC", []),
        ("XXX", ["UNSPECIFIED NATIONALITY", "PERSON OF UNSPECIFIED NATIONALITY"]),
    ]);

    /// <summary>
    /// Gets the Doc 9303 code of <paramref name="nationality"/>: <c>UKR</c> for <c>UKRAINIAN</c>, <c>Ukrainian</c>,
    /// <c>ukraine</c> or <c>UKR</c>; <see langword="null"/> for null, blank, over 64 characters, unknown or ambiguous input.
    /// </summary>
    /// <remarks>Allocates nothing when the input is already in normal form, in any case.</remarks>
    public static string? Find(string? nationality)
    {
        if (string.IsNullOrEmpty(nationality) || nationality.Length > MaxLength)
        {
            return null;
        }

        if (Table.TryGetValue(nationality, out var code))
        {
            return code;
        }

        Span<char> buffer = stackalloc char[MaxLength];
        var key = Normalize(nationality, buffer);
        return key.IsEmpty || MemoryExtensions.Equals(key, nationality, StringComparison.OrdinalIgnoreCase)
            ? null
            : Table.GetValueOrDefault(key.ToString());
    }

    private static FrozenDictionary<string, string> Build((string Code, string[] Words)[] entries)
    {
        var table = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        Span<char> buffer = stackalloc char[MaxLength];
        foreach (var (code, words) in entries)
        {
            table.Add(code, code);
            foreach (var word in words)
            {
                var key = Normalize(word, buffer).ToString();
                table.Add(key, code);
                if (key.StartsWith("SAINT ", StringComparison.Ordinal))
                {
                    table.Add(string.Concat("ST", key.AsSpan("SAINT".Length)), code);
                }
            }
        }

        return table.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Writes <paramref name="text"/> into <paramref name="buffer"/> as upper-case ASCII words one space apart, without a
    /// leading <c>THE</c>; empty if a character is not a letter or separator or the result does not fit.
    /// </summary>
    private static ReadOnlySpan<char> Normalize(ReadOnlySpan<char> text, Span<char> buffer)
    {
        Span<char> ascii = stackalloc char[1];
        var length = 0;
        var space = false;
        foreach (var c in text)
        {
            if (IsSeparator(c))
            {
                space = length > 0;
                continue;
            }

            if (c is '\'' or '\u2019' or '\u2018' or '`' or '\u00B4' or '.')
            {
                continue;
            }

            scoped ReadOnlySpan<char> letters;
            if (char.IsAsciiLetter(c))
            {
                ascii[0] = char.ToUpperInvariant(c);
                letters = ascii;
            }
            else if (c == '&')
            {
                letters = " AND ";
            }
            else if (Fold(c) is { } folded)
            {
                letters = folded;
            }
            else
            {
                return [];
            }

            foreach (var letter in letters)
            {
                if (letter == ' ')
                {
                    space = length > 0;
                    continue;
                }

                if (length + (space ? 2 : 1) > buffer.Length)
                {
                    return [];
                }

                if (space)
                {
                    buffer[length++] = ' ';
                    space = false;
                }

                buffer[length++] = letter;
            }
        }

        ReadOnlySpan<char> key = buffer[..length];
        return key.StartsWith("THE ", StringComparison.Ordinal) ? key["THE ".Length..] : key;
    }

    private static bool IsSeparator(char c) =>
        char.IsWhiteSpace(c) || c is '-' or '\u2010' or '\u2011' or '\u2013' or '\u2014' or '_' or ',' or ';' or ':' or '/' or '(' or ')' or '[' or ']' or '<';

    /// <summary>The upper-case ASCII base letter(s) of a Latin letter with a diacritic; <see langword="null"/> for any other character.</summary>
    private static string? Fold(char c) => c switch
    {
        (>= 'À' and <= 'Å') or (>= 'à' and <= 'å') or 'Ā' or 'ā' or 'Ă' or 'ă' or 'Ą' or 'ą' => "A",
        'Æ' or 'æ' => "AE",
        'Ç' or 'ç' or 'Ć' or 'ć' or 'Č' or 'č' => "C",
        'Ð' or 'ð' or 'Ď' or 'ď' or 'Đ' or 'đ' => "D",
        (>= 'È' and <= 'Ë') or (>= 'è' and <= 'ë') or 'Ē' or 'ē' or 'Ė' or 'ė' or 'Ę' or 'ę' or 'Ě' or 'ě' => "E",
        'Ğ' or 'ğ' or 'Ģ' or 'ģ' => "G",
        (>= 'Ì' and <= 'Ï') or (>= 'ì' and <= 'ï') or 'Ī' or 'ī' or 'Į' or 'į' or 'İ' or 'ı' => "I",
        'Ķ' or 'ķ' => "K",
        'Ĺ' or 'ĺ' or 'Ļ' or 'ļ' or 'Ľ' or 'ľ' or 'Ł' or 'ł' => "L",
        'Ñ' or 'ñ' or 'Ń' or 'ń' or 'Ņ' or 'ņ' or 'Ň' or 'ň' => "N",
        (>= 'Ò' and <= 'Ö') or 'Ø' or (>= 'ò' and <= 'ö') or 'ø' or 'Ō' or 'ō' or 'Ő' or 'ő' => "O",
        'Œ' or 'œ' => "OE",
        'Ŕ' or 'ŕ' or 'Ř' or 'ř' => "R",
        'Ś' or 'ś' or 'Ş' or 'ş' or 'Š' or 'š' or 'Ș' or 'ș' => "S",
        'ß' => "SS",
        'Ţ' or 'ţ' or 'Ť' or 'ť' or 'Ț' or 'ț' => "T",
        'Þ' or 'þ' => "TH",
        (>= 'Ù' and <= 'Ü') or (>= 'ù' and <= 'ü') or 'Ū' or 'ū' or 'Ů' or 'ů' or 'Ű' or 'ű' or 'Ų' or 'ų' => "U",
        'Ý' or 'ý' or 'ÿ' or 'Ÿ' => "Y",
        'Ź' or 'ź' or 'Ż' or 'ż' or 'Ž' or 'ž' => "Z",
        _ => null,
    };
}
