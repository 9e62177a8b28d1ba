/* names_data.c -- the data tables declared in names_data.h.  Data only. */
#include <stddef.h>

#include "names_data.h"

const char *const scm_honorifics[] = {
    "Dr.", "Dr", "Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Prof.",
    "Dkt.", "Dkt", /* Swahili "Daktari", Dr. */
    /* Czech and Slovak academic styles in small letters: "prof. PhDr.
     * Radim Kolářík, Ph.D.", "doc. Ing. …" (session 18) */
    "prof.", "doc.",
    /* … and Slovenian and Croatian ones: "dr. Matej Kos", "mag. Petra
     * Zupančič" (session 24) */
    "dr.", "mag.",
    /* … and the Dutch ones: "dr. ir. Hendrik Jan van der Meulen", "drs."
     * (session 28) */
    "ir.", "drs.",
    /* the Maldives' "Uza." (Ustaza) and "Uz." (Ustaz), lawyers' and
     * teachers' styles (session 28) */
    "Uza.", "Uz.",
    /* Austria's styles, the women's forms too: "Mag.a Dr.in Veronika
     * Gschwandtner", "DI Martin Eder" (Diplom-Ingenieur); Italy's
     * senators: "Sen. Raffaele Di Bartolomeo" (session 24) */
    "Mag.a", "Dr.in", "DI", "Sen.",
    /* Italy's professional styles: "Avv. Giuseppina Scaglione", "Dott.
     * Marco Rinaldi", "Dott.ssa Anna Ferri" (session 24) */
    "Avv.", "Dott.", "Dott.ssa",
    /* … and "Sen. Prof.ssa Giovanna Mastrangelo"; the Swiss and
     * Liechtenstein degree "lic. phil." in small letters (session 29) */
    "Prof.ssa", "lic.", "phil.",
    /* … and "Dr. oec. HSG", "lic. iur." (session 30) */
    "oec.", "iur.", "HSG",
    "Professor", "Sir", "Dame", "Madam", "Mme.", "Mme", "M.", "Mlle", "H.E.",
    "HE", "HH", "HRH", /* the Gulf states' "HE Dr. Al-Rubaie", "HH the Amir" */
    "Hon.", "Rt", "Rt.",
    "Excellency", "Highness", "Eminence", "Lordship", "Ladyship", "Holiness", "Beatitude", "Sheikh", "Sheikha", "Shaikh", "Shaikha",
    "Prince", "Princess", "Alhaji", "Hajia", "Ratu", "Adi", "Ro", "Tun",
    "Datuk", "Dato'", "Dato’", "Datin", "Honourable", "Honorable",
    "Daw", "U", "Ato", "Woizero", "Dato", "Eng.", "Samdech", "Hon", "Amb.",
    "Thipadei", /* … and the rest of Cambodia's "Samdech Moha Borvor
                 * Thipadei" (session 23) */ "Moha", "Borvor", "Lord", "Lady", "Paduka", "Haji", "Hajah", "Dayang",
    /* Eswatini's prince, in siSwati: "Mntfwanenkhosi A"; a professed
     * knight of the Order of Malta, "Fra’ A" (session 33) */
    "Mntfwanenkhosi", "Fra",
    /* the plural style before a list of family names: "Messrs. A, B and
     * C reaffirmed …" (session 33) */
    "Messrs.", "Mmes.",
    /* Belgian nobility: "Baron Pieter Van den Broeck" (session 21) */
    "Baron", "Baroness",
    /* Shia clerical ranks before a name: "Hojatoleslam Mohammad-Hossein
     * A" (session 31) */
    "Hojatoleslam", "Hojjatoleslam", "Ayatollah",
    /* Senegal's and the Gambia's style of a woman who made the pilgrimage
     * ("Adja Fatou Kiné Dieng"; session 31) */
    "Adja",
    "Afioga", "Susuga", /* Samoan styles before a matai's name */
    "Seyed", "Seyyed", "Sayyid", /* "Seyed Mohammad-Reza Tabatabaei" */
    "Dasho", /* Bhutan: "Dasho Kezang Yoedzer" */
    /* … and its styles of office before a name: "the Prime Minister of
     * Bhutan, Lyonchhoen Kuenga Namdrel", "Lyonpo …" (session 29) */
    "Lyonchhen", "Lyonchhoen", "Lyonpo",
    /* an Ewe chief's style: "Togbe Kwasi Adzofia IV" (session 29) */
    "Togbe", "Togbui",
    /* Ethiopian styles as also spelled: "Weyzero Meseret Tadesse" */
    "Weyzero", "Woizerit", "Weyzerit",
    /* Sierra Leone's "His Excellency Retired Brigadier Dr. Name" */
    "Retired",
    /* Portuguese "Embaixador", "Embaixadora" left untranslated, and the
     * Spanish "Embajador", "Embajadora"; Portugal's and Brazil's
     * "Doutor", "Doutora" written out (session 30) */
    "Embaixador", "Embaixadora", "Embajador", "Embajadora", "Doutor", "Doutora",
    /* Peru's "Mg." (Magíster), Nigeria's "Hajiya", Indonesia's "K.H."
     * (Kyai Haji, an Islamic scholar; session 30) */
    "Mg.", "Hajiya", "K.H.",
    /* Malaysia's "Datuk Seri Panglima" (Sabah); Cambodia's "Oknha";
     * Uruguay's economists, "Ec. Lucía Barreiro Dutra" (session 30) */
    "Panglima", "Oknha", "Ec.",
    /* Sarawak's "Datuk Patinggi" (session 41) */
    "Patinggi",
    /* a member of an academy of sciences, as Georgia, Armenia and
     * Russia style one: "Academician Tamaz Gvelesiani" (session 41) */
    "Academician",
    "Awang", "Pengiran", "Pehin", "Lic.", "Licda.", "Dra.", "Abg.",
    "Pahlawan", /* Brunei: "Dato Seri Pahlawan Rosli bin Abdul Rahman" */
    /* … and "Pehin Datu Singamanteri Dato Seri Setia Awang Haji A bin B",
     * "Pg Haji A" (Pengiran; session 33) */
    "Datu", "Singamanteri", "Setia", "Pg", "Pg.",
    /* the Portuguese "Professora Doutora A" (session 33) */
    "Professora",
    "Utama", /* Malaysia: "Tan Sri Dato' Seri Utama A" (session 33) */
    "Lic", "Licda", "Dra", "Abg", "Iroij", "Leroij", "Cllr.", "Cllr",
    /* Central America: "Abog. José Zelaya", "Cra. María Téllez" (session 20) */
    "Abog.", "Abog", "Licdo.", "Licdo", "Cra.", "Cra", "Cro.", "Cro",
    /* Panama's "Lcdo.", "Lcda."; Italy's "Dott." (session 29) */
    "Lcdo.", "Lcdo", "Lcda.", "Lcda",
    /* Mexico's master's degree, "Mtra. Ximena Arriaga", "Mtro. A" (session 35) */
    "Mtra.", "Mtra", "Mtro.", "Mtro",
    "Drs.", "Drs", "Ir.", "Engr.", "Atty.", "Atty", /* Philippines: a lawyer */
    /* Nepal's and India's engineers: "Er. Ramesh Poudel"; Argentina's
     * geologists: "Geól. A" (session 33) */
    "Er.", "Geól.", "Geol.",
    "Mgr.", "Mgr", "PhDr.", "JUDr.", "MUDr.", "MVDr.", "RNDr.", "Bc.", "Sayyid",
    "Sayyida", "Majesty", "Begum", /* Bangladesh, Pakistan: "Begum Nasreen …" */
    "Ibu", "Bapak", /* Indonesia: "Ibu Ratna Sari Wulandari" (session 19) */
    "YB", "YAB", /* Malaysia: Yang (Amat) Berhormat */
    "Berhormat", /* "Yang Amat Berhormat" after "Yang Amat" (session 18) */
    "Mag.", "Ing.", "Dipl.-Ing.",
    "h.c.", /* an honorary doctorate: "Dr. h.c. Mag. A" (session 37) */
    "mag.", "dr.", "prof.", /* Slovene, Croatian: "mag. Tadej Vrtovec" */ "Shri", "Smt.", "Smt", "Shrimati", "Sushri", "Hadj",
    "Hadji", "Elhadj",
    "Mallam", "Malam", /* Hausa: "Mallam Bashir Danjuma Yakasai" (session 15) */
    "Arq.", "Arq", /* Spanish, Portuguese: an architect, "Arq. Florencia …" */
    /* Mexico's professional styles: a biologist, a chemist ("Biól. María
     * Fernanda Ruiz Chablé"); Poland's engineer after "prof. dr hab."
     * ("inż."; session 25) */
    "Biól.", "Biól", "Quím.", "inż.", "hab.", "dr",
    /* Pakistan's chiefs: "Sardar Kamran Ahmed Gorchani" (session 25) */
    "Sardar",
    /* Nigeria's pharmacists, barristers and architects: "Pharm. Abubakar
     * Sadiq Yelwa" (session 25) */
    "Pharm.", "Barr.", "Arc.",
    /* Uruguay's accountants and notaries, "Cr. Martín Larrañaga", "Esc.
     * Ana Ferreira", and its veterinarians, "DMV Lucía Bentancor"
     * (session 25) */
    "Cr.", "Esc.", "DMV",
    /* an engineer's style written out, as Gulf and Yemeni releases write
     * it ("Engineer Fahad bin Saleh Al-Mutlaq"), and Portugal's and Cabo
     * Verde's "Eng.º" (session 25) */
    "Engineer", "Eng.º", "Engº", "Eng.ª",
    /* (the ordinal indicator is part of the abbreviation's word: "Dr.ª
     * Ana Catarina Moura Teixeira", "Prof.º …", "Arq.ª …") */
    "Dr.ª", "Dr.º", "Prof.ª", "Prof.º", "Arq.ª", "Arq.º", "Sr.ª",
    /* Lesotho: "'Me 'Mathato Mokhethi" (Mrs), "Ntate" (Mr) */
    "’Me", "'Me", "Ntate",
    /* Mexico's career ambassadors: "Emb. Carlos Ruiz Soto"; South Sudan's
     * "Hon. Ustaz Deng Akol Malual"; the Dutch jonkheer and lawyer, "jhr.
     * mr. Frederik van Nispen tot Pannerden" (session 25) */
    "Emb.", "Ustaz", "Ustadh", "jhr.", "mr.",
    /* Zimbabwe: the First Lady as "Amai Rudo Chikomba" (Mother) */
    "Amai",
    /* Pakistan's "Makhdoom", Nigeria's "Asiwaju", "Alhaji", "Alhaja",
     * Bhutan's "Aum" (Mrs), the Maldives' "Uz." (Ustaz), Ethiopia's
     * "W/ro" (Woizero) (session 26) */
    "Makhdoom", "Asiwaju", "Alhaji", "Alhaja", "Aum", "Uz.", "W/ro",
    /* Spanish styles written out, and Mexico's "Mtro." (a master's
     * degree): "Licenciada Ana Lucía …", "Abogado Héctor …", "Mtro.
     * Emilio Robles Garza"; French "Madame" (session 21) */
    "Licenciado", "Licenciada", "Abogado", "Abogada", "Mtro.", "Mtra.", "Mtro",
    "Mtra",
    "Madame", "Monsieur",
    /* Zimbabwe, Mozambique, Angola: "His Excellency Cde Tafadzwa …" */
    "Cde", "Cde.", "Comrade",
    /* Malta: an architect's style, "Perit Ruth Farrugia" (session 23;
     * not Botswana's "Kgosi", also a family name: "Ms. Naledi Kgosi") */
    "Perit",
    /* Botswana, South Africa, Kenya: a lawyer's style, "His Excellency
     * Advocate Neo Kabelo Motsumi" (session 23) */
    "Advocate", "Adv.",
    /* "Ing. Agr. Martín Echeverría Sosa": an agronomist engineer */
    "Agr.",
    /* clergy styles: "Archbishop Gianluca Ferraris, Secretary for …" */
    "Archbishop", "Cardinal", "Monsignor", "Msgr.", "Mons.",
    "Reverend", "Rev.", "Rt. Rev.", "Patriarch",
    /* a court's member styled by the bench: "Judge Serge Alain Kaboré,
     * President of the Common Court …" (session 14) */
    "Judge",
    /* Thailand: royal descent (Mom Rajawongse, Mom Luang) and ladies'
     * styles: "M.R. Pattarawadee Devakul" (session 14) */
    "M.R.", "M.L.", "Khunying", "Thanpuying",
    /* Bangladesh, India: "Hon’ble Minister for Commerce" (session 14) */
    "Hon'ble", "Hon\xE2\x80\x99" "ble",
    /* Haiti's and France's lawyers, "Me Jean-Wilner Saint-Fleur"
     * (Maître); a professor as French and Cameroonian releases write it,
     * "Pr Emmanuel-Roger Mbida Nkoulou"; Malaysia's "Puan" (Mrs), "Encik"
     * (Mr), "Cik" (Miss) (session 26) */
    "Me", "Pr", "Pr.", "Puan", "Encik", "Cik",
    /* Eswatini's princes, "Umntfwanenkhosi A"; Portugal's judges of the
     * Court of Auditors, "Juiz Conselheiro A" (session 40; not Malaysia's
     * "Tuan", a Vietnamese given name too: "Tran Quoc Tuan") */
    "Umntfwanenkhosi", "Juiz", "Juíza", "Conselheiro", "Conselheira",
    /* Mozambique's "Venerando Juiz Conselheiro Presidente" (session 41) */
    "Venerando", "Veneranda",
    /* Tanzania's "Mhe." (Mheshimiwa, the Honourable): "Mhe. Prof. Joyce
     * Nangale Mwasapile", "Mhe. Mwasapile commended …" (session 27) */
    "Mhe.", "Mhe",
    /* Catalan and Spanish "Sra." (Senyora, Señora): "M. I. Sra. Mònica Roig
     * Pallarès" (session 27) */
    "Sra.",
    /* Spain's and Equatorial Guinea's "Excma. Sra. D.ª" (Doña), "Excmo.
     * Sr. D."; a Bangladeshi lawyer's "Barrister" written out (session
     * 30) */
    "D.ª", "Excma.", "Excmo.", "Barrister", NULL};

