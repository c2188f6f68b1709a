import { DeliverableKind as D, DeliverableStatus as DS } from "../../../model/entities/deliverable.entity";
import { CollaborationDomain as Domain, ExperimentKind, ExperimentStatus } from "../../../model/entities/experiment.entity";
import { InstitutionRole as IR } from "../../../model/entities/experiment-institution.entity";
import { PersonRole as PR } from "../../../model/entities/experiment-person.entity";
import { ExperimentRelationKind as Rel } from "../../../model/entities/experiment-relation.entity";
import { ParticipantLevel as Level } from "../../../model/entities/experiment-specialty.entity";
import { FactorKind as F } from "../../../model/entities/factor.entity";
import { LearningActivityType as A } from "../../../model/entities/learning-activity.entity";
import { ReferenceKind as R } from "../../../model/entities/reference.entity";
import type { ExperimentSeed } from "../seed-data.types";

const none = {
  relatedExperiments: [],
  references: [],
  quotes: [],
  factors: [],
  deliverables: [],
  learningActivities: [],
  careTransitions: [],
};

/**
 * The seven experiments of Opleiden 2025, the DUO-project and the two initiatives the sources point to.
 * Every experiment is RUNNING: the sources say they are "van start" (the DUO-project runs since 2017).
 * Ambiguities are resolved in `sourceNotes`, which the API serves with the experiment.
 */
