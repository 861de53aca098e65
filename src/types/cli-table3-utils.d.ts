// cli-table3's own measure of a cell (display columns, colour codes not counted), which the long
// tables in src/io/table.ts use so that they come out exactly as cli-table3 lays them out.
declare module 'cli-table3/src/utils.js' {
  export function strlen(s: string): number;
  const utils: { strlen: (s: string) => number };
  export default utils;
}