/* Lower-case particles that open a family name when it is written alone:
 * "Minister van Ommeren", "Mr. da Cruz Pereira", "Vice Admiral de León". */
const char *const scm_family_particles_lower[] = {
    "van", "von", "de", "der", "den", "del", "della", "da", "di", "du",
    "dos", "das", "la", "le", "ter", "av", "delos", "dela",
    /* Spanish, Filipino: "Antonio Ramon de los Santos" (session 23) */
    "los", "las", "af",
    /* Welsh "son of": "Prime Minister ap Gwilym" (session 24) */
    "ap",
    /* Dutch: "van Nispen tot Pannerden" (session 25) */
    "tot",
    /* Portuguese "do Espírito Santo"; Faroese "í Jákupsstovu", "á Rógvi"
     * (session 26) */
    "do", "\xC3\xAD", "\xC3\xA1", NULL};

/* States whose people are called by a word of the name other than the
 * family name: the given name (Thailand, Iceland, Laos), or in Samoa the
 * matai title that opens the name ("Prime Minister Tuimavave" of
 * "Tuimavave Sione Falaniko Aufai", family name Aufai). */
const char *const scm_given_name_parties[] = {"Thailand", "Iceland",
                                              "Lao PDR", "Samoa", NULL};

const char *const scm_whole_name_parties[] = {"Myanmar", "Bhutan", NULL};

