import { z } from 'astro/zod';

/**
 * What kind of place the organisation is, as schema.org names it in a SpecialAnnouncement's
 * `announcementLocation` (a CivicStructure or a LocalBusiness), so search engines can show an
 * update as the announcement of a hospital, a town hall, a school or a shop. The common ones.
 */
export const PLACE_TYPES = [
	'CivicStructure',
	'GovernmentBuilding',
	'CityHall',
	'Courthouse',
	'Hospital',
	'EducationalOrganization',
	'School',
	'ElementarySchool',
	'MiddleSchool',
	'HighSchool',
	'CollegeOrUniversity',
	'Library',
	'Museum',
	'PoliceStation',
	'FireStation',
	'TrainStation',
	'BusStation',
	'Airport',
	'LocalBusiness',
	'Store',
	'FinancialService',
	'ProfessionalService',
	'MedicalBusiness',
	'Pharmacy',
] as const;

export type PlaceType = (typeof PLACE_TYPES)[number];

/** What a site with the hospital states is: a hospital. */
export const HOSPITAL_PLACE_TYPE: PlaceType = 'Hospital';

/** What a site with a state set of its own is, unless it says: a public place of some kind. */
export const OWN_PLACE_TYPE: PlaceType = 'CivicStructure';

/**
 * `place_type:` in site.yaml. Without it: Hospital for a site with the hospital states,
 * CivicStructure for a site with a set of its own (`states: replace:`).
 */
export const placeTypeSchema = z.enum(PLACE_TYPES);
