import { InstitutionType } from "../entities/institution.entity";

/**
 * RoleCodeNL organisation-type codes for the institution types that have one. Entered from the code list
 * as remembered; not confirmed against Nictiz's published list from this machine (it has no web access),
 * so every one is served with `verified: false` until someone checks it. Parts of an organisation
 * (departments, academies, research groups), networks, bodies and companies have none.
 */
export const ORGANISATION_TYPE_CODES: Record<InstitutionType, { code: string; display: string; verified: boolean } | null> = {
  [InstitutionType.UMC]: { code: "V5", display: "Universitair Medisch Centrum", verified: false },
  [InstitutionType.UMC_LOCATION]: { code: "V5", display: "Universitair Medisch Centrum", verified: false },
  [InstitutionType.GENERAL_HOSPITAL]: { code: "V6", display: "Algemeen ziekenhuis", verified: false },
  [InstitutionType.ELDERLY_CARE_ORGANISATION]: { code: "X3", display: "Verplegings- of verzorgingsinstelling", verified: false },
  [InstitutionType.HOSPITAL_DEPARTMENT]: null,
  [InstitutionType.GP_TRAINING_INSTITUTE]: null,
  [InstitutionType.ACADEMY]: null,
  [InstitutionType.RESEARCH_GROUP]: null,
  [InstitutionType.CARE_NETWORK]: null,
  [InstitutionType.PROFESSIONAL_BODY]: null,
  [InstitutionType.COMPANY]: null,
};