/* Capitals that stand for their states in a subject ("Seoul and
 * Washington reaffirmed …"), each followed by the party it stands for
 * (the canonical name of core/lexicon/party.tsv). */
const char *const scm_capital_parties[] = {
    "Washington", "U.S.", "Seoul", "ROK", "Tokyo", "Japan",
    "Beijing", "PRC", "Moscow", "Russia", "London", "UK",
    "Paris", "France", "Berlin", "Germany", "Canberra", "Australia",
    "Wellington", "New Zealand", "Ottawa", "Canada", "New Delhi", "India",
    "Delhi", "India", "Manila", "Philippines", "Jakarta", "Indonesia",
    "Hanoi", "Vietnam", "Bangkok", "Thailand", "Kuala Lumpur", "Malaysia",
    "Rome", "Italy", "Madrid", "Spain", "Lisbon", "Portugal",
    "Warsaw", "Poland", "Kyiv", "Ukraine", "Ankara", "Türkiye",
    "Cairo", "Egypt", "Riyadh", "Saudi Arabia", "Doha", "Qatar",
    "Islamabad", "Pakistan", "Dhaka", "Bangladesh", "Kathmandu", "Nepal",
    "Nairobi", "Kenya", "Abuja", "Nigeria", "Pretoria", "South Africa",
    "Accra", "Ghana", "Kigali", "Rwanda", "Brasília", "Brazil",
    "Brasilia", "Brazil", "Mexico City", "Mexico", "Buenos Aires",
    "Argentina", "Santiago", "Chile", "Lima", "Peru", "Bogotá", "Colombia",
    "The Hague", "Netherlands", "Brussels", "Belgium", "Stockholm", "Sweden",
    "Oslo", "Norway", "Copenhagen", "Denmark", "Helsinki", "Finland",
    "Reykjavík", "Iceland", "Reykjavik", "Iceland", "Athens", "Greece",
    "Dublin", "Ireland", "Vienna", "Austria", "Ulaanbaatar", "Mongolia",
    "Astana", "Kazakhstan", "Amman", "Jordan",
    /* (session 24) */
    "Tehran", "Iran", "Tashkent", "Uzbekistan", "Baku", "Azerbaijan",
    "Bishkek", "Kyrgyzstan", "Dushanbe", "Tajikistan", "Ashgabat",
    "Turkmenistan", "Tbilisi", "Georgia", "Yerevan", "Armenia", "Baghdad",
    "Iraq", "Damascus", "Syria", "Beirut", "Lebanon", "Abu Dhabi", "UAE",
    "Muscat", "Oman", "Manama", "Bahrain", "Nicosia", "Cyprus",
    "Addis Ababa", "Ethiopia", "Asmara", "Eritrea", "Mogadishu", "Somalia",
    "Khartoum", "Sudan", "Kampala", "Uganda", "Dodoma", "Tanzania",
    "Lusaka", "Zambia", "Harare", "Zimbabwe", "Windhoek", "Namibia",
    "Gaborone", "Botswana", "Dakar", "Senegal", "Rabat", "Morocco",
    "Algiers", "Algeria", "Tunis", "Tunisia", "Colombo", "Sri Lanka",
    "Thimphu", "Bhutan", "Phnom Penh", "Cambodia", "Vientiane", "Lao PDR",
    "Suva", "Fiji", "Port Moresby", "Papua New Guinea", "Montevideo",
    "Uruguay", "Asunción", "Paraguay", "Quito", "Ecuador", "Bern",
    "Switzerland", "Prague", "Czech Republic", "Bratislava", "Slovakia",
    "Budapest", "Hungary", "Bucharest", "Romania", "Sofia", "Bulgaria",
    "Belgrade", "Serbia", "Zagreb", "Croatia", "Ljubljana", "Slovenia",
    "Vilnius", "Lithuania", "Riga", "Latvia", "Tallinn", "Estonia",
    "Vaduz", "Liechtenstein",
    /* more capitals, so that the meeting's place names its host ("The
     * host Minister"; session 25) */
    "Monrovia", "Liberia", "Freetown", "Sierra Leone", "Conakry", "Guinea",
    "Bamako", "Mali", "Niamey", "Niger", "Ouagadougou", "Burkina Faso",
    "Lomé", "Togo", "Cotonou", "Benin", "Bissau", "Guinea-Bissau",
    "Praia", "Cabo Verde", "Nouakchott", "Mauritania",
    "Yaoundé", "Cameroon", "Libreville", "Gabon",
    "Malabo", "Equatorial Guinea", "Brazzaville", "Congo",
    "Kinshasa", "DRC", "Luanda", "Angola", "Maputo", "Mozambique",
    "Lilongwe", "Malawi", "Mbabane", "Eswatini", "Maseru", "Lesotho",
    "Antananarivo", "Madagascar", "Port Louis", "Mauritius",
    "Moroni", "Comoros", "Juba", "South Sudan", "Gitega", "Burundi",
    "Bujumbura", "Burundi", "N’Djamena", "Chad", "Tripoli", "Libya",
    "Apia", "Samoa", "Nuku’alofa", "Tonga", "Port Vila", "Vanuatu",
    "Honiara", "Solomon Islands", "Majuro", "Marshall Islands", "Palikir", "FSM",
    "Funafuti", "Tuvalu", "Tarawa", "Kiribati", "Malé", "Maldives",
    "Nay Pyi Taw", "Myanmar", "Naypyidaw", "Myanmar", "Dili", "Timor-Leste",
    "Pyongyang", "DPRK", "Kabul", "Afghanistan", "Tirana", "Albania",
    "Skopje", "North Macedonia", "Podgorica", "Montenegro",
    "Sarajevo", "Bosnia and Herzegovina", "Pristina", "Kosovo",
    "Chișinău", "Moldova", "Chisinau", "Moldova", "Minsk", "Belarus",
    "Valletta", "Malta", "Kuwait City", "Kuwait", "Havana", "Cuba",
    "Caracas", "Venezuela", "La Paz", "Bolivia", "Panama City", "Panama",
    "San José", "Costa Rica", "Managua", "Nicaragua",
    "Tegucigalpa", "Honduras", "San Salvador", "El Salvador",
    "Guatemala City", "Guatemala", "Belmopan", "Belize",
    "Port of Spain", "Trinidad and Tobago", "Bridgetown", "Barbados",
    "Nassau", "Bahamas", "Paramaribo", "Suriname",
    "Santo Domingo", "Dominican Republic", "Port-au-Prince", "Haiti",
    "Castries", "Saint Lucia", "Roseau", "Dominica", "Banjul", "The Gambia",
    "Bandar Seri Begawan", "Brunei Darussalam",
    NULL};

/* Burmese name words: a name made of them alone has no family name
 * whatever the party ("Kyaw Zin Thant", ASEAN's Secretary-General) */
