import { CodeSystem, SpecialtyCategory } from "../../entities/specialty.entity";
import type { SpecialtySeed } from "../seed-data.types";

/**
 * Specialties and professions named in the sources. Medical specialties carry their Vektis COD016
 * specialism code; professions without a public code (ziekenhuisarts, nurses, allied health,
 * psychologists, educationalists, elderly-care physicians) carry a local `IPO-` code.
 * The COD016 codes were entered from the published list; 0307, 0322 and 0329 could not be confirmed
 * from a public source and are marked `codeVerified: false` (this machine has no web access to check).
 * Practitioners' UZI role codes (CIBG) as confirmed from Nictiz's published mappings; professions
 * without one (ziekenhuisarts, allied health, psychologists, educationalists) have none.
 */
export const specialties: SpecialtySeed[] = [
  { slug: "huisartsgeneeskunde", name: "Huisartsgeneeskunde", nameEn: "General practice", practitionerName: "huisarts", category: SpecialtyCategory.GENERAL_PRACTICE, code: "0100", codeSystem: CodeSystem.VEKTIS_COD016, codeVerified: true, practitionerRoleCode: "01.015" },
  { slug: "psychiatrie", name: "Psychiatrie", nameEn: "Psychiatry", practitionerName: "psychiater", category: SpecialtyCategory.MEDICAL_SPECIALTY, code: "0329", codeSystem: CodeSystem.VEKTIS_COD016, codeVerified: false, practitionerRoleCode: "01.035" },
  { slug: "ouderengeneeskunde", name: "Ouderengeneeskunde", nameEn: "Elderly care medicine", practitionerName: "specialist ouderengeneeskunde", category: SpecialtyCategory.ELDERLY_CARE_MEDICINE, code: "IPO-SO", codeSystem: CodeSystem.LOCAL, codeVerified: true, practitionerRoleCode: "01.047" },
  { slug: "klinische-geriatrie", name: "Klinische geriatrie", nameEn: "Clinical geriatrics", practitionerName: "klinisch geriater", category: SpecialtyCategory.MEDICAL_SPECIALTY, code: "0335", codeSystem: CodeSystem.VEKTIS_COD016, codeVerified: true, practitionerRoleCode: "01.022" },
  { slug: "interne-geneeskunde", name: "Interne geneeskunde", nameEn: "Internal medicine", practitionerName: "internist", category: SpecialtyCategory.MEDICAL_SPECIALTY, code: "0313", codeSystem: CodeSystem.VEKTIS_COD016, codeVerified: true, practitionerRoleCode: "01.016" },
  { slug: "longziekten", name: "Longziekten en tuberculose", nameEn: "Pulmonology", practitionerName: "longarts", category: SpecialtyCategory.MEDICAL_SPECIALTY, code: "0322", codeSystem: CodeSystem.VEKTIS_COD016, codeVerified: false, practitionerRoleCode: "01.023" },
  { slug: "cardiologie", name: "Cardiologie", nameEn: "Cardiology", practitionerName: "cardioloog", category: SpecialtyCategory.MEDICAL_SPECIALTY, code: "0320", codeSystem: CodeSystem.VEKTIS_COD016, codeVerified: true, practitionerRoleCode: "01.010" },
  { slug: "ziekenhuisgeneeskunde", name: "Ziekenhuisgeneeskunde", nameEn: "Hospital medicine", practitionerName: "ziekenhuisarts", category: SpecialtyCategory.HOSPITAL_MEDICINE, code: "IPO-ZHA", codeSystem: CodeSystem.LOCAL, codeVerified: true },
  { slug: "obstetrie-en-gynaecologie", name: "Obstetrie en gynaecologie", nameEn: "Obstetrics and gynaecology", practitionerName: "gynaecoloog", category: SpecialtyCategory.MEDICAL_SPECIALTY, code: "0307", codeSystem: CodeSystem.VEKTIS_COD016, codeVerified: false, practitionerRoleCode: "01.046" },
  { slug: "medisch-specialisme", name: "Medisch specialisme (niet nader genoemd)", nameEn: "Medical specialty (unspecified)", practitionerName: "medisch specialist", category: SpecialtyCategory.MEDICAL_SPECIALTY, code: "IPO-MS", codeSystem: CodeSystem.LOCAL, codeVerified: true },
  { slug: "verpleegkunde", name: "Verpleegkunde", nameEn: "Nursing", practitionerName: "verpleegkundige", category: SpecialtyCategory.NURSING, code: "IPO-VPK", codeSystem: CodeSystem.LOCAL, codeVerified: true, practitionerRoleCode: "30.000" },
  { slug: "paramedische-zorg", name: "Paramedische zorg", nameEn: "Allied health", practitionerName: "paramedicus", category: SpecialtyCategory.ALLIED_HEALTH, code: "IPO-PARA", codeSystem: CodeSystem.LOCAL, codeVerified: true },
  { slug: "psychologie", name: "Psychologie", nameEn: "Psychology", practitionerName: "psycholoog", category: SpecialtyCategory.BEHAVIOURAL_SCIENCE, code: "IPO-PSY", codeSystem: CodeSystem.LOCAL, codeVerified: true },
  { slug: "onderwijskunde", name: "Onderwijskunde", nameEn: "Educational science", practitionerName: "onderwijskundige", category: SpecialtyCategory.EDUCATION, code: "IPO-OWK", codeSystem: CodeSystem.LOCAL, codeVerified: true },
];
