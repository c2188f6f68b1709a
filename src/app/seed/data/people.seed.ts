import type { PersonSeed } from "../seed-data.types";

/**
 * People named in the sources, with the e-mail addresses exactly as published. Where the sources
 * give no institution, the affiliation is inferred from the e-mail domain and says so in its note.
 */
export const people: PersonSeed[] = [
  {
    slug: "arno-van-rooijen",
    source: "OPLEIDEN_2025_EXPERIMENTS",
    name: "Arno van Rooijen",
    email: "a.vanrooijen@demedischspecialist.nl",
    affiliations: [
      {
        institution: "federatie-medisch-specialisten",
        position: "contactpersoon interprofessioneel opleiden (Opleiden 2025)",
        note: "Functie niet genoemd; afgeleid uit zijn rol als contact voor het programma en het e-maildomein.",
        inferred: "Functie niet genoemd; afgeleid uit zijn rol als contact voor het programma en het e-maildomein.",
      },
    ],
  },
  {
    slug: "klaas-nauta",
    source: "OPLEIDEN_2025_EXPERIMENTS",
    name: "Klaas Nauta",
    professionTitle: "psychiater",
    profession: "psychiatrie",
    email: "k.nauta@amsterdamumc.nl",
    affiliations: [
      {
        institution: "amsterdam-umc",
        position: "psychiater",
        note: "Instelling afgeleid uit het e-maildomein amsterdamumc.nl.",
        inferred: "Instelling afgeleid uit het e-maildomein amsterdamumc.nl.",
      },
    ],
  },
  {
    slug: "annemarie-moll",
    source: "OPLEIDEN_2025_EXPERIMENTS",
    name: "Annemarie Moll",
    professionTitle: "specialist ouderengeneeskunde",
    profession: "ouderengeneeskunde",
    email: "a.moll-jongerius@lumc.nl",
    affiliations: [
      {
        institution: "lumc",
        position: "specialist ouderengeneeskunde",
        note: "Instelling afgeleid uit het e-maildomein lumc.nl.",
        inferred: "Instelling afgeleid uit het e-maildomein lumc.nl.",
      },
    ],
  },
  {
    slug: "karen-keijsers",
    source: "OPLEIDEN_2025_EXPERIMENTS",
    name: "Karen Keijsers",
    professionTitle: "klinisch geriater",
    profession: "klinische-geriatrie",
    email: "k.keijsers@jbz.nl",
    affiliations: [
      {
        institution: "jeroen-bosch-ziekenhuis",
        position: "klinisch geriater en opleider",
        note: "'Als opleider' in haar citaat; instelling uit het e-maildomein jbz.nl.",
        inferred: "'Als opleider' in haar citaat; instelling uit het e-maildomein jbz.nl.",
      },
    ],
  },
  {
    slug: "bea-maris",
    source: "OPLEIDEN_2025_EXPERIMENTS",
    name: "Bea Maris",
    email: "MarisB@zgv.nl",
    affiliations: [
      {
        institution: "ziekenhuis-gelderse-vallei",
        position: "contactpersoon ISA",
        note: "Functie niet genoemd; instelling uit het e-maildomein zgv.nl.",
        inferred: "Functie niet genoemd; instelling uit het e-maildomein zgv.nl.",
      },
    ],
  },
  {
    slug: "dieneke-van-asselt",
    source: "OPLEIDEN_2025_EXPERIMENTS",
    name: "Dieneke van Asselt",
    email: "Dieneke.vanAsselt@radboudumc.nl",
    affiliations: [
      {
        institution: "radboudumc",
        position: "contactpersoon transmurale digitale consultatie",
        note: "Functie niet genoemd; instelling uit het e-maildomein radboudumc.nl.",
        inferred: "Functie niet genoemd; instelling uit het e-maildomein radboudumc.nl.",
      },
    ],
  },
  {
    slug: "natasja-looman",
    source: "OPLEIDEN_2025_EXPERIMENTS",
    name: "Natasja Looman",
    professionTitle: "psycholoog en projectmanager interprofessionele educatie",
    profession: "psychologie",
    email: "natasja.looman@radboudumc.nl",
    affiliations: [{ institution: "radboudumc", position: "projectmanager interprofessionele educatie" }],
  },
  {
    slug: "nynke-scherpbier",
    source: "OPLEIDEN_2025_EXPERIMENTS",
    name: "Nynke Scherpbier",
    professionTitle: "associate professor Interprofesional Education en hoofd afdeling huisarts- en ouderengeneeskunde UMCG",
    affiliations: [
      { institution: "umcg", position: "associate professor Interprofesional Education" },
      { institution: "umcg-huisarts-en-ouderengeneeskunde", position: "hoofd afdeling" },
    ],
  },
  {
    slug: "marieke-van-den-brand",
    source: "OPLEIDEN_2025_EXPERIMENTS",
    name: "Marieke van den Brand",
    professionTitle: "internist-ouderengeneeskunde en consulent palliatieve zorg",
    profession: "interne-geneeskunde",
    affiliations: [],
  },
  {
    slug: "linda-bruggink",
    source: "OPLEIDEN_2025_EXPERIMENTS",
    name: "Linda Bruggink",
    email: "linda@smarteld.nl",
    affiliations: [
      {
        institution: "smarteld",
        position: "contactpersoon experiment palliatieve zorg",
        note: "Functie en instelling niet genoemd; instelling afgeleid uit het e-maildomein smarteld.nl.",
        inferred: "Functie en instelling niet genoemd; instelling afgeleid uit het e-maildomein smarteld.nl.",
      },
    ],
  },
  {
    slug: "jules-schagen-van-leeuwen",
    source: "OPLEIDEN_2025_EXPERIMENTS",
    name: "Jules Schagen van Leeuwen",
    professionTitle: "gynaecoloog en decaan van de Antonius Academie",
    profession: "obstetrie-en-gynaecologie",
    affiliations: [
      { institution: "antonius-academie", position: "decaan" },
      {
        institution: "st-antonius-ziekenhuis",
        position: "gynaecoloog",
        note: "Afgeleid: decaan van de Antonius Academie en gynaecoloog.",
        inferred:
          "Afgeleid: de bron noemt hem gynaecoloog en decaan van de Antonius Academie, niet het ziekenhuis waar hij gynaecoloog is.",
      },
    ],
  },
  {
    slug: "alette-samuels",
    source: "OPLEIDEN_2025_EXPERIMENTS",
    name: "Alette Samuels",
    email: "a.ten.klooster@antoniusziekenhuis.nl",
    affiliations: [
      {
        institution: "st-antonius-ziekenhuis",
        position: "contactpersoon Van huis naar thuis",
        note: "Functie niet genoemd; instelling uit het e-maildomein. Het adres (a.ten.klooster@) wijkt af van de naam; overgenomen zoals gepubliceerd.",
        inferred:
          "Functie niet genoemd; instelling uit het e-maildomein. Het adres (a.ten.klooster@) wijkt af van de naam; overgenomen zoals gepubliceerd.",
      },
    ],
  },
  {
    slug: "jacqueline-bustraan",
    source: "DUO_PROJECT",
    name: "Jacqueline Bustraan",
    professionTitle: "onderwijskundige",
    profession: "onderwijskunde",
    email: "j.bustraan@hagaziekenhuis.nl",
    affiliations: [{ institution: "hagaacademie", position: "onderwijskundige" }],
  },
  {
    slug: "bart-hellebrekers",
    source: "DUO_PROJECT",
    name: "Bart Hellebrekers",
    professionTitle: "decaan HagaAcademie",
    email: "b.hellebrekers@hagaziekenhuis.nl",
    affiliations: [{ institution: "hagaacademie", position: "decaan" }],
  },
  {
    slug: "margot-heijmans",
    source: "DUO_PROJECT",
    name: "Margot Heijmans",
    email: "m.heijmans@lumc.nl",
    affiliations: [
      {
        institution: "huisartsenopleiding-lumc",
        position: "contactpersoon DUO-project",
        note: "Functie niet genoemd.",
        inferred: "Functie niet genoemd.",
      },
    ],
  },
];