const char *const scm_burmese_name_words[] = {
    "Aung", "Aye", "Chit", "Ei", "Hla", "Hlaing", "Hnin", "Hsu", "Htay",
    "Htet", "Htoo", "Htun", "Htwe", "Khaing", "Khin", "Khine", "Kyaw",
    "Kyi", "Linn", "Lwin", "Maung", "Moe", "Mya", "Myat", "Myint", "Myo",
    "Naing", "Nandar", "Nay", "Nwe", "Nyein", "Nyunt", "Ohn", "Oo", "Phyo",
    "Pyae", "Pyi", "Sandar", "Sein", "Shwe", "Soe", "Swe", "Thant", "Thaw",
    "Thein", "Thet", "Thida", "Thura", "Thuzar", "Tin", "Tun", "Wai",
    "Win", "Wint", "Wunna", "Yadanar", "Zaw", "Zeya", "Zin", "Zar",
    /* session 16: "Soe Min Htike", "Kyaw Thiha Aung" */
    "Min", "Htike", "Thiha", "Hein", "Kaung", "Lin", NULL};

/* States whose people write names in either order: a listed family name
 * first, in a name of three words, is read family-first ("Tan Wei Ming"
 * of Singapore; "Vivian Balakrishnan" stays given-first). */
const char *const scm_mixed_order_parties[] = {"Singapore", "Hong Kong",
                                               "Macao", "Macau", NULL};

/* Organisations as parties: their officers' names follow no one naming
 * tradition ("Dr. Kao Sovannarith" of ASEAN is read as with no party). */
const char *const scm_bloc_parties[] = {"ASEAN", "NATO", "EU", "UN", "AU",
                                        "OAS", "IPEF", "Quad", "G7", "G20",
                                        "CARICOM", "ECOWAS", "SADC", NULL};

const char *const scm_given_family_parties[] = {"Ethiopia", "Eritrea",
                                                "Malaysia", "Brunei Darussalam",
                                                NULL};

const char *const scm_given_honorifics[] = {
    "Sheikh", "Sheikha", "Shaikh", "Shaikha", "Prince", "Princess", "Sir",
    "Dame", "Ratu", "Adi", "Ro", "Tun",
    /* rulers' titles that are given names too, inside a name: "Dr.
     * Rashid Sultan Al Ketbi" (session 21) */
    "Sultan", "Amir", NULL};

const char *const scm_state_form_words[] = {
    "Kingdom", "Republic", "Federal", "Federative", "Democratic",
    "Socialist", "Islamic", "Arab", "People's", "People’s", "United",
    "State", "Sultanate", "Principality", "Grand", "Duchy", "Commonwealth",
    "Federation", "Plurinational", "Bolivarian", "Hashemite", "Oriental",
    "Cooperative", "Co-operative", "Independent", "Emirate",
    "Eastern", /* "the Eastern Republic of Uruguay" */ NULL};

const char *const scm_title_modifiers[] = {
    "Deputy", "Vice", "Principal", "Acting", "Assistant", "Under",
    /* the Commonwealth Caribbean's "Ag. Comptroller of Customs" (acting;
     * session 25) */
    "Ag.",
    "Senior", "Special", "Chief", "Executive", "First", "Second", "Former",
    "Associate", "Permanent", "Parliamentary", "Federal", "Coordinating",
    "National", /* "National Director of Water Resources" */
    NULL};

const char *const scm_post_nominals[] = {"MP", "M.P.", "MEP", "MLA", "MHA", "KC",
                                         "TD", "T.D.", /* Ireland: Teachta Dála */
                                         /* Nigeria's national orders */
                                         "OFR", "CON", "GCON", "CFR", "GCFR", "OON",
                                         "QC", "SC", "OBE", "CBE", "KBE",
                                         "MBE", "AO", "AC", "PC", "GCMG",
                                         "KCMG", "CMG", "EGH", "PhD", "KCB",
                                         "GCB", "CB", "DBE", "GBE", "KCVO",
                                         "DSO", "P.C.",
                                         /* Senior Counsel and King's/Queen's
                                          * Counsel with periods, "A, S.C.,
                                          * M.P., Prime Minister" (session 35) */
                                         "S.C.", "Q.C.", "K.C.", "PhD.",
                                         /* a Member of the Scottish
                                          * Parliament (session 35) */
                                         "MSP",
                                         /* the Philippine services after an
                                          * officer's name: "General Ramon D.
                                          * Villacorta PA, Chief of Staff"
                                          * (session 21) */
                                         "PA", "PN", "PAF",
                                         /* Papua New Guinea's orders, "Hon.
                                          * Dr. Name, OL, MP" (session 30) */
                                         "OL", "GCL", "CSM",
                                         /* … and the U.S. services':
                                          * "ADM Corwin J. Halvorsen, USN"
                                          * (session 24) */
                                         "USN", "USAF", "USMC", "USCG", "USSF",
                                         /* New Zealand, Australian and
                                          * British orders; degrees */
                                         "MNZM", "ONZM", "CNZM", "KNZM",
                                         "DNZM", "GNZM", "QSO", "AM", "OAM",
                                         "AK", "LVO", "CVO", "GCVO", "KG",
                                         "KT", "CH", "OM", "Ph.D.", "M.Si.",
                                         "M.Sc.", "MSc", "M.A.",
                                         /* Indonesian degrees after a
                                          * name: "Widyastuti, S.H., M.A."
                                          * (session 19) */
                                         "S.H.", "S.E.", "S.T.", "S.Sos.",
                                         "S.IP.", "S.Kom.", "S.Pd.", "M.H.",
                                         "M.M.", "M.Hum.", "M.B.A.", "MBA",
                                         "LL.M.", "LL.B.",
                                         /* doctorates: "D.Sc. (Econ.)"
                                          * (session 30) */
                                         "D.Sc.", "DSc", "D.Phil.", "DPhil", "Sc.D.",
                                         /* learned societies' fellows,
                                          * "Professor Dame Imogen C.
                                          * Harcastle DBE FRS FREng"; an
                                          * Austrian "BSc MSc" (session 26) */
                                         "FRS", "FREng", "FRSE", "FMedSci", "FBA",
                                         "FAA", "FTSE", "FRSC", "BSc", "BA",
                                         "MA", "LLM",
                                         /* staff and war courses, as
                                          * South Asian services write
                                          * them after a name (session
                                          * 18): "Shafiqul Alam Bhuiyan
                                          * ndc, Additional Secretary" */
                                         "ndc", "psc", "afwc", "rcds", "hdmc",
                                         /* Bangladesh's decorations and
                                          * services: "Rear Admiral … NUP,
                                          * ndc, psc, BN" (session 21) */
                                         "NUP", "BSP", "OSP", "BN",
                                         /* Canada's military orders and
                                          * decorations: "General … ,
                                          * CMM, MSC, CD, Commander"
                                          * (session 21) */
                                         "CMM", "OMM", "MMM", "MSC", "MSM",
                                         /* India's civil services
                                          * after a name: "Dr. Ananya
                                          * Raghavan, IAS, Secretary"
                                          * (session 18) */
                                         "IAS", "IPS", "IFS",
                                         /* Kenya's orders with stops:
                                          * "Samuel Rotich, C.G.H.,
                                          * President" (session 18) */
                                         "C.G.H.", "E.G.H.", "M.G.H.",
                                         "C.B.S.", "E.B.S.", "M.B.S.",
                                         "O.G.W.", "H.S.C.",
                                         /* Jamaica's orders */
                                         "ON", "OJ", "OD",
                                         /* … its Order of Distinction's
                                          * Commander (session 19) */
                                         "CD",
                                         /* Mauritius's Order of the Star
                                          * and Key; a surgeons' college
                                          * fellowship (session 19) */
                                         "GCSK", "GOSK", "CSK", "FRCS",
                                         /* the royal colleges' other
                                          * fellowships and memberships:
                                          * "Professor A FRCPI, Chair"
                                          * (session 33) */
                                         "FRCP", "FRCPI", "FRCSI", "FRCPE",
                                         "FRCSEd", "FRCOG", "FRCPsych",
                                         "FRCGP", "FRCPath", "FFPH", "FRACP",
                                         "FRACS", "FRCPC", "FRCSC", "MRCP",
                                         "MRCPI", "MRCS",
                                         /* Pakistan's civil awards, written
                                          * out: "A, Sitara-i-Imtiaz, Vice-
                                          * Chancellor" (session 33) */
                                         "Nishan-i-Imtiaz", "Hilal-i-Imtiaz",
                                         "Sitara-i-Imtiaz", "Tamgha-i-Imtiaz",
                                         /* Australian decorations */
                                         "PSM", "CSC", "CSM", "DSC", "DSM",
                                         "APM", "AFSM", "NSC",
                                         /* Kenya's orders ("Name, CBS,
                                          * Cabinet Secretary for …") */
                                         "CBS", "EBS", "MBS", "OGW", "HSC",
                                         "CGH", "MGH",
                                         /* an officer's service: "Admiral
                                          * Name AO CSC RAN", "Name, USN" */
                                         "RAN", "RAAF", "RN", "RNZN",
                                         "RNZAF", "RAF", "USN", "USMC",
                                         "USAF", NULL};

