/**
 * Word lists for the synthetic corpus, written for it. People are invented (first name + surname drawn
 * from the lists below) so no synthetic release puts words in a real person's mouth; countries and
 * cities are real so country facets and place extraction behave as they do on real releases.
 */

export interface Country {
  name: string;
  /** Adjective form used in titles ("Finnish Foreign Minister ..."). */
  adjective: string;
  capital: string;
}

export const COUNTRIES: readonly Country[] = [
  { name: "Finland", adjective: "Finnish", capital: "Helsinki" },
  { name: "Norway", adjective: "Norwegian", capital: "Oslo" },
  { name: "Portugal", adjective: "Portuguese", capital: "Lisbon" },
  { name: "Chile", adjective: "Chilean", capital: "Santiago" },
  { name: "Kenya", adjective: "Kenyan", capital: "Nairobi" },
  { name: "Vietnam", adjective: "Vietnamese", capital: "Hanoi" },
  { name: "Indonesia", adjective: "Indonesian", capital: "Jakarta" },
  { name: "Mongolia", adjective: "Mongolian", capital: "Ulaanbaatar" },
  { name: "Argentina", adjective: "Argentine", capital: "Buenos Aires" },
  { name: "Egypt", adjective: "Egyptian", capital: "Cairo" },
  { name: "Morocco", adjective: "Moroccan", capital: "Rabat" },
  { name: "Ghana", adjective: "Ghanaian", capital: "Accra" },
  { name: "Peru", adjective: "Peruvian", capital: "Lima" },
  { name: "Austria", adjective: "Austrian", capital: "Vienna" },
  { name: "Hungary", adjective: "Hungarian", capital: "Budapest" },
  { name: "Greece", adjective: "Greek", capital: "Athens" },
  { name: "Turkey", adjective: "Turkish", capital: "Ankara" },
  { name: "Kazakhstan", adjective: "Kazakh", capital: "Astana" },
  { name: "Uzbekistan", adjective: "Uzbek", capital: "Tashkent" },
  { name: "India", adjective: "Indian", capital: "New Delhi" },
  { name: "Japan", adjective: "Japanese", capital: "Tokyo" },
  { name: "Brazil", adjective: "Brazilian", capital: "Brasilia" },
  { name: "Mexico", adjective: "Mexican", capital: "Mexico City" },
  { name: "Canada", adjective: "Canadian", capital: "Ottawa" },
  { name: "Germany", adjective: "German", capital: "Berlin" },
  { name: "France", adjective: "French", capital: "Paris" },
  { name: "Italy", adjective: "Italian", capital: "Rome" },
  { name: "Spain", adjective: "Spanish", capital: "Madrid" },
  { name: "Poland", adjective: "Polish", capital: "Warsaw" },
  { name: "Sweden", adjective: "Swedish", capital: "Stockholm" },
  { name: "Denmark", adjective: "Danish", capital: "Copenhagen" },
  { name: "Ireland", adjective: "Irish", capital: "Dublin" },
  { name: "Nigeria", adjective: "Nigerian", capital: "Abuja" },
  { name: "Ethiopia", adjective: "Ethiopian", capital: "Addis Ababa" },
  { name: "South Africa", adjective: "South African", capital: "Pretoria" },
  { name: "Thailand", adjective: "Thai", capital: "Bangkok" },
  { name: "Malaysia", adjective: "Malaysian", capital: "Kuala Lumpur" },
  { name: "the Philippines", adjective: "Philippine", capital: "Manila" },
  { name: "Australia", adjective: "Australian", capital: "Canberra" },
  { name: "New Zealand", adjective: "New Zealand", capital: "Wellington" },
  { name: "Jordan", adjective: "Jordanian", capital: "Amman" },
  { name: "Oman", adjective: "Omani", capital: "Muscat" },
  { name: "Qatar", adjective: "Qatari", capital: "Doha" },
  { name: "Serbia", adjective: "Serbian", capital: "Belgrade" },
  { name: "Estonia", adjective: "Estonian", capital: "Tallinn" },
  { name: "Colombia", adjective: "Colombian", capital: "Bogota" },
  { name: "Tunisia", adjective: "Tunisian", capital: "Tunis" },
  { name: "Senegal", adjective: "Senegalese", capital: "Dakar" },
];