export const experiments: ExperimentSeed[] = [
  {
    ...none,
    slug: "cobra",
    source: "OPLEIDEN_2025_EXPERIMENTS",
    programme: "opleiden-2025",
    kind: ExperimentKind.EXPERIMENT,
    number: 1,
    acronym: "COBRA",
    title: "COBRA: COmplexe zorg – Beter door Reflectie en Afstemming",
    subtitle: "Interprofessioneel leren in en van een MDO3+",
    summary:
      "Een bestaand zorg- en leermoment in de praktijk, het Integraal Diagnostisch Interventiesysteem (IDIS), wordt verbeterd tot een optimaal interprofessioneel MDO+++. Voor complexe patiënten wordt door alle betrokkenen samengewerkt en 30 tot 60 minuten gereflecteerd en afgestemd. De aios vormt hierin de spil. Dit vindt plaats in Amsterdam UMC, locatie VUmc; een tweede testlocatie is de locatie AMC.",
    careTheme:
      "Integrale zorg voor patiënten met psychiatrische en somatische morbiditeit en samenhangende problemen; coördinatie van zorg is nodig vanwege de vele betrokkenen.",
    patientGroup:
      "Complexe patiënten met psychiatrische en somatische morbiditeit, veelal draaideurpatiënten, die soms als storend of belastend worden ervaren.",
    domains: [Domain.CLINIC, Domain.MENTAL_HEALTH],
    goals: [
      "Alle behandelinformatie over de patiënt integreren om tot adequate besluitvorming en coördinatie van zorg te komen.",
      "Een helder communicatiepad afspreken met de patiënt en zijn of haar naasten.",
      "Mogelijkheden en knelpunten bespreken vanuit verschillende expertises en perspectieven.",
      "Alle betrokken zorgverleners ondersteuning en concrete handvatten geven voor het omgaan met patiënten die als storend of belastend worden ervaren.",
    ],
    buildsOn: "Integraal Diagnostisch Interventiesysteem (IDIS), een bestaand zorg- en leermoment in Amsterdam UMC, locatie VUmc.",
    status: ExperimentStatus.RUNNING,
    sourceNotes:
      "Amsterdam UMC als LEAD opgenomen omdat het experiment 'in het AmsterdamUMC' plaatsvindt; VUmc en AMC als testlocaties. De bron schrijft zowel 'MDO3+' als 'MDO+++'; beide zijn behouden.",
    institutions: [
      { institution: "amsterdam-umc", role: IR.LEAD },
      { institution: "amsterdam-umc-vumc", role: IR.TEST_LOCATION, note: "Eerste locatie; hier bestaat IDIS." },
      { institution: "amsterdam-umc-amc", role: IR.TEST_LOCATION, note: "Tweede testlocatie." },
    ],
    people: [
      { person: "klaas-nauta", role: PR.CONTACT },
      { person: "klaas-nauta", role: PR.QUOTED_EXPERT },
    ],
    specialties: [
      {
        specialty: "psychiatrie",
        level: Level.RESIDENT,
        note: "De aios vormt de spil van het MDO+++; de bron noemt het specialisme van de aios niet, psychiatrie is een keuze op grond van het zorgthema.",
        inferred: "De bron noemt het specialisme van de aios niet; psychiatrie is een keuze op grond van het zorgthema.",
      },
      { specialty: "psychiatrie", level: Level.PROFESSIONAL, note: "Psychiater Klaas Nauta." },
      { specialty: "huisartsgeneeskunde", level: Level.PROFESSIONAL, note: "De huisarts is bijvoorbeeld digitaal aanwezig." },
    ],
    learningActivities: [
      {
        type: A.MDO,
        name: "COBRA MDO+++",
        description:
          "Interprofessioneel MDO voor complexe patiënten waarin alle betrokkenen reflecteren en afstemmen; de aios vormt de spil. Er is altijd wel iemand van de betreffende discipline aan tafel; de huisarts is bijvoorbeeld digitaal aanwezig.",
        institution: "amsterdam-umc-vumc",
        durationText: "30 tot 60 minuten",
        durationMinMinutes: 30,
        durationMaxMinutes: 60,
      },
    ],
    deliverables: [
      {
        kind: D.BLUEPRINT,
        title: "Blauwdruk voor een MDO+++",
        description: "Vanuit de geleerde lessen afgeleid, om in andere contexten en regio's te gebruiken.",
        status: DS.PLANNED,
      },
    ],
    factors: [
      {
        kind: F.PROMOTING,
        text: "Er zit bijna altijd een mooi interprofessioneel team bij elkaar: gekeken wordt wie beschikbaar is, er is altijd wel iemand van de betreffende discipline aan tafel en de huisarts is bijvoorbeeld digitaal aanwezig.",
      },
      {
        kind: F.PROMOTING,
        text: "Het commitment voor de tijdsinvestering van betrokkenen is groot, omdat dergelijke, veelal draaideur-, patiënten veel 'weglekenergie' vragen.",
      },
    ],
    quotes: [
      {
        person: "klaas-nauta",
        topic: "over COBRA",
        text: "….de ervaring leert dat er bijna altijd een mooi interprofessioneel team bij elkaar zit. Gekeken wordt wie beschikbaar is. Er is altijd wel iemand van de betreffende discipline aan tafel en de huisarts is bijvoorbeeld digitaal aanwezig. Het commitment voor de tijdsinvestering van betrokkenen is groot omdat dergelijke, veelal draaideur-, patiënten veel ‘weglekenergie’ vragen.",
      },
    ],
  },
  {
    ...none,
    slug: "netwerkstage-ouderengeneeskunde",
    source: "OPLEIDEN_2025_EXPERIMENTS",
    programme: "opleiden-2025",
    kind: ExperimentKind.EXPERIMENT,
    number: 2,
    title: "Een netwerkstage rondom behandeladviescentrum ouderengeneeskunde",
    subtitle: "Interprofessionele zorg voor patiënten met cognitieve stoornissen",
    summary:
      "Dit experiment gaat over transmurale integrale zorg voor oudere patiënten met cognitieve stoornissen of dementie. Twee bestaande leerwerksituaties worden geoptimaliseerd of beter benut: de interprofessionele leerwerksituatie in het Interdisciplinair centrum ouderengeneeskunde HMC in samenwerking met het LUMC, en de SEH van HagaZiekenhuis met een dienstdoende specialist ouderengeneeskunde van Florence. Er wordt gekeken naar het netwerk als leersituatie en als samenwerkingsvorm.",
    careTheme: "Transmurale integrale zorg voor oudere patiënten met cognitieve stoornissen of dementie.",
    patientGroup:
      "Oudere patiënten met cognitieve stoornissen of dementie, die voor korte of langdurige zorg vanuit de eerste lijn naar de tweede lijn worden verwezen en vice versa; een cognitieve stoornis gaat vaak samen met diverse andere ziektebeelden.",
    domains: [Domain.TRANSMURAL],
    goals: [
      "Twee bestaande leerwerksituaties optimaliseren of beter benutten.",
      "Analyseren en testen hoe een netwerk van zorgprofessionals optimaal in te zetten, als leersituatie en als samenwerkingsvorm.",
      "Bevorderende en belemmerende factoren en tips voor interprofessioneel leren uit beide situaties ophalen en landelijk delen.",
      "Een blauwdruk ontwikkelen voor een interprofessionele leerwerksituatie of netwerkstage, te gebruiken in andere regio's.",
    ],
    buildsOn:
      "Twee bestaande leerwerksituaties: het Interdisciplinair centrum ouderengeneeskunde HMC (met het LUMC) en het al bestaande experiment op de SEH van HagaZiekenhuis.",
    status: ExperimentStatus.RUNNING,
    sourceNotes:
      "LUMC als LEAD opgenomen omdat de contactpersoon (a.moll-jongerius@lumc.nl) daar werkt; de bron noemt geen trekker. Het 'behandeladviescentrum ouderengeneeskunde' uit de titel is opgevat als het Interdisciplinair centrum ouderengeneeskunde HMC.",
    institutions: [
      { institution: "lumc", role: IR.LEAD, note: "Werkt samen met het Interdisciplinair centrum ouderengeneeskunde HMC." },
      {
        institution: "hmc-interdisciplinair-centrum-ouderengeneeskunde",
        role: IR.TEST_LOCATION,
        note: "Interprofessionele leerwerksituatie.",
      },
      { institution: "hmc", role: IR.PARTNER },
      { institution: "hagaziekenhuis-seh", role: IR.TEST_LOCATION, note: "Al bestaand experiment op de SEH." },
      { institution: "hagaziekenhuis", role: IR.PARTNER },
      { institution: "florence", role: IR.PARTNER, note: "Levert de dienstdoende specialist ouderengeneeskunde op de SEH." },
    ],
    people: [
      { person: "annemarie-moll", role: PR.CONTACT },
      { person: "annemarie-moll", role: PR.QUOTED_EXPERT },
    ],
    specialties: [
      {
        specialty: "medisch-specialisme",
        level: Level.RESIDENT,
        note: "Aios van diverse specialismen; op de SEH leren aios van een specialist ouderengeneeskunde.",
      },
      { specialty: "huisartsgeneeskunde", level: Level.RESIDENT, note: "Eerstelijns aios (citaat: 'de eerste- en tweedelijns aios')." },
      {
        specialty: "ouderengeneeskunde",
        level: Level.PROFESSIONAL,
        note: "Dienstdoende specialist ouderengeneeskunde van Florence op de SEH.",
      },
    ],
    careTransitions: [
      {
        careTransition: "referral-primary-care-hospital",
        note: "Verwijzing vanuit de eerste lijn naar de tweede lijn voor korte of langdurige zorg.",
      },
      { careTransition: "back-referral-hospital-primary-care", note: "En vice versa." },
      {
        careTransition: "consultation-nursing-home-emergency-department",
        note: "Specialist ouderengeneeskunde vanuit een zorginstelling op de SEH.",
      },
    ],
    learningActivities: [
      {
        type: A.WORKPLACE_LEARNING,
        name: "Interprofessionele leerwerksituatie Interdisciplinair centrum ouderengeneeskunde HMC",
        description: "Aios van diverse specialismen analyseren en testen hoe een netwerk van zorgprofessionals optimaal in te zetten.",
        institution: "hmc-interdisciplinair-centrum-ouderengeneeskunde",
      },
      {
        type: A.WORKPLACE_LEARNING,
        name: "SEH HagaZiekenhuis met specialist ouderengeneeskunde van Florence",
        description: "Aios op de SEH leren van een specialist ouderengeneeskunde die werkt vanuit een zorginstelling.",
        institution: "hagaziekenhuis-seh",
      },
      {
        type: A.NETWORK_PLACEMENT,
        name: "Netwerkstage rondom behandeladviescentrum ouderengeneeskunde",
        description: "De netwerkstage waarvoor een blauwdruk wordt ontwikkeld.",
      },
    ],
    deliverables: [
      {
        kind: D.BLUEPRINT,
        title: "Blauwdruk voor een interprofessionele leerwerksituatie of netwerkstage",
        description: "Om ook in andere regio's te kunnen gebruiken.",
        status: DS.PLANNED,
      },
      {
        kind: D.GUIDE,
        title: "Bevorderende en belemmerende factoren en tips voor interprofessioneel leren",
        description: "Vanuit beide leerwerksituaties opgehaald, om landelijk te delen.",
        status: DS.PLANNED,
      },
    ],
    factors: [
      {
        kind: F.HINDERING,
        text: "Het verlenen van tweedelijns zorg aan ouderen met cognitieve stoornissen kan voor diverse uitdagingen zorgen: het stellen van grenzen (wat doen we wel en wat niet), benadering en gedrag, wilsonbekwaamheid en nazorg.",
      },
      {
        kind: F.PROMOTING,
        text: "Interprofessioneel opleiden biedt de eerste- en tweedelijns aios de mogelijkheid om met elkaar deze patiëntenpopulatie de juiste zorg op de juiste plek te bieden.",
      },
    ],
    quotes: [
      {
        person: "annemarie-moll",
        topic: "over het experiment",
        text: "Ouderen met cognitieve stoornissen vormen een groeiende kwetsbare groep in onze samenleving, waar diverse medische specialismen mee te maken krijgen. Het verlenen van tweedelijns zorg kan voor diverse uitdagingen zorgen. Denk aan het stellen van grenzen wat doen we wel en wat doen we niet, benadering en gedrag, wilsonbekwaamheid en nazorg. Interprofessioneel opleiden biedt de eerste- en tweedelijns aios de mogelijkheid om met elkaar deze patiëntenpopulatie de juiste zorg op de juiste plek te bieden",
      },
    ],
    references: [{ kind: R.IMAGE, title: "Aios in overleg" }],
  },
  {
    ...none,
    slug: "isa",
    source: "OPLEIDEN_2025_EXPERIMENTS",
    programme: "opleiden-2025",
    kind: ExperimentKind.EXPERIMENT,
    number: 3,
    acronym: "ISA",
    title: "Intensieve SamenwerkingsAfdeling (ISA)",
    subtitle: "Samen leren in de zorg rondom de multimorbide patiënten",
    summary:
      "Op de ISA gaat het om samenwerken in de kliniek rond multimorbide patiënten. Het Jeroen Bosch Ziekenhuis en Ziekenhuis Gelderse Vallei slaan de handen ineen. Internisten, longartsen, cardiologen, geriaters en ziekenhuisartsen werken intraprofessioneel samen met paramedici en verpleegkundigen: het interprofessioneel samenwerken. De zorg wordt proactief en rondom de patiënt vormgegeven. Het experiment is gericht op een proof of concept en op het verdiepen van inzicht in interprofessionele patiëntenzorg en interprofessioneel leren en opleiden.",
    careTheme:
      "Zorg voor multimorbide patiënten (geriatrisch, cardiologisch, internistisch en long-patiënten) die in de reguliere zorgsystemen tussen de verschillende disciplines in vallen.",
    patientGroup:
      "Multimorbide patiënten (geriatrisch, cardiologisch, internistisch en long-patiënten), maar bijvoorbeeld ook een oude patiënt met dyspnoe en koorts.",
    domains: [Domain.CLINIC],
    goals: [
      "Antwoord geven op de vraag of een interprofessioneel ingerichte werk- of leeromgeving met interprofessionele werk- of leersituaties leidt tot betere patiëntenzorg.",
      "Nagaan of deze geschikt zijn voor interprofessioneel leren en opleiden.",
      "Een proof of concept leveren en het inzicht in interprofessionele patiëntenzorg en interprofessioneel leren en opleiden verdiepen.",
    ],
    buildsOn:
      "De interprofessionele werkwijze die binnen het Jeroen Bosch Ziekenhuis is ontwikkeld en daar tot aantoonbaar betere zorg heeft geleid.",
    results:
      "Binnen het Jeroen Bosch Ziekenhuis heeft de werkwijze tot aantoonbaar betere zorg geleid: een kortere ligduur en minder intercollegiale consulten.",
    status: ExperimentStatus.RUNNING,
    sourceNotes:
      "JBZ als LEAD (daar is de werkwijze ontwikkeld), ZGV als PARTNER ('slaan de handen ineen'); de bron noemt geen trekker. Deelnemende niveaus: de bron noemt aios (citaat Keijsers) en de professionals op de ISA.",
    institutions: [
      { institution: "jeroen-bosch-ziekenhuis", role: IR.LEAD, note: "Hier is de interprofessionele werkwijze ontwikkeld." },
      { institution: "jbz-isa", role: IR.TEST_LOCATION, note: "De leerwerkcontext." },
      { institution: "ziekenhuis-gelderse-vallei", role: IR.PARTNER, note: "Slaat de handen ineen met het JBZ." },
    ],
    people: [
      { person: "karen-keijsers", role: PR.CONTACT },
      { person: "karen-keijsers", role: PR.QUOTED_EXPERT },
      { person: "bea-maris", role: PR.CONTACT },
    ],
    specialties: [
      { specialty: "interne-geneeskunde", level: Level.PROFESSIONAL, note: "Internisten." },
      { specialty: "longziekten", level: Level.PROFESSIONAL, note: "Longartsen." },
      { specialty: "cardiologie", level: Level.PROFESSIONAL, note: "Cardiologen." },
      { specialty: "klinische-geriatrie", level: Level.PROFESSIONAL, note: "Geriaters." },
      { specialty: "klinische-geriatrie", level: Level.SUPERVISOR, note: "Karen Keijsers, klinisch geriater en opleider." },
      { specialty: "ziekenhuisgeneeskunde", level: Level.PROFESSIONAL, note: "Ziekenhuisartsen." },
      { specialty: "paramedische-zorg", level: Level.PROFESSIONAL, note: "Paramedici." },
      { specialty: "verpleegkunde", level: Level.PROFESSIONAL, note: "Verpleegkundigen." },
      {
        specialty: "medisch-specialisme",
        level: Level.RESIDENT,
        note: "Aios (citaat: 'de opleiding van aios'); specialismen niet genoemd.",
      },
    ],
    learningActivities: [
      {
        type: A.WORKPLACE_LEARNING,
        name: "Interprofessionele leerwerkcontext ISA",
        description:
          "Een interprofessioneel ingerichte werk- of leeromgeving met interprofessionele werk- of leersituaties; de zorg wordt proactief en rondom de patiënt vormgegeven.",
        institution: "jbz-isa",
      },
    ],
    factors: [
      { kind: F.OUTCOME, text: "De interprofessionele werkwijze leidt tot een kortere ligduur en minder intercollegiale consulten." },
      { kind: F.PROMOTING, text: "Als team zijn we zoveel sterker dan een optelsom van losse individuen met een eigen kijk op de zaken." },
      {
        kind: F.HINDERING,
        text: "In de reguliere zorgsystemen vallen patiënten met multimorbiditeit tussen de verschillende disciplines in.",
      },
    ],
    quotes: [
      {
        person: "karen-keijsers",
        topic: "over het experiment in het ISA",
        text: "Als team zijn we zoveel sterker dan een optelsom van losse individuen met een eigen kijk op de zaken ... Als opleider ben ik ervan overtuigd dat een interprofessionele aanpak de zorg en ook de opleiding van aios beter maakt",
      },
    ],
    references: [{ kind: R.INTERVIEW, title: "Interview met Karen Keijsers" }],
  },
  {
    ...none,
    slug: "transmurale-digitale-consultatie",
    source: "OPLEIDEN_2025_EXPERIMENTS",
    programme: "opleiden-2025",
    kind: ExperimentKind.EXPERIMENT,
    number: 4,
    title: "Transmurale digitale consultatie",
    summary:
      "Een experiment van het OOR ON consultatieproject uit het Radboudumc en het cardiometabool zorgnetwerk vanuit het UMC Utrecht over transmurale digitale zorg tussen de regionale eerste- en tweede lijn. Aios in de eerste lijn kunnen laagdrempelig, via een digitaal consult, hun collega-aios in de tweede lijn om advies vragen. Naast het medisch-inhoudelijke aspect is het leerzaam om expliciet bij de samenwerking stil te staan: wat verwachten we van elkaar in een netwerk, wat hebben we nodig van elkaar, kennen we de context van de praktijk in de eerste en tweede lijn? Met kenmerken van actieonderzoek worden de succes- en faalfactoren in kaart gebracht.",
    careTheme:
      "Transmurale digitale zorg tussen de regionale eerste en tweede lijn; de momenten in de patient journey waarop zorgprofessionals in een netwerk met elkaar te maken krijgen.",
    patientGroup:
      "Patiënten in de patient journey tussen eerste en tweede lijn: bij verwijzing naar het ziekenhuis, na een polibezoek of na ontslag uit het ziekenhuis.",
    domains: [Domain.TRANSMURAL],
    goals: [
      "Aios laten kennismaken met het belang van goede samenwerking in een zorgnetwerk.",
      "Aios elkaar transmuraal laten consulteren en adviseren tijdens de reguliere zorg.",
      "Onderzoeken wat wel en niet werkt in de dagelijkse praktijk om dit tot een zinvol opleidingsmoment te maken.",
      "De juiste zorg op de juiste plek organiseren (het ultieme doel).",
      "De mogelijkheden voor overleg zo laagdrempelig mogelijk maken en logistieke bezwaren qua tijd en ruimte wegnemen.",
      "Aios laten kennismaken met digitale consultaties: wat werkt wel en wat werkt niet.",
    ],
    buildsOn: "Het OOR ON consultatieproject uit het Radboudumc en het cardiometabool zorgnetwerk vanuit het UMC Utrecht.",
    status: ExperimentStatus.RUNNING,
    sourceNotes:
      "Radboudumc als LEAD (contactpersoon Dieneke van Asselt, radboudumc.nl); UMC Utrecht en zijn cardiometabool zorgnetwerk als PARTNER. Het OOR ON consultatieproject is als apart initiatief opgenomen waarop dit experiment voortbouwt.",
    institutions: [
      { institution: "radboudumc", role: IR.LEAD, note: "OOR ON consultatieproject." },
      { institution: "umc-utrecht", role: IR.PARTNER },
      {
        institution: "cardiometabool-zorgnetwerk-umc-utrecht",
        role: IR.PARTNER,
        note: "Cardiometabool zorgnetwerk vanuit het UMC Utrecht.",
      },
    ],
    people: [{ person: "dieneke-van-asselt", role: PR.CONTACT }],
    specialties: [
      { specialty: "huisartsgeneeskunde", level: Level.RESIDENT, note: "Aios in de eerste lijn vragen advies." },
      {
        specialty: "medisch-specialisme",
        level: Level.RESIDENT,
        note: "Collega-aios in de tweede lijn geven advies en evalueren eerstelijnsverwijzingen.",
      },
    ],
    careTransitions: [
      {
        careTransition: "referral-primary-care-hospital",
        note: "Een verwijzing naar het ziekenhuis; eerstelijnsverwijzingen worden door aios geëvalueerd op relevantie.",
      },
      { careTransition: "back-referral-hospital-primary-care", note: "Na een polibezoek." },
      { careTransition: "discharge-hospital-home", note: "Na ontslag uit het ziekenhuis." },
      { careTransition: "consultation-primary-care-hospital", note: "Digitaal consult van eerstelijns aios bij tweedelijns aios." },
    ],
    relatedExperiments: [
      { experiment: "oor-on-consultatieproject", kind: Rel.BUILDS_ON },
      { experiment: "gezamenlijke-patientenzorg", kind: Rel.SEE_ALSO },
    ],
    learningActivities: [
      {
        type: A.DIGITAL_CONSULTATION,
        name: "Transmurale digitale consultatie tussen aios",
        description:
          "Aios in de eerste lijn vragen laagdrempelig, via een digitaal consult, hun collega-aios in de tweede lijn om advies, en staan expliciet stil bij de samenwerking.",
        sequence: 1,
      },
      {
        type: A.REFERRAL_FEEDBACK,
        name: "Evaluatie van eerstelijnsverwijzingen met terugkoppeling",
        description: "Aios evalueren eerstelijnsverwijzingen op relevantie en koppelen terug naar de eerste lijn.",
        sequence: 2,
      },
    ],
    deliverables: [
      {
        kind: D.CURRICULUM,
        title: "Onderwijs voor transmurale intraprofessionele samenwerking en de digitale consultatie",
        status: DS.PLANNED,
      },
      {
        kind: D.DESIGN_REQUIREMENTS,
        title: "Ontwerpeisen voor digitale consultatie in de opleiding",
        description: "Om digitale consultatie een zinvolle plaats binnen de opleiding te geven.",
        status: DS.PLANNED,
      },
      {
        kind: D.GUIDE,
        title: "Handreiking met tips en trucs voor transmurale digitale consultatie",
        description: "Ontwikkeld uit het verzamelde materiaal van het actieonderzoek naar succes- en faalfactoren.",
        status: DS.PLANNED,
      },
    ],
    factors: [
      { kind: F.PROMOTING, text: "De mogelijkheden voor overleg zo laagdrempelig mogelijk maken voor de verschillende zorgprofessionals." },
      { kind: F.HINDERING, text: "Logistieke bezwaren qua tijd en ruimte." },
      {
        kind: F.LESSON_LEARNED,
        text: "Momenten in de patient journey (verwijzing, na een polibezoek, na ontslag) zijn een kans om aios te laten kennismaken met het belang van goede samenwerking in een zorgnetwerk.",
      },
    ],
    references: [{ kind: R.WEBINAR, title: "Webinar over Transmurale digitale consultatie" }],
  },
  {
    ...none,
    slug: "covid-crisis",
    source: "OPLEIDEN_2025_EXPERIMENTS",
    programme: "opleiden-2025",
    kind: ExperimentKind.EXPERIMENT,
    number: 5,
    title: "Leren van samen werken en samen leren tijdens de COVID-crisis",
    summary:
      "Een experiment in de vorm van een onderzoek naar de intraprofessionele zorg in de kliniek voor COVID-patiënten. Tijdens de eerste COVID-19-golf vielen schotten weg en bleek van elkaar leren ineens vanzelfsprekend, terwijl echt interprofessioneel samenwerken voor de crisis in de praktijk weinig gebeurde. In samenwerking met Opleiden 2025 deden de onderzoeksgroep van de Radboudumc Health Academy en de afdeling Eerstelijnsgeneeskunde van het Radboudumc daar onderzoek naar, via ongeveer twintig kwalitatieve interviews met aios en supervisoren, aangevuld met gegevens uit een onderzoek onder een bredere groep zorgprofessionals van het Radboudumc.",
    careTheme: "Intraprofessionele zorg in de kliniek voor COVID-patiënten.",
    patientGroup: "COVID-19-patiënten in de kliniek.",
    domains: [Domain.CLINIC],
    goals: [
      "Nagaan wat we van de COVID-periode kunnen opsteken voor intra- en interprofessioneel leren in niet-crisistijd.",
      "Nagaan welke elementen maakten dat de COVID-19-zorg voor aios leerzaam was.",
      "Nagaan wat daarvan wel en niet te vertalen is naar de reguliere opleiding.",
    ],
    results:
      "Eerste resultaten: in de eerste COVID-19-golf kwam de samenwerking tussen specialismen heel snel op gang; aios en supervisoren kregen vaak andere rollen dan ze gewend waren en dat leidde tot nieuwe afspraken. Aios hadden meer het gevoel 'erbij te horen', kregen meer waardering, werden bevraagd op hun eigen expertise en ervoeren meer tolerantie als ze iets niet wisten.",
    status: ExperimentStatus.RUNNING,
    sourceNotes:
      "Radboudumc Health Academy als LEAD en RESEARCH (haar onderzoeksgroep), afdeling Eerstelijnsgeneeskunde als RESEARCH; het Radboudumc als TEST_LOCATION (onderzoek onder zijn zorgprofessionals). Nynke Scherpbier (UMCG) is geciteerd over de eerste resultaten; het UMCG is niet als deelnemende instelling opgenomen omdat de bron dat niet zegt. Natasja Looman is ook als RESEARCHER opgenomen ('over het onderzoek').",
    institutions: [
      { institution: "radboudumc-health-academy", role: IR.LEAD, note: "Onderzoeksgroep van de Radboudumc Health Academy." },
      { institution: "radboudumc-health-academy", role: IR.RESEARCH },
      { institution: "radboudumc-eerstelijnsgeneeskunde", role: IR.RESEARCH },
      {
        institution: "radboudumc",
        role: IR.TEST_LOCATION,
        note: "Aanvullend onderzoek onder een bredere groep zorgprofessionals van het Radboudumc.",
      },
    ],
    people: [
      { person: "natasja-looman", role: PR.CONTACT },
      { person: "natasja-looman", role: PR.QUOTED_EXPERT },
      { person: "natasja-looman", role: PR.RESEARCHER },
      { person: "nynke-scherpbier", role: PR.QUOTED_EXPERT },
    ],
    specialties: [
      { specialty: "medisch-specialisme", level: Level.RESIDENT, note: "Aios (geïnterviewd); specialismen niet genoemd." },
      { specialty: "medisch-specialisme", level: Level.SUPERVISOR, note: "Supervisoren (geïnterviewd)." },
    ],
    learningActivities: [
      {
        type: A.INTERVIEWS,
        name: "Kwalitatieve interviews met aios en supervisoren",
        description: "Ongeveer twintig kwalitatieve interviews.",
        countMin: 20,
        countApproximate: true,
        sequence: 1,
      },
      {
        type: A.SURVEY,
        name: "Onderzoek onder een bredere groep zorgprofessionals van het Radboudumc",
        description: "Aanvullende gegevens uit een al uitgevoerd onderzoek.",
        institution: "radboudumc",
        sequence: 2,
      },
    ],
    deliverables: [
      {
        kind: D.TOOLBOX,
        title: "Toolbox met praktische tips voor werkvormen, aios en supervisoren",
        description: "Onder andere uit de resultaten van het onderzoek ontwikkeld.",
        status: DS.PLANNED,
      },
    ],
    factors: [
      { kind: F.PROMOTING, text: "Tijdens de eerste COVID-19-golf vielen schotten weg en bleek van elkaar leren ineens vanzelfsprekend." },
      { kind: F.HINDERING, text: "Echt interprofessioneel samenwerken gebeurde voor de crisis in de praktijk weinig." },
      {
        kind: F.PROMOTING,
        text: "Het was voor iedereen heel duidelijk dat ze elkaar echt nodig hadden: één team met één taak, optimale patiëntenzorg.",
      },
      {
        kind: F.PROMOTING,
        text: "Meer waardering voor de inzet van aios, bevraagd worden op hun eigen expertise en meer tolerantie als ze eens iets niet wisten.",
      },
      {
        kind: F.OUTCOME,
        text: "Aios en supervisoren kregen vaak andere rollen dan ze gewend waren en dat leidde tot nieuwe afspraken: 'Wat kan ik en wat kan jij en hoe regelen we het met elkaar?'",
      },
      { kind: F.LESSON_LEARNED, text: "De meerwaarde van samen optrekken in een crisissituatie werd breed gevoeld." },
    ],
    quotes: [
      {
        person: "natasja-looman",
        topic: "over het onderzoek",
        text: "Dat aios in de COVID-19 setting meer het gevoel hadden ‘erbij te horen’, komt waarschijnlijk doordat het voor iedereen heel duidelijk was dat ze elkaar echt nodig hadden. Eén team met één taak: optimale patiëntenzorg. Aios gaven in de interviews aan dat er meer waardering werd getoond voor hun inzet, dat ze het prettig vonden om bevraagd te worden op hun eigen expertise en dat er meer tolerantie was als ze eens iets niet wisten. Dit zou je in de reguliere setting natuurlijk ook graag willen zien.",
      },
      {
        person: "nynke-scherpbier",
        topic: "over de eerste resultaten",
        text: "We horen van aios dat in de eerste COVID-19 golf de samenwerking tussen specialismen heel snel op gang kwam. Aios en supervisoren kregen vaak andere rollen dan ze gewend waren en dat leidde tot nieuwe afspraken: “Wat kan ik en wat kan jij en hoe regelen we het met elkaar?” De meerwaarde van samen optrekken in een crisissituatie werd breed gevoeld.",
      },
    ],
    references: [
      { kind: R.RESEARCH_ARTICLE, title: "Onderzoek naar interprofessioneel leren tijdens COVID-19" },
      { kind: R.IMAGE, title: "Aios in overleg met medisch specialist" },
    ],
  },
  {
    ...none,
    slug: "palliatieve-zorg",
    source: "OPLEIDEN_2025_EXPERIMENTS",
    programme: "opleiden-2025",
    kind: ExperimentKind.EXPERIMENT,
    number: 6,
    title: "Interprofessioneel leren in de palliatieve zorg: netwerkstage met toolbox op maat",
    summary:
      "Palliatieve zorg is bij uitstek interprofessionele zorg: verschillende zorgprofessionals verlenen samen met de patiënt en naasten de zorg zo dat deze optimaal aansluit bij de wensen en behoeften van de patiënt. De afgelopen jaren zijn landelijk en in verschillende regio's leermiddelen ontwikkeld: een stagebeschrijving transmurale netwerkzorg, een simulatietraining complexe situaties in palliatieve zorg, competenties, EPA's en een online cursus palliatieve zorg. In dit experiment worden deze middelen samengebracht, uitgetest, waar nodig verder doorontwikkeld en ontsloten voor aios.",
    careTheme: "Palliatieve zorg: zorg voor mensen met een ongeneeslijke aandoening, met aandacht voor kwaliteit van leven.",
    patientGroup: "Mensen met een ongeneeslijke aandoening en hun naasten.",
    domains: [Domain.TRANSMURAL],
    goals: [
      "Bestaande leermiddelen voor palliatieve zorg samenbrengen, uittesten, waar nodig verder doorontwikkelen en ontsluiten voor aios.",
      "Aios stimuleren om zich verder te verdiepen in palliatieve zorg.",
    ],
    buildsOn: "Leermiddelen die de afgelopen jaren landelijk en in verschillende regio's zijn ontwikkeld.",
    status: ExperimentStatus.RUNNING,
    sourceNotes:
      "Domein TRANSMURAL gekozen op grond van de stagebeschrijving transmurale netwerkzorg. De bron noemt geen deelnemende instelling; Smarteld is alleen bekend uit het e-mailadres van de contactpersoon en daarom niet als deelnemer opgenomen.",
    institutions: [],
    people: [
      { person: "linda-bruggink", role: PR.CONTACT },
      { person: "marieke-van-den-brand", role: PR.QUOTED_EXPERT },
    ],
    specialties: [
      { specialty: "medisch-specialisme", level: Level.RESIDENT, note: "Aios van medische vervolgopleidingen; specialismen niet genoemd." },
      {
        specialty: "interne-geneeskunde",
        level: Level.PROFESSIONAL,
        note: "Marieke van den Brand, internist-ouderengeneeskunde en consulent palliatieve zorg.",
      },
    ],
    careTransitions: [
      {
        careTransition: "handover-hospital-home",
        note: "Transmurale netwerkzorg in de palliatieve fase (keuze op grond van de stagebeschrijving transmurale netwerkzorg).",
        inferred: "Een keuze op grond van de stagebeschrijving transmurale netwerkzorg.",
      },
    ],
    learningActivities: [
      {
        type: A.NETWORK_PLACEMENT,
        name: "Netwerkstage palliatieve zorg",
        description: "Netwerkstage met toolbox op maat, op basis van de stagebeschrijving transmurale netwerkzorg.",
      },
      {
        type: A.SIMULATION_TRAINING,
        name: "Simulatietraining complexe situaties in palliatieve zorg",
        description: "Bestaand leermiddel dat in het experiment wordt uitgetest.",
      },
      {
        type: A.ONLINE_COURSE,
        name: "Online cursus palliatieve zorg",
        description: "Bestaand leermiddel dat in het experiment wordt uitgetest.",
      },
    ],
    deliverables: [
      {
        kind: D.TOOLBOX,
        title: "Toolbox op maat voor interprofessioneel leren in de palliatieve zorg",
        description: "De samengebrachte, uitgeteste en waar nodig doorontwikkelde leermiddelen, ontsloten voor aios.",
        status: DS.PLANNED,
      },
      { kind: D.PLACEMENT_DESCRIPTION, title: "Stagebeschrijving transmurale netwerkzorg", status: DS.EXISTING },
      { kind: D.COMPETENCY_FRAMEWORK, title: "Competenties palliatieve zorg", status: DS.EXISTING },
      { kind: D.EPA, title: "EPA's palliatieve zorg", status: DS.EXISTING },
    ],
    factors: [
      {
        kind: F.HINDERING,
        text: "In veel medische vervolgopleidingen is er nog geen specifieke aandacht voor de aspecten van palliatieve zorgverlening.",
      },
      {
        kind: F.PROMOTING,
        text: "In de zorg voor mensen met een ongeneeslijke aandoening is de afgelopen jaren meer aandacht en behoefte gekomen voor kwaliteit van leven.",
      },
    ],
    quotes: [
      {
        person: "marieke-van-den-brand",
        topic: "over het experiment",
        text: "In de zorg voor mensen met een ongeneeslijke aandoening (palliatieve zorg) is de afgelopen jaren meer aandacht en behoefte gekomen voor kwaliteit van leven en leven toevoegen aan extra dagen. Een belangrijke ontwikkeling, maar in veel medische vervolgopleidingen is er nog geen specifieke aandacht voor de aspecten van palliatieve zorgverlening. Met dit experiment brengen we leermateriaal bij elkaar. Het resultaat zal aios zeker stimuleren om zich verder te verdiepen in palliatieve zorg.",
      },
    ],
  },
  {
    ...none,
    slug: "van-huis-naar-thuis",
    source: "OPLEIDEN_2025_EXPERIMENTS",
    programme: "opleiden-2025",
    kind: ExperimentKind.EXPERIMENT,
    number: 7,
    title: "Van huis naar thuis",
    subtitle: "Interprofessioneel samenwerken en leren door aios in de prehabilitatiezorg",
    summary:
      "Chronische ziekten gerelateerd aan leefstijl vormen een zware en deels vermijdbare belasting voor het Nederlandse zorgstelsel. Het bewijs voor de effectiviteit van leefstijlinterventies groeit, maar vertaalt zich nog niet voldoende naar de dagelijkse praktijk in de spreekkamer. Voor ziekenhuizen betekent dit dat leefstijl in het behandelplan geïntegreerd moet worden. In dit experiment volgen aios en haios de online cursus leefstijl, gevolgd door interprofessionele casuïstiekbesprekingen; ze doen korte netwerkstages (Kijkje In Elkaars Keuken) en brengen een huisbezoek aan een patiënt.",
    careTheme: "Prehabilitatiezorg: leefstijl integreren in het behandelplan.",
    patientGroup: "Patiënten met chronische, aan leefstijl gerelateerde ziekten die een behandeling ondergaan.",
    domains: [Domain.TRANSMURAL, Domain.PUBLIC_HEALTH],
    goals: [
      "Patiënten zo fit mogelijk maken voor hun behandeling.",
      "Leefstijlbegeleiding bieden tijdens de behandeling en het herstel.",
      "Leefstijl integreren in het behandelplan van ziekenhuizen.",
    ],
    status: ExperimentStatus.RUNNING,
    sourceNotes:
      "St. Antonius Ziekenhuis als LEAD: de contactpersoon en de geciteerde decaan werken daar. Domeinen: TRANSMURAL (van huis naar ziekenhuis en terug, huisbezoek, haios) en PUBLIC_HEALTH (leefstijl en preventie van chronische ziekten); de tweede is een keuze.",
    inferred: "Het domein PUBLIC_HEALTH is een keuze, op grond van leefstijl en preventie van chronische ziekten.",
    institutions: [
      { institution: "st-antonius-ziekenhuis", role: IR.LEAD },
      { institution: "antonius-academie", role: IR.PARTNER, note: "Haar decaan Jules Schagen van Leeuwen is geciteerd." },
    ],
    people: [
      { person: "alette-samuels", role: PR.CONTACT },
      { person: "jules-schagen-van-leeuwen", role: PR.QUOTED_EXPERT },
    ],
    specialties: [
      { specialty: "medisch-specialisme", level: Level.RESIDENT, note: "Aios; specialismen niet genoemd." },
      { specialty: "huisartsgeneeskunde", level: Level.RESIDENT, note: "Haios." },
      {
        specialty: "obstetrie-en-gynaecologie",
        level: Level.SUPERVISOR,
        note: "Jules Schagen van Leeuwen, gynaecoloog en decaan.",
        inferred: "Het niveau (supervisor) is afgeleid: de bron noemt alleen een gynaecoloog en decaan die over het experiment spreekt.",
      },
    ],
    careTransitions: [
      {
        careTransition: "referral-home-hospital",
        note: "Van huis: patiënten zo fit mogelijk maken voor hun behandeling.",
        inferred:
          "De verwijzing van huis naar het ziekenhuis is afgeleid uit de titel Van huis naar thuis en de prehabilitatie; de bron noemt geen verwijzing.",
      },
      { careTransition: "discharge-hospital-home", note: "Naar thuis: leefstijlbegeleiding tijdens herstel; huisbezoek." },
    ],
    learningActivities: [
      { type: A.ONLINE_COURSE, name: "Online cursus leefstijl", sequence: 1 },
      {
        type: A.CASE_DISCUSSION,
        name: "Interprofessionele casuïstiekbesprekingen",
        description: "Gevolgd na de online cursus leefstijl.",
        sequence: 2,
      },
      { type: A.NETWORK_PLACEMENT, name: "Kijkje In Elkaars Keuken", description: "Korte netwerkstages.", sequence: 3 },
      { type: A.HOME_VISIT, name: "Huisbezoek aan een patiënt", sequence: 4 },
    ],
    factors: [
      {
        kind: F.HINDERING,
        text: "De kennis over de effectiviteit van leefstijlinterventies vertaalt zich nog niet voldoende naar de dagelijkse praktijk in de spreekkamer.",
      },
      {
        kind: F.PROMOTING,
        text: "De Federatie heeft interprofessioneel werken tot een speerpunt van haar beleid gemaakt, versterkt door het WRR-rapport Kiezen voor Houdbare Zorg.",
      },
      {
        kind: F.LESSON_LEARNED,
        text: "Interprofessioneel samenwerken zal niet het enige antwoord zijn op de vraag waar de meeste gezondheidswinst te behalen is en waar kwaliteit en toegankelijkheid versterkt moeten worden, maar is wel een absolute voorwaarde.",
      },
    ],
    quotes: [
      {
        person: "jules-schagen-van-leeuwen",
        topic: "over het experiment",
        text: "De Federatie heeft interprofessioneel werken tot een speerpunt van haar beleid gemaakt. Een ontwikkeling die versterkt wordt door het recente rapport Kiezen voor Houdbare Zorg. Mensen, middelen en maatschappelijk draagvlak (rapport nr. 104, 2021). In dit rapport komt de WRR  tot de conclusie dat we beter moeten gaan kiezen waar onze prioriteiten in de zorg liggen. Leidend zijn hierbij twee uitgangspunten. Waar kunnen we de meeste gezondheidswinst behalen? En in welke delen van de zorg moeten kwaliteit en toegankelijkheid versterkt worden? Interprofessioneel samenwerken zal niet het enige antwoord op deze vragen zijn, maar is wel een absolute voorwaarde.",
      },
    ],
    references: [
      {
        kind: R.REPORT,
        title: "Kiezen voor Houdbare Zorg. Mensen, middelen en maatschappelijk draagvlak",
        publisher: "WRR (Wetenschappelijke Raad voor het Regeringsbeleid)",
        year: 2021,
        seriesNumber: "104",
      },
    ],
  },
  {
    ...none,
    slug: "duo-project",
    source: "DUO_PROJECT",
    inferred: "Startjaar 2017 gelezen uit: zo’n 45 (h)aios hebben sinds 2017 aan het project meegedaan.",
    programme: "opleiden-2025",
    kind: ExperimentKind.INITIATIVE,
    acronym: "DUO",
    title: "Het DUO-project",
    subtitle: "Samen zorgen voor de patiënt",
    summary:
      "Aios huisartsgeneeskunde van het LUMC en medisch specialisten in opleiding uit het HagaZiekenhuis vormen duo's die 6-9 maanden lang met elkaar meekijken in elkaars praktijk. Ook organiseren ze gezamenlijk onderwijs op basis van interesses, ervaringen en specifieke mogelijkheden in een praktijk. Het initiatief komt voort uit het idee dat 'wie al tijdens de opleiding uit de silo's komt, straks vast vaker of makkelijker de samenwerking zoekt'. Kenmerkend is de ruimte voor eigen inkleuring van de samenwerking als duo.",
    careTheme:
      "Samenwerking tussen huisarts en medisch specialist rond de patiënt: 'dichtbij/bij huisarts wat kan, ver weg/bij specialist in ziekenhuis wat moet'.",
    domains: [Domain.TRANSMURAL],
    goals: [
      "Inzicht krijgen in elkaars patiëntengroepen en -problemen, praktijkvoering, werkomstandigheden, hulpmiddelen/diagnostische mogelijkheden, 'taal' en kaders.",
      "Gezamenlijk concrete (toekomst)mogelijkheden bedenken voor optimale patiëntenzorg ('dichtbij/bij huisarts wat kan, ver weg/bij specialist in ziekenhuis wat moet'): wat is daarvoor nodig, hoe lossen we op wat er in de weg zit?",
    ],
    results:
      "Zo'n 45 (h)aios hebben sinds 2017 aan het project meegedaan, met aios vanuit uiteenlopende medisch specialismen. Per groep is de werkwijze op basis van evaluaties verder aangescherpt. De ervaringen zijn positief: veel geleerd, 'kijkt nu echt anders dan destijds als co', heel praktisch, goed in te passen, looptijd precies goed, 'geeft ruimte maar ook focus'.",
    nextSteps: [
      "Steeds doelgerichter evalueren om resultaten en implementatie beter in kaart te brengen.",
      "Een plan om de resultaten in onderzoeksverband op te pakken.",
      "Een plan voor opschaling in 2021 naar aios en haios voor de hele regio OOR Leiden.",
    ],
    status: ExperimentStatus.RUNNING,
    startYear: 2017,
    durationText: "6-9 maanden",
    durationMinMonths: 6,
    durationMaxMonths: 9,
    reachCount: 45,
    reachApproximate: true,
    reachDescription: "(h)aios, met aios vanuit uiteenlopende medisch specialismen",
    reachSinceYear: 2017,
    sourceNotes:
      "Als INITIATIVE opgenomen: het staat in het 'Overzicht initiatieven van interprofessionele educatie', niet onder de zeven experimenten. HagaAcademie als LEAD (twee van de drie contactpersonen), Huisartsenopleiding LUMC als LEAD voor de haios, HagaZiekenhuis als TEST_LOCATION (waar de aios werken). 'Zo'n 45' is opgeslagen als 45 met reachApproximate = true.",
    institutions: [
      { institution: "hagaacademie", role: IR.LEAD },
      { institution: "huisartsenopleiding-lumc", role: IR.LEAD, note: "Aios huisartsgeneeskunde van het LUMC." },
      { institution: "hagaziekenhuis", role: IR.TEST_LOCATION, note: "Medisch specialisten in opleiding uit het HagaZiekenhuis." },
      { institution: "lumc", role: IR.PARTNER },
    ],
    people: [
      { person: "jacqueline-bustraan", role: PR.CONTACT },
      { person: "bart-hellebrekers", role: PR.CONTACT },
      { person: "margot-heijmans", role: PR.CONTACT },
    ],
    specialties: [
      { specialty: "huisartsgeneeskunde", level: Level.RESIDENT, note: "Aios huisartsgeneeskunde (haios) van het LUMC." },
      {
        specialty: "medisch-specialisme",
        level: Level.RESIDENT,
        note: "Medisch specialisten in opleiding uit het HagaZiekenhuis, vanuit uiteenlopende medisch specialismen.",
      },
      {
        specialty: "onderwijskunde",
        level: Level.SUPERVISOR,
        note: "Groepsbegeleiders; onderwijskundige HagaAcademie als contact.",
        inferred:
          "Het niveau (supervisor) is afgeleid: de bron noemt groepsbegeleiders en een onderwijskundige als contact, niet wie begeleidt.",
      },
    ],
    careTransitions: [
      { careTransition: "referral-primary-care-hospital", note: "'Ver weg/bij specialist in ziekenhuis wat moet'." },
      { careTransition: "back-referral-hospital-primary-care", note: "'Dichtbij/bij huisarts wat kan'." },
    ],
    learningActivities: [
      {
        type: A.PREPARATION,
        name: "Persoonlijke doelen en verwachtingen",
        description: "Deelnemers formuleren vooraf persoonlijke doelen en verwachtingen.",
        sequence: 1,
      },
      {
        type: A.GROUP_MEETING,
        name: "Startbijeenkomst",
        description:
          "Duo's worden gevormd, afspraken worden gemaakt voor de invulling van gezamenlijke bijeenkomsten en duo's maken een eerste stap naar samenwerking.",
        sequence: 2,
        countMin: 1,
      },
      {
        type: A.PREPARATION,
        name: "Plan van aanpak per duo",
        description: "Duo's werken een plan van aanpak uit en leggen dit voor aan de groepsbegeleiders.",
        sequence: 3,
      },
      {
        type: A.GROUP_MEETING,
        name: "Groepsbijeenkomsten",
        description: "In een periode van 6-9 maanden 2-3 groepsbijeenkomsten om ervaringen te delen.",
        sequence: 4,
        countMin: 2,
        countMax: 3,
      },
      {
        type: A.JOINT_EDUCATION,
        name: "Onderwijs over een zelfgekozen onderwerp",
        description: "Onderwijs over een onderwerp dat de groep zelf kiest en dat door een duo aios-haios wordt voorbereid.",
        sequence: 5,
      },
      {
        type: A.JOB_SHADOWING,
        name: "Meekijken in elkaars praktijk",
        description: "Tussendoor kijken duo's bij elkaar mee in elkaars praktijk en houden tijdsinvestering, leerpunten en ervaringen bij.",
        sequence: 6,
        durationText: "6-9 maanden",
      },
      { type: A.GROUP_MEETING, name: "Slotbijeenkomst", description: "Presentatie per duo plus evaluatie.", sequence: 7, countMin: 1 },
    ],
    deliverables: [
      { kind: D.PLAN, title: "Plan om de resultaten in onderzoeksverband op te pakken", status: DS.IN_PROGRESS },
      {
        kind: D.PLAN,
        title: "Plan voor opschaling naar aios en haios in de hele regio OOR Leiden",
        status: DS.IN_PROGRESS,
        targetYear: 2021,
      },
    ],
    factors: [
      {
        kind: F.PROMOTING,
        text: "Veel ruimte voor eigen inkleuring van de samenwerking als duo, op basis van interesses, ervaringen en specifieke mogelijkheden in een praktijk.",
      },
      {
        kind: F.PROMOTING,
        text: "Wie al tijdens de opleiding 'uit de silo's komt', zoekt straks vast vaker of makkelijker de samenwerking.",
      },
      {
        kind: F.OUTCOME,
        text: "De ervaringen zijn positief: veel geleerd, 'kijkt nu echt anders dan destijds als co', heel praktisch, goed in te passen, looptijd precies goed, 'geeft ruimte maar ook focus'.",
      },
      { kind: F.LESSON_LEARNED, text: "Per groep is de werkwijze op basis van evaluaties verder aangescherpt." },
    ],
  },
  {
    ...none,
    slug: "oor-on-consultatieproject",
    source: "OPLEIDEN_2025_EXPERIMENTS",
    inferred: "Alleen bekend uit de beschrijving van experiment 4; de status is een aanname.",
    kind: ExperimentKind.INITIATIVE,
    title: "OOR ON consultatieproject",
    summary:
      "Bestaand consultatieproject van OOR Oost-Nederland uit het Radboudumc, waarop het experiment Transmurale digitale consultatie voortbouwt.",
    domains: [Domain.TRANSMURAL],
    goals: [],
    status: ExperimentStatus.RUNNING,
    sourceNotes: "Alleen bekend uit de beschrijving van experiment 4; status RUNNING aangenomen omdat het experiment erop voortbouwt.",
    institutions: [{ institution: "radboudumc", role: IR.LEAD }],
    people: [],
    specialties: [],
  },
  {
    ...none,
    slug: "gezamenlijke-patientenzorg",
    source: "OPLEIDEN_2025_EXPERIMENTS",
    inferred: "Alleen de naam is bekend (verwijzing in experiment 4); de status is een aanname.",
    kind: ExperimentKind.INITIATIVE,
    title: "Gezamenlijke patiëntenzorg",
    summary:
      "Initiatief waarnaar de beschrijving van experiment 4 verwijst ('Bekijk ook het initiatief gezamenlijke patiëntenzorg'); de bron geeft geen verdere inhoud.",
    domains: [],
    goals: [],
    status: ExperimentStatus.RUNNING,
    sourceNotes: "Alleen de naam is bekend; status RUNNING is een aanname.",
    institutions: [],
    people: [],
    specialties: [],
  },
];