const char *const scm_name_suffixes[] = {"Jr.", "Sr.", "Jr", "Sr", "II",
                                         "III", "IV",
                                         /* a monarch's regnal number:
                                          * "King Mohammed VII" (not "V"
                                          * nor "X", an initial's letters;
                                          * session 26) */
                                         "VI", "VII", "VIII", "IX", "XI", "XII",
                                         /* Portuguese: "Sampaio Filho" */
                                         "Filho", "Neto", "Júnior",
                                         /* (also "Ramalho Netto", "Sobrinho";
                                          * session 31) */
                                         "Netto", "Sobrinho", NULL};

const char *const scm_rank_roles[] = {
    "General", "Admiral", "Colonel", "Lieutenant", "Captain", "Major",
    "Commodore", "Brigadier", "Marshal", "Sergeant", "Superintendent",
    "Inspector", "Colonel-Major", "Staff Major General", "Staff Brigadier",
    "Staff Colonel",
    /* a diplomatic rank before a name gives way to the office after it:
     * "Ambassador Neema Mwakalinga, Minister for Foreign Affairs" */
    "Ambassador", "Commissioner",
    /* (and the grades below it: "Minister Plenipotentiary A, Director of
     * …"; session 28) */
    "Minister Plenipotentiary", "Minister-Counsellor", "Minister Counsellor",
    /* a police rank: "Commissioner General Úbeda Pastora, Deputy Director
     * General of the National Police"; alone, its own role (session 21) */
    "Commissioner General",
    "Air Chief Marshal", "Air Marshal",
    "Field Marshal", "Vice Admiral", "Rear Admiral", "Air Vice Marshal",
    "Air Commodore", "Air Vice-Marshal",
    /* a form of address that an office given later replaces: "H.E.
     * Senator Abubakar Danladi Yerima" … "Vice President Yerima"; and
     * Switzerland's parliamentarians, "National Councillor A (SVP, BE),
     * President of the Foreign Affairs Committee …", "Councillor of
     * States B" (session 33) */
    "Senator", "National Councillor", "Councillor of States",
    /* … and Ireland's "Deputy Niamh Tuohy TD" (session 41) */
    "Deputy",
    /* … and Spanish naval ranks (session 41) */
    "Almirante", "Vicealmirante", "Contralmirante", "Capitán de Navío", "Capitana de Navío",
    "Capitán de Fragata", "Capitana de Fragata", NULL};

/* Places and institutions often named after a person ("Queen Elizabeth
 * Hospital", "King George Island"): never part of a personal name, and a
 * name right before one is the place's.  No common family name here
 * ("Park", "Hall", "Church"). */
const char *const scm_place_nouns[] = {
    "Hospital", "Island", "Islands", "Airport", "Avenue", "Station",
    "Square", "Stadium", "Museum", "Library", "College", "School",
    "Academy", "Harbour", "Harbor", "Canal", "Strait", "Reef", "Mountains",
    "Barracks", "Hotel", "Memorial", "Foundation", "Prize", "Award",
    "Medal", "Scholarship", "Scholarships", "Mosque", "Cathedral",
    "Highway", "Corridor", "Airbase", "Cup", "Trophy", "Lecture", "City",
    "Centre",
    "Center", "Institute", "University",
    /* a body's head after the words of its name, "Head / State Electoral
     * Office" of a signature block (session 35) */
    "Office", "Agency", "Authority", "Commission", "Bureau", "Secretariat", NULL};

