/** CSV files imported as text (webpack `asset/source`; a jest transform in tests). */
declare module '*.csv' {
  const text: string;
  export default text;
}
