import type { LocalizedName } from "./postal-codes";

/**
 * Dutch, French and German names of localities whose name differs between the languages, read by
 * build-postal-codes.ts only (the portal reads the generated data module, not this table).
 *
 * The source list names every locality once, in French where a French name exists (FOURONS,
 * BRUXELLES, LA CALAMINE) and otherwise in the local language. A locality absent here keeps that
 * one name, taken to be in the language of its region. An entry replaces it with every name it
 * lists; it lists only names that differ from the local one, because a reader whose language has
 * no name of its own is shown the local name anyway.
 *
 * Keys are spelled exactly as in the source list, where municipalities are in capitals and
 * sub-municipalities in mixed case: "HALLE" is Halle/Hal, "Halle" a village of Zoersel that has no
 * French name. The build fails on a key that matches no row.
 *
 * Sources (see PROVENANCE.md): municipality names as the BeST address register (FPS BOSA) gives
 * them; sub-municipality names in the facility municipalities, Brüssel and Schönberg from general
 * knowledge, not checked against a register.
 */
export const LOCALITY_NAMES: Readonly<Record<string, LocalizedName>> = {
  // Brussels-Capital Region: bilingual, so both names wherever they differ.
  BRUXELLES: { fr: "Bruxelles", nl: "Brussel", de: "Brüssel" },
  Laeken: { fr: "Laeken", nl: "Laken" },
  SCHAERBEEK: { fr: "Schaerbeek", nl: "Schaarbeek" },
  IXELLES: { fr: "Ixelles", nl: "Elsene" },
  "SAINT-GILLES": { fr: "Saint-Gilles", nl: "Sint-Gillis" },
  "MOLENBEEK-SAINT-JEAN": { fr: "Molenbeek-Saint-Jean", nl: "Sint-Jans-Molenbeek" },
  "BERCHEM-SAINTE-AGATHE": { fr: "Berchem-Sainte-Agathe", nl: "Sint-Agatha-Berchem" },
  "WOLUWE-SAINT-PIERRE": { fr: "Woluwe-Saint-Pierre", nl: "Sint-Pieters-Woluwe" },
  AUDERGHEM: { fr: "Auderghem", nl: "Oudergem" },
  "WATERMAEL-BOITSFORT": { fr: "Watermael-Boitsfort", nl: "Watermaal-Bosvoorde" },
  UCCLE: { fr: "Uccle", nl: "Ukkel" },
  FOREST: { fr: "Forest", nl: "Vorst" },
  "WOLUWE-SAINT-LAMBERT": { fr: "Woluwe-Saint-Lambert", nl: "Sint-Lambrechts-Woluwe" },
  "SAINT-JOSSE-TEN-NOODE": { fr: "Saint-Josse-ten-Noode", nl: "Sint-Joost-ten-Node" },

  // Flemish Region: French (and German) exonyms; facility municipalities the source names in French.
  ANTWERPEN: { nl: "Antwerpen", fr: "Anvers" },
  LIER: { nl: "Lier", fr: "Lierre" },
  MECHELEN: { nl: "Mechelen", fr: "Malines" },
  "BAARLE-HERTOG": { nl: "Baarle-Hertog", fr: "Baerle-Duc" },
  BIÉVÈNE: { nl: "Bever", fr: "Biévène" },
  HALLE: { nl: "Halle", fr: "Hal" },
  VILVOORDE: { nl: "Vilvoorde", fr: "Vilvorde" },
  "RHODE-SAINT-GENÈSE": { nl: "Sint-Genesius-Rode", fr: "Rhode-Saint-Genèse" },
  LEUVEN: { nl: "Leuven", fr: "Louvain", de: "Löwen" },
  TIENEN: { nl: "Tienen", fr: "Tirlemont" },
  ZOUTLEEUW: { nl: "Zoutleeuw", fr: "Léau" },
  "SCHERPENHEUVEL-ZICHEM": { nl: "Scherpenheuvel-Zichem", fr: "Montaigu-Zichem" },
  "HERK-DE-STAD": { nl: "Herk-de-Stad", fr: "Herck-la-Ville" },
  LEOPOLDSBURG: { nl: "Leopoldsburg", fr: "Bourg-Léopold" },
  "SINT-TRUIDEN": { nl: "Sint-Truiden", fr: "Saint-Trond" },
  FOURONS: { nl: "Voeren", fr: "Fourons" },
  "Fouron-Saint-Martin": { nl: "Sint-Martens-Voeren", fr: "Fouron-Saint-Martin" },
  "Fouron-Saint-Pierre": { nl: "Sint-Pieters-Voeren", fr: "Fouron-Saint-Pierre" },
  "Fouron-Le-Comte": { nl: "'s-Gravenvoeren", fr: "Fouron-le-Comte" },
  Mouland: { nl: "Moelingen", fr: "Mouland" },
  BRUGGE: { nl: "Brugge", fr: "Bruges", de: "Brügge" },
  DIKSMUIDE: { nl: "Diksmuide", fr: "Dixmude" },
  IEPER: { nl: "Ieper", fr: "Ypres" },
  MESSINES: { nl: "Mesen", fr: "Messines" },
  KORTRIJK: { nl: "Kortrijk", fr: "Courtrai" },
  MENEN: { nl: "Menen", fr: "Menin" },
  "ESPIERRES-HELCHIN": { nl: "Spiere-Helkijn", fr: "Espierres-Helchin" },
  Espierres: { nl: "Spiere", fr: "Espierres" },
  Helchin: { nl: "Helkijn", fr: "Helchin" },
  OOSTENDE: { nl: "Oostende", fr: "Ostende" },
  ROESELARE: { nl: "Roeselare", fr: "Roulers" },
  "DE PANNE": { nl: "De Panne", fr: "La Panne" },
  NIEUWPOORT: { nl: "Nieuwpoort", fr: "Nieuport" },
  VEURNE: { nl: "Veurne", fr: "Furnes" },
  AALST: { nl: "Aalst", fr: "Alost" },
  GERAARDSBERGEN: { nl: "Geraardsbergen", fr: "Grammont" },
  DENDERMONDE: { nl: "Dendermonde", fr: "Termonde" },
  GENT: { nl: "Gent", fr: "Gand" },
  OUDENAARDE: { nl: "Oudenaarde", fr: "Audenarde" },
  RENAIX: { nl: "Ronse", fr: "Renaix" },
  "SINT-NIKLAAS": { nl: "Sint-Niklaas", fr: "Saint-Nicolas" },
  TEMSE: { nl: "Temse", fr: "Tamise" },

  // Walloon Region: Dutch (and German) exonyms, including the facility municipalities on the
  // language border (Comines-Warneton, Mouscron, Flobecq, Enghien) and Waimes on the German one.
  WAVRE: { fr: "Wavre", nl: "Waver" },
  NIVELLES: { fr: "Nivelles", nl: "Nijvel" },
  JODOIGNE: { fr: "Jodoigne", nl: "Geldenaken" },
  "BRAINE-L'ALLEUD": { fr: "Braine-l'Alleud", nl: "Eigenbrakel" },
  "BRAINE-LE-CHÂTEAU": { fr: "Braine-le-Château", nl: "Kasteelbrakel" },
  BEAUVECHAIN: { fr: "Beauvechain", nl: "Bevekom" },
  GENAPPE: { fr: "Genappe", nl: "Genepiën" },
  "GREZ-DOICEAU": { fr: "Grez-Doiceau", nl: "Graven" },
  ITTRE: { fr: "Ittre", nl: "Itter" },
  "LA HULPE": { fr: "La Hulpe", nl: "Terhulpen" },
  PERWEZ: { fr: "Perwez", nl: "Perwijs" },
  TUBIZE: { fr: "Tubize", nl: "Tubeke" },
  ATH: { fr: "Ath", nl: "Aat" },
  ELLEZELLES: { fr: "Ellezelles", nl: "Elzele" },
  FLOBECQ: { fr: "Flobecq", nl: "Vloesberg" },
  ENGHIEN: { fr: "Enghien", nl: "Edingen" },
  Marcq: { fr: "Marcq", nl: "Mark" },
  "Petit-Enghien": { fr: "Petit-Enghien", nl: "Lettelingen" },
  SILLY: { fr: "Silly", nl: "Opzullik" },
  LESSINES: { fr: "Lessines", nl: "Lessen" },
  JURBISE: { fr: "Jurbise", nl: "Jurbeke" },
  MONS: { fr: "Mons", nl: "Bergen" },
  "BRAINE-LE-COMTE": { fr: "Braine-le-Comte", nl: "'s-Gravenbrakel" },
  SOIGNIES: { fr: "Soignies", nl: "Zinnik" },
  TOURNAI: { fr: "Tournai", nl: "Doornik" },
  MOUSCRON: { fr: "Mouscron", nl: "Moeskroen" },
  Luingne: { fr: "Luingne", nl: "Lowingen" },
  Dottignies: { fr: "Dottignies", nl: "Dottenijs" },
  Herseaux: { fr: "Herseaux", nl: "Herzeeuw" },
  "COMINES-WARNETON": { fr: "Comines-Warneton", nl: "Komen-Waasten" },
  Comines: { fr: "Comines", nl: "Komen" },
  Warneton: { fr: "Warneton", nl: "Waasten" },
  "Bas-Warneton": { fr: "Bas-Warneton", nl: "Neerwaasten" },
  HUY: { fr: "Huy", nl: "Hoei" },
  BASSENGE: { fr: "Bassenge", nl: "Bitsingen" },
  LIÈGE: { fr: "Liège", nl: "Luik", de: "Lüttich" },
  VISÉ: { fr: "Visé", nl: "Wezet" },
  LIMBOURG: { fr: "Limbourg", nl: "Limburg" },
  WAIMES: { fr: "Waimes", nl: "Weismes", de: "Weismes" },
  HANNUT: { fr: "Hannut", nl: "Hannuit" },
  LINCENT: { fr: "Lincent", nl: "Lijsem" },
  OREYE: { fr: "Oreye", nl: "Oerle" },
  WAREMME: { fr: "Waremme", nl: "Borgworm" },
  ARLON: { fr: "Arlon", nl: "Aarlen" },
  BASTOGNE: { fr: "Bastogne", nl: "Bastenaken", de: "Bastnach" },
  NAMUR: { fr: "Namur", nl: "Namen" },

  // German-speaking Community: the source gives the French name of five of its nine municipalities.
  "LA CALAMINE": { de: "Kelmis", fr: "La Calamine" },
  BUTGENBACH: { de: "Bütgenbach", fr: "Butgenbach" },
  BULLANGE: { de: "Büllingen", fr: "Bullange" },
  AMBLÈVE: { de: "Amel", fr: "Amblève" },
  "SAINT-VITH": { de: "Sankt Vith", fr: "Saint-Vith" },
  Schoenberg: { de: "Schönberg", fr: "Schoenberg" },
};