const char *const scm_not_name_words[] = {
    /* Hausa traditional titles between a name and its office, "Alhaji A,
     * Wazirin Gusau, Minister of Defence" (session 30) */
    "Wazirin", "Sarkin", "Galadiman", "Turakin", "Magajin", "Madakin", "Sardaunan",
    "The", "This", "That", "These", "Those", "In", "On", "At", "By", "For",
    "With", "From", "To", "Of", "And", "Or", "But", "As", "It", "Its",
    "They", "He", "She", "We", "Our", "Their", "His", "Her", "Both", "All",
    "Government", "Governments", "Alliance", "Administration", "Ministry",
    "Department", "Republic", "Peninsula", "Forces", "Force", "Command",
    /* Spanish and Portuguese bodies' words: "Fiscalía General de la
     * República" is no General named "de la República" (session 19) */
    "República", "Nación", "Estado", "Ministerio",
    "Joint", "Security", "Defense", "Defence", "Council", "Committee",
    "Meeting", "Summit", "Statement", "Agreement", "Office", "Staff",
    /* a headline in title case: "President of the Republic Receives
     * Telephone Call from …" (session 28) */
    "Call", "Calls", "Visit", "Visits", "Talks", "Conversation",
    "Staffs", /* "the work of both General Staffs" (session 14) */
    "Negotiators", /* "The two Chief Negotiators" (session 18) */
    "Justices", "Registrars", /* "The two Chief Justices" */
    "Chiefs", "Nations", "States", "Army", "Navy", "Air", "Marine",
    /* a signature block's office broken in two columns, "Secretary of
     * State / Administrative State Secretary", is no one named
     * "Administrative State" (session 43) */
    "Administrative",
    "Affairs", "Foreign", "National", "Initiative", "Strategy", "Treaty",
    "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December", "Today",
    "Secretary", "Minister", "President", "General", "Admiral", "Also",
    "Vice", "Deputy", "Prime", "Chairman", "Commander", "Ambassador",
    "Group", "Dialogue", "Declaration", "Partnership", "Program",
    "Programme", "Plan", "Framework", "Guidelines", "House", "Congress",
    /* "the Representative List of the Intangible Cultural Heritage"
     * (session 29) */
    "List",
    "Parliament", "Assembly", "Union", "Organization", "Agency",
    "Bureau", "Center", "Centre", "Institute", "University", "Fund",
    "Bank", "Mission", "Embassy", "Consulate", "Team", "Working",
    "Secretariat", /* "General Secretariat of the Council" */
    /* "the Protection of Ombudsman Institutions" (session 35) */
    "Institutions", "Institution",
    /* "the Austrian Ombudsman Board" is no Ombudsman named Board
     * (session 36) */
    "Board", "Chamber", /* (and "the Honourable Chamber of Senators") */
    /* a law or a public account named after an office: "the Auditor
     * General Act", "the General State Account" (session 38); "the
     * Ombudsman Amendment Act, 2276" (session 40) */
    "Act", "Account", "Amendment",
    /* a day of observance before an office: "On World Bee Day,
     * Slovenia's Minister of Agriculture …, Petra Jerman Kos"; "the
     * Guidelines on Ombud Independence" (session 40) */
    "Day", "Independence",
    /* a release's own line under a headline that ends in an office:
     * "… meets with Bulgarian Minister of Foreign Affairs" / "Press
     * Release No. 118" (session 41) */
    "Press", "Release", "Communique", "Communiqué", "Statement", "Readout",
    /* an office's body in its own language after it: "Voorzitter van De
     * Nationale Assemblée", "Director General Marítimo" (session 41) */
    "Assemblée", "Nationale", "Marítimo", "Marítima", "Nacional",
    /* an office's portfolio word after "of Defense": "Secretary of
     * Defense Products of the Ministry of Defence" (session 39) */
    "Products", "Materiel", "Armaments",
    /* a programme or a ship class: "the Admiral Kuznetsov Class" ends no
     * name in them (scm_named_after_heads) */
    "Project", "Frigate", "Frigates", "Destroyer", "Corvette", "Class",
    "Structure", /* "… Regional Anti-Terrorist Structure (RATS), Name" */
    /* an office's complement, no name: "the Undersecretary for Multilateral
     * Affairs and Human Rights, Emilio Sandoval Treviño" (session 18) */
    "Rights",
    /* heads and modifiers of the bodies an office is "of" or "for" */
    "Policy", "Planning", "Operations", "Space", "Cyber", "International",
    "Cooperation", "Development", "Intelligence", "Acquisition",
    "Programs", "Plans", "Headquarters", "Division", "Directorate",
    "Service", "Services", "Branch", "Unit", "Region", "Regional",
    "Industry", "Trade", "Energy", "Economy", "Finance",
    "Justice", "Interior", "Health", "Education", "Environment",
    "Court", "Tribunal", /* "Prosecutor of the International Criminal Court" */
    /* a portfolio list: "Minister for Trade, Co-operatives, Micro, Small
     * and Medium Enterprises" (session 22) */
    "Co-operatives", "Cooperatives", "Micro", "Enterprises",
    "Technology", "Science", "Unification", "Veterans", "Overseas",
    "Public", "Global", "Strategic", "Special",
    /* local government: "Mayor of the City Municipality of Nova Gorica"
     * (session 15) */
    "Municipality", "Municipal", "Province", "Provincial", "County",
    "District", "Prefecture", "Governorate", "Metropolitan",
    /* regions: "Director for the Middle East and North Africa" */
    "North", "South", "East", "West", "Middle", "Central", "Africa",
    "Asia", "Europe", "Pacific", "Atlantic", "Arctic", "Caribbean",
    "Americas", "Gulf", "Ocean", "Sea", "Indo-Pacific",
    /* more heads of ministries and agencies */
    "Investment", "Commerce", "Agriculture", "Fisheries", "Transport",
    "Labour", "Labor", "Culture", "Tourism", "Communications",
    "Infrastructure", "Housing", "Welfare", "Resources", "Maritime",
    "Coordinating", "Economic", "Political", "Legal", "Consular",
    "Multilateral", "Bilateral", "Civil", "Emergency", "Disaster",
    "Local", "Authorities", "Authority", "Decentralisation", "Conference",
    "Consultations", "Consultation", "Level", "Talks",
    "Session", "Forum", "Symposium", "Convention", "Commission",
    "Decentralization", "Territorial", "Relations", "Abroad",
    "Climate", "Digital", "Innovation", "Research", "Industrial",
    "Treasury", "Customs", "Immigration", "Border", "Internal", "Mines",
    "Mining", "Minerals", "Petroleum", "Nuclear", "Aviation", "Naval",
    "Military", "Armed", "Humanitarian", "Relations", "Procurement",
    "Logistics", "Personnel", "Readiness", "Protection", "Contingencies",
    "Preparedness",     /* portfolios of ministries ("Minister of Labour and Employment") */
    "Employment", "Information", "Youth", "Sports", "Women", "Gender", "Lands", "Water", "Natural", "Heritage", "Forestry", "Livestock", "Irrigation", "Oceans", "Works", "Rural", "Urban", "Social", "Solidarity", "Religious", "Integration", "Telecommunications", "Revenue", "Budget", "Cabinet", "Presidential", "Power", "Electricity", "Gas", "Oil", "Environmental", "Food", "Nutrition", "Police", "Coast", "Guard",
    /* fields and offices' last words, never a name after a rank or a
     * title: "the General Data Protection Regulation", "Director of
     * Operations and General Investigation", "Chief Statistician"
     * (session 21) */
    "Data", "Statistics", "Statistician", "Officer", "Investigation",
    "Investigations", "Narcotics", "Drugs", "Taxation", "Tax", "Excise",
    "Regulatory", "Safety", "Regulation",
    /* "Deputy Minister for Trade Negotiations Ahn Min-seo" (session 21) */
    "Negotiations", "Negotiation",
    /* a headline's verbs in title case ("Readout: Secretary Villacorta
     * Meets Palau's Minister of State") */
    "Meets", "Hosts", "Visits", "Receives", "Welcomes", "Holds", "Calls",
    "Speaks", "Travels", "Signs", "Attends", "Announces", "Discusses",
    /* "Belize’s Foreign Minister Pays Official Visit to Jamaica" (session
     * 15) */
    "Pays", "Makes", "Leads", "Opens", "Concludes", "Launches", "Chairs",
    "Co-Chairs", "Addresses", "Joins", "Reaffirms", "Urges", "Agrees",
    "Renews", "Reviews", "Congratulates", "Thanks", "Presents", "Delivers",
    "Unveils", "Completes", "Arrives", "Tours", "Inaugurates", "Witnesses",
    "Celebrates", "Hails", "Pledges", "Commits", "Deepens", "Strengthens",
    /* the same verbs after two names ("Prime Minister Hanley and
     * President Owusu-Ansah Discuss Reparatory Justice"; session 26) */
    "Meet", "Discuss", "Hold", "Sign", "Agree", "Reaffirm", "Launch",
    "Review", "Renew", "Pledge", "Commit", "Deepen", "Strengthen", "Hail",
    "Celebrate", "Exchange", "Explore", "Underline", "Urge",
    /* bodies a person heads ("The President of the South American
     * Football Confederation (CONMEBOL), Mr. …") */
    "Confederation", "Facility", "Federation", "Association", "Organisation",
    /* military bodies ("Commandant of the Marine Corps General …") */
    "Corps", "Fleet", "Brigade", "Battalion", "Regiment", "Squadron",
    "Component", "Cyberspace",
    /* more portfolios ("… for Strategic Assessment Victorino A. Dumlao") */
    "Assessment", "Assessments", "Analysis", "Reform",
    "Modernization", "Modernisation", "Transformation", "Capability",
    "Capabilities", "Sustainment",
    /* (session 31: "Director General Submarine Sustainment", "the
     * Ministry’s General Diwan") */
    "Submarine", "Submarines", "Shipbuilding", "Diwan", "Promotion",
    /* plurals of people that bodies are named for ("Coordinator of the
     * Working Group of Diamond Experts") */
    "Experts", "Officials", "Observers", "Participants", "Members",
    "Parties", "Delegates",
    /* documents and places named in offices' bodies ("General Principles
     * and Operational Guidelines", "… of the Paraguay–Paraná Waterway",
     * "… of the La Plata Basin Countries") */
    "Principles", "Waterway", "Countries", "Basin",
    /* buildings that name a ministry ("Chief Pentagon Spokesperson") */
    "Pentagon", "Kremlin",
    /* portfolios of environment and planning ministries: "Acting Minister
     * of Sustainable Development, Climate Change and Disaster Risk
     * Management of Belize, Hon. …" names no "Risk Management" (session
     * 25) */
    "Management", "Risk", "Change", "Sustainable", "Resilience",
    "Adaptation", "Conservation", "Biodiversity", "Wildlife", "Mobility",
    "Connectivity", "Competitiveness", "Entrepreneurship", "Reconstruction",
    "Sanitation",
    /* "Minister for Culture, Creative Industries and Heritage of Saint
     * Lucia, Hon. …" */
    "Industries", "Creative", "Community", NULL};

