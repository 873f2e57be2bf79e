/** Län. */
export interface County {
  /** Two-digit code, e.g. `01`. */
  code: string;
  name: string;
}

/** A kommungrupp classification (e.g. SKR 2023); classifications are versioned data. */
export interface MunicipalityGroupClassification {
  code: string;
  name: string;
}

/** Kommungrupp within one classification. */
export interface MunicipalityGroup {
  classificationCode: string;
  code: string;
  name: string;
}

/** Kommun. */
export interface Municipality {
  id: string;
  /** Four-digit kommunkod, e.g. `0114`. */
  code: string;
  name: string;
  countyCode: string;
  /** Kommungrupp code in the current classification. */
  groupCode: string | null;
}
