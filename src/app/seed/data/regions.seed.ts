import type { RegionSeed } from "../seed-data.types";

/**
 * Training regions (OOR). The sources name two: "regio OOR Leiden" (DUO-project) and "OOR ON"
 * (experiment 4, at the Radboudumc). OOR Utrecht and OOR Noord-Nederland are not named in the
 * sources; they are added from general knowledge so that UMC Utrecht, St. Antonius and UMCG have a
 * region. Institutions whose OOR we could not establish with confidence (Amsterdam UMC, JBZ, ZGV)
 * have none rather than a guess.
 */
export const regions: RegionSeed[] = [
  {
    slug: "oor-leiden",
    source: "DUO_PROJECT",
    name: "OOR Leiden",
    description:
      "Opleidingsregio rond het LUMC, met onder meer HagaZiekenhuis en HMC (Den Haag). Genoemd in de bron: opschaling van het DUO-project naar de hele regio OOR Leiden.",
  },
  {
    slug: "oor-oost-nederland",
    source: "OPLEIDEN_2025_EXPERIMENTS",
    inferred: "De volledige naam OOR Oost-Nederland is uit algemene kennis; de bron zegt OOR ON.",
    name: "OOR Oost-Nederland",
    shortName: "OOR ON",
    description: "Opleidingsregio rond het Radboudumc. In de bron als 'OOR ON' (het OOR ON consultatieproject uit het Radboudumc).",
  },
  {
    slug: "oor-utrecht",
    inferred: "Niet in de bronnen genoemd; uit algemene kennis toegevoegd zodat UMC Utrecht en St. Antonius een regio hebben.",
    name: "OOR Utrecht",
    description: "Opleidingsregio rond het UMC Utrecht. Niet in de bron genoemd; toegevoegd uit algemene kennis.",
  },
  {
    slug: "oor-noord-nederland",
    inferred: "Niet in de bronnen genoemd; uit algemene kennis toegevoegd zodat het UMCG een regio heeft.",
    name: "OOR Noord-Nederland",
    description: "Opleidingsregio rond het UMCG. Niet in de bron genoemd; toegevoegd uit algemene kennis.",
  },
];