/* Heads of names given after a person ("the General José Artigas Military
 * Academy"): a name followed by one of them is part of that name. */
const char *const scm_named_after_heads[] = {
    "Academy", "School", "College", "University", "Institute", "Foundation",
    "Centre", "Center", "Hospital", "Prize", "Award", "Scholarship",
    "Scholarships", "Fellowship", "Fellowships", "Bridge", "Airport",
    "Street", "Avenue", "Square", "Stadium", "Library", "Museum", "Lecture",
    "Memorial", "Mausoleum", "Barracks", "Medal", "Trophy", "Highway",
    "Canal", "Doctrine",
    /* a research station: "the Professor Julio Escudero Base" */
    "Base", "Station",
    /* a programme or a ship class: "the General Purpose Frigate Program" */
    "Program", "Programme", "Project", "Frigate", "Frigates", "Destroyer",
    "Corvette", "Class",
    /* an instrument: "the General Peace Treaty signed in Lima" */
    "Treaty", "Accord", "Accords", "Protocol", NULL};

/* Heads of institutions and places named after a person that open the
 * name, as Romance languages write them ("the Hospital Dr. Rafael Ángel
 * Calderón Guardia", "the Instituto Nacional de Saúde Doutor Ricardo
 * Jorge"); the English heads of scm_named_after_heads count as well. */
const char *const scm_named_before_heads[] = {
    "Instituto", "Institut", "Hospital", "Hôpital", "Ospedale", "Universidad",
    "Universidade", "Università", "Université", "Escola", "Escuela", "Colegio",
    "Liceo", "Lycée", "Aeropuerto", "Aeroporto", "Aéroport", "Fundación",
    "Fundação", "Fondation", "Fondazione", "Centro", "Museo", "Museu", "Musée",
    "Estadio", "Estádio", "Puente", "Ponte", "Avenida", "Rua", "Plaza", "Praça",
    "Complejo", "Complexo", "Policlínico", "Policlínica", "Clínica", NULL};

const char *const scm_irregular_verbs[] = {
    "undertook", "undertake", "undertaken", "undertake", "paid", "pay",
    "took", "take",
    "taken", "take", "saw", "see", "seen", "see", "held", "hold", "met",
    "meet", "sought", "seek", "understood", "understand", "stood", "stand",
    "made", "make", "gave", "give", "given", "give", "began", "begin",
    "begun", "begin", "foresaw", "foresee", "foreseen", "foresee",
    "spoke", "speak",
    "spoken", "speak", "bore", "bear", "chose", "choose", "chosen",
    "choose", "drew", "draw", "drawn", "draw", "withdrew", "withdraw",
    "forgave", "forgive",
    /* "laid emphasis on" (session 35) */
    "laid", "lay",
    /* "threw their weight behind" (session 35) */
    "threw", "throw", "thrown", "throw",
    /* "came to an agreement" (session 37) */
    "came", "come", NULL};

const char *const scm_verb_skip_words[] = {
    "their", "his", "her", "its", "our", "the", "a", "an", "sincere",
    "deep", "deepest", "strong", "strongest", "great", "full", "firm",
    "profound", "warm", "heartfelt", "grave", "serious", "particular",
    "continued", "mutual", "common", "utmost", "shared", "high", "special",
    "sincerest", "heartiest", "hearty", "appreciation", "joint",
    "unwavering", "steadfast", "further", "also", "strongly", "fully",
    "wholehearted", "whole-hearted", "unreserved", "unequivocal", "keen",
    "renewed", "fullest", "warmest", "earnest", "solemn", "staunch",
    "resolute", "unconditional", "considerable", "greatest", "collective",
    "growing", "increasing", "continuing", "enduring", "robust", "active",
    "consistent", "genuine", "firmest",
    /* "took good note of", "took due note of" (session 25) */
    "good", "due", "careful",
    /* "took favourable note of" (session 34) */
    "favourable", "favorable", NULL};

const char *const scm_auxiliaries[] = {
    "will", "would", "shall", "should", "can", "could", "may", "might",
    "must", "do", "does", "did", "have", "has", "had", "are", "is", "was",
    "were", "be", "been", "remain", "remains", "remained", "am", NULL};

const char *const scm_verb_adverbs[] = {
    "also", "further", "again", "once", "jointly", "together", "both",
    "each", "all", "hereby", "today", "now", "still", "thus", "therefore",
    "likewise", "similarly", "too", "then", "already", "each", "equally",
    "furthermore", "moreover", "additionally", "subsequently", "duly",
    "further", "collectively", "respectively", "nevertheless",
    "nonetheless", "however", "accordingly", "separately", "meanwhile",
    "yet", /* "have not yet agreed" (session 23) */
    NULL};

const char *const scm_ly_not_adverbs[] = {
    "apply", "supply", "reply", "rely", "comply", "multiply", "imply",
    "ally", "fly", "only", "family", "Italy", "assembly", "early", "July",
    "bully", "rally", "tally", "sully", "belly", "jelly", "holy", "ugly",
    "daily", "likely", "unlikely", "friendly", "orderly", "timely",
    "costly", "elderly", "lonely", "lovely", "monopoly", "anomaly", NULL};

const char *const scm_negators[] = {"not", "never", "neither", "nor",
                                    "cannot", NULL};

const char *const scm_pronouns_previous[] = {"They", "they", NULL};
const char *const scm_pronouns_self[] = {"We", "we", NULL};
const char *const scm_determiners[] = {"The", "the", "Our", "our",
                                       "All", "all", NULL};
const char *const scm_numerals[] = {
    "two", "both", "three", "four", "five", "six", "seven", "eight",
    "nine", "ten", "Two", "Both", "Three", "Four", "Five", "Six", NULL};

const char *const scm_group_previous[] = {
    "sides", "Sides", "nations", "Nations", "countries", "Countries",
    "parties", "Parties", "delegations", "Delegations",
    /* a news release's "The duo also discussed …" (session 24) */
    "duo",
    /* … and its three: "The ministerial trio reaffirmed …" (session 28) */
    "trio",
    /* "Both Panels", "The Omani and Philippine Panels" (session 25) */
    "Panels", "panels",
    /* negotiating rounds' "The two teams agreed …", each its state's
     * "team" (session 33) */
    "teams", "Teams",
    /* "The two Sections", "Both Sections" of a joint commission (session 35) */
    "Sections", "sections",
    /* "Both parts" of a border commission (session 44) */
    "Parts", "parts", NULL};

