// The Excel import's entry under its former path, which tests/bench/xlsx-import.bench.ts still
// imports; the importer itself lives in services/xlsx-import.

export { importWorkbook } from '../xlsx-import/import';
