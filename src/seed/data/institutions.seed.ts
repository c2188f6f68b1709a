import { InstitutionType } from "../../entities/institution.entity";
import type { InstitutionSeed } from "../seed-data.types";

/**
 * Institutions named in the sources, parents before their parts. Cities and the e-mail domains are
 * taken from the contact addresses in the sources; cities not in the text come from general knowledge.
 */
export const institutions: InstitutionSeed[] = [
  { slug: "federatie-medisch-specialisten", name: "Federatie Medisch Specialisten", shortName: "FMS", type: InstitutionType.PROFESSIONAL_BODY, city: "Utrecht", emailDomain: "demedischspecialist.nl", description: "Eigenaar van het programma Opleiden 2025." },
  { slug: "amsterdam-umc", name: "Amsterdam UMC", type: InstitutionType.UMC, city: "Amsterdam", emailDomain: "amsterdamumc.nl" },
  { slug: "amsterdam-umc-vumc", name: "Amsterdam UMC, locatie VUmc", shortName: "VUmc", type: InstitutionType.UMC_LOCATION, partOf: "amsterdam-umc", city: "Amsterdam", description: "Eerste locatie van COBRA (bestaand zorg- en leermoment IDIS)." },
  { slug: "amsterdam-umc-amc", name: "Amsterdam UMC, locatie AMC", shortName: "AMC", type: InstitutionType.UMC_LOCATION, partOf: "amsterdam-umc", city: "Amsterdam", description: "Tweede testlocatie van COBRA." },
  { slug: "lumc", name: "Leids Universitair Medisch Centrum", shortName: "LUMC", type: InstitutionType.UMC, region: "oor-leiden", city: "Leiden", emailDomain: "lumc.nl" },
  { slug: "huisartsenopleiding-lumc", name: "Huisartsenopleiding LUMC / Campus Den Haag", type: InstitutionType.GP_TRAINING_INSTITUTE, partOf: "lumc", region: "oor-leiden", city: "Den Haag", emailDomain: "lumc.nl", description: "Opleiding van de aios huisartsgeneeskunde (haios) van het LUMC die in het DUO-project meedoen." },
  { slug: "hmc", name: "Haaglanden Medisch Centrum", shortName: "HMC", type: InstitutionType.GENERAL_HOSPITAL, region: "oor-leiden", city: "Den Haag" },
  {
    slug: "hmc-interdisciplinair-centrum-ouderengeneeskunde",
    name: "Interdisciplinair centrum ouderengeneeskunde HMC",
    type: InstitutionType.HOSPITAL_DEPARTMENT,
    partOf: "hmc",
    region: "oor-leiden",
    city: "Den Haag",
    description: "Interprofessionele leerwerksituatie in samenwerking met het LUMC. Keuze: de titel van experiment 2 spreekt van een 'behandeladviescentrum ouderengeneeskunde'; wij nemen aan dat dit hetzelfde centrum is.",
  },
  { slug: "hagaziekenhuis", name: "HagaZiekenhuis", shortName: "Haga", type: InstitutionType.GENERAL_HOSPITAL, region: "oor-leiden", city: "Den Haag", emailDomain: "hagaziekenhuis.nl" },
  { slug: "hagaziekenhuis-seh", name: "SEH HagaZiekenhuis", type: InstitutionType.HOSPITAL_DEPARTMENT, partOf: "hagaziekenhuis", region: "oor-leiden", city: "Den Haag", description: "Spoedeisende hulp waar aios leren van een dienstdoende specialist ouderengeneeskunde van Florence." },
  { slug: "hagaacademie", name: "HagaAcademie", type: InstitutionType.ACADEMY, partOf: "hagaziekenhuis", region: "oor-leiden", city: "Den Haag", emailDomain: "hagaziekenhuis.nl" },
  { slug: "florence", name: "Florence", type: InstitutionType.ELDERLY_CARE_ORGANISATION, region: "oor-leiden", city: "Den Haag", description: "Zorginstelling; levert de dienstdoende specialist ouderengeneeskunde op de SEH van HagaZiekenhuis. Regio en plaats zijn een keuze (Haaglanden)." },
  { slug: "jeroen-bosch-ziekenhuis", name: "Jeroen Bosch Ziekenhuis", shortName: "JBZ", type: InstitutionType.GENERAL_HOSPITAL, city: "'s-Hertogenbosch", emailDomain: "jbz.nl", description: "Hier is de interprofessionele werkwijze van de ISA ontwikkeld." },
  { slug: "jbz-isa", name: "Intensieve SamenwerkingsAfdeling (ISA)", shortName: "ISA", type: InstitutionType.HOSPITAL_DEPARTMENT, partOf: "jeroen-bosch-ziekenhuis", city: "'s-Hertogenbosch", description: "De leerwerkcontext van experiment 3. Keuze: als afdeling van het JBZ opgenomen, waar de werkwijze is ontwikkeld." },
  { slug: "ziekenhuis-gelderse-vallei", name: "Ziekenhuis Gelderse Vallei", shortName: "ZGV", type: InstitutionType.GENERAL_HOSPITAL, city: "Ede", emailDomain: "zgv.nl" },
  { slug: "radboudumc", name: "Radboudumc", type: InstitutionType.UMC, region: "oor-oost-nederland", city: "Nijmegen", emailDomain: "radboudumc.nl" },
  { slug: "radboudumc-health-academy", name: "Radboudumc Health Academy", type: InstitutionType.ACADEMY, partOf: "radboudumc", region: "oor-oost-nederland", city: "Nijmegen", description: "Haar onderzoeksgroep onderzocht samen leren tijdens de COVID-crisis (experiment 5)." },
  { slug: "radboudumc-eerstelijnsgeneeskunde", name: "Afdeling Eerstelijnsgeneeskunde Radboudumc", type: InstitutionType.RESEARCH_GROUP, partOf: "radboudumc", region: "oor-oost-nederland", city: "Nijmegen" },
  { slug: "umc-utrecht", name: "UMC Utrecht", type: InstitutionType.UMC, region: "oor-utrecht", city: "Utrecht" },
  { slug: "cardiometabool-zorgnetwerk-umc-utrecht", name: "Cardiometabool zorgnetwerk UMC Utrecht", type: InstitutionType.CARE_NETWORK, partOf: "umc-utrecht", region: "oor-utrecht", city: "Utrecht" },
  { slug: "umcg", name: "Universitair Medisch Centrum Groningen", shortName: "UMCG", type: InstitutionType.UMC, region: "oor-noord-nederland", city: "Groningen" },
  { slug: "umcg-huisarts-en-ouderengeneeskunde", name: "Afdeling huisarts- en ouderengeneeskunde UMCG", type: InstitutionType.RESEARCH_GROUP, partOf: "umcg", region: "oor-noord-nederland", city: "Groningen" },
  { slug: "st-antonius-ziekenhuis", name: "St. Antonius Ziekenhuis", shortName: "Antonius", type: InstitutionType.GENERAL_HOSPITAL, region: "oor-utrecht", city: "Nieuwegein", emailDomain: "antoniusziekenhuis.nl" },
  { slug: "antonius-academie", name: "Antonius Academie", type: InstitutionType.ACADEMY, partOf: "st-antonius-ziekenhuis", region: "oor-utrecht", city: "Nieuwegein" },
  { slug: "smarteld", name: "Smarteld", type: InstitutionType.COMPANY, emailDomain: "smarteld.nl", description: "Alleen bekend uit het e-mailadres van de contactpersoon van experiment 6 (linda@smarteld.nl); type is een keuze." },
];
