import { DeliverableKind, DeliverableStatus } from "../../../model/entities/deliverable.entity";
import { FactorKind } from "../../../model/entities/factor.entity";
import { ReferenceKind } from "../../../model/entities/reference.entity";
import type { ProgrammeSeed } from "../seed-data.types";

export const programmes: ProgrammeSeed[] = [
  {
    slug: "opleiden-2025",
    source: "OPLEIDEN_2025_EXPERIMENTS",
    name: "Opleiden 2025",
    owner: "federatie-medisch-specialisten",
    contact: "arno-van-rooijen",
    summary:
      "Netwerkgeneeskunde vraagt om interprofessioneel samenwerken en leren. In het kader van Opleiden 2025 zijn zeven experimenten interprofessioneel opleiden van start waarin bestaande initiatieven worden uitvergroot. De experimenten zijn proeftuinen: hiermee ontdekken we in de praktijk wat wel werkt en wat niet als we over grenzen heen willen organiseren en wat bevorderende en belemmerende factoren zijn voor interprofessioneel opleiden. Interprofessioneel opleiden is geen doel op zich, maar een middel om tot betere kwaliteit van zorg te komen, waarbij de patiënt de zorg als samenhangend geheel ervaart.",
    aims: [
      "Samenwerking bevorderen in de kliniek, tussen de eerste en tweede lijn (transmuraal), met de publieke gezondheidszorg en ten aanzien van de geestelijke gezondheidszorg.",
      "Ontdekken wat wel en niet werkt bij organiseren over grenzen heen, en wat bevorderende en belemmerende factoren zijn voor interprofessioneel opleiden.",
      "De lessons learned vertalen naar handreikingen voor de medische vervolgopleidingen.",
      "Eind 2022 generieke lessons learned presenteren, zodat andere netwerken, opleidingen, ziekenhuizen en instellingen zelf aan de slag kunnen.",
      "Praktische tips, tricks en tools verzamelen om interprofessioneel leren op de werkvloer vorm te geven, en initiatieven rondom interprofessioneel leren verzamelen.",
    ],
    minimumSpecialtiesPerExperiment: 3,
    lessonsLearnedDue: "eind 2022",
    lessonsLearnedDueDate: "2022-12-31",
    deliverables: [
      {
        kind: DeliverableKind.GUIDE,
        title: "Handreikingen voor de medische vervolgopleidingen",
        description:
          "De lessons learned uit de experimenten, vertaald naar handreikingen waarmee andere netwerken, opleidingen, ziekenhuizen en instellingen zelf aan de slag kunnen.",
        status: DeliverableStatus.PLANNED,
        targetYear: 2022,
      },
      {
        kind: DeliverableKind.TOOLBOX,
        title: "Tips, tricks en tools voor interprofessioneel leren op de werkvloer",
        description:
          "Samen met experts en onderzoekers op het gebied van interprofessioneel samenwerken en leren verzameld vanuit alles wat er al bekend is.",
        status: DeliverableStatus.IN_PROGRESS,
      },
    ],
    factors: [
      {
        kind: FactorKind.LESSON_LEARNED,
        text: "Je kunt klein beginnen: het beter benutten van een dagelijks zorgmoment op de werkvloer, zoals een MDO (multidisciplinair overleg).",
      },
      {
        kind: FactorKind.LESSON_LEARNED,
        text: "Je kunt ook groot denken: het structureel inbedden van leeractiviteiten in een transmurale setting, bijvoorbeeld in een transmurale netwerkstage. En alles er tussenin.",
      },
      {
        kind: FactorKind.LESSON_LEARNED,
        text: "De uitvoering en resultaten van de experimenten worden samen met de werkvloer gemonitord.",
      },
    ],
    references: [
      { kind: ReferenceKind.WEB_PAGE, title: "Overzicht initiatieven van interprofessionele educatie" },
      { kind: ReferenceKind.WEB_PAGE, title: "Interprofessioneel opleiden" },
      { kind: ReferenceKind.WEB_PAGE, title: "Opleiden 2025" },
    ],
  },
];