export const ORGANISATIONS: readonly string[] = [
  "the United Nations",
  "the European Union",
  "the African Union",
  "ASEAN",
  "the G20",
  "NATO",
  "the OSCE",
  "the World Trade Organization",
  "the Shanghai Cooperation Organisation",
  "BRICS",
  "the Council of Europe",
  "the World Health Organization",
];

export const FIRST_NAMES: readonly string[] = [
  "Aino", "Bram", "Celia", "Dario", "Elif", "Fenna", "Goran", "Hanna", "Ilya", "Jonas", "Kaja", "Luca",
  "Marta", "Nils", "Olga", "Pavel", "Quentin", "Rasa", "Sven", "Tamar", "Ugo", "Vera", "Wim", "Xenia",
  "Yusuf", "Zora", "Amara", "Bilal", "Chiara", "Dmitri", "Esther", "Farid", "Greta", "Hugo", "Ines",
  "Jarek", "Kofi", "Leila", "Mateo", "Nadia", "Oskar", "Priya", "Rafael", "Selin", "Tomas", "Ulla",
  "Viktor", "Wanda", "Yara", "Zeynep", "Anders", "Bettina", "Cosmin", "Dalia", "Emil", "Flavia",
  "Gideon", "Helga", "Ivo", "Jana", "Kenji", "Lucia", "Milan", "Noor", "Orhan", "Paula", "Radu",
  "Sakura", "Teodor", "Valeria", "Arjun", "Beatriz", "Cheng", "Daniela", "Erik", "Fatima", "Gustavo",
  "Hiroshi", "Irina", "Jorge", "Kamala", "Lars", "Mei", "Nikolai", "Oluwaseun", "Petra", "Ramon",
];

export const SURNAMES: readonly string[] = [
  "Aaltonen", "Brennholt", "Castellano", "Dragomir", "Eskildsen", "Ferreiro", "Grabowski", "Halvorsen",
  "Ivanescu", "Jovanic", "Kallistrat", "Lindqvist", "Marchetti", "Nordahl", "Oyelaran", "Petrakis",
  "Quiroga", "Rautio", "Szabados", "Tanaka-Weller", "Urquhart", "Varga", "Wolanski", "Yilmazer",
  "Zelenko", "Abernethy", "Bergstrand", "Corvalan", "Demirel", "Esposito", "Falkenrath", "Gallardo",
  "Hakkarainen", "Ilunga", "Jaramillo", "Kovalenko", "Lazaridis", "Mwangi", "Nakamura", "Obradovic",
  "Pellegrini", "Rahimov", "Sandoval", "Tereshko", "Uhlmann", "Vasquez", "Wiesner", "Xuereb", "Yamada",
  "Zamora", "Achterberg", "Balogun", "Ciobanu", "Dahlberg", "Engqvist", "Fontaine", "Gundersen",
  "Horvath", "Iordanou", "Janssen", "Kowalczyk", "Larrain", "Moreau", "Nyberg", "Okafor", "Paredes",
  "Rosendahl", "Sokolova", "Thorsen", "Valdivia", "Wojcik", "Zanetti", "Albescu", "Brodsky", "Cabral",
  "Duchene", "Eriksen", "Friedl", "Gavrilov", "Hadzic", "Ishikawa", "Juhasz", "Karimova", "Lombardi",
  "Mendoza", "Novak", "Ortega", "Pasternak", "Reyes-Olmo", "Sarkany", "Tuominen", "Vidal", "Wendt",
];

/** Foreign office titles for counterparts, most senior first. */
export const COUNTERPART_TITLES: readonly string[] = [
  "President",
  "Prime Minister",
  "Foreign Minister",
  "Chancellor",
  "Defence Minister",
  "Minister of Economy",
  "Speaker of Parliament",
  "Vice President",
];