const char *const scm_group_named[] = {
    "Presidents", "presidents", "Leaders", "leaders", "Governments",
    /* a news release's "The two politicians reviewed …", its leaders
     * (session 30) */
    "politicians",
    "governments", "Ministers", "ministers", "Secretaries", "secretaries",
    "Heads", "Chairmen", "Chairs", "Foreign Ministers", "Prime Ministers",
    "Defense Ministers", "Defence Ministers", "Commanders", "Allies",

    "allies", "Partners", "partners", "Co-Chairs", "Co-chairs",
    /* consultations' "co-heads" as their co-chairs (session 24); a
     * meeting's "co-hosts" and "co-conveners" (session 25) */
    "co-heads", "Co-Heads", "Co-heads", "co-hosts", "Co-hosts", "Co-Hosts",
    "co-conveners", "Co-conveners", "Co-Conveners",
    /* "The Co-Chairpersons noted …" (session 25) */
    "Co-Chairpersons", "Co-chairpersons", "co-chairpersons",
    /* "The co-presidents" of a commission "co-presided by" two ministers
     * (session 26) */
    "co-presidents", "Co-Presidents", "Co-presidents", "co-leads", "Co-leads", "Co-Leads",
    /* "The Co-Chairmen noted …" of an intergovernmental commission */
    "Co-Chairmen", "Co-chairmen", "co-chairmen",
    /* the signatories of a declaration speaking as one: "The Signatories
     * reaffirmed …" (session 25) */
    "Signatories",
    "co-chairs", "Chairpersons", "Participants", "participants", "Chiefs",
    "Ambassadors", "Envoys", "Directors", "Generals", "Admirals",
    "Commissioners", "Governors", "Mayors", "Premiers", "Chancellors",
    "Vice Ministers", "Deputy Ministers", "Vice-Ministers",
    /* a negotiating round's delegation heads (session 18) */
    "Chief Negotiators", "Negotiators", "negotiators",
    "Chief Justices", "Justices",
    /* a body's members, "Members highlighted …" (session 18) */
    "Members",
    /* a joint committee's representatives, national security advisers
     * (session 20) */
    "Representatives", "Advisors", "Advisers", "National Security Advisors",
    /* a pledging conference's "Donors pledged …" (session 33) */
    "Donors",
    "National Security Advisers",
    /* "The two Ombudsmen agreed …" of two ombudsman institutions (session 35) */
    "Ombudsmen", "Ombudspersons", NULL};

const char *const scm_party_heads[] = {
    "Government", "government", "Governments", "side", "delegation",
    "Party", /* "The Nigerian Party": a joint commission's side */
    "party", /* "The Gabonese party" (session 20) */
    "Administration", "authorities", "people", "partners", "members",
    /* a negotiating round's "the Indian team"; a joint commission's
     * "The Jordanian Side" (session 24) */
    "team", "Side",
    /* "The Uzbek part presented …": the side, as Russian-language
     * texts translate it (session 33) */
    "part",
    /* … and its capital, "The Azerbaijani Part" (session 36) */
    "Part",
    /* air services talks' and joint committees' "The Philippine Panel"
     * (session 25) */
    "Panel", "panel",
    /* a joint commission's national "Section", "The Dominica Section"
     * (session 35) */
    "Section",
    NULL};

const char *const scm_open_adverbs[] = {
    "Today", "Together", "Also", "Additionally", "Furthermore",
    "Moreover", "Similarly", "Consequently", "Accordingly", "Likewise",
    "Finally", "Meanwhile", "Further", "Subsequently", "Separately",
    "Lastly", "Specifically", "Now", "Thus", "Therefore", "Hence",
    "Tonight", "Yesterday", "Jointly", "Collectively", NULL};

const char *const scm_session_kinds[] = {"Ordinary", "Extraordinary", "Regular",
                                        "Special",  "Annual",        "Plenary",
                                        NULL};

const char *const scm_meeting_heads[] = {
    "Meeting", "Dialogue", "Committee", "Council", "Summit", "Conference",
    "Talks", "Consultations", "Group", "Forum", "Session", "Ministerial",
    "Consultation", "Meetings", "Commission",
    /* "the 71st Session of the Baltic Assembly (BA)": a parliamentary
     * body's numbered sittings */
    "Assembly",
    /* "the 5th meeting of the … Bilateral Consultations Mechanism" */
    "Mechanism",
    /* "the 71st Japan – United States Security Subcommittee (SSC)" */
    "Subcommittee", "Sub-Committee",
    /* "The 88th Security Policy Initiative (SPI) … was held": a series of
     * meetings that only a number or "was held" makes one */
    "Initiative",
    /* "The Forty-Seventh Western Pacific Naval Symposium (WPNS) was
     * held" (session 18) */
    "Symposium", "Round", NULL};

const char *const scm_ordinal_units[] = {
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
    "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth",
    "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
    "nineteenth", NULL};

const char *const scm_ordinal_tens[] = {
    "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth",
    "seventieth", "eightieth", "ninetieth", NULL};

const char *const scm_cardinal_tens[] = {"twenty", "thirty", "forty",
                                         "fifty", "sixty", "seventy",
                                         "eighty", "ninety", NULL};

const char *const scm_place_verbs[] = {"held", "met", "convened", "meet",
                                       "gathered", "took", "gather", NULL};

const char *const scm_minister_roles[] = {"Raksha Mantri",
                                          /* a member of the Swiss Federal
                                           * Council heads a ministry
                                           * (session 21) */
                                          "Federal Councillor",
                                          /* … and of Liechtenstein's
                                           * Government (session 24) */
                                          "Government Councillor",
                                          /* Myanmar's and India's "Union
                                           * Minister" (session 30) */
                                          "Union Minister", NULL};

const char *const scm_leader_roles[] = {
    "President", "Prime Minister", "Chancellor", "Premier", "King",
    "Queen", "Emperor", "Prime Ministers", "Taoiseach", "Emir", "Amir", "Sultan",
    /* with a hyphen, as Romanian and Portuguese texts in English write it
     * (session 28) */
    "Prime-Minister",
    "Te Beretitenti", /* Kiribati's President */
    "Crown Prince", "Head of State", "Head of Government",
    /* Monaco's and Liechtenstein's monarchs (session 39) */
    "Sovereign Prince", "Reigning Prince",
    "Chief Executive", "Chair of the Presidential Council",
    /* Austria's, Germany's and Switzerland's styles (session 18) */
    "Federal President", "Federal Chancellor",
    /* the Netherlands' head of government (session 27) */
    "Minister-President",
    /* a ruling party's leader ("General Secretary of the Communist Party
     * of Vietnam") */
    "General Secretary", NULL};

const char *const scm_verb_idioms_not_acts[] = {"join", "forces", NULL};

const char *const scm_coordination_guards[] = {
    "by", "at", "in", "during", "under", "through", "from", "within",
    "upon", NULL};

const char *const scm_pronouns_single[] = {"He", "he", "She", "she", "It",
                                           "it", NULL};

/* Parties whose names carry the father's surname first and the
 * mother's after it ("Álvaro Castillo Medina": Castillo). */
const char *const scm_paternal_surname_parties[] = {
    "Spain", "Mexico", "Argentina", "Chile", "Colombia", "Peru",
    "Venezuela", "Ecuador", "Bolivia", "Uruguay", "Paraguay", "Cuba",
    "Guatemala", "Honduras", "El Salvador", "Nicaragua", "Costa Rica",
    "Panama", "Dominican Republic", "Andorra", NULL};