export const ORG_TITLES: readonly string[] = ["Secretary-General", "President of the Commission", "Chairperson", "Director-General"];

/** Host-side aides and ministers, the people most often listed as attending. */
export const AIDE_TITLES: readonly string[] = [
  "Foreign Minister",
  "Presidential Aide",
  "Deputy Prime Minister",
  "Minister of Energy",
  "Minister of Economic Development",
  "Chief of Staff",
  "National Security Adviser",
  "Minister of Trade",
  "Ambassador",
  "Deputy Foreign Minister",
];

export const TOPICS: readonly string[] = [
  "trade and investment",
  "energy security",
  "regional stability",
  "cooperation in education and science",
  "climate and the energy transition",
  "the fight against terrorism",
  "humanitarian assistance",
  "transport corridors and logistics",
  "food security",
  "health cooperation",
  "cultural exchanges",
  "the digital economy",
  "nuclear safety",
  "migration and border management",
  "maritime security",
  "cooperation in space",
  "agricultural exports",
  "the situation in the region",
  "joint infrastructure projects",
  "tourism and direct flights",
];

/** Venues in a guest's capital; each host has its own venues in release-model.ts. */
export const VENUES: readonly string[] = [
  "the Presidential Palace",
  "the Government House",
  "the Palace of Independence",
  "the Congress Centre",
  "the Foreign Ministry",
  "the Parliament building",
];

export const MEAL_WORDS: readonly string[] = ["an official dinner", "a working lunch", "a state banquet", "a breakfast meeting", "a reception"];
export const CEREMONY_WORDS: readonly string[] = [
  "laid a wreath at the Tomb of the Unknown Soldier",
  "toured an exhibition of historical documents",
  "attended a concert of folk music",
  "visited a technology park",
  "planted a tree in the embassy garden",
];
export const DOCUMENT_WORDS: readonly string[] = [
  "a joint statement",
  "a memorandum on cooperation in energy",
  "an agreement on visa-free travel",
  "a programme of cultural cooperation",
  "an intergovernmental agreement on investment protection",
  "a roadmap for trade",
];

/** Pieces of spoken sentences; combined at random into turns and reported speech. */
export const OPENERS: readonly string[] = [
  "I would like to thank our guests",
  "We have had a substantive and frank conversation",
  "Our countries share a long history",
  "Let me say a few words about the results",
  "We attach great importance to this visit",
  "This is our third meeting this year",
  "The talks were held in a constructive atmosphere",
  "Allow me to begin with the economy",
];

export const CLAIMS: readonly string[] = [
  "trade between our countries grew by {pct} percent last year",
  "we agreed to set up a working group on {topic}",
  "our ministers will meet again before the end of the year",
  "there is real potential in {topic}",
  "we discussed {topic} in detail",
  "the joint commission has prepared {doc}",
  "we see eye to eye on {topic}",
  "we do not always agree, but we keep talking",
  "the new route will open next spring",
  "our companies have signed contracts worth {num} million",
  "we will continue the dialogue on {topic}",
  "both sides reaffirmed their commitment to {topic}",
  "the situation requires patience from everyone involved",
  "young people should be able to study in both countries",
];

export const REPORTING_VERBS: readonly string[] = ["said", "noted", "stressed", "pointed out", "emphasised", "added", "underlined", "recalled"];

export const NARRATION: readonly string[] = [
  "The sides discussed {topic} and {topic2}.",
  "The leaders exchanged views on {topic}.",
  "Particular attention was paid to {topic}.",
  "The parties reviewed progress on {topic} since their last meeting.",
  "The conversation also touched on {topic2}.",
  "Both sides expressed interest in expanding cooperation on {topic}.",
  "The meeting lasted about {num} minutes.",
  "The two sides agreed to keep in close contact.",
];

export const QUESTIONS: readonly string[] = [
  "Thank you. A question for both leaders about {topic}.",
  "Mr President, what did you agree on {topic}?",
  "Could you tell us whether the sides discussed {topic}?",
  "When will the next round of talks take place?",
];

export const MONTHS: readonly string[] = [
  "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
];
